/*
 * 审核汇总: the review's findings per unit and year, counted by rule and by severity, with CSV and Excel exports.
 * Every count of a rule opens the search page kept to that unit, year and finding. The year is kept in the URL.
 */
(function () {
  'use strict';

  const P = window.Portal;
  const SEVERITIES = ['error', 'warning', 'note'];
  const container = document.getElementById('review-summary');
  const status = document.getElementById('review-status');
  const yearSelect = document.getElementById('review-year');

  /** The search page kept to the row's unit and year and to the rule's findings. */
  function searchUrl(row, rule) {
    return '/search' + P.query({ unit: row.unit, year: row.year, finding: rule });
  }

  function count(row, rule) {
    const value = row.byRule[rule] || 0;
    if (!value || (row.unitId === null && !row.totals)) {
      return '<span class="' + (value ? '' : 'zero') + '">' + P.esc(value) + '</span>';
    }
    return '<a class="finding-link" data-rule="' + P.esc(rule) + '" href="' + P.esc(searchUrl(row, rule)) + '">' + P.esc(value) + '</a>';
  }

  function columns(summary) {
    const cols = [
      { key: 'unit', label: P.term('UNIT'), render: (row) => P.esc(row.unit || P.msg('reviewSummary.noUnit')) },
      { key: 'year', label: P.term('BUDGET_YEAR'), numeric: true, render: (row) => P.esc(row.year || '') },
      { key: 'filings', label: P.msg('reviewSummary.col.filings'), numeric: true },
      { key: 'filingsWithFindings', label: P.msg('reviewSummary.col.withFindings'), numeric: true }
    ];
    summary.rules.forEach((rule) => cols.push({ key: 'rule:' + rule.id, label: rule.name, numeric: true,
      sort: (row) => row.byRule[rule.id] || 0, render: (row) => count(row, rule.id) }));
    SEVERITIES.forEach((severity) => cols.push({ key: severity, label: P.term('SEVERITY_' + severity.toUpperCase()), numeric: true,
      sort: (row) => row.bySeverity[severity] || 0, render: (row) => P.esc(row.bySeverity[severity] || 0) }));
    cols.push({ key: 'findings', label: P.msg('reviewSummary.col.total'), numeric: true });
    return cols;
  }

  /** The totals under the table, in the table's columns. */
  function addTotals(summary, cols) {
    const table = document.getElementById('review-table');
    if (!table) {
      return;
    }
    const totals = Object.assign({ totals: true, unit: null, year: summary.year }, summary.totals);
    const cells = cols.map((col, index) => {
      if (index === 0) {
        return '<th>' + P.esc(P.msg('reviewSummary.totals')) + '</th>';
      }
      if (col.key === 'unit' || col.key === 'year') {
        return '<td></td>';
      }
      return '<td class="num">' + (col.render ? col.render(totals) : P.esc(totals[col.key])) + '</td>';
    });
    table.insertAdjacentHTML('beforeend', '<tfoot><tr id="review-totals">' + cells.join('') + '</tr></tfoot>');
  }

  function render(summary) {
    yearSelect.innerHTML = '<option value="">' + P.esc(P.msg('reviewSummary.filter.year')) + '</option>'
      + summary.years.map((year) => '<option value="' + P.esc(year) + '"' + (year === summary.year ? ' selected' : '') + '>'
        + P.esc(P.msg('common.year', year)) + '</option>').join('');
    status.textContent = summary.reviewedAt
      ? P.msg('reviewSummary.reviewedAt', new Date(summary.reviewedAt).toLocaleString('zh-CN'), summary.totals.filings,
        summary.totals.findings) + (summary.current ? '' : ' ' + P.msg('finding.pending'))
      : P.msg('finding.never');
    const cols = columns(summary);
    const draw = () => {
      P.table(container, {
        id: 'review-table',
        columns: cols,
        rows: summary.rows,
        exportUrl: '/api/review/summary/export' + P.query({ year: summary.year }),
        statePrefix: '',
        onSort: () => draw()
      });
      addTotals(summary, cols);
    };
    draw();
  }

  async function load() {
    P.loading(container);
    try {
      render(await P.api('/api/review/summary', { year: P.state.get('year', '') }));
    } catch (error) {
      P.showError(container, error);
    }
  }

  yearSelect.addEventListener('change', () => {
    P.state.set({ year: yearSelect.value || null });
    load();
  });
  window.addEventListener('popstate', load);
  load();
})();
