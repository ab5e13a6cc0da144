/*
 * The filing view (a whole form laid out as on paper: header, funds or budget execution, goals, the indicator
 * table with merged 一级/二级 cells, the overall judgement) and the source view (the file as filed, line by line,
 * the form's lines highlighted, #L123 scrolling to a line).
 */
(function () {
  'use strict';

  const P = window.Portal;
  const blank = () => '<span class="muted">' + P.esc(P.msg('filing.blank')) + '</span>';
  const text = (value) => (value === null || value === undefined || value === '' ? blank() : P.esc(value));

  /** 2024-06 as 2024年6月; anything else as written. */
  function month(value) {
    const parts = /^(\d{4})-(\d{1,2})$/.exec(value || '');
    return parts ? P.msg('filing.month', parts[1], Number(parts[2])) : (value || '');
  }

  function period(from, to) {
    return to ? P.msg('filing.period', month(from), month(to)) : month(from);
  }

  /* ---- filing view ---- */

  const SEVERITIES = ['error', 'warning', 'note'];

  /** 错误, 警告 or 提示, from the glossary, as a badge. */
  function severityBadge(severity) {
    return '<span class="severity sev-' + P.esc(severity) + '">' + P.esc(P.term('SEVERITY_' + String(severity).toUpperCase())) + '</span>';
  }

  /** A finding: its severity, the rule's name as a tooltip, the explanation and the library's fix. */
  function finding(item) {
    const fix = item.suggestion
      ? '<div class="finding-fix">' + P.esc(P.msg('finding.suggestion', item.suggestion.name, item.suggestion.target || '',
        item.suggestion.filings)) + '</div>'
      : '';
    return '<div class="finding sev-' + P.esc(item.severity) + '" data-rule="' + P.esc(item.rule) + '" title="' + P.esc(item.ruleName) + '">'
      + severityBadge(item.severity) + ' <span class="finding-text">' + P.esc(item.explanation) + '</span>' + fix + '</div>';
  }

  function review(filing) {
    const r = filing.review;
    const total = SEVERITIES.reduce((sum, severity) => sum + (r.counts[severity] || 0), 0);
    let status = '';
    if (!r.reviewedAt) {
      status = '<p class="notice small" id="review-status">' + P.esc(P.msg('finding.never')) + '</p>';
    } else if (!r.current) {
      status = '<p class="notice small" id="review-status">' + P.esc(P.msg('finding.pending')) + '</p>';
    }
    const counts = SEVERITIES.map((severity) => '<span class="finding-count" data-severity="' + severity + '">'
      + severityBadge(severity) + ' ' + P.esc(r.counts[severity] || 0) + '</span>').join('');
    const onRows = total - r.findings.length;
    let html = '<section class="panel" id="filing-review"><div class="section-head"><h2>' + P.esc(P.msg('finding.title'))
      + '</h2><span class="finding-counts">' + counts + '</span></div>' + status;
    if (r.reviewedAt && !total) {
      html += '<p class="muted" id="review-none">' + P.esc(P.msg('finding.none')) + '</p>';
    }
    if (r.findings.length) {
      html += '<div class="findings" id="form-findings">' + r.findings.map(finding).join('') + '</div>';
    }
    if (onRows > 0) {
      html += '<p class="muted small"><a href="#filing-indicators">' + P.esc(P.msg('finding.onRows', onRows)) + '</a></p>';
    }
    return html + '</section>';
  }

  function fields(pairs) {
    return '<dl class="fields">' + pairs.map(([label, value]) => '<dt>' + P.esc(label) + '</dt><dd>' + value + '</dd>').join('') + '</dl>';
  }

  function money(value) {
    const amount = P.amount(value);
    return amount ? P.esc(amount) : blank();
  }

  function header(filing) {
    const pairs = [
      [P.term('PROJECT_NAME'), text(filing.projectName)],
      [P.term('DEPARTMENT'), text(filing.department)],
      [P.term('UNIT'), text(filing.unit)],
      [P.term('BUDGET_YEAR'), text(filing.year)]
    ];
    if (filing.kind === 'tracking') {
      pairs.push([P.term('TRACKING_PERIOD'), filing.periodFrom ? P.esc(period(filing.periodFrom, filing.periodTo)) : blank()]);
    } else {
      pairs.push([P.term('PROJECT_NATURE'), text(filing.projectNature)], [P.term('PROJECT_CATEGORY'), text(filing.projectCategory)],
        [P.term('START_DATE'), text(filing.startDate)], [P.term('END_DATE'), text(filing.endDate)]);
    }
    return '<section class="panel" id="filing-header"><h2>' + P.esc(P.msg('filing.header')) + '</h2>' + fields(pairs) + '</section>';
  }

  function funds(filing) {
    const f = filing.funds;
    const rows = [[P.term('PROJECT_TOTAL'), f.projectTotal], [P.term('TOTAL_REQUESTED'), f.total],
      [P.term('FISCAL'), f.fiscal], [P.term('CARRYOVER'), f.carryover], [P.term('OTHER'), f.other]];
    return '<section class="panel" id="filing-funds"><div class="section-head"><h2>' + P.esc(P.msg('filing.funds', P.amountLabel()))
      + '</h2><span class="amount-toggle"></span></div><table class="data funds"><thead><tr>'
      + rows.map(([label]) => '<th class="num">' + P.esc(label) + '</th>').join('') + '</tr></thead><tbody><tr>'
      + rows.map(([, value]) => '<td class="num">' + money(value) + '</td>').join('') + '</tr></tbody></table></section>';
  }

  function execution(filing) {
    const e = filing.execution;
    if (!e) {
      return '';
    }
    const rate = (value) => (value === null || value === undefined ? blank() : P.esc(P.percent(value, 2)));
    return '<section class="panel" id="filing-execution"><div class="section-head"><h2>'
      + P.esc(P.msg('filing.execution', P.amountLabel())) + '</h2><span class="amount-toggle"></span></div>'
      + '<table class="data"><thead><tr><th></th><th class="num">' + P.esc(P.term('INITIAL_BUDGET')) + '</th><th class="num">'
      + P.esc(P.term('PERIOD_BUDGET')) + '</th><th class="num">' + P.esc(P.term('PERIOD_EXECUTED')) + '</th><th class="num">'
      + P.esc(P.term('EXECUTION_RATE')) + '</th><th class="num">' + P.esc(P.msg('filing.execution.computed')) + '</th></tr></thead>'
      + '<tbody><tr><td>' + P.esc(P.msg('filing.execution.row')) + '</td><td class="num">' + money(e.initialBudget)
      + '</td><td class="num">' + money(e.periodBudget) + '</td><td class="num">' + money(e.periodExecuted)
      + '</td><td class="num' + (e.rateMismatch ? ' mismatch' : '') + '">' + rate(e.ratePercent) + '</td><td class="num">'
      + rate(e.computedRatePercent) + '</td></tr></tbody></table>'
      + (e.rateMismatch ? '<p class="notice small" id="rate-mismatch">' + P.esc(P.msg('filing.execution.mismatch')) + '</p>' : '')
      + '</section>';
  }

  function goals(filing) {
    const tracking = filing.kind === 'tracking';
    let html = '<section class="panel" id="filing-goal"><h2>' + P.esc(tracking ? P.msg('filing.goal.tracking') : P.term('ANNUAL_GOAL'))
      + '</h2><div class="goal-text">' + text(filing.annualGoal) + '</div>';
    if (tracking) {
      html += '<h3>' + P.esc(P.term('GOAL_PROGRESS')) + '</h3><div class="goal-text">' + text(filing.goalProgress) + '</div>';
    }
    return html + '</section>';
  }

  function indicators(filing) {
    const tracking = filing.kind === 'tracking';
    const heads = [P.term('LEVEL1'), P.term('LEVEL2'), P.term('LEVEL3'), tracking ? P.msg('filing.annualTarget') : P.term('TARGET_VALUE')]
      .concat(tracking ? [P.term('PLANNED_VALUE'), P.term('ACTUAL_VALUE'), P.term('DEVIATION')] : [])
      .concat([P.msg('finding.col'), P.msg('filing.col.lines')]);
    const exportUrl = '/api/filings/' + encodeURIComponent(filing.id) + '/export';
    let html = '<section class="panel" id="filing-indicators"><div class="section-head"><h2>' + P.esc(P.msg('filing.indicators'))
      + ' <span class="muted small">' + P.esc(P.msg('filing.indicatorCount', filing.indicatorCount)) + '</span></h2>'
      + P.exportLinks(exportUrl) + '</div>'
      + '<table class="data indicator-table" id="indicator-table"><thead><tr>'
      + heads.map((head) => '<th>' + P.esc(head) + '</th>').join('') + '</tr></thead><tbody>';
    filing.levels.forEach((level1) => {
      level1.groups.forEach((level2, groupIndex) => {
        level2.rows.forEach((row, rowIndex) => {
          html += '<tr id="indicator-' + P.esc(row.id) + '"' + (row.findings.length ? ' class="has-findings"' : '') + '>';
          if (groupIndex === 0 && rowIndex === 0) {
            html += '<td class="level level1" rowspan="' + level1.rowCount + '">' + text(level1.level1) + '</td>';
          }
          if (rowIndex === 0) {
            html += '<td class="level level2" rowspan="' + level2.rows.length + '">' + text(level2.level2) + '</td>';
          }
          html += '<td class="indicator-name"><a href="/library?q=' + encodeURIComponent(row.name) + '" title="'
            + P.esc(P.msg('filing.library')) + '">' + P.esc(row.name) + '</a></td><td>' + text(row.target) + '</td>';
          if (tracking) {
            html += '<td>' + text(row.planned) + '</td><td>' + text(row.actual) + '</td><td>' + text(row.deviation) + '</td>';
          }
          html += '<td class="row-findings">' + row.findings.map(finding).join('') + '</td>';
          html += '<td class="num"><a href="' + P.esc(P.sourceLink(filing.source.fileName, filing.id, row.firstLine)) + '">'
            + row.firstLine + (row.lastLine !== row.firstLine ? '–' + row.lastLine : '') + '</a></td></tr>';
        });
      });
    });
    return html + '</tbody></table></section>';
  }

  function judgement(filing) {
    if (filing.kind !== 'tracking') {
      return '';
    }
    return '<section class="panel" id="filing-judgement"><h2>' + P.esc(P.term('OVERALL_JUDGEMENT')) + '</h2>'
      + fields([[P.term('BUDGET_COMPLETION_LIKELIHOOD'), text(filing.budgetCompletionLikelihood)],
        [P.term('GOAL_COMPLETION_LIKELIHOOD'), text(filing.goalCompletionLikelihood)]])
      + '<h3>' + P.esc(P.term('CORRECTIVE_MEASURES')) + '</h3><div class="goal-text">' + text(filing.correctiveMeasures) + '</div></section>';
  }

  function renderFiling(container, filing) {
    const links = ['<a href="' + P.esc(P.sourceLink(filing.source.fileName, filing.id, filing.source.firstLine)) + '" id="source-link">'
      + P.esc(P.msg('filing.source.open', filing.source.firstLine, filing.source.lastLine)) + '</a>'];
    if (filing.projectId !== null && filing.projectId !== undefined) {
      links.push('<a href="/compare/lineage?project=' + encodeURIComponent(filing.projectId) + '" id="lineage-link">'
        + P.esc(P.msg('filing.lineage')) + '</a>');
    }
    links.push('<a href="/search">' + P.esc(P.msg('filing.back')) + '</a>');
    const body = filing.kind === 'tracking' ? execution(filing) : funds(filing);
    container.innerHTML = '<div class="filing-title"><h1>' + P.esc(filing.projectName || P.msg('nav.filing'))
      + ' <span class="tag kind-' + P.esc(filing.kind) + '">' + P.esc(P.kindLabel(filing.kind)) + '</span>'
      + (filing.year ? ' <span class="tag">' + P.esc(P.msg('common.year', filing.year)) + '</span>' : '') + '</h1>'
      + '<nav class="filing-links">' + links.join('') + '</nav></div>'
      + '<div class="filing-top">' + header(filing) + body + '</div>'
      + review(filing) + goals(filing) + indicators(filing) + judgement(filing);
    container.querySelectorAll('.amount-toggle').forEach((toggle) => P.amountToggle(toggle, () => renderFiling(container, filing)));
    document.title = (filing.projectName || '') + ' · ' + P.msg('app.name');
    const target = window.location.hash && document.getElementById(window.location.hash.substring(1));
    if (target) {
      target.classList.add('focused');
      target.scrollIntoView({ block: 'center' });
    }
  }

  /* ---- source view ---- */

  function renderSource(container, source) {
    const filingId = P.state.get('filing', null);
    const focus = source.forms.find((form) => String(form.filingId) === filingId);
    let html = '<h1>' + P.esc(P.msg('filing.source.title', source.fileName)) + '</h1><div class="source-layout"><aside class="panel source-side">'
      + '<h3>' + P.esc(P.msg('filing.source.forms', source.forms.length)) + '</h3><ol class="source-forms">'
      + source.forms.map((form) => '<li' + (form === focus ? ' class="current"' : '') + '><a href="/filings/' + encodeURIComponent(form.filingId) + '">'
        + P.esc(form.projectName || P.msg('nav.filing')) + '</a> <span class="muted small">' + P.esc(P.kindLabel(form.kind))
        + ' · <a href="' + P.esc(P.sourceLink(source.fileName, form.filingId, form.firstLine)) + '">' + form.firstLine + '–' + form.lastLine
        + '</a></span></li>').join('') + '</ol>';
    if (source.problems.length) {
      html += '<h3>' + P.esc(P.msg('filing.source.problems')) + '</h3><ul class="source-problems small">'
        + source.problems.map((problem) => '<li>' + (problem.line ? '<a href="#L' + problem.line + '">'
          + P.esc(P.msg('filing.source.line', problem.line)) + '</a> ' : '') + P.esc(problem.message) + '</li>').join('') + '</ul>';
    }
    html += '</aside><section class="panel source-main">';
    if (!source.textKept) {
      html += '<p class="notice">' + P.esc(P.msg('filing.source.notKept')) + '</p>';
    } else {
      html += '<p class="muted small">' + P.esc(P.msg('filing.source.lines', source.lines.length)) + '</p><div class="source-lines" id="source-lines">'
        + source.lines.map((line, index) => {
          const number = index + 1;
          const inForm = focus && number >= focus.firstLine && number <= focus.lastLine;
          return '<div id="L' + number + '" class="source-line' + (inForm ? ' in-form' : '') + '"><a class="ln" href="#L' + number + '">'
            + number + '</a><span class="code">' + P.esc(line) + '</span></div>';
        }).join('') + '</div>';
    }
    container.innerHTML = html + '</section></div>';
    scrollToLine();
  }

  function scrollToLine() {
    document.querySelectorAll('.source-line.target').forEach((line) => line.classList.remove('target'));
    const line = window.location.hash && document.getElementById(window.location.hash.substring(1));
    if (line) {
      line.classList.add('target');
      line.scrollIntoView({ block: 'center' });
    }
  }

  async function start() {
    const filingPage = document.getElementById('filing-page');
    const sourcePage = document.getElementById('source-page');
    if (filingPage) {
      const container = document.getElementById('filing');
      P.loading(container);
      try {
        renderFiling(container, await P.api('/api/filings/' + encodeURIComponent(filingPage.dataset.filingId)));
      } catch (error) {
        P.showError(container, error);
      }
    } else if (sourcePage) {
      const container = document.getElementById('source');
      P.loading(container);
      try {
        renderSource(container, await P.api('/api/sources/' + encodeURIComponent(sourcePage.dataset.fileName)));
      } catch (error) {
        P.showError(container, error);
      }
      window.addEventListener('hashchange', scrollToLine);
    }
  }

  start();
})();
