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
      h.textContent = title;
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
      item.appendChild(document.createTextNode(s.name));
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
        element('title', {}, rect).textContent = s.name + ' · ' + category + ': ' + number(v) + (spec.unit ? ' ' + spec.unit : '');
      });
      var labelX = left + c * groupWidth + groupWidth / 2, labelY = top + plotHeight + 18;
      // labels wider than their group are slanted so that neighbours never run together
      var crowded = String(category).length * 7 > groupWidth;
      text(svg, labelX, labelY, category, crowded
        ? { 'text-anchor': 'end', 'class': 'category', transform: 'rotate(-30 ' + labelX + ' ' + labelY + ')' }
        : { 'text-anchor': 'middle', 'class': 'category' });
    });
    if (spec.unit) { text(svg, 4, 12, spec.unit, { 'class': 'axis' }); }
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
      text(svg, labelWidth - 8, y + rowHeight / 2 + 4, stage, { 'text-anchor': 'end', 'class': 'category' });
      var rect = element('polygon', { points: [centre - w / 2, y + 2, centre + w / 2, y + 2, centre + next / 2,
        y + rowHeight - 2, centre - next / 2, y + rowHeight - 2].join(' '),
        fill: PALETTE[i % PALETTE.length], 'class': 'bar', 'data-series': spec.series || 'value', 'data-category': stage,
        'data-value': v }, svg);
      element('title', {}, rect).textContent = stage + ': ' + number(v) + (spec.unit ? ' ' + spec.unit : '');
      var label = spec.labels ? spec.labels[i] : number(v) + (spec.unit ? ' ' + spec.unit : '');
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
    var t = document.createElement('table');
    t.className = 'figures';
    var head = t.createTHead().insertRow();
    spec.columns.forEach(function (column) {
      var th = document.createElement('th');
      th.textContent = column.label;
      if (column.number) { th.className = 'number'; }
      head.appendChild(th);
    });
    var body = t.createTBody();
    spec.rows.forEach(function (row) {
      var tr = body.insertRow();
      spec.columns.forEach(function (column) {
        var td = tr.insertCell();
        var value = row[column.key];
        td.textContent = column.number ? number(value) : (value === null || value === undefined ? '' : value);
        if (column.number) { td.className = 'number'; }
      });
    });
    target.appendChild(t);
    target.setAttribute('data-chart-ready', 'true');
    return t;
  }

  function empty(target) {
    var p = document.createElement('p');
    p.className = 'empty';
    p.textContent = 'No data for this period.';
    target.appendChild(p);
    target.setAttribute('data-chart-ready', 'true');
    return p;
  }

  function error(target, message) {
    clear(target);
    var p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = message;
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
      label.textContent = name === 'from' ? 'From month' : 'To month';
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
    button.textContent = 'Show';
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
    period: period, userNames: userNames };
})(window);
