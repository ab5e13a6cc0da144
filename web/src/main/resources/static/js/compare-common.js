/*
 * What the comparison's pages share: the box that finds a project by name and jumps to its lineage, links
 * that keep the amount unit, form-kind tags, amounts and periods, and a totals row under a sortable table.
 */
(function () {
  'use strict';

  const P = window.Portal;

  /** A compare URL that carries the page's amount unit along. */
  function link(path, params) {
    const unit = P.amountUnit() === 'wan' ? 'wan' : null;
    return path + P.query(Object.assign({}, params, { amountUnit: unit }));
  }

  function lineageLink(projectId) {
    return link('/compare/lineage', { project: projectId });
  }

  function filingLink(filingId) {
    return '/filings/' + encodeURIComponent(filingId);
  }

  function kindTag(kind) {
    return '<span class="tag compare-kind ' + (kind === 'tracking' ? 'tracking' : 'target') + '">'
      + P.esc(P.kindLabel(kind)) + '</span>';
  }

  /** Amount with its unit, e.g. "18.00 万元". */
  function money(yuan) {
    const amount = P.amount(yuan);
    return amount ? amount + ' ' + P.amountLabel() : '—';
  }

  /** A tracking period as months; an open end shows the start alone. */
  function period(from, to) {
    return to ? P.msg('compare.period', from, to) : (from || '');
  }

  /** Appends a totals row (cells as HTML) to the table the container holds. */
  function footer(container, cells) {
    const table = container.querySelector('table');
    if (!table) {
      return;
    }
    const foot = document.createElement('tfoot');
    foot.innerHTML = '<tr class="compare-total">' + cells.map((cell) => '<td class="' + (cell.numeric ? 'num' : '') + '">'
      + cell.html + '</td>').join('') + '</tr>';
    table.appendChild(foot);
  }

  function initFind() {
    const form = document.getElementById('compare-find');
    if (!form) {
      return;
    }
    const input = document.getElementById('compare-find-input');
    const results = document.getElementById('compare-find-results');
    let timer = null;
    let latest = '';

    async function lookUp() {
      const text = input.value.trim();
      latest = text;
      if (!text) {
        results.hidden = true;
        return;
      }
      try {
        const hits = await P.api('/api/compare/projects', { q: text });
        if (text !== latest) {
          return;
        }
        results.innerHTML = hits.length
          ? hits.map((hit) => '<a class="compare-hit" href="' + P.esc(lineageLink(hit.projectId)) + '">'
            + '<span class="compare-hit-name">' + P.esc(hit.names.join(' / ')) + '</span>'
            + '<span class="muted small">' + P.esc(hit.unitName) + ' · '
            + P.esc(hit.years.map((year) => P.msg('common.year', year)).join(P.msg('common.join.enumeration'))) + '</span></a>').join('')
          : '<p class="muted small">' + P.esc(P.msg('compare.find.none', text)) + '</p>';
        results.hidden = false;
      } catch (error) {
        P.showError(results, error);
        results.hidden = false;
      }
    }

    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(lookUp, 200);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const first = results.querySelector('a.compare-hit');
      if (first && !results.hidden) {
        window.location.href = first.href;
      } else {
        lookUp();
      }
    });
    document.addEventListener('click', (event) => {
      if (!form.contains(event.target)) {
        results.hidden = true;
      }
    });
  }

  initFind();
  window.Compare = { link, lineageLink, filingLink, kindTag, money, period, footer };
})();
