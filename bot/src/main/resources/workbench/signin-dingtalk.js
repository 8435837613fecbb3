// DingTalk 免登: ask the DingTalk JS API for a one-time authCode and post it; the server resolves the person.
(function () {
  var status = document.getElementById('signin-status');
  function fail(text) { status.textContent = text; status.className = 'error'; }
  if (!window.dd || !dd.runtime) { fail('请在钉钉里打开工作台。'); return; }
  dd.ready(function () {
    dd.runtime.permission.requestAuthCode({
      corpId: document.body.getAttribute('data-corp-id'),
      onSuccess: function (result) {
        fetch('/workbench/signin/dingtalk', {
          method: 'POST', credentials: 'same-origin',
          headers: {'Content-Type': 'application/json'},
          body: JSON.stringify({authCode: result.code})
        }).then(function (r) {
          if (r.ok) { location.replace('/workbench'); return; }
          return r.json().then(function (e) { fail(e.message || '登录失败，请重新打开工作台。'); });
        }).catch(function () { fail('网络不通，请稍后重新打开工作台。'); });
      },
      onFail: function () { fail('钉钉没有给出登录凭证，请重新打开工作台。'); }
    });
  });
})();
