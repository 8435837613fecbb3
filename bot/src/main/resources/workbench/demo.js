// Embedded default only: pick a person of the demo company and sign in as them.
(function () {
  var select = document.getElementById('demo-person');
  var status = document.getElementById('demo-status');
  fetch('/workbench/demo/people', {credentials: 'same-origin'}).then(function (r) { return r.json(); })
    .then(function (people) {
      people.forEach(function (p) {
        var o = document.createElement('option');
        o.value = p.id; o.textContent = p.name + '（' + p.id + '）';
        select.appendChild(o);
      });
    });
  document.getElementById('demo-signin').addEventListener('click', function () {
    fetch('/workbench/signin/demo', {
      method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({repId: select.value})
    }).then(function (r) {
      if (r.ok) { location.replace('/workbench'); return; }
      return r.json().then(function (e) { status.textContent = e.message; });
    });
  });
})();
