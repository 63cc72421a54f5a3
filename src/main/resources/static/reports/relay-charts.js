/*
 * Relay CRM report charts: small SVG charts drawn from /api report data, no third-party code.
 *
 *   RelayCharts.load('/api/...')                      -> Promise of the JSON (the browser's webapp sign-in is used;
 *                                                        a refusal becomes an Error with a readable message; sent as
 *                                                        XMLHttpRequest so a 401 never pops up a password dialog)
 *   RelayCharts.bar(element, {title, categories, series: [{name, values}], unit})
 *                                                     -> grouped vertical bars, one group per category
 *   RelayCharts.funnel(element, {title, stages, values, unit, labels})
 *                                                     -> centred horizontal bars, widest first stage
 *   RelayCharts.table(element, {title, columns: [{key, label, number}], rows})
 *                                                     -> the same figures as a table, for reading and copying
 *   RelayCharts.error(element, message)               -> a visible error in place of a chart
 *   RelayCharts.failed(elements, message)             -> a page's report did not load: the error in the first
 *                                                        element, the others emptied (all marked ready)
 *   RelayCharts.number(value)                         -> a figure formatted for the page's language
 *   RelayCharts.period(element, onChange)             -> a from/to month filter (kept in the address as ?from=&to=);
 *                                                        onChange(query) with "from=2026-01&to=2026-06" or ""
 *   RelayCharts.userNames(ids)                        -> Promise of {id: full name} (owners shown by name)
 *   RelayCharts.t(text)                               -> the text in the page's language
 *
 * Language: English, or Simplified Chinese when the browser prefers Chinese (navigator.languages), as the record
 * pages. Chart titles, series, units, column labels, category labels that are codes (stages, tiers, sources) and the
 * page's own words (headings, links, filter labels) are translated; data (names, months, queues) is not. A chart's
 * data-category and data-series keep the codes, so what is checked does not depend on the language.
 *
 * Counts: pass integer: true to bar() so that its axis has whole-number ticks only. Every chart and table without
 * data shows the same "No data for this period." line.
 *
 * Every bar is an SVG rect with class "bar" and data-series, data-category and data-value attributes, so what a chart
 * shows can be checked (by a person with the inspector, or by a browser test). Charts are drawn into the element,
 * replacing what it held, and mark it with data-chart-ready="true" when done.
 */
