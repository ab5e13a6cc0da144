/*
 * 执行监控: the laggards list with tiles, filters and findings (/execution), and one tracking form's detail
 * (/execution/{id}). Filters, sorting and the amount unit live in the URL, so every view can be shared.
 */
(function () {
  'use strict';

  const P = window.Portal;
  const FILTERS = ['unit', 'department', 'year', 'light'];
  const LIGHTS = ['red', 'yellow', 'over', 'green', 'none'];

  function period(row) {
    return row.periodFrom ? P.msg('execution.period', row.periodFrom, row.periodTo) : '';
  }

  /** A message whose arguments are markup the caller has escaped; the message itself is escaped here. */
  function msgHtml(key, ...html) {
    return P.esc(P.msg(key)).replace(/\{(\d+)\}/g, (match, index) => (html[index] !== undefined ? html[index] : match));
  }

  function lightRank(light) {
    return LIGHTS.indexOf(light);
  }

  function withLight(value, light) {
    return P.light(light) + ' <span class="num">' + P.esc(P.percent(value)) + '</span>';
  }

  function filterParams() {
    const params = {};
    FILTERS.forEach((key) => { params[key] = P.state.get(key, ''); });
    return params;
  }

  /* ---- list ---- */

  function fillSelect(select, label, values, current) {
    select.innerHTML = '<option value="">' + P.esc(P.msg('execution.filter.all', label, P.msg('common.all'))) + '</option>'
      + values.map((value) => '<option value="' + P.esc(value.value) + '"' + (String(value.value) === current ? ' selected' : '')
        + '>' + P.esc(value.label) + '</option>').join('');
  }

  function renderFilters(options) {
    const plain = (values) => values.map((value) => ({ value, label: value }));
    fillSelect(document.getElementById('filter-unit'), P.term('UNIT'), plain(options.units), P.state.get('unit', ''));
    fillSelect(document.getElementById('filter-department'), P.term('DEPARTMENT'), plain(options.departments), P.state.get('department', ''));
    fillSelect(document.getElementById('filter-year'), P.term('BUDGET_YEAR'),
      options.years.map((year) => ({ value: year, label: P.msg('common.year', year) })), P.state.get('year', ''));
    fillSelect(document.getElementById('filter-light'), P.msg('execution.filter.light'),
      LIGHTS.map((light) => ({ value: light, label: P.msg('common.light.' + light) })), P.state.get('light', ''));
  }

  function renderTiles(summary) {
    const current = P.state.get('light', '');
    const tile = (key, count, light) => '<button type="button" class="execution-tile ' + (light ? 'tile-' + light : '')
      + (light && light === current ? ' active' : '') + '"' + (light ? ' data-light="' + light + '" title="' + P.esc(P.msg('execution.tiles.hint')) + '"' : ' data-light=""')
      + '><span class="tile-count">' + P.esc(count) + '</span><span class="tile-label">' + P.esc(P.msg('execution.tiles.' + key)) + '</span></button>';
    const container = document.getElementById('execution-tiles');
    container.innerHTML = tile('forms', summary.forms, null) + tile('red', summary.red, 'red') + tile('yellow', summary.yellow, 'yellow')
      + tile('over', summary.over, 'over') + tile('green', summary.green, 'green')
      + '<a class="execution-tile tile-findings" href="#execution-findings"><span class="tile-count">' + P.esc(summary.findings)
      + '</span><span class="tile-label">' + P.esc(P.msg('execution.tiles.findings')) + '</span></a>';
    container.querySelectorAll('button').forEach((button) => button.addEventListener('click', () => {
      const light = button.dataset.light;
      P.state.set({ light: light && light !== current ? light : null });
      loadList();
    }));
  }

  function exportUrl(table) {
    return '/api/execution/export' + P.query(Object.assign({ table }, filterParams(),
      { sort: P.state.get('sort', ''), dir: P.state.get('dir', '') }));
  }

  function renderLaggards(projects) {
    const unit = P.amountUnit();
    const container = document.getElementById('execution-laggards');
    P.table(container, {
      id: 'laggards',
      rows: projects,
      defaultSort: 'flag',
      exportUrl: exportUrl('laggards'),
      rowClass: (row) => 'flag-' + row.flag,
      onSort: () => renderLaggards(projects),
      columns: [
        { key: 'flag', label: P.msg('execution.col.flag'), render: (row) => P.light(row.flag),
          sort: (row) => lightRank(row.flag) * 100000 + (row.ratioPercent === null ? 99999 : row.ratioPercent) },
        { key: 'project', label: P.term('PROJECT_NAME'), sort: (row) => row.projectName,
          render: (row) => '<a class="project-link" href="/execution/' + row.filingId + '">' + P.esc(row.projectName) + '</a>' },
        { key: 'unit', label: P.term('UNIT'), render: (row) => '<span class="small">' + P.esc(row.unit) + '</span>' },
        { key: 'year', label: P.term('BUDGET_YEAR'), numeric: true },
        { key: 'period', label: P.msg('execution.col.period'), sortable: false, render: (row) => '<span class="nowrap small">' + P.esc(period(row)) + '</span>' },
        { key: 'budget', label: P.msg('execution.col.withUnit', P.msg('execution.col.budget'), P.amountLabel(unit)), numeric: true,
          sort: (row) => row.periodBudget, render: (row) => P.esc(P.amount(row.periodBudget !== null ? row.periodBudget : row.initialBudget, unit)) },
        { key: 'executed', label: P.msg('execution.col.withUnit', P.msg('execution.col.executed'), P.amountLabel(unit)), numeric: true,
          render: (row) => P.esc(P.amount(row.executed, unit)) },
        { key: 'execution', label: P.msg('execution.col.execution'), numeric: true, sort: (row) => row.executionPercent,
          render: (row) => P.esc(P.percent(row.executionPercent, 2)) },
        { key: 'ratio', label: P.msg('execution.col.ratio'), numeric: true, sort: (row) => row.ratioPercent,
          render: (row) => withLight(row.ratioPercent, row.budgetLight) },
        { key: 'indicatorLight', label: P.msg('execution.col.indicatorLight'), sort: (row) => lightRank(row.indicatorLight),
          render: (row) => P.light(row.indicatorLight) + ' <span class="muted small">' + P.esc(row.redIndicators + '/' + row.yellowIndicators + ' · ' + row.indicators) + '</span>' },
        { key: 'findings', label: P.msg('execution.col.findings'), numeric: true }
      ]
    });
  }

  function renderFindings(findings) {
    P.table(document.getElementById('execution-findings'), {
      id: 'findings',
      rows: findings,
      statePrefix: 'f',
      exportUrl: exportUrl('findings'),
      caption: findings.length ? undefined : P.msg('execution.noFindings'),
      columns: [
        { key: 'severity', label: P.msg('execution.col.severity'),
          render: (row) => '<span class="severity severity-' + P.esc(row.severity) + '">' + P.esc(P.msg('execution.severity.' + row.severity)) + '</span>' },
        { key: 'projectName', label: P.term('PROJECT_NAME'),
          render: (row) => '<a href="/execution/' + row.filingId + '">' + P.esc(row.projectName) + '</a>' },
        { key: 'indicator', label: P.msg('execution.col.indicator') },
        { key: 'message', label: P.msg('execution.col.message') },
        { key: 'source', label: P.msg('execution.col.source'), sort: (row) => row.fileName + ':' + String(row.line).padStart(6, '0'),
          render: (row) => '<a class="small nowrap source-link" href="' + P.esc(P.sourceLink(row.fileName, row.filingId, row.line)) + '">'
            + P.esc(P.msg('execution.source', row.fileName, row.line)) + '</a>' }
      ]
    });
  }

  async function loadList() {
    const laggards = document.getElementById('execution-laggards');
    P.loading(laggards);
    try {
      const data = await P.api('/api/execution', filterParams());
      renderTiles(data.summary);
      renderFilters(data.options);
      renderLaggards(data.projects);
      renderFindings(data.findings);
    } catch (error) {
      P.showError(laggards, error);
    }
  }

  function initList() {
    document.querySelectorAll('#execution-filters select').forEach((select) => select.addEventListener('change', () => {
      const change = {};
      change[select.dataset.param] = select.value;
      P.state.set(change);
      loadList();
    }));
    document.getElementById('filter-clear').addEventListener('click', () => {
      P.state.set({ unit: null, department: null, year: null, light: null });
      loadList();
    });
    P.amountToggle(document.getElementById('execution-amount'), loadList);
    window.addEventListener('popstate', loadList);
    loadList();
  }

  /* ---- detail ---- */

  function field(label, value) {
    return '<dt>' + P.esc(label) + '</dt><dd>' + (value === undefined || value === null || value === '' ? '<span class="muted">—</span>' : value) + '</dd>';
  }

  function renderExecution(project, container) {
    const unit = P.amountUnit();
    const money = (value) => (value === null ? null : P.esc(P.amount(value, unit) + ' ' + P.amountLabel(unit)));
    container.innerHTML = '<dl class="fields">'
      + field(P.term('INITIAL_BUDGET'), money(project.initialBudget))
      + field(P.term('PERIOD_BUDGET'), money(project.periodBudget))
      + field(P.term('PERIOD_EXECUTED'), money(project.executed))
      + field(P.msg('execution.col.statedRate'), P.esc(P.percent(project.statedRate, 2)))
      + field(P.msg('execution.col.execution'), P.esc(P.percent(project.executionPercent, 2)))
      + field(P.term('TRACKING_PERIOD'), P.esc(period(project)) + (project.monthsElapsed ? ' <span class="muted small">' + P.esc(P.msg('execution.months', project.monthsElapsed)) + '</span>' : ''))
      + field(P.msg('execution.col.ratio'), withLight(project.ratioPercent, project.budgetLight)
        + ' <span class="muted small">' + P.esc(P.msg('execution.budgetFigure.' + project.budgetFigure)) + '</span>')
      + field(P.msg('execution.col.flag'), P.light(project.flag))
      + '</dl>';
  }

  function renderIndicators(detail, container) {
    P.table(container, {
      id: 'planned-actual',
      rows: detail.indicators,
      defaultSort: 'position',
      exportUrl: '/api/execution/' + detail.project.filingId + '/export',
      rowClass: (row) => 'light-' + row.light,
      columns: [
        { key: 'position', label: '#', numeric: true, render: (row) => P.esc(row.position + 1) },
        { key: 'level', label: P.term('LEVEL1') + ' / ' + P.term('LEVEL2'), sort: (row) => row.level1 + row.level2,
          render: (row) => '<span class="small">' + P.esc(row.level1) + '<br>' + P.esc(row.level2) + '</span>' },
        { key: 'name', label: P.term('LEVEL3') },
        { key: 'target', label: P.term('TARGET_VALUE'), render: (row) => '<span class="nowrap">' + P.esc(row.target) + '</span>' },
        { key: 'planned', label: P.term('PLANNED_VALUE'), numeric: true },
        { key: 'actual', label: P.term('ACTUAL_VALUE'), numeric: true },
        { key: 'expected', label: P.msg('execution.col.expected'), numeric: true,
          render: (row) => (row.expected === null ? '' : P.esc(Number(row.expected).toLocaleString('zh-CN', { maximumFractionDigits: 2 }))) },
        { key: 'percent', label: P.msg('execution.col.progress'), numeric: true, render: (row) => P.esc(P.percent(row.percent)) },
        { key: 'light', label: P.msg('execution.col.light'), sort: (row) => lightRank(row.light),
          render: (row) => P.light(row.light) + '<div class="muted small">' + P.esc(row.basis ? P.msg('execution.basis.' + row.basis) : P.msg('execution.unlit.' + row.unlit)) + '</div>' },
        { key: 'deviation', label: P.term('DEVIATION'), render: (row) => '<span class="small">' + P.esc(row.deviation) + '</span>' },
        { key: 'line', label: P.msg('execution.col.line'), numeric: true }
      ]
    });
  }

  function text(value) {
    return value ? '<div class="execution-text">' + P.esc(value) + '</div>' : '<span class="muted">—</span>';
  }

  function renderDetail(detail) {
    const project = detail.project;
    const texts = detail.texts;
    const body = document.getElementById('execution-detail-body');
    body.innerHTML = '<h1>' + P.light(project.flag) + ' ' + P.esc(project.projectName) + '</h1>'
      + '<p class="muted execution-meta">' + P.esc([[P.term('UNIT'), project.unit], [P.term('DEPARTMENT'), project.department],
        [P.term('BUDGET_YEAR'), project.year], [P.term('TRACKING_PERIOD'), period(project)]]
        .map(([label, value]) => P.msg('execution.meta.field', label, value || '—')).join(' · '))
      + ' · <a id="filing-link" href="/filings/' + project.filingId + '">' + P.esc(P.msg('execution.viewFiling')) + '</a>'
      + ' <a class="small" id="source-link" href="' + P.esc(P.sourceLink(project.fileName, project.filingId, project.firstLine)) + '">'
      + P.esc(P.msg('execution.source', project.fileName, project.firstLine)) + '</a></p>'
      + '<div class="grid-2"><section class="panel"><h2>' + P.esc(P.msg('execution.detail.execution')) + '</h2>'
      + '<div class="toolbar" id="execution-amount"></div><div id="execution-block"></div></section>'
      + '<section class="panel"><h2>' + P.esc(P.msg('execution.detail.judgement')) + '</h2><dl class="fields execution-judgement">'
      + field(P.term('BUDGET_COMPLETION_LIKELIHOOD'), P.esc(texts.budgetLikelihood))
      + field(P.term('GOAL_COMPLETION_LIKELIHOOD'), P.esc(texts.goalLikelihood))
      + '</dl><h3>' + P.esc(P.term('CORRECTIVE_MEASURES')) + '</h3>' + text(texts.correctiveMeasures) + '</section></div>'
      + '<section class="panel"><h2>' + P.esc(P.msg('execution.detail.indicators')) + '</h2><div id="execution-indicators"></div></section>'
      + '<section class="panel"><h2>' + P.esc(P.msg('execution.findings')) + '</h2><div id="execution-detail-findings"></div></section>'
      + '<section class="panel"><h2>' + P.esc(P.msg('execution.detail.goals')) + '</h2><div class="grid-2"><div><h3>'
      + P.esc(P.term('EXPECTED_GOAL')) + '</h3>' + text(texts.annualGoal) + '</div><div><h3>' + P.esc(P.term('GOAL_PROGRESS')) + '</h3>'
      + text(texts.goalProgress) + '</div></div></section>';
    const block = document.getElementById('execution-block');
    renderExecution(project, block);
    P.amountToggle(document.getElementById('execution-amount'), () => renderExecution(project, block));
    renderIndicators(detail, document.getElementById('execution-indicators'));
    const findings = document.getElementById('execution-detail-findings');
    findings.innerHTML = detail.findings.length
      ? '<ul class="execution-finding-list">' + detail.findings.map((finding) => '<li><span class="severity severity-' + P.esc(finding.severity) + '">'
        + P.esc(P.msg('execution.severity.' + finding.severity)) + '</span> '
        + (finding.indicator ? msgHtml('execution.finding.onIndicator', '<strong>' + P.esc(finding.indicator) + '</strong>', P.esc(finding.message)) : P.esc(finding.message))
        + ' <a class="muted small source-link" href="' + P.esc(P.sourceLink(detail.project.fileName, detail.project.filingId, finding.line)) + '">'
        + P.esc(P.msg('execution.line', finding.line)) + '</a></li>').join('') + '</ul>'
      : '<p class="muted">' + P.esc(P.msg('execution.noFindings')) + '</p>';
  }

  async function initDetail(page) {
    const back = document.getElementById('execution-back');
    const referrer = document.referrer ? new URL(document.referrer) : null;
    if (referrer && referrer.origin === location.origin && referrer.pathname === '/execution') {
      back.href = document.referrer;
    }
    const body = document.getElementById('execution-detail-body');
    P.loading(body);
    try {
      renderDetail(await P.api('/api/execution/' + encodeURIComponent(page.dataset.filingId)));
    } catch (error) {
      P.showError(body, error);
    }
  }

  const detailPage = document.getElementById('execution-detail');
  if (detailPage) {
    initDetail(detailPage);
  } else if (document.getElementById('execution-page')) {
    initList();
  }
})();
