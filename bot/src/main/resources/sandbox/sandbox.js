// Sandbox page: talks to the bot only through the JSON API under /sandbox/api.
(function () {
  'use strict';
  var API = '/sandbox/api';
  var POLL_MS = 700;
  var state = { as: '', last: 0, nodes: {}, entries: {}, timer: null, preview: 'none', generation: 0 };

  var $ = function (id) { return document.getElementById(id); };
  var chat = $('chat');

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined && text !== null) { n.textContent = text; }
    return n;
  }

  function status(text, ok) {
    var s = $('status');
    s.textContent = text || '';
    s.className = ok ? 'status ok' : 'status';
  }

  function call(method, path, body) {
    var opts = { method: method, headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch(API + path, opts).then(function (r) {
      return r.text().then(function (t) {
        var data = t ? JSON.parse(t) : null;
        if (!r.ok) {
          var err = new Error((data && (data.message || data.error)) || ('请求失败（' + r.status + '）'));
          err.status = r.status;
          throw err;
        }
        return data;
      });
    });
  }

  function renderCard(d) {
    var c = d.card;
    var box = el('div', 'card ' + (c.tone || 'normal'));
    if (c.promptId) { box.dataset.promptId = c.promptId; }
    var head = el('div', 'head', c.title);
    if (c.updated) { head.appendChild(el('span', 'badge', '已更新')); }
    box.appendChild(head);
    var body = el('div', 'body');
    (c.lines || []).forEach(function (line) { body.appendChild(el('div', 'line', line)); });
    if (c.fields && c.fields.length) {
      var grid = el('div', 'fields');
      c.fields.forEach(function (f) {
        grid.appendChild(el('span', 'label', f.label));
        grid.appendChild(el('span', 'value' + (f.highlight ? ' hl' : ''), f.value));
      });
      body.appendChild(grid);
    }
    if (c.imageUrl) {
      var img = el('img');
      img.src = c.imageUrl;
      img.alt = c.imageAlt || '图表';
      body.appendChild(img);
    }
    if (c.inputHint) { body.appendChild(el('div', 'hint', '回复提示：' + c.inputHint)); }
    box.appendChild(body);
    if (c.buttons && c.buttons.length) {
      var row = el('div', 'buttons');
      c.buttons.forEach(function (b) {
        var chosen = c.chosen === b.key;
        var btn = el('button', 'btn' + (b.primary ? ' primary' : '') + (chosen ? ' chosen' : ''),
          (chosen ? '✓ ' : '') + b.label);
        btn.type = 'button';
        btn.dataset.key = b.key;
        btn.disabled = !!c.chosen || !c.promptId;
        if (!c.promptId) { btn.title = '这张卡片没有可点的提示，请直接回复“' + b.label + '”'; }
        btn.addEventListener('click', function () { tap(c.promptId, b.key); });
        row.appendChild(btn);
      });
      box.appendChild(row);
    }
    return box;
  }

  function renderPreview(d) {
    if (state.preview === 'none' || !d.previews) { return null; }
    var json = state.preview === 'wecom' ? d.previews.wecom : d.previews.dingtalk;
    var pre = el('pre', 'preview');
    pre.appendChild(el('span', 'which', state.preview === 'wecom' ? '企业微信收到的 JSON' : '钉钉收到的 JSON'));
    pre.appendChild(document.createTextNode(json));
    return pre;
  }

  function render(d) {
    var node = el('div', 'msg ' + (d.from === 'me' ? 'me' : 'bot'));
    node.dataset.id = d.id;
    node.dataset.seq = d.seq;
    node.dataset.kind = d.kind;
    node.appendChild(d.kind === 'card' ? renderCard(d) : el('div', 'bubble', d.text));
    var p = renderPreview(d);
    if (p) { node.appendChild(p); }
    return node;
  }

  function show(d) {
    state.entries[d.id] = d;
    var node = render(d);
    var old = state.nodes[d.id];
    if (old) {
      chat.replaceChild(node, old);
    } else {
      chat.appendChild(node);
      node.scrollIntoView({ block: 'end' });
    }
    state.nodes[d.id] = node;
  }

  function rerenderAll() {
    Object.keys(state.entries).forEach(function (id) { show(state.entries[id]); });
  }

  function poll() {
    var as = state.as, generation = state.generation;
    if (!as) { return; }
    call('GET', '/messages?as=' + encodeURIComponent(as) + '&after=' + state.last).then(function (m) {
      if (generation !== state.generation) { return; }
      (m.items || []).forEach(show);
      state.last = Math.max(state.last, m.last || 0);
    }).catch(function (e) { status('刷新消息失败：' + e.message); })
      .then(function () {
        if (generation === state.generation) { state.timer = setTimeout(poll, POLL_MS); }
      });
  }

  function restartPolling() {
    clearTimeout(state.timer);
    state.generation++;
    poll();
  }

  function switchPerson(as) {
    state.as = as;
    state.last = 0;
    state.nodes = {};
    state.entries = {};
    chat.innerHTML = '';
    status('');
    loadCustomers();
    restartPolling();
  }

  function loadPeople() {
    call('GET', '/people').then(function (people) {
      people = people || [];
      var sel = $('person');
      sel.innerHTML = '';
      if (!people.length) {
        sel.appendChild(el('option', null, '还没有同事数据'));
        status('还没有导入组织数据：先通过接口导入团队和成员。');
        return;
      }
      people.forEach(function (p) {
        var o = el('option', null, p.name + '（' + p.roleLabel + (p.teamName ? ' · ' + p.teamName : '') + '）');
        o.value = p.id;
        sel.appendChild(o);
      });
      switchPerson(sel.value);
    }).catch(function (e) { status('加载同事列表失败：' + e.message); });
  }

  function loadCustomers() {
    var sel = $('call-customer');
    var as = state.as;
    sel.innerHTML = '';
    call('GET', '/customers?as=' + encodeURIComponent(as)).then(function (list) {
      if (as !== state.as) { return; }
      list = list || [];
      var none = el('option', null, '（未关联客户）');
      none.value = '';
      sel.appendChild(none);
      list.forEach(function (c) {
        var o = el('option', null, c.name);
        o.value = c.id;
        sel.appendChild(o);
      });
      if (list.length) { sel.value = list[0].id; }
    }).catch(function (e) { status('加载客户失败：' + e.message); });
  }

  function sendText(text) {
    call('POST', '/messages', { as: state.as, text: text })
      .then(function () { status(''); restartPolling(); })
      .catch(function (e) { status('发送失败：' + e.message); });
  }

  function tap(promptId, key) {
    call('POST', '/actions', { as: state.as, promptId: promptId, actionKey: key })
      .then(function () { status(''); restartPolling(); })
      .catch(function (e) { status('点击没有送达：' + e.message); });
  }

  $('composer').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var input = $('text');
    var text = input.value.trim();
    if (!text || !state.as) { return; }
    input.value = '';
    sendText(text);
  });
  $('person').addEventListener('change', function (ev) { switchPerson(ev.target.value); });
  document.querySelectorAll('input[name=preview]').forEach(function (r) {
    r.addEventListener('change', function () { state.preview = r.value; rerenderAll(); });
  });
  $('call-ended').addEventListener('click', function () {
    var seconds = parseInt($('call-duration').value, 10);
    call('POST', '/call-ended', { as: state.as, customerId: $('call-customer').value || null,
      durationSeconds: isNaN(seconds) ? 0 : seconds })
      .then(function () { status('已模拟一通结束的电话，结果卡片马上到。', true); restartPolling(); })
      .catch(function (e) { status('模拟通话失败：' + e.message); });
  });
  $('chat-simulate').addEventListener('click', function () {
    var customer = $('call-customer').value;
    if (!customer) { status('先在上面选一位客户。'); return; }
    call('POST', '/chat-simulations', { as: state.as, customerId: customer })
      .then(function (r) {
        status(r && r.touches ? '已模拟 ' + r.messages + ' 条聊天，已快进过空闲间隔：记为 1 次在线沟通触达，打卡卡片马上到。'
          : '聊天已记录，但没有形成新的触达。', true);
        restartPolling();
      })
      .catch(function (e) { status('模拟聊天失败：' + e.message); });
  });
  $('digest-now').addEventListener('click', function () {
    call('POST', '/digest-now', {})
      .then(function (r) { status(r && r.cards ? '已发送 ' + r.cards + ' 张晨会摘要卡片给主管。' : '今天没有要发送的摘要。', true); restartPolling(); })
      .catch(function (e) { status(e.message); });
  });

  loadPeople();
}());