(function (global) {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';

  var ZH = {
    // pages and navigation
    'Reports': '报表', 'Search records': '搜索记录', 'Search': '搜索', 'Records': '记录',
    'Charts for managers. Each report shows only what your role may see; sign in to Tasklist first.':
      '供管理者查看的图表。每个报表只显示您的角色可见的数据；请先登录 Tasklist。',
    'Loyalty: members and points by tier': '积分统计：各等级会员与积分',
    'Expense approvals waiting, per approver': '待审批费用（按审批人）',
    'Overdue loans by age, customer and owner': '借出预警：按逾期时长、客户和负责人',
    'Sales funnel and weighted forecast': '销售漏斗与加权预测',
    'Devices: frames per port and rejections': '读卡设备：各端口报文与拒收',
    'Service: 1-hour first reply, 24-hour resolution and satisfaction by queue and month':
      '服务报表：按队列和月份的 1 小时首次回复率、24 小时解决率与满意度',
    'Lead conversion by source': '线索转化率（按来源）', 'Expenses by department and type': '费用统计：按部门和类型',
    'Process history: finished instances and step durations': '流程历史：已完成实例与步骤耗时',
    'customers, contacts, service requests, leads and opportunities by number, name, phone or email; each result opens the record\'s page (customer 360°, request, lead, opportunity, expense, loan) with what is open on it now.':
      '客户、联系人、服务请求、线索和商机（按编号、名称、电话或邮箱）；每个结果打开记录页面（客户360度视图、服务请求、线索、商机、费用、借出）及其当前待办。',
    'Approvals waiting': '待审批费用', 'Process history': '流程历史',
    'Service: first reply, resolution and satisfaction': '服务报表：首次回复、解决与满意度',
    'Devices: frames per port and rejections (读卡设备, POS, 传感器)': '读卡设备、POS、传感器：各端口报文与拒收',
    'Expense approvals waiting (工作流报表)': '待审批费用（工作流报表）',
    'Expenses by department and type (费用统计)': '费用统计：按部门和类型',
    'Lead conversion by source (线索转化率)': '线索转化率（按来源）',
    'Loyalty: members and points by tier (积分统计)': '积分统计：各等级会员与积分',
    'Overdue loans (借出预警)': '借出预警',
    'Process history: finished instances and step durations (流程历史)': '流程历史：已完成实例与步骤耗时',
    'Sales funnel and weighted forecast (销售漏斗与预测)': '销售漏斗与预测',
    'Service: first reply, resolution and satisfaction (服务报表)': '服务报表：首次回复、解决与满意度',
    'Waiting longer than (hours)': '等待超过（小时）', 'From month': '起始月份', 'To month': '截止月份', 'Show': '显示',
    // messages
    'No data for this period.': '此期间没有数据。', 'Please sign in to Relay CRM (Tasklist) first.': '请先登录 Relay CRM（Tasklist）。',
    'You are not allowed to see this report.': '您无权查看此报表。',
    // chart titles
    'Frames per port': '各端口报文', 'Waiting approvals, oldest first': '待审批，最早的在前',
    'Satisfaction (mean return-visit score)': '满意度（回访平均分）', 'Rejected frames by reason': '拒收报文（按原因）',
    'Points moved per kind of entry': '各类积分变动', 'Per source': '按来源', 'Per queue and month': '按队列和月份',
    'Per owner': '按负责人', 'Per department': '按部门', 'Per department and type': '按部门和类型',
    'Overdue loans, longest first': '逾期借出，最久的在前', 'Overdue loans by customer': '逾期借出（按客户）',
    'Overdue loans by owner': '逾期借出（按负责人）', 'Opportunities per stage': '各阶段商机',
    'Members per tier': '各等级会员数', 'Mean and 90th percentile duration of the user tasks (hours)':
      '用户任务平均耗时与 90 百分位耗时（小时）', 'Leads and conversions per source': '各来源线索与转化',
    'Finished instances per process and month': '各流程每月完成实例', 'Figures per tier': '各等级数据',
    'Every step finished in the period': '此期间完成的所有步骤', 'Conversion rate per source': '各来源转化率',
    'Available points per tier': '各等级可用积分', 'Amount per type': '各类型金额', 'Amount per department': '各部门金额',
    'Amount and weighted forecast per stage': '各阶段金额与加权预测',
    // series, columns and units
    'Amount': '金额', 'Weighted forecast': '加权预测', 'Waiting': '等待中', 'Requests': '请求数', 'p90': '90 百分位',
    'Score': '评分', 'Resolution rate': '解决率', 'Rejected': '拒收', 'Processed': '已处理', 'Points': '积分',
    'Overdue loans': '逾期借出', 'Members': '会员', 'Mean': '平均', 'Leads': '线索', 'Items still out': '未归还物品',
    'Frames': '报文', 'First-reply rate': '首次回复率', 'Entries': '条目', 'Converted': '已转化',
    'Conversion rate': '转化率', 'Available points': '可用积分', 'p90 (hours)': '90 百分位（小时）',
    'Waiting since': '等待开始', 'Type': '类型', 'Tier': '等级', 'Step': '步骤', 'Source': '来源',
    'Return visits': '回访数', 'Resolved in time': '按时解决', 'Resolution rate %': '解决率 %', 'Request': '请求',
    'Queue': '队列', 'Process': '流程', 'Port': '端口', 'Paid': '已付', 'Owner': '负责人', 'Overdue': '逾期',
    'Month': '月份', 'Mean score': '平均分', 'Mean (hours)': '平均（小时）', 'Loan': '借出', 'Level': '级别',
    'Kind': '类别', 'Items out': '借出物品', 'Hours': '小时', 'First-reply rate %': '首次回复率 %',
    'First reply in time': '按时首次回复', 'Finished': '已完成', 'Expected': '预计', 'Department': '部门',
    'Days overdue': '逾期天数', 'Customer': '客户', 'Currency': '币种', 'Conversion rate %': '转化率 %',
    'Approver': '审批人', 'amount': '金额', 'score': '分', 'points': '积分', 'frames': '报文', 'opportunities': '个商机',
    'members': '名会员', 'loans / items': '借出 / 物品', 'leads': '条线索', 'instances': '个实例', 'hours': '小时',
    'approvals': '个审批',
    // codes shown as categories
    'NEW': '新建', 'IDENTIFIED': '机会识别', 'ANALYSIS': '需求分析', 'SOLUTION': '方案制定', 'REVIEW': '方案内审',
    'BIDDING': '投标', 'NEGOTIATION': '商务谈判', 'CONTRACT': '合同签订', 'WON': '成功结束', 'LOST': '项目失败',
    'DORMANT': '项目休眠', 'NONE': '非会员', 'STANDARD': '普通', 'SILVER': '银卡', 'GOLD': '金卡', 'PLATINUM': '白金',
    'WEB_FORM': '网站表单', 'IMPORT': '导入', 'EVENT': '活动', 'BUSINESS_CARD': '名片', 'SEARCH': '搜索引擎',
    'PHONE': '电话', 'OTHER': '其他'
  };

  /** Titles with a figure in them: [English pattern, Chinese with $1]. */
  var ZH_PATTERNS = [
    [/^First reply within (\d+) minutes$/, '$1 分钟内首次回复'],
    [/^Resolved within (\d+) hours$/, '$1 小时内解决'],
    [/^Approvals waiting longer than (\S+) h, per approver$/, '等待超过 $1 小时的审批（按审批人）'],
    [/^Overdue loans by age \(as of (.+)\)$/, '逾期借出（按逾期时长，截至 $1）'],
    [/^The report could not be loaded \(HTTP (\d+)\)\.$/, '报表无法加载（HTTP $1）。']
  ];

  var chinese = /^zh/i.test((navigator.languages && navigator.languages[0]) || navigator.language || '');
  document.documentElement.lang = chinese ? 'zh-CN' : 'en';

  function t(value) {
    if (!chinese || value === null || value === undefined) { return value; }
    var text = String(value).replace(/\s+/g, ' ').trim();
    if (Object.prototype.hasOwnProperty.call(ZH, text)) { return ZH[text]; }
    for (var i = 0; i < ZH_PATTERNS.length; i++) {
      if (ZH_PATTERNS[i][0].test(text)) { return text.replace(ZH_PATTERNS[i][0], ZH_PATTERNS[i][1]); }
    }
    return text;
  }

  /** The page's own words (outside the charts, which translate themselves): headings, links, labels, the title. */
  function translatePage() {
    if (!chinese) { return; }
    document.title = document.title.split(' · ').map(t).join(' · ');
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentNode;
        if (!node.nodeValue.trim() || (parent && parent.closest && parent.closest('.chart-area, script, style'))) {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) { nodes.push(walker.currentNode); }
    nodes.forEach(function (node) {
      var text = node.nodeValue.trim();
      var translated = t(text);
      if (translated !== text) { node.nodeValue = node.nodeValue.replace(text, translated); }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', translatePage);
  } else {
    translatePage();
  }
  var PALETTE = ['#1f6fb2', '#e07b24', '#3b9b5a', '#c0392b', '#7d5ba6', '#8c6d31', '#d35f9b', '#5f6b7a'];

  function element(name, attributes, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function text(parent, x, y, content, attributes) {
    var node = element('text', Object.assign({ x: x, y: y }, attributes || {}), parent);
    node.textContent = content;
    return node;
  }

  function number(value) {
    if (value === null || value === undefined || isNaN(value)) { return '–'; }
    return Number(value).toLocaleString(document.documentElement.lang || undefined, { maximumFractionDigits: 2 });
  }

  function clear(target) {
    while (target.firstChild) { target.removeChild(target.firstChild); }
    target.removeAttribute('data-chart-ready');
  }

  function heading(target, title) {
    if (title) {
      var h = document.createElement('h2');
      h.textContent = t(title);
      target.appendChild(h);
    }
  }

  function niceMax(max) {
    if (!(max > 0)) { return 1; }
    var magnitude = Math.pow(10, Math.floor(Math.log10(max)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i] * magnitude >= max) { return steps[i] * magnitude; }
    }
    return 10 * magnitude;
  }

  function legend(target, series) {
    if (series.length < 2) { return; }
    var list = document.createElement('ul');
    list.className = 'legend';
    series.forEach(function (s, i) {
      var item = document.createElement('li');
      var swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = PALETTE[i % PALETTE.length];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(t(s.name)));
      list.appendChild(item);
    });
    target.appendChild(list);
  }

  function bar(target, spec) {
    clear(target);
    heading(target, spec.title);
    var categories = spec.categories || [];
    var series = spec.series || [];
    if (categories.length === 0) {
      return empty(target);
    }
    var width = 760, height = 320, left = 70, right = 16, top = 16, bottom = 70;
    var plotWidth = width - left - right, plotHeight = height - top - bottom;
    var max = niceMax(Math.max.apply(null, series.map(function (s) {
      return Math.max.apply(null, s.values.map(function (v) { return Number(v) || 0; }));
    })));
    if (spec.integer) { max = Math.max(4, Math.ceil(max / 4) * 4); }
    var svg = element('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'class': 'chart bar-chart',
      'aria-label': spec.title || 'chart' }, target);
    for (var tick = 0; tick <= 4; tick++) {
      var value = max * tick / 4;
      var y = top + plotHeight - plotHeight * tick / 4;
      element('line', { x1: left, x2: width - right, y1: y, y2: y, 'class': 'grid' }, svg);
      text(svg, left - 6, y + 4, number(value), { 'text-anchor': 'end', 'class': 'axis' });
    }
    var groupWidth = plotWidth / categories.length;
    var barWidth = Math.max(2, (groupWidth * 0.8) / Math.max(1, series.length));
    categories.forEach(function (category, c) {
      var groupLeft = left + c * groupWidth + groupWidth * 0.1;
      series.forEach(function (s, i) {
        var v = Number(s.values[c]) || 0;
        var h = plotHeight * v / max;
        var rect = element('rect', { x: groupLeft + i * barWidth, y: top + plotHeight - h, width: barWidth - 1,
          height: h, fill: PALETTE[i % PALETTE.length], 'class': 'bar', 'data-series': s.name,
          'data-category': category, 'data-value': v }, svg);
        element('title', {}, rect).textContent = t(s.name) + ' · ' + t(category) + ': ' + number(v) + (spec.unit ? ' ' + t(spec.unit) : '');
      });
      var labelX = left + c * groupWidth + groupWidth / 2, labelY = top + plotHeight + 18;
      // labels wider than their group are slanted so that neighbours never run together
      var shown = t(category);
      // a Chinese character is about twice as wide as a Latin letter
      var crowded = String(shown).replace(/[^\x00-\xff]/g, 'xx').length * 7 > groupWidth;
      text(svg, labelX, labelY, shown, crowded
        ? { 'text-anchor': 'end', 'class': 'category', transform: 'rotate(-30 ' + labelX + ' ' + labelY + ')' }
        : { 'text-anchor': 'middle', 'class': 'category' });
    });
    if (spec.unit) { text(svg, 4, 12, t(spec.unit), { 'class': 'axis' }); }
    legend(target, series);
    target.setAttribute('data-chart-ready', 'true');
    return svg;
  }

  function funnel(target, spec) {
    clear(target);
    heading(target, spec.title);
    var stages = spec.stages || [];
    if (stages.length === 0) {
      return empty(target);
    }
    var rowHeight = 34, width = 760, labelWidth = 180, plotWidth = width - labelWidth - 120;
    var height = rowHeight * stages.length + 8;
    var max = Math.max.apply(null, spec.values.map(function (v) { return Number(v) || 0; })) || 1;
    var svg = element('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'class': 'chart funnel-chart',
      'aria-label': spec.title || 'funnel' }, target);
    var widthOf = function (i) { return Math.max(8, plotWidth * (Number(spec.values[i]) || 0) / max); };
    var centre = labelWidth + plotWidth / 2;
    stages.forEach(function (stage, i) {
      var v = Number(spec.values[i]) || 0;
      // a funnel: each stage a trapezoid from its own width narrowing to the next stage's
      var w = widthOf(i), next = i + 1 < stages.length ? Math.min(w, widthOf(i + 1)) : w * 0.8;
      var y = 4 + i * rowHeight;
      text(svg, labelWidth - 8, y + rowHeight / 2 + 4, t(stage), { 'text-anchor': 'end', 'class': 'category' });
      var rect = element('polygon', { points: [centre - w / 2, y + 2, centre + w / 2, y + 2, centre + next / 2,
        y + rowHeight - 2, centre - next / 2, y + rowHeight - 2].join(' '),
        fill: PALETTE[i % PALETTE.length], 'class': 'bar', 'data-series': spec.series || 'value', 'data-category': stage,
        'data-value': v }, svg);
      element('title', {}, rect).textContent = t(stage) + ': ' + number(v) + (spec.unit ? ' ' + t(spec.unit) : '');
      var label = spec.labels ? spec.labels[i] : number(v) + (spec.unit ? ' ' + t(spec.unit) : '');
      text(svg, labelWidth + plotWidth + 8, y + rowHeight / 2 + 4, label, { 'class': 'value' });
    });
    target.setAttribute('data-chart-ready', 'true');
    return svg;
  }

  function table(target, spec) {
    clear(target);
    heading(target, spec.title);
    if (!spec.rows || spec.rows.length === 0) {
      return empty(target);
    }
    var tableNode = document.createElement('table');
    tableNode.className = 'figures';
    var head = tableNode.createTHead().insertRow();
    spec.columns.forEach(function (column) {
      var th = document.createElement('th');
      th.textContent = t(column.label);
      if (column.number) { th.className = 'number'; }
      head.appendChild(th);
    });
    var body = tableNode.createTBody();
    spec.rows.forEach(function (row) {
      var tr = body.insertRow();
      spec.columns.forEach(function (column) {
        var td = tr.insertCell();
        var value = row[column.key];
        td.textContent = column.number ? number(value) : (value === null || value === undefined ? '' : value);
        if (column.number) { td.className = 'number'; }
      });
    });
    target.appendChild(tableNode);
    target.setAttribute('data-chart-ready', 'true');
    return tableNode;
  }

  function empty(target) {
    var p = document.createElement('p');
    p.className = 'empty';
    p.textContent = t('No data for this period.');
    target.appendChild(p);
    target.setAttribute('data-chart-ready', 'true');
    return p;
  }

  function error(target, message) {
    clear(target);
    var p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = t(message);
    target.appendChild(p);
    target.setAttribute('data-chart-ready', 'true');
    return p;
  }

  function failed(targets, message) {
    error(targets[0], message);
    targets.slice(1).forEach(function (target) { clear(target); target.setAttribute('data-chart-ready', 'true'); });
  }

  function load(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } }).then(function (response) {
      if (response.ok) { return response.json(); }
      return response.json().catch(function () { return {}; }).then(function (body) {
        var reason = response.status === 401 ? 'Please sign in to Relay CRM (Tasklist) first.'
          : response.status === 403 ? 'You are not allowed to see this report.'
          : (body && body.message) || ('The report could not be loaded (HTTP ' + response.status + ').');
        var e = new Error(reason);
        e.status = response.status;
        throw e;
      });
    });
  }

  function period(target, onChange) {
    var params = new URLSearchParams(location.search);
    var form = document.createElement('form');
    form.className = 'filters';
    form.id = 'period';
    ['from', 'to'].forEach(function (name) {
      var label = document.createElement('label');
      label.textContent = t(name === 'from' ? 'From month' : 'To month');
      var input = document.createElement('input');
      input.type = 'month';
      input.name = name;
      input.id = 'period-' + name;
      input.value = params.get(name) || '';
      label.appendChild(input);
      form.appendChild(label);
    });
    var button = document.createElement('button');
    button.type = 'submit';
    button.textContent = t('Show');
    form.appendChild(button);
    function query() {
      var q = new URLSearchParams();
      ['from', 'to'].forEach(function (name) { if (form.elements[name].value) { q.set(name, form.elements[name].value); } });
      return q.toString();
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      history.replaceState(null, '', query() ? '?' + query() : location.pathname);
      onChange(query());
    });
    target.appendChild(form);
    onChange(query());
    return form;
  }

  function userNames(ids) {
    var wanted = ids.filter(function (id, i) { return id && ids.indexOf(id) === i; }).slice(0, 200);
    if (!wanted.length) { return Promise.resolve({}); }
    return load('/api/organisation/user-names?ids=' + wanted.map(encodeURIComponent).join(','))
      .catch(function () { return {}; });
  }

  global.RelayCharts = { load: load, bar: bar, funnel: funnel, table: table, error: error, failed: failed, number: number,
    period: period, userNames: userNames, t: t, chinese: chinese };
})(window);
