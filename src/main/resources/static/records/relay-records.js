/*
 * Relay CRM record pages (/records/{type}.html?key={business key}): read-only views of one record drawn from /api
 * with the browser's webapp sign-in, so each page shows exactly what /api lets the viewer see. No third-party code.
 *
 *   RelayRecords.show({ type, title: function (view) {...}, sections: [...] , extra: function (view, main) {...} })
 *     loads /api/records-of-type (see API below) for the key in the address, draws its sections, the open tasks
 *     and then replaces user ids by full names. Marks <body data-record-ready="true"> when done (also on a refusal).
 *   A section: { id, title, rows: function (record) -> array (a table) | object (fields), fields: [{ key, label, type }] }
 *     type: text (default), user, money (amount with the row's currency or CNY), time, date, number, yesno, code
 *     (a code such as the timeline's kinds shown as words, CODES below, in the page's language).
 *   Every shown value is an element with data-field="sectionId.key" (and tables' rows data-row="index").
 *
 * Language: English, or Simplified Chinese when the browser prefers Chinese (navigator.languages).
 */
(function (global) {
  'use strict';

  var API = {
    'customer': function (key) { return '/api/customers/record/' + encodeURIComponent(key); },
    'service-request': function (key) { return '/api/service-requests/record/' + encodeURIComponent(key); },
    'lead': function (key) { return '/api/sales/leads/record/' + encodeURIComponent(key); },
    'opportunity': function (key) { return '/api/sales/opportunities/record/' + encodeURIComponent(key); },
    'expense': function (key) { return '/api/expenses/record/' + encodeURIComponent(key); },
    'loan': function (key) { return '/api/loans/record/' + encodeURIComponent(key); }
  };

  var ZH = {
    'Open now': '当前待办', 'Task': '任务', 'Held by': '处理人', 'Waiting for': '候选', 'Since': '开始于',
    'Nothing is open on this record.': '此记录当前没有待办任务。', 'None.': '无。',
    'This record does not exist or you may not see it.': '记录不存在，或您无权查看。',
    'Please sign in to Relay CRM (Tasklist) first.': '请先登录 Relay CRM（Tasklist）。',
    'No record key in the address.': '地址中缺少记录编号。', 'Search': '搜索', 'Reports': '报表',
    'Yes': '是', 'No': '否', 'Previous': '上一页', 'Next': '下一页', 'Page': '页',
    'Service request': '服务请求', 'Lead': '线索', 'Opportunity': '商机', 'Expense': '费用申请', 'Loan': '借出',
    'Customer': '客户', 'Details': '详情', 'Work orders': '工单', 'Parts': '备件', 'Factory repair': '返厂维修',
    'Settlement': '结算', 'Return visit': '回访', 'SLA breaches': 'SLA 超时', 'Activities': '跟进记录',
    'Stage history': '阶段历史', 'Quotes': '报价', 'Order': '订单', 'Approval timeline': '审批记录',
    'Payment': '付款', 'Items': '借出物品', 'Feedback': '反馈', 'Returns and conversions': '归还与转换',
    'Stock movements': '出入库', 'Alerts': '提醒', 'Contacts': '联系人', 'Contact': '联系人', 'Assets': '资产',
    'Service requests': '服务请求', 'Opportunities': '商机', 'Loans': '借出', 'Service plans': '服务计划',
    'Expenses': '费用', 'Membership': '会员', 'Latest points': '最近积分', 'Timeline': '时间线',
    'Contact relations': '联系人关系图', 'Company relations': '客户关系图',
    'Number': '编号', 'Name': '名称', 'Status': '状态', 'Owner': '负责人', 'Department': '部门', 'Subject': '主题',
    'Amount': '金额', 'Created': '创建时间', 'Type': '类型', 'Queue': '队列', 'Priority': '优先级',
    'First response due': '首次响应期限', 'Resolution due': '解决期限', 'First responded': '首次响应',
    'Resolved': '解决时间', 'Closed': '关闭时间', 'Engineer': '工程师', 'Dispatched': '派工时间',
    'Outcome': '结果', 'Hours': '工时', 'Part no.': '备件号', 'Description': '描述', 'Quantity': '数量',
    'Unit price': '单价', 'Parts amount': '备件金额', 'Labour amount': '人工金额', 'Total': '合计',
    'Paid': '已付', 'Score': '评分', 'Solved': '已解决', 'Comment': '意见', 'Visited by': '回访人',
    'Kind': '类别', 'Breached': '超时于', 'Handled by': '处理人', 'Action': '措施', 'Company': '公司',
    'Phone': '电话', 'Email': '邮箱', 'Source': '来源', 'Message': '留言', 'Pool': '线索池', 'Note': '备注',
    'When': '时间', 'By': '操作人', 'Stage': '阶段', 'From': '从', 'To': '到', 'Version': '版本',
    'Discount': '折扣', 'Approved by': '批准人', 'Expected close': '预计成交', 'Requester': '申请人',
    'Purpose': '用途', 'Level': '级别', 'Approver': '审批人', 'Acted by': '办理人', 'On behalf of': '代理',
    'Decision': '决定', 'Product': '产品', 'Serial': '序列号', 'Customer name': '客户名称',
    'Ship by': '预计发货', 'Return by': '预计归还', 'Tier': '等级', 'Card': '卡号', 'Available points': '可用积分',
    'Points': '积分', 'Title': '职务', 'Superior': '上级', 'Warranty end': '保修截止', 'In warranty': '在保',
    'Planned': '计划日期', 'Code': '代码', 'Industry': '行业', 'Relation': '关系', 'Quote': '报价',
    'Reported by': '报告人', 'Result': '结果', 'Received': '收货', 'Returned': '返回', 'Settled by': '结算人',
    'Invoice': '发票', 'Reason': '原因', 'Rule': '规则', 'Probability': '赢率', 'Milestone': '里程碑',
    'Converted': '已转换', 'Number, name, phone or email': '编号、名称、电话或邮箱', 'Nothing found.': '未找到。',
    'Type at least 2 characters.': '请至少输入 2 个字符。', 'Contact log': '联系记录', 'Lead follow-up': '线索跟进',
    'Stage change': '阶段变更', 'Service plan': '服务计划', 'Cockpit is for administrators': 'Cockpit 仅供管理员使用',
    'Staff work in Tasklist. What a task is about — the customer, the request, the lead or the deal, its history and what is open on it now — is on its record page: every task form links to it, and the search box finds every record you may see.':
      '员工在 Tasklist 中办理任务。任务所涉及的内容（客户、服务请求、线索或商机，其历史和当前待办）都在记录页面上：每个任务表单都链接到它，搜索框可以找到您有权查看的所有记录。',
    'Back to Tasklist': '返回 Tasklist', 'Search records': '搜索记录', 'Open the record of this task': '打开此任务的记录',
    'You have no open task in this process.': '您在此流程中没有待办任务。', 'Record': '记录', 'Leads': '线索', 'Date': '日期', 'Settlement kind': '结算方式', 'Condition': '状况'
  };

  /** Codes the API answers, as the words a page shows for them (then translated like any text). */
  var CODES = {
    // the customer timeline's kinds of entry (CustomerRecordPart implementations)
    'contact': 'Contact log', 'service-request': 'Service request', 'lead-activity': 'Lead follow-up',
    'opportunity': 'Opportunity', 'opportunity-stage': 'Stage change', 'loan': 'Loan', 'service-plan': 'Service plan',
    'points': 'Points', 'expense': 'Expense'
  };

  var chinese = /^zh/i.test((navigator.languages && navigator.languages[0]) || navigator.language || '');
  var locale = chinese ? 'zh-CN' : 'en';
  document.documentElement.lang = locale;

  function t(text) { return chinese && ZH[text] ? ZH[text] : text; }

  function el(name, attributes, parent, content) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (content !== undefined && content !== null) { node.textContent = content; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function money(amount, currency) {
    if (amount === null || amount === undefined || amount === '') { return ''; }
    return new Intl.NumberFormat(locale, { style: 'currency', currency: currency || 'CNY' }).format(Number(amount));
  }

  function format(value, type, row) {
    if (value === null || value === undefined || value === '') { return ''; }
    switch (type) {
      case 'money': return money(value, row && row.currency);
      case 'time': return new Date(value).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
      case 'date': return new Date(value + 'T00:00:00').toLocaleDateString(locale, { dateStyle: 'medium' });
      case 'number': return Number(value).toLocaleString(locale, { maximumFractionDigits: 2 });
      case 'yesno': return value ? t('Yes') : t('No');
      case 'code': return t(CODES[value] || String(value));
      default: return Array.isArray(value) ? value.join(', ') : String(value);
    }
  }

  function valueNode(parent, tag, sectionId, field, row) {
    var value = row ? row[field.key] : null;
    var node = el(tag, { 'data-field': sectionId + '.' + field.key }, parent);
    if (field.type === 'user' && value) {
      node.className = 'user';
      node.setAttribute('data-user', value);
    }
    if (field.type === 'customer' && value) {
      node.setAttribute('data-customer', value);
    }
    if (field.link && value) {
      el('a', { href: field.link(row) }, node, format(value, field.type, row));
    } else {
      node.textContent = format(value, field.type, row);
    }
    if (field.type === 'money' || field.type === 'number') { node.className = 'number'; }
    return node;
  }

  function section(main, spec, record) {
    var box = el('section', { 'class': 'report', id: spec.id }, main);
    el('h2', {}, box, t(spec.title));
    var rows = spec.rows(record);
    if (rows === null || rows === undefined || (Array.isArray(rows) && rows.length === 0)) {
      el('p', { 'class': 'empty' }, box, t('None.'));
      return box;
    }
    if (!Array.isArray(rows)) {
      var list = el('dl', { 'class': 'fields' }, box);
      spec.fields.forEach(function (field) {
        el('dt', {}, list, t(field.label));
        valueNode(list, 'dd', spec.id, field, rows);
      });
      return box;
    }
    table(box, spec.id, spec.fields, rows);
    return box;
  }

  function table(box, sectionId, fields, rows) {
    var tableNode = el('table', { 'class': 'figures' }, box);
    var head = tableNode.createTHead().insertRow();
    fields.forEach(function (field) { el('th', {}, head, t(field.label)); });
    var body = tableNode.createTBody();
    rows.forEach(function (row, index) {
      var tr = body.insertRow();
      tr.setAttribute('data-row', index);
      fields.forEach(function (field) { valueNode(tr, 'td', sectionId, field, row); });
    });
    return tableNode;
  }

  var TASK_FIELDS = [
    { key: 'name', label: 'Task' }, { key: 'assignee', label: 'Held by', type: 'user' },
    { key: 'waitingFor', label: 'Waiting for' }, { key: 'since', label: 'Since', type: 'time' }];

  function openTasks(main, tasks) {
    var box = el('section', { 'class': 'report', id: 'open-tasks' }, main);
    el('h2', {}, box, t('Open now'));
    if (!tasks.length) {
      el('p', { 'class': 'empty' }, box, t('Nothing is open on this record.'));
      return;
    }
    table(box, 'open-tasks', TASK_FIELDS, tasks.map(function (task) {
      return { name: task.name, assignee: task.assignee, since: task.since,
        waitingFor: task.assignee ? '' : task.candidateGroups.concat(task.candidateUsers).join(', ') };
    }));
  }

  /** Replaces every [data-user] element's id by the user's full name (the id stays as its tooltip). */
  function names(root) {
    var nodes = Array.prototype.slice.call(root.querySelectorAll('[data-user]:not([data-named])'));
    var ids = nodes.map(function (n) { return n.getAttribute('data-user'); })
      .filter(function (id, i, all) { return all.indexOf(id) === i; });
    if (!ids.length) { return Promise.resolve(); }
    var batches = [];
    for (var i = 0; i < ids.length; i += 200) { batches.push(ids.slice(i, i + 200)); }
    return Promise.all(batches.map(function (batch) {
      return load('/api/organisation/user-names?ids=' + batch.map(encodeURIComponent).join(','));
    })).then(function (maps) {
      var all = Object.assign.apply(null, [{}].concat(maps));
      nodes.forEach(function (node) {
        var id = node.getAttribute('data-user');
        node.setAttribute('data-named', 'true');
        if (all[id]) { node.textContent = all[id]; node.title = id; }
      });
    }).catch(function () { /* ids stay shown */ });
  }

  var SVG = 'http://www.w3.org/2000/svg';

  function svgNode(name, attributes, parent, content) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (content !== undefined) { node.textContent = content; }
    parent.appendChild(node);
    return node;
  }

  /**
   * A layered graph (联系人关系图, 客户关系图): nodes [{id, label, sub, level, self}] drawn in rows by level, edges
   * [[fromId, toId, label]] as lines. Every node is a <g class="node" data-node="id">, every edge a
   * <line data-from data-to>.
   */
  function graph(box, nodes, edges) {
    var W = 150, H = 40, GAP_X = 24, GAP_Y = 46;
    var levels = {};
    nodes.forEach(function (n) { (levels[n.level] = levels[n.level] || []).push(n); });
    var keys = Object.keys(levels).map(Number).sort(function (a, b) { return a - b; });
    var widest = Math.max.apply(null, keys.map(function (k) { return levels[k].length; }));
    var width = Math.max(widest * (W + GAP_X), W + GAP_X), height = keys.length * (H + GAP_Y);
    var svg = svgNode('svg', { 'class': 'graph', viewBox: '0 0 ' + width + ' ' + height,
      style: 'max-width:' + width + 'px' }, box);
    var at = {};
    keys.forEach(function (k, row) {
      var line = levels[k], offset = (width - line.length * (W + GAP_X)) / 2;
      line.forEach(function (n, i) {
        at[n.id] = { x: offset + i * (W + GAP_X) + GAP_X / 2, y: row * (H + GAP_Y) + GAP_Y / 2 };
      });
    });
    edges.forEach(function (e) {
      var a = at[e[0]], b = at[e[1]];
      if (!a || !b) { return; }
      var sameRow = a.y === b.y;
      svgNode('line', { x1: a.x + W / 2, y1: sameRow ? a.y + H / 2 : a.y + H, x2: b.x + W / 2,
        y2: sameRow ? b.y + H / 2 : b.y, 'data-from': e[0], 'data-to': e[1], 'stroke-dasharray': sameRow ? '4 3' : '' }, svg);
    });
    nodes.forEach(function (n) {
      var p = at[n.id];
      var g = svgNode('g', { 'class': 'node', 'data-node': n.id }, svg);
      svgNode('rect', { x: p.x, y: p.y, width: W, height: H, rx: 4, 'class': n.self ? 'self' : '' }, g);
      svgNode('text', { x: p.x + 8, y: p.y + 16, 'class': n.self ? 'self' : '' }, g, clip(n.label));
      if (n.sub) { svgNode('text', { x: p.x + 8, y: p.y + 32, 'class': n.self ? 'self' : '' }, g, clip(n.sub)); }
      if (n.href) {
        g.style.cursor = 'pointer';
        g.addEventListener('click', function () { global.location.href = n.href; });
      }
    });
    return svg;
  }

  function clip(text) {
    text = String(text || '');
    return text.length > 20 ? text.slice(0, 19) + '…' : text;
  }

  /** Turns every [data-customer] id into a link to the customer's page, for customers the viewer may see. */
  function customers(root) {
    var nodes = Array.prototype.slice.call(root.querySelectorAll('[data-customer]'));
    return Promise.all(nodes.map(function (node) {
      return load('/api/customers/' + encodeURIComponent(node.getAttribute('data-customer'))).then(function (c) {
        node.textContent = '';
        el('a', { href: '/records/customer.html?key=' + encodeURIComponent(c.code) }, node, c.name + ' (' + c.code + ')');
      }).catch(function () { /* a customer the viewer may not see stays an id */ });
    }));
  }

  function load(url) {
    return fetch(url, { credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } }).then(function (response) {
      if (response.ok) { return response.json(); }
      var e = new Error(response.status === 401 ? t('Please sign in to Relay CRM (Tasklist) first.')
        : t('This record does not exist or you may not see it.'));
      e.status = response.status;
      throw e;
    });
  }

  function refuse(main, message) {
    var p = el('p', { 'class': 'error', role: 'alert' }, main, message);
    document.body.setAttribute('data-record-ready', 'true');
    return p;
  }

  function keyInAddress() {
    return new URLSearchParams(global.location.search).get('key');
  }

  function header() {
    var bar = el('header', { 'class': 'relay' });
    el('a', { 'class': 'brand', href: '/camunda/app/tasklist/default/' }, bar, 'Relay CRM');
    el('a', { href: '/records/search.html' }, bar, t('Search'));
    el('a', { href: '/reports/index.html' }, bar, t('Reports'));
    document.body.insertBefore(bar, document.body.firstChild);
  }

  function show(spec) {
    header();
    var main = document.querySelector('main');
    var key = keyInAddress();
    var h1 = el('h1', {}, main, t(spec.label) + (key ? ' ' + key : ''));
    if (!key) { return refuse(main, t('No record key in the address.')); }
    return load(API[spec.type](key)).then(function (view) {
      if (spec.title) { h1.textContent = t(spec.label) + ' ' + key + ' · ' + spec.title(view.record); }
      document.title = h1.textContent + ' · Relay CRM';
      if (spec.openTasks !== false) { openTasks(main, view.openTasks || []); }
      spec.sections.forEach(function (s) { section(main, s, view.record); });
      var more = spec.extra ? spec.extra(view, main) : null;
      return Promise.resolve(more).then(function () { return Promise.all([names(main), customers(main)]); });
    }).then(function () {
      document.body.setAttribute('data-record-ready', 'true');
    }).catch(function (e) {
      refuse(main, e.message || t('This record does not exist or you may not see it.'));
    });
  }

  global.RelayRecords = { show: show, load: load, t: t, el: el, table: table, section: section, names: names,
    format: format, money: money, locale: locale, header: header, graph: graph };
})(window);
