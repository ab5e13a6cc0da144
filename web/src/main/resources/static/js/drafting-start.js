/*
 * 起草, before a draft is open: the saved drafts, and a new one started from its header (created, then opened).
 */
(function () {
  'use strict';

  const P = window.Portal;
  const F = window.DraftingForm;
  const $ = (id) => document.getElementById(id);

  async function loadList() {
    const container = $('drafting-list');
    try {
      const drafts = await P.api('/api/drafts');
      if (!drafts.length) {
        container.innerHTML = '<p class="muted" id="drafting-list-empty">' + P.esc(P.msg('drafting.list.empty')) + '</p>';
        return;
      }
      P.table(container, {
        id: 'drafting-list-table',
        rows: drafts,
        statePrefix: 'list',
        columns: [
          { key: 'projectName', label: P.msg('drafting.col.project'),
            render: (row) => '<a class="draft-open" href="/drafting?draft=' + encodeURIComponent(row.id) + '">' + P.esc(row.projectName) + '</a>' },
          { key: 'unit', label: P.msg('drafting.col.unit') },
          { key: 'year', label: P.msg('drafting.col.year'), numeric: true },
          { key: 'indicators', label: P.msg('drafting.col.indicators'), numeric: true },
          { key: 'updatedAt', label: P.msg('drafting.col.updated'),
            render: (row) => '<span class="nowrap">' + P.esc(new Date(row.updatedAt).toLocaleString('zh-CN')) + '</span>' }
        ]
      });
    } catch (error) {
      P.showError(container, error);
    }
  }

  async function start(event) {
    event.preventDefault();
    const problems = [];
    const values = F.header(problems);
    if (problems.length) {
      F.showMessages(problems);
      return;
    }
    $('draft-start').disabled = true;
    try {
      const created = await F.send('POST', '/api/drafts', { header: values, indicators: [] });
      window.location.href = '/drafting?draft=' + encodeURIComponent(created.id);
    } catch (error) {
      F.showMessages([error.message]);
      $('draft-start').disabled = false;
    }
  }

  window.DraftingStart = { loadList, start };
})();
