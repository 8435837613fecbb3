// The workbench: plain JS over /workbench/api. Every number comes from the server, already scope-checked there.
(function () {
  'use strict';
  var state = {me: null, csrf: null};
  var view = document.getElementById('view');

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; }
      else if (k === 'on') { Object.keys(attrs.on).forEach(function (ev) { e.addEventListener(ev, attrs.on[ev]); }); }
      else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return e;
  }
  function yuan(fen) { return '¥' + Math.round(fen / 100).toLocaleString('zh-CN'); }
  function toast(text) {
    var t = document.getElementById('toast'); t.textContent = text; t.hidden = false;
    clearTimeout(toast.timer); toast.timer = setTimeout(function () { t.hidden = true; }, 2500);
  }
  function api(path, options) {
    options = options || {};
    options.credentials = 'same-origin';
    options.headers = options.headers || {};
    if (options.method && options.method !== 'GET') {
      options.headers['X-Workbench-Csrf'] = state.csrf;
      options.headers['Content-Type'] = 'application/json';
    }
    return fetch(path, options).then(function (r) {
      if (r.status === 401) { location.replace('/workbench'); throw new Error('signed out'); }
      return r.json().then(function (body) {
        if (!r.ok) { var e = new Error(body.message || '出错了'); e.status = r.status; throw e; }
        return body;
      });
    });
  }
  function card(title, children, id) {
    var attrs = {'class': 'card'}; if (id) { attrs.id = id; }
    return el('section', attrs, [el('h2', {text: title})].concat(children));
  }
  function showError(e) {
    view.innerHTML = '';
    view.appendChild(card(e.status === 403 ? '没有权限' : '出错了', [el('p', {'class': 'error', id: 'view-error', text: e.message})]));
  }

  // ---- sortable table: click a header to sort by it, again to reverse
  function table(columns, rows, id) {
    var sortKey = null, asc = true;
    var tbody = el('tbody');
    var heads = columns.map(function (c) {
      var th = el('th', {'class': (c.sort === false ? '' : 'sortable ') + (c.num ? 'num' : ''), 'data-key': c.key, text: c.label});
      if (c.sort !== false) {
        th.addEventListener('click', function () {
          asc = sortKey === c.key ? !asc : !c.num; sortKey = c.key;
          heads.forEach(function (h) { h.classList.remove('sorted-asc', 'sorted-desc'); });
          th.classList.add(asc ? 'sorted-asc' : 'sorted-desc');
          rows.sort(function (a, b) {
            var x = a[c.key], y = b[c.key];
            var d = (typeof x === 'number' && typeof y === 'number') ? x - y : String(x).localeCompare(String(y), 'zh-CN');
            return asc ? d : -d;
          });
          fill();
        });
      }
      return th;
    });
    function fill() {
      tbody.innerHTML = '';
      rows.forEach(function (r) {
        tbody.appendChild(el('tr', {}, columns.map(function (c) {
          var v = c.render ? c.render(r) : r[c.key];
          return el('td', {'class': c.num ? 'num' : ''}, [v instanceof Node ? v : String(v == null ? '' : v)]);
        })));
      });
    }
    fill();
    return el('div', {'class': 'table-wrap'}, [el('table', {id: id}, [el('thead', {}, [el('tr', {}, heads)]), tbody])]);
  }

  function figures(t) {
    if (t.status === 'NO_TARGET') { return el('p', {'class': 'muted', text: '本月还没有目标。'}); }
    return el('div', {'class': 'figures'}, [
      el('div', {}, ['本月目标', el('b', {text: yuan(t.targetFen)})]),
      el('div', {}, ['已回款', el('b', {text: yuan(t.achievedFen) + '（' + t.completion + '%）'})]),
      el('div', {}, ['缺口', el('b', {text: yuan(t.gapFen)})]),
      el('div', {}, ['合格储备', el('b', {'class': t.warning ? 'warn' : '', text: yuan(t.reserveFen)})])
    ]);
  }
  function statusBadge(t) {
    return el('span', {'class': 'badge ' + (t.warning ? 'red' : t.status === 'MET' || t.status === 'HEALTHY' ? 'green' : ''),
      text: t.statusLabel});
  }

  // ---- 今日
  function today() {
    return api('/workbench/api/today').then(function (d) {
      view.innerHTML = '';
      d.untagged = d.untagged || []; d.leads = d.leads || []; d.tags = d.tags || [];
      var t = d.target;
      var health = [el('div', {'class': 'row'}, [statusBadge(t), t.award ? el('span', {'class': 'muted', text: t.award}) : null]),
        figures(t)];
      if (t.status !== 'NO_TARGET') {
        health.push(el('img', {'class': 'chart', id: 'target-chart', alt: '目标健康度图', src: '/workbench/api/target.png?ts=' + Date.now()}));
      }
      view.appendChild(card(d.month + ' 目标健康度', health, 'today-target'));
      var touches = d.untagged.length === 0 ? [el('p', {'class': 'muted', text: '最近两周的触达都已标记结果。'})]
        : d.untagged.map(function (u) {
          var box = el('div', {'class': 'touch', 'data-touch': u.id}, [
            el('div', {}, [el('strong', {text: u.customerName}), ' ', el('span', {'class': 'muted',
              text: u.kind + ' · ' + u.startedAtText + (u.durationSeconds ? ' · ' + Math.round(u.durationSeconds / 60) + '分钟' : '')})])]);
          var tags = el('div', {'class': 'tags'}, d.tags.map(function (tag) {
            return el('button', {'data-tag': tag.code, text: tag.label, on: {click: function () {
              api('/workbench/api/touches/' + u.id + '/result', {method: 'POST', body: JSON.stringify({tag: tag.code})})
                .then(function (r) { box.innerHTML = ''; box.appendChild(el('span', {'class': 'badge green', text: r.message})); })
                .catch(function (e) { toast(e.message); });
            }}});
          }));
          box.appendChild(tags);
          return box;
        });
      view.appendChild(card('待标记结果（' + d.untagged.length + '）', touches, 'today-untagged'));
      view.appendChild(card('我的线索（按停留天数）', [d.leads.length === 0 ? el('p', {'class': 'muted', text: '没有进行中的线索。'})
        : table([{key: 'customerName', label: '客户'}, {key: 'stage', label: '阶段'},
          {key: 'days', label: '停留天数', num: true}, {key: 'painPoint', label: '核心痛点', sort: false}], d.leads, 'today-leads')],
        'today-leads-card'));
    });
  }

  // ---- 团队
  function team(params) {
    return api('/workbench/api/teams').then(function (teams) {
      teams = teams || [];
      var teamId = params.teamId || (teams.some(function (t) { return t.id === state.me.teamId; }) ? state.me.teamId
        : teams.length ? teams[0].id : null);
      if (!teamId) { throw Object.assign(new Error('只有主管和总监能查看团队。'), {status: 403}); }
      var days = params.days || '7';
      return api('/workbench/api/team?teamId=' + encodeURIComponent(teamId) + '&days=' + encodeURIComponent(days))
        .then(function (d) {
          view.innerHTML = '';
          ['heatmap', 'targets', 'warnings', 'dwellTop', 'dayLabels'].forEach(function (k) { d[k] = d[k] || []; });
          var pick = el('select', {id: 'team-pick', on: {change: function () { go('team', {teamId: this.value, days: days}); }}},
            teams.map(function (t) { var o = el('option', {value: t.id, text: t.name}); if (t.id === teamId) { o.selected = true; } return o; }));
          var range = el('select', {id: 'range-pick', on: {change: function () { go('team', {teamId: teamId, days: this.value}); }}},
            ['5', '7', '10', '20', '30'].map(function (n) { var o = el('option', {value: n, text: '近' + n + '个工作日'}); if (n === String(d.days)) { o.selected = true; } return o; }));
          view.appendChild(el('div', {'class': 'row'}, [pick, range]));
          view.appendChild(card('有效触达热力图', [d.heatmap.length === 0 ? el('p', {'class': 'muted', text: '团队里还没有销售。'})
            : el('img', {'class': 'chart', id: 'team-heatmap', alt: d.teamName + '有效触达热力图',
              src: '/workbench/api/team/heatmap.png?teamId=' + encodeURIComponent(teamId) + '&days=' + d.days})], 'team-heatmap-card'));
          if (d.warnings.length) {
            view.appendChild(card('缺口预警', d.warnings.map(function (w) { return el('p', {'class': 'warn', text: w}); }), 'team-warnings'));
          }
          var rows = d.targets.map(function (t) { return Object.assign({}, t); });
          view.appendChild(card(d.month + ' 目标健康度（点表头排序）', [table([
            {key: 'repName', label: '姓名'},
            {key: 'completion', label: '完成率%', num: true},
            {key: 'gapFen', label: '缺口', num: true, render: function (r) { return yuan(r.gapFen); }},
            {key: 'reserveFen', label: '合格储备', num: true, render: function (r) { return yuan(r.reserveFen); }},
            {key: 'statusLabel', label: '状态', render: statusBadge}], rows, 'team-targets')], 'team-targets-card'));
          d.credibility = d.credibility || []; d.compliance = d.compliance || [];
          view.appendChild(card('合规提醒（今天和上个工作日）', d.compliance.length === 0
            ? [el('p', {'class': 'muted', text: '没有合规提醒。'})]
            : d.compliance.map(function (l) { return el('p', {'class': 'warn', text: l}); }), 'team-compliance'));
          view.appendChild(card('上月数据可信度红黑榜', [d.credibility.length === 0 ? el('p', {'class': 'muted', text: '上月样本不足，暂无榜单。'})
            : table([{key: 'list', label: '榜'}, {key: 'metric', label: '指标'}, {key: 'rank', label: '名次', num: true},
              {key: 'repName', label: '姓名'}, {key: 'hits', label: '达标/样本', sort: false, render: function (r) { return r.hits + '/' + r.samples; }}],
              d.credibility, 'team-credibility')], 'team-credibility-card'));
          view.appendChild(card('线索停留 TOP' + d.dwellTop.length, [
            el('p', {}, [el('a', {href: '/workbench/api/team/dwell.csv?teamId=' + encodeURIComponent(teamId), id: 'dwell-csv', text: '下载 CSV'})]),
            table([{key: 'customerName', label: '客户'}, {key: 'ownerName', label: '负责人'}, {key: 'stage', label: '阶段'},
              {key: 'days', label: '停留天数', num: true}], d.dwellTop, 'team-dwell')], 'team-dwell-card'));
        });
    });
  }


  // ---- 成交与奖金
  function deals() {
    return api('/workbench/api/deals').then(function (d) {
      view.innerHTML = '';
      ['queue', 'deals', 'ltv', 'coefficientReasons'].forEach(function (k) { d[k] = d[k] || []; });
      if (state.me.teamArea) {
        view.appendChild(card('待复核的成交（' + d.queue.length + '）', d.queue.length === 0
          ? [el('p', {'class': 'muted', text: '没有待复核的成交。'})]
          : d.queue.map(function (q) {
            var note = el('input', {type: 'text', maxlength: '100', placeholder: '备注（可选，100字以内）', 'class': 'review-note'});
            var box = el('div', {'class': 'touch', 'data-deal': q.dealId}, [
              el('div', {}, [el('strong', {text: q.customerName}), ' ', el('span', {'class': 'muted', text: q.repName + ' · ' + yuan(q.amountFen) + ' · ' + q.signedOn})]),
              el('p', {'class': 'warn', text: q.reasons}), note]);
            function decide(approve) {
              api('/workbench/api/deals/' + encodeURIComponent(q.dealId) + '/review', {method: 'POST',
                body: JSON.stringify({approve: approve, note: note.value})})
                .then(function (r) { box.innerHTML = ''; box.appendChild(el('span', {'class': 'badge green', text: q.customerName + ' ' + r.message})); })
                .catch(function (e) { toast(e.message); });
            }
            box.appendChild(el('div', {'class': 'tags'}, [
              el('button', {'class': 'primary', 'data-review': 'approve', text: '通过', on: {click: function () { decide(true); }}}),
              el('button', {'data-review': 'return', text: '退回补充', on: {click: function () { decide(false); }}})]));
            return box;
          }), 'deals-queue'));
      }
      view.appendChild(card(d.repName + ' · ' + d.month + ' 奖金明细', [
        el('div', {'class': 'figures'}, [
          el('div', {}, ['本月已发放', el('b', {text: yuan(d.releasedThisMonthFen)})]),
          el('div', {}, ['本月系数', el('b', {text: String(d.coefficient)})])]),
        d.coefficientReasons.length ? el('p', {'class': 'muted', text: d.coefficientReasons.join('；')}) : null,
        d.deals.length === 0 ? el('p', {'class': 'muted', text: '还没有计奖的成交。'})
          : table([{key: 'customerName', label: '客户'}, {key: 'amountFen', label: '合同额', num: true, render: function (r) { return yuan(r.amountFen); }},
            {key: 'totalFen', label: '奖金', num: true, render: function (r) { return yuan(r.totalFen); }},
            {key: 'releasedFen', label: '已发', num: true, render: function (r) { return yuan(r.releasedFen); }},
            {key: 'forfeitedFen', label: '作废', num: true, render: function (r) { return yuan(r.forfeitedFen); }}], d.deals, 'deals-statement')],
        'deals-statement-card'));
      view.appendChild(card('客户终身价值（LTV）榜', [d.ltv.length === 0 ? el('p', {'class': 'muted', text: '暂无数据。'})
        : table([{key: 'rank', label: '名次', num: true}, {key: 'repName', label: '姓名'},
          {key: 'ltvFen', label: 'LTV', num: true, render: function (r) { return yuan(r.ltvFen); }},
          {key: 'customers', label: '客户数', num: true},
          {key: 'meanFen', label: '客均', num: true, render: function (r) { return yuan(r.meanFen); }}], d.ltv, 'deals-ltv')], 'deals-ltv-card'));
    });
  }

  // ---- 目标与能力
  function targets(params) {
    var q = params.teamId ? '?teamId=' + encodeURIComponent(params.teamId) : '';
    return api('/workbench/api/targets' + q).then(function (d) {
      view.innerHTML = '';
      ['matrix', 'people', 'growth'].forEach(function (k) { d[k] = d[k] || []; });
      var p = d.plan;
      if (!p) {
        view.appendChild(card(d.teamName + ' · 目标方案', [el('p', {'class': 'muted', text: '本季度还没有目标推演（主管在聊天里发“目标推演”）。'})], 'targets-plan'));
      } else {
        var head = p.open ? (p.canVote ? '投票进行中：选一个你认可的方案' : '投票进行中') : '已确认：' + p.confirmed + '方案';
        view.appendChild(card(d.teamName + ' · ' + p.quarter + ' 目标方案', [el('p', {'class': 'muted', text: head}),
          table([{key: 'label', label: '方案', sort: false}, {key: 'totalFen', label: '团队合计', num: true, sort: false, render: function (r) { return yuan(r.totalFen); }},
            {key: 'myShareFen', label: '我的份额', num: true, sort: false, render: function (r) { return yuan(r.myShareFen); }},
            {key: 'votes', label: '票数', num: true, sort: false},
            {key: 'kind', label: '', sort: false, render: function (r) {
              if (!p.open || !p.canVote) { return ''; }
              return el('button', {'data-vote': r.kind, 'class': p.myBallot === r.kind ? 'primary' : '', text: p.myBallot === r.kind ? '已投' : '投这个',
                on: {click: function () {
                  api('/workbench/api/plans/' + p.sessionId + '/vote', {method: 'POST', body: JSON.stringify({kind: r.kind})})
                    .then(function (res) { toast(res.message); route(); }).catch(function (e) { toast(e.message); });
                }}});
            }}], (p.plans || []).slice(), 'targets-plans')], 'targets-plan'));
      }
      if (d.teamWide) {
        view.appendChild(card('能力-资源矩阵', [el('img', {'class': 'chart', id: 'matrix-chart', alt: '能力矩阵',
          src: '/workbench/api/matrix.png?teamId=' + encodeURIComponent(d.teamId)}),
          table([{key: 'repName', label: '姓名'}, {key: 'quadrant', label: '象限'}, {key: 'wonDeals', label: '成交数', num: true},
            {key: 'medianDealFen', label: '客单价中位数', num: true, render: function (r) { return yuan(r.medianDealFen); }},
            {key: 'largeWinRate', label: '大客户赢率%', num: true}], d.matrix, 'targets-matrix')], 'targets-matrix-card'));
      }
      var who = el('select', {id: 'radar-pick', on: {change: function () { img.src = '/workbench/api/radar.png?repId=' + encodeURIComponent(this.value); }}},
        d.people.map(function (r) { var o = el('option', {value: r.id, text: r.name}); if (r.id === state.me.id) { o.selected = true; } return o; }));
      var img = el('img', {'class': 'chart', id: 'radar-chart', alt: '能力雷达', src: '/workbench/api/radar.png?repId=' + encodeURIComponent(state.me.id)});
      img.addEventListener('error', function () { img.replaceWith(el('p', {'class': 'muted', id: 'radar-chart', text: '还没有能力数据。'})); });
      view.appendChild(card('能力雷达', [d.people.length > 1 ? who : null, img], 'targets-radar'));
      view.appendChild(card('成长账户：' + d.growthPoints + ' 分', [d.growth.length === 0 ? el('p', {'class': 'muted', text: '还没有积分记录。'})
        : table([{key: 'item', label: '事项'}, {key: 'points', label: '积分', num: true}, {key: 'status', label: '状态'}], d.growth, 'targets-growth')], 'targets-growth-card'));
    });
  }

  // ---- 管理
  function admin() {
    return Promise.all([api('/workbench/api/admin/import-kinds'), api('/workbench/api/admin/audit'),
      api('/workbench/api/admin/config')]).then(function (all) {
      var kinds = all[0] || [], audit = all[1], config = all[2];
      view.innerHTML = '';
      var kind = el('select', {id: 'import-kind'}, kinds.map(function (k) { return el('option', {value: k, text: k}); }));
      var file = el('input', {type: 'file', id: 'import-file', accept: '.csv,text/csv'});
      var report = el('div', {id: 'import-report'});
      var go = el('button', {'class': 'primary', id: 'import-go', text: '上传并校验', on: {click: function () {
        if (!file.files.length) { toast('请先选择 CSV 文件'); return; }
        file.files[0].text().then(function (text) {
          return fetch('/workbench/api/admin/import/' + encodeURIComponent(kind.value), {method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'text/csv', 'X-Workbench-Csrf': state.csrf}, body: text});
        }).then(function (r) { return r.json().then(function (b) { return {status: r.status, body: b}; }); })
          .then(function (res) {
            report.innerHTML = '';
            var b = res.body;
            if (res.status === 200) {
              report.appendChild(el('p', {'class': 'badge green', text: '已导入 ' + b.imported + ' / ' + b.received + ' 行'}));
            } else if (b.rejected) {
              report.appendChild(el('p', {'class': 'warn', text: '有问题，未写入任何一行（共 ' + (b.received || 0) + ' 行）：'}));
              report.appendChild(table([{key: 'row', label: '行', num: true}, {key: 'field', label: '字段'}, {key: 'reason', label: '问题', sort: false}],
                b.rejected, 'import-rejected'));
            } else {
              report.appendChild(el('p', {'class': 'warn', text: b.message || '导入失败'}));
            }
          }).catch(function (e) { toast(e.message); });
      }}});
      view.appendChild(card('导入（CSV，逐行校验）', [el('div', {'class': 'row'}, [kind, file, go]),
        el('p', {'class': 'muted', text: '第一行是表头；任何一行有问题都不会写入，并列出每个问题。'}), report], 'admin-import'));
      view.appendChild(card('审计日志（最近 ' + (audit.entries || []).length + ' 条，共 ' + audit.total + ' 条）', [
        table([{key: 'at', label: '时间'}, {key: 'actorId', label: '谁'}, {key: 'action', label: '操作'},
          {key: 'subject', label: '对象'}, {key: 'after', label: '变更后', sort: false}, {key: 'channel', label: '渠道'}],
          audit.entries || [], 'admin-audit')], 'admin-audit-card'));
      view.appendChild(card('业务配置（只读）', [el('p', {'class': 'muted', text: '改配置请改 ' + config.dir + '/ 下的 YAML 文件并重启。'}),
        table([{key: 'section', label: '分类'}, {key: 'key', label: '键'}, {key: 'value', label: '值', sort: false},
          {key: 'source', label: '来源'}], config.rows || [], 'admin-config')], 'admin-config-card'));
    });
  }

  var pages = [
    {id: 'today', label: '今日', show: function () { return true; }, render: today},
    {id: 'team', label: '团队', show: function () { return state.me.teamArea; }, render: team},
    {id: 'deals', label: '成交与奖金', show: function () { return true; }, render: deals},
    {id: 'targets', label: '目标与能力', show: function () { return true; }, render: targets},
    {id: 'admin', label: '管理', show: function () { return state.me.admin; }, render: admin}
  ];

  function parseHash() {
    var h = location.hash.replace(/^#/, '').split('?');
    var params = {};
    (h[1] || '').split('&').forEach(function (kv) { if (kv) { var p = kv.split('='); params[decodeURIComponent(p[0])] = decodeURIComponent(p[1] || ''); } });
    return {page: h[0] || 'today', params: params};
  }
  function go(page, params) {
    var q = Object.keys(params || {}).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); }).join('&');
    location.hash = page + (q ? '?' + q : '');
  }
  function route() {
    var r = parseHash();
    var page = pages.filter(function (p) { return p.id === r.page && p.show(); })[0] || pages[0];
    Array.prototype.forEach.call(document.querySelectorAll('#tabs a'), function (a) {
      a.classList.toggle('active', a.getAttribute('data-page') === page.id);
    });
    view.innerHTML = '<p class="muted">加载中…</p>';
    page.render(r.params).catch(showError);
  }
  window.workbench = {register: function (p) { pages.push(p); }, api: api, el: el, card: card, table: table, yuan: yuan,
    toast: toast, state: state, go: go};

  // WeCom's authorize URL ends in #wechat_redirect and the browser keeps that fragment on the way back
  if (location.hash === '#wechat_redirect') { history.replaceState(null, '', location.pathname); }
  api('/workbench/api/me').then(function (m) {
    state.me = m.me; state.csrf = m.csrf;
    document.getElementById('me-name').textContent = m.me.name;
    document.getElementById('me-scope').textContent = (m.me.teamName ? m.me.teamName + ' · ' : '') + '可看' + m.me.scope;
    document.getElementById('me-demo').hidden = !m.demo;
    var tabs = document.getElementById('tabs');
    pages.filter(function (p) { return p.show(); }).forEach(function (p) {
      tabs.appendChild(el('a', {href: '#' + p.id, 'data-page': p.id, text: p.label}));
    });
    window.addEventListener('hashchange', route);
    route();
  });
  document.getElementById('signout').addEventListener('click', function () {
    fetch('/workbench/signout', {method: 'POST', credentials: 'same-origin', headers: {'X-Workbench-Csrf': state.csrf}})
      .then(function () { document.body.innerHTML = '<main class="message"><h1>已退出</h1><p>重新打开工作台即可再次登录。</p></main>'; });
  });
})();
