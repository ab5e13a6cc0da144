/*
 * /compare/years?project=&from=&to=: two years of one project side by side. Indicators are matched by
 * normalised name within their 二级指标: added rows green, removed rows struck through, changed targets
 * highlighted; and the budget difference.
 */
(function () {
  'use strict';

  const P = window.Portal;
  const C = window.Compare;
  const sides = document.getElementById('years-sides');
  const counts = document.getElementById('years-counts');
  const tableBox = document.getElementById('years-table');
  let comparison = null;

  function side(data, label) {
    return '<div class="years-side">'
      + '<div class="muted small">' + P.esc(label) + '</div>'
      + '<div class="years-side-year">' + P.esc(P.msg('common.year', data.year)) + ' ' + C.kindTag(data.kind) + '</div>'
      + '<a class="years-side-name" href="' + P.esc(C.filingLink(data.filingId)) + '">' + P.esc(data.name) + '</a>'
      + '<div class="years-side-budget">' + P.esc(C.money(data.budget)) + '</div></div>';
  }

  function signed(yuan) {
    if (yuan === null || yuan === undefined) {
      return '—';
    }
    return (Number(yuan) > 0 ? '+' : '') + C.money(yuan);
  }

  function renderSides() {
    const difference = comparison.budgetDifference;
    const direction = difference === null ? '' : (Number(difference) > 0 ? 'up' : (Number(difference) < 0 ? 'down' : ''));
    sides.innerHTML = side(comparison.from, P.msg('compare.years.from'))
      + '<div class="years-diff ' + direction + '"><div class="muted small">' + P.esc(P.msg('compare.years.difference')) + '</div>'
      + '<div class="years-diff-amount" id="years-difference">' + P.esc(signed(difference)) + '</div>'
      + (comparison.budgetChangePercent !== null ? '<div>' + P.esc((Number(comparison.budgetChangePercent) > 0 ? '+' : '') + P.percent(comparison.budgetChangePercent)) + '</div>' : '')
      + '</div>'
      + side(comparison.to, P.msg('compare.years.to'));
  }

  function renderTable() {
    counts.innerHTML = Object.entries(comparison.counts).map(([status, count]) => '<span class="years-count status-'
      + P.esc(status.toLowerCase()) + '">' + P.esc(P.msg('compare.status.' + status)) + ' <b>' + P.esc(count) + '</b></span>').join('');
    const fromYear = P.msg('common.year', comparison.from.year);
    const toYear = P.msg('common.year', comparison.to.year);
    const qualified = (label, year) => P.msg('compare.qualified', label, year);
    P.table(tableBox, {
      id: 'years-indicators',
      statePrefix: 'y',
      clientSort: false,
      columns: [
        { key: 'level1', label: P.term('LEVEL1'), sortable: false },
        { key: 'level2', label: P.term('LEVEL2'), sortable: false },
        {
          key: 'name',
          label: P.term('LEVEL3'),
          sortable: false,
          render: (row) => {
            const from = row.fromName;
            const to = row.toName;
            if (from && to && from !== to) {
              return '<span class="years-old-name">' + P.esc(from) + '</span> → ' + P.esc(to);
            }
            return P.esc(to || from);
          }
        },
        { key: 'fromTarget', label: qualified(P.term('TARGET_VALUE'), fromYear), sortable: false },
        {
          key: 'toTarget',
          label: qualified(P.term('TARGET_VALUE'), toYear),
          sortable: false,
          cellClass: (row) => (row.status === 'CHANGED' ? 'changed-cell' : '')
        },
        { key: 'status', label: P.msg('compare.change'), sortable: false, render: (row) => P.esc(P.msg('compare.status.' + row.status)) }
      ],
      rows: comparison.rows,
      rowClass: (row) => ({ ADDED: 'added', REMOVED: 'removed', CHANGED: 'changed' })[row.status] || '',
      exportUrl: C.link('/api/compare/years', { project: comparison.projectId, from: comparison.from.year, to: comparison.to.year })
    });
  }

  function fillYears() {
    const options = comparison.years.map((year) => '<option value="' + year + '">' + P.esc(P.msg('common.year', year)) + '</option>').join('');
    const from = document.getElementById('years-from');
    const to = document.getElementById('years-to');
    from.innerHTML = options;
    to.innerHTML = options;
    from.value = String(comparison.from.year);
    to.value = String(comparison.to.year);
  }

  function render() {
    document.getElementById('years-title').textContent = comparison.projectName + ' · ' + P.msg('compare.years.title');
    document.getElementById('years-subtitle').textContent = comparison.unitName;
    document.getElementById('years-back').href = C.lineageLink(comparison.projectId);
    fillYears();
    renderSides();
    renderTable();
  }

  async function load() {
    P.loading(tableBox);
    try {
      comparison = await P.api('/api/compare/years', { project: P.state.get('project'), from: P.state.get('from'), to: P.state.get('to') });
      render();
    } catch (error) {
      sides.innerHTML = '';
      P.showError(tableBox, error);
    }
  }

  ['years-from', 'years-to'].forEach((id) => document.getElementById(id).addEventListener('change', () => {
    P.state.set({ from: document.getElementById('years-from').value, to: document.getElementById('years-to').value });
    load();
  }));
  document.getElementById('years-form').addEventListener('submit', (event) => event.preventDefault());
  P.amountToggle(document.getElementById('compare-amount'), () => {
    if (comparison) {
      render();
    }
  });
  window.addEventListener('popstate', () => load());

  load();
})();
