/*
 * /compare/lineage?project=: a project's filings across years, the links between them with reason and score,
 * analysts' confirm/split decisions (the unit is relinked at once), and the way to two years side by side.
 */
(function () {
  'use strict';

  const P = window.Portal;
  const C = window.Compare;
  const projectId = P.state.get('project');
  const timeline = document.getElementById('lineage-timeline');
  const tableBox = document.getElementById('lineage-table');
  const message = document.getElementById('lineage-message');
  let lineage = null;

  function score(value) {
    return Number(value).toFixed(2);
  }

  function step(filing) {
    return '<div class="lineage-step' + (filing.counted ? '' : ' not-counted') + '" data-filing="' + P.esc(filing.filingId) + '">'
      + '<div class="lineage-year">' + P.esc(P.msg('common.year', filing.year)) + ' ' + C.kindTag(filing.kind) + '</div>'
      + '<a class="lineage-name" href="' + P.esc(C.filingLink(filing.filingId)) + '">' + P.esc(filing.name) + '</a>'
      + '<div class="lineage-budget">' + P.esc(C.money(filing.budget)) + '</div>'
      + (filing.periodFrom ? '<div class="muted small">' + P.esc(P.msg('compare.lineage.period', C.period(filing.periodFrom, filing.periodTo))) + '</div>' : '')
      + (filing.counted ? '' : '<div class="muted small">' + P.esc(P.msg('compare.lineage.notCounted')) + '</div>')
      + '</div>';
  }

  function arrow(link) {
    if (!link) {
      return '<div class="lineage-arrow"><span class="lineage-arrow-line">→</span></div>';
    }
    let actions = '';
    if (link.decidable) {
      if (link.reason !== 'CONFIRMED') {
        actions += '<button type="button" class="secondary" data-verdict="CONFIRM" data-from="' + link.fromFilingId + '" data-to="' + link.toFilingId + '">'
          + P.esc(P.msg('compare.lineage.confirm')) + '</button>';
      }
      actions += '<button type="button" class="secondary danger" data-verdict="SPLIT" data-from="' + link.fromFilingId + '" data-to="' + link.toFilingId + '">'
        + P.esc(P.msg('compare.lineage.split')) + '</button>';
    } else {
      actions = '<span class="muted small">' + P.esc(P.msg('compare.lineage.sameName')) + '</span>';
    }
    return '<div class="lineage-arrow" data-reason="' + P.esc(link.reason) + '">'
      + '<span class="lineage-reason reason-' + P.esc(link.reason.toLowerCase()) + '">' + P.esc(P.msg('compare.reason.' + link.reason)) + '</span>'
      + '<span class="muted small">' + P.esc(P.msg('compare.score')) + ' ' + P.esc(score(link.score)) + '</span>'
      + '<span class="lineage-arrow-line">→</span>'
      + '<span class="lineage-actions">' + actions + '</span></div>';
  }

  function linkTo(filingId) {
    return lineage.links.find((link) => link.toFilingId === filingId) || null;
  }

  function renderTimeline() {
    let html = '';
    lineage.filings.forEach((filing, index) => {
      if (index > 0) {
        html += arrow(linkTo(filing.filingId));
      }
      html += step(filing);
    });
    if (!lineage.links.length) {
      html += '<p class="muted">' + P.esc(P.msg('compare.lineage.noLinks')) + '</p>';
    }
    timeline.innerHTML = html;
    timeline.querySelectorAll('button[data-verdict]').forEach((button) => button.addEventListener('click', () => {
      const from = lineage.filings.find((f) => String(f.filingId) === button.dataset.from);
      const to = lineage.filings.find((f) => String(f.filingId) === button.dataset.to);
      const ask = button.dataset.verdict === 'SPLIT' ? 'compare.lineage.split.ask' : 'compare.lineage.confirm.ask';
      decide(Number(button.dataset.from), Number(button.dataset.to), button.dataset.verdict, P.msg(ask, from.name, to.name));
    }));
  }

  function renderTable() {
    P.table(tableBox, {
      id: 'lineage-filings',
      statePrefix: 'l',
      columns: [
        { key: 'year', label: P.term('BUDGET_YEAR'), numeric: true },
        { key: 'kind', label: P.msg('compare.kind'), render: (row) => C.kindTag(row.kind) },
        { key: 'name', label: P.term('PROJECT_NAME'), render: (row) => '<a href="' + P.esc(C.filingLink(row.filingId)) + '">' + P.esc(row.name) + '</a>' },
        { key: 'period', label: P.term('TRACKING_PERIOD'), sortable: false, render: (row) => P.esc(C.period(row.periodFrom, row.periodTo)) },
        { key: 'budget', label: P.msg('compare.budget'), numeric: true, sort: (row) => (row.budget === null ? null : Number(row.budget)), render: (row) => P.esc(P.amount(row.budget)) },
        { key: 'counted', label: P.msg('compare.counted'), render: (row) => P.esc(P.msg(row.counted ? 'compare.yes' : 'compare.no')) },
        { key: 'reason', label: P.msg('compare.linkReason'), sortable: false, render: (row) => { const link = linkTo(row.filingId); return link ? P.esc(P.msg('compare.reason.' + link.reason)) : ''; } },
        { key: 'score', label: P.msg('compare.score'), numeric: true, sortable: false, render: (row) => { const link = linkTo(row.filingId); return link ? P.esc(score(link.score)) : ''; } }
      ],
      rows: lineage.filings,
      caption: P.msg('common.total', lineage.filings.length) + ' · ' + P.amountLabel(),
      exportUrl: C.link('/api/compare/lineage', { project: lineage.projectId }),
      onSort: () => renderTable()
    });
  }

  function renderYears() {
    const from = document.getElementById('lineage-from');
    const to = document.getElementById('lineage-to');
    const options = lineage.years.map((year) => '<option value="' + year + '">' + P.esc(P.msg('common.year', year)) + '</option>').join('');
    from.innerHTML = options;
    to.innerHTML = options;
    const form = document.getElementById('lineage-years');
    form.querySelector('button').disabled = lineage.years.length < 2;
    if (lineage.years.length >= 2) {
      from.value = String(lineage.years[lineage.years.length - 2]);
      to.value = String(lineage.years[lineage.years.length - 1]);
    }
  }

  function renderSiblings() {
    const select = document.getElementById('lineage-sibling');
    const usable = lineage.siblings.filter((sibling) => sibling.filingId !== null);
    select.innerHTML = usable.length
      ? usable.map((sibling) => '<option value="' + sibling.projectId + '">' + P.esc(sibling.name + ' · '
        + sibling.years.map((year) => P.msg('common.year', year)).join(P.msg('common.join.enumeration'))) + '</option>').join('')
      : '<option value="">' + P.esc(P.msg('compare.lineage.join.none')) + '</option>';
    document.querySelector('#lineage-join button').disabled = !usable.length;
    const splits = document.getElementById('lineage-splits');
    if (!lineage.splits.length) {
      splits.innerHTML = '';
      return;
    }
    splits.innerHTML = '<h3>' + P.esc(P.msg('compare.lineage.splits')) + '</h3><ul class="lineage-split-list">'
      + lineage.splits.map((split, index) => '<li>' + P.esc(split.name) + ' ✕ '
        + (split.otherProjectId ? '<a href="' + P.esc(C.lineageLink(split.otherProjectId)) + '">' + P.esc(split.otherName) + '</a>' : P.esc(split.otherName))
        + (split.otherFilingId ? ' <button type="button" class="secondary" data-split="' + index + '">' + P.esc(P.msg('compare.lineage.rejoin')) + '</button>' : '')
        + '</li>').join('') + '</ul>';
    splits.querySelectorAll('button[data-split]').forEach((button) => button.addEventListener('click', () => {
      const split = lineage.splits[Number(button.dataset.split)];
      decide(split.filingId, split.otherFilingId, 'CONFIRM', P.msg('compare.lineage.confirm.ask', split.name, split.otherName));
    }));
  }

  async function decide(filingId, otherFilingId, verdict, question) {
    if (!window.confirm(question)) {
      return;
    }
    try {
      const response = await fetch('/api/compare/decisions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ filingId, otherFilingId, verdict })
      });
      const body = await response.json();
      if (!response.ok) {
        throw new Error(body.detail || body.title || response.statusText);
      }
      P.state.set({ project: body.projectId, saved: '1' });
      await load();
    } catch (error) {
      P.showError(message, error);
    }
  }

  function render() {
    document.getElementById('lineage-title').textContent = lineage.name;
    document.title = lineage.name + ' · ' + P.msg('compare.lineage.title');
    document.getElementById('lineage-subtitle').textContent = P.msg('compare.lineage.subtitle', lineage.unitName,
      lineage.departmentName || '');
    document.getElementById('lineage-back').href = C.link('/compare', { unit: lineage.unitId });
    renderTimeline();
    renderTable();
    renderYears();
    renderSiblings();
  }

  async function load() {
    message.innerHTML = P.state.get('saved') ? '<div class="notice">' + P.esc(P.msg('compare.lineage.saved')) + '</div>' : '';
    P.loading(timeline);
    try {
      lineage = await P.api('/api/compare/lineage', { project: P.state.get('project') });
      render();
    } catch (error) {
      P.showError(timeline, error);
    }
  }

  document.getElementById('lineage-years').addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.href = C.link('/compare/years', {
      project: lineage.projectId,
      from: document.getElementById('lineage-from').value,
      to: document.getElementById('lineage-to').value
    });
  });
  document.getElementById('lineage-join').addEventListener('submit', (event) => {
    event.preventDefault();
    const sibling = lineage.siblings.find((s) => String(s.projectId) === document.getElementById('lineage-sibling').value);
    if (sibling) {
      decide(sibling.filingId, sibling.otherFilingId, 'CONFIRM', P.msg('compare.lineage.confirm.ask', lineage.name, sibling.name));
    }
  });
  P.amountToggle(document.getElementById('compare-amount'), () => {
    if (lineage) {
      render();
    }
  });
  window.addEventListener('popstate', () => load());

  if (projectId) {
    load();
  } else {
    timeline.innerHTML = '<p class="notice">' + P.esc(P.msg('compare.lineage.pick')) + '</p>';
  }
})();
