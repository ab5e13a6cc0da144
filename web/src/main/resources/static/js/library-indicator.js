/*
 * 指标库 detail: one indicator group with all its targets (and a bar chart of them), the numbers' quartiles per
 * unit of measure, what tracking forms report, the filings that use it and the reasons of its score.
 */
(function () {
  'use strict';

  const P = window.Portal;
  const L = window.Library;
  const root = document.getElementById('library-detail');

  function params() {
    const p = { level2: P.state.get('level2', ''), key: P.state.get('key', '') };
    L.SCOPE.forEach((name) => { p[name] = P.state.get(name, ''); });
    return p;
  }

  function exportUrl(table) {
    return '/api/library/indicator/export' + P.query(Object.assign(params(), { table }));
  }

  function section(id, title, extra) {
    return '<section class="panel" id="' + id + '"><h2>' + P.esc(title) + (extra || '') + '</h2><div class="lib-body"></div></section>';
  }

  function body(id) {
    return document.querySelector('#' + id + ' .lib-body');
  }

  function scopeNote(choices) {
    const parts = [];
    const unit = P.state.get('unit', '');
    if (unit) {
      const found = (choices.units || []).find((u) => String(u.id) === unit);
      parts.push(P.msg('common.labelled', P.term('UNIT'), found ? found.name : unit));
    }
    if (P.state.get('year', '')) {
      parts.push(P.msg('common.year', P.state.get('year', '')));
    }
    if (P.state.get('kind', '')) {
      parts.push(P.kindLabel(P.state.get('kind', '')));
    }
    if (P.state.get('finding', '')) {
      const rule = (choices.rules || []).find((r) => r.id === P.state.get('finding', ''));
      parts.push(P.msg('common.labelled', P.msg('finding.filter'), rule ? rule.name : P.state.get('finding', '')));
    }
    return parts.length ? '<div class="notice small">' + P.esc(P.msg('library.detail.filtered', parts.join(P.msg('common.join.comma')))) + '</div>' : '';
  }

  function capped(shown, total) {
    return total > shown ? '<p class="muted small">' + P.esc(P.msg('library.detail.capped', shown, total)) + '</p>' : '';
  }

  function chart(targets) {
    const el = document.getElementById('library-chart');
    if (!window.echarts || !el || !targets.length) {
      return;
    }
    const top = targets.slice(0, 12);
    window.echarts.init(el).setOption({
      grid: { left: 40, right: 12, top: 16, bottom: 64 },
      tooltip: { trigger: 'axis', formatter: (items) => P.esc(P.msg('common.labelled', items[0].name, items[0].value)) },
      xAxis: { type: 'category', data: top.map((t) => t.label), axisLabel: { interval: 0, rotate: 30, fontSize: 11 } },
      yAxis: { type: 'value', name: P.msg('library.detail.chart'), minInterval: 1 },
      series: [{ type: 'bar', data: top.map((t) => t.filings), itemStyle: { color: '#0b5cad' }, barMaxWidth: 36 }]
    });
  }

  function render(detail, choices) {
    const g = detail.group;
    document.title = g.name + ' · ' + P.msg('library.title');
    root.innerHTML = '<div class="lib-detail-head"><h1 id="library-name">' + P.esc(g.name) + '</h1>'
      + '<span class="tag">' + P.esc(g.level1) + '</span><span class="tag">' + P.esc(g.level2) + '</span>'
      + L.scoreBadge(g.score) + '</div>'
      + scopeNote(choices)
      + '<div class="lib-cards" id="library-usage">'
      + card(P.msg('library.col.filings'), g.filings) + card(P.msg('library.col.units'), g.units)
      + card(P.msg('library.col.uses'), g.uses) + card(P.term('BUDGET_YEAR'), '<span title="' + P.esc(detail.years.map((y) => P.msg('library.detail.yearUse', y.year, y.filings)).join('\n')) + '">' + P.esc(L.years(g)) + '</span>', true)
      + card(P.msg('library.col.attainment'), L.attainment(g.attainment), true)
      + card(P.msg('library.col.fullScore'), P.percent(g.fullScoreShare * 100, 0)) + '</div>'
      + '<div class="grid-2">' + section('library-targets', P.msg('library.detail.targets'))
      + '<section class="panel"><h2>' + P.esc(P.msg('library.detail.targets')) + '</h2><div id="library-chart" class="lib-chart"></div></section></div>'
      + '<div class="grid-2">' + section('library-reasons', P.msg('library.detail.reasons'), ' ' + L.scoreBadge(g.score))
      + section('library-stats', P.msg('library.detail.stats')) + '</div>'
      + section('library-actuals', P.msg('library.detail.actuals'))
      + section('library-examples', P.msg('library.detail.examples'))
      + section('library-variants', P.msg('library.detail.variants'));

    P.table(body('library-targets'), {
      id: 'library-targets-table', statePrefix: 't', exportUrl: exportUrl('targets'), rows: g.targets,
      columns: [
        { key: 'label', label: P.term('TARGET_VALUE'), render: (t) => '<span class="lib-chip ' + P.esc(t.kind || 'none') + '">' + P.esc(t.label) + '</span>' },
        { key: 'kind', label: P.msg('library.col.valueKind'), render: (t) => P.esc(P.msg('library.valueKind.' + t.kind)) },
        { key: 'filings', label: P.msg('library.col.filings'), numeric: true },
        { key: 'share', label: P.msg('library.col.share'), numeric: true, render: (t) => P.esc(P.percent(t.share * 100)) },
        { key: 'score', label: P.msg('library.col.score'), numeric: true, render: (t) => L.scoreBadge(t.score) },
        { key: 'reasons', label: P.msg('library.col.reasons'), sortable: false, render: (t) => '<span class="small">' + P.esc(t.reasons.join(P.msg('common.join.semicolon'))) + '</span>' }
      ]
    });
    chart(g.targets);
    body('library-reasons').insertAdjacentHTML('beforebegin', '<p class="muted small">' + P.esc(P.msg('library.scoreNote')) + '</p>');
    P.table(body('library-reasons'), {
      id: 'library-reasons-table', statePrefix: 'r', exportUrl: exportUrl('reasons'), rows: g.reasons,
      columns: [
        { key: 'text', label: P.msg('library.col.reason') },
        { key: 'deduction', label: P.msg('library.col.deduction'), numeric: true },
        { key: 'uses', label: P.msg('library.col.uses'), numeric: true }
      ]
    });
    if (g.stats.length) {
      P.table(body('library-stats'), {
        id: 'library-stats-table', statePrefix: 's', exportUrl: exportUrl('stats'), rows: g.stats,
        columns: [
          { key: 'unit', label: P.msg('library.col.unitOfMeasure'), render: (s) => P.esc(s.unit || P.msg('library.unit.none')) },
          { key: 'count', label: P.msg('library.col.count'), numeric: true },
          { key: 'min', label: P.msg('library.col.min'), numeric: true },
          { key: 'q1', label: P.msg('library.col.q1'), numeric: true },
          { key: 'median', label: P.msg('library.col.median'), numeric: true },
          { key: 'q3', label: P.msg('library.col.q3'), numeric: true },
          { key: 'max', label: P.msg('library.col.max'), numeric: true }
        ]
      });
    } else {
      body('library-stats').innerHTML = '<p class="muted">' + P.esc(P.msg('library.detail.noStats')) + '</p>';
    }
    if (detail.actuals.length) {
      P.table(body('library-actuals'), {
        id: 'library-actuals-table', statePrefix: 'a', exportUrl: exportUrl('actuals'), rows: detail.actuals,
        caption: g.attainment ? P.msg('library.attainment', g.attainment.reached, g.attainment.reported, g.attainment.missed) : '',
        columns: [
          { key: 'projectName', label: P.term('PROJECT_NAME'), render: (a) => L.filingLink(a.filingId, a.projectName || a.filingId) },
          { key: 'unit', label: P.term('UNIT') },
          { key: 'period', label: P.term('TRACKING_PERIOD') },
          { key: 'target', label: P.term('TARGET_VALUE') },
          { key: 'planned', label: P.term('PLANNED_VALUE'), numeric: true },
          { key: 'actual', label: P.term('ACTUAL_VALUE'), numeric: true },
          { key: 'outcome', label: P.msg('library.col.outcome'), render: (a) => '<span class="lib-outcome ' + P.esc(a.outcome) + '">' + P.esc(P.msg('library.outcome.' + a.outcome)) + '</span>' },
          { key: 'deviation', label: P.term('DEVIATION'), render: (a) => '<span class="small">' + P.esc(a.deviation) + '</span>' }
        ]
      });
      body('library-actuals').insertAdjacentHTML('beforeend', capped(detail.shown, detail.actualTotal));
    } else {
      body('library-actuals').innerHTML = '<p class="muted">' + P.esc(P.msg('library.detail.noActuals')) + '</p>';
    }
    P.table(body('library-examples'), {
      id: 'library-examples-table', statePrefix: 'e', exportUrl: exportUrl('examples'), rows: detail.examples,
      total: detail.exampleTotal,
      columns: [
        { key: 'projectName', label: P.term('PROJECT_NAME'), render: (e) => L.filingLink(e.filingId, e.projectName || e.filingId) },
        { key: 'unit', label: P.term('UNIT') },
        { key: 'year', label: P.term('BUDGET_YEAR'), numeric: true },
        { key: 'kind', label: P.msg('library.col.kind'), render: (e) => P.esc(P.kindLabel(e.kind)) },
        { key: 'name', label: P.term('LEVEL3') },
        { key: 'target', label: P.term('TARGET_VALUE') },
        { key: 'score', label: P.msg('library.col.score'), numeric: true, render: (e) => L.scoreBadge(e.score) }
      ]
    });
    body('library-examples').insertAdjacentHTML('beforeend', capped(detail.shown, detail.exampleTotal));
    P.table(body('library-variants'), {
      id: 'library-variants-table', statePrefix: 'v', exportUrl: exportUrl('variants'), rows: g.variants,
      columns: [
        { key: 'name', label: P.msg('library.col.name') },
        { key: 'uses', label: P.msg('library.col.uses'), numeric: true }
      ]
    });
  }

  function card(label, value, html) {
    return '<div class="lib-card"><div class="muted small">' + P.esc(label) + '</div><div class="lib-card-value">'
      + (html ? value : P.esc(value)) + '</div></div>';
  }

  async function load() {
    const back = document.getElementById('library-back');
    const scope = {};
    L.SCOPE.forEach((name) => { scope[name] = P.state.get(name, ''); });
    back.href = '/library' + P.query(scope);
    try {
      const [detail, filters, rules] = await Promise.all([P.api('/api/library/indicator', params()),
        P.state.get('unit', '') ? P.api('/api/library/filters') : Promise.resolve({ units: [] }),
        P.state.get('finding', '') ? P.api('/api/review/rules').catch(() => []) : Promise.resolve([])]);
      render(detail, Object.assign({ rules }, filters));
    } catch (error) {
      P.showError(root, error);
    }
  }

  load();
})();
