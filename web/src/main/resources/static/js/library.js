/*
 * 指标库: the list of indicator groups with its filters, kept in the URL so that a view can be bookmarked, and
 * the helpers the detail view shares (window.Library).
 */
(function () {
  'use strict';

  const P = window.Portal;
  const FILTERS = ['q', 'level1', 'level2', 'unit', 'year', 'kind', 'finding'];
  const SCOPE = ['unit', 'year', 'kind', 'finding'];
  const PAGE_SIZE = 25;

  /**
   * Where good and fair begin: scores out of 100; the share of actuals reached in percent, banded as execution
   * monitoring lights progress (green from 80 %, yellow from 60 %).
   */
  const BANDS = { score: [90, 60], attainment: [80, 60] };

  function band(value, [good, fair]) {
    if (value >= good) {
      return 'good';
    }
    return value >= fair ? 'fair' : 'poor';
  }

  function scoreBadge(score) {
    const cls = band(score, BANDS.score);
    return '<span class="lib-score ' + cls + '" data-score="' + P.esc(score) + '" title="'
      + P.esc(P.msg('library.score.' + cls)) + '">' + P.esc(score) + '</span>';
  }

  function targetChips(targets) {
    return targets.map((t) => '<span class="lib-chip ' + P.esc(t.kind || 'none') + '" title="'
      + P.esc(P.msg('library.valueKind.' + t.kind)) + '">' + P.esc(t.label)
      + ' <b>×' + P.esc(t.filings) + '</b></span>').join('');
  }

  function quartiles(stat) {
    return P.msg('library.quartiles', stat.unit || P.msg('library.unit.none'), stat.median, stat.q1, stat.q3, stat.count);
  }

  function attainment(a) {
    if (!a) {
      return '<span class="muted small">' + P.esc(P.msg('library.attainment.none')) + '</span>';
    }
    const percent = a.reported ? a.reached * 100 / a.reported : 0;
    return '<span class="lib-attain ' + band(percent, BANDS.attainment) + '">'
      + P.esc(P.msg('library.attainment.short', a.reached, a.reported)) + '</span>'
      + (a.missed ? '<div class="small lib-missed">' + P.esc(P.msg('library.attainment.missed', a.missed)) + '</div>' : '');
  }

  function years(group) {
    if (group.firstYear === null || group.firstYear === group.lastYear) {
      return group.lastYear === null ? '' : String(group.lastYear);
    }
    return group.firstYear + '–' + group.lastYear;
  }

  /** The detail view of a group, keeping the list's scope (unit, year, form kind). */
  function detailUrl(group, state) {
    const params = { level2: group.level2, key: group.key };
    SCOPE.forEach((name) => { params[name] = state[name]; });
    return '/library/indicator' + P.query(params);
  }

  function filingLink(id, text) {
    return '<a href="/filings/' + encodeURIComponent(id) + '">' + P.esc(text) + '</a>';
  }

  window.Library = { FILTERS, SCOPE, years, scoreBadge, targetChips, quartiles, attainment, detailUrl, filingLink };

  const list = document.getElementById('library-list');
  if (!list) {
    return;
  }
  const form = document.getElementById('library-filters');
  const pager = document.getElementById('library-pager');
  const field = (name) => form.elements.namedItem(name);

  function current() {
    const state = {};
    FILTERS.concat(['sort', 'page']).forEach((name) => { state[name] = P.state.get(name, ''); });
    return state;
  }

  function options(select, blank, entries, selected) {
    select.innerHTML = '<option value="">' + P.esc(blank) + '</option>' + entries.map(([value, label]) =>
      '<option value="' + P.esc(value) + '"' + (String(value) === String(selected) ? ' selected' : '') + '>'
      + P.esc(label) + '</option>').join('');
  }

  function fillLevel2(state) {
    const taxonomy = P.term('TAXONOMY');
    const level1s = state.level1 ? [state.level1] : Object.keys(taxonomy);
    const level2s = [].concat(...level1s.map((level1) => taxonomy[level1] || []));
    options(field('level2'), P.msg('library.filter.level2'), level2s.map((l) => [l, l]), state.level2);
  }

  function fillFilters(choices, state) {
    field('q').value = state.q;
    options(field('level1'), P.msg('library.filter.level1'), Object.keys(P.term('TAXONOMY')).map((l) => [l, l]), state.level1);
    fillLevel2(state);
    options(field('unit'), P.msg('library.filter.unit'), choices.units.map((u) => [u.id, u.name]), state.unit);
    options(field('year'), P.msg('library.filter.year'), choices.years.map((y) => [y, P.msg('common.year', y)]), state.year);
    options(field('kind'), P.msg('library.filter.kind'),
      ['target', 'tracking'].map((kind) => [kind, P.kindLabel(kind)]), state.kind);
    options(field('finding'), P.msg('finding.filter.any'),
      choices.rules.map((rule) => [rule.id, P.msg('finding.filter.option', rule.name, rule.filings)]), state.finding);
    field('sort').innerHTML = ['usage', 'score', 'name'].map((s) => '<option value="' + s + '"'
      + ((state.sort || 'usage') === s ? ' selected' : '') + '>' + P.esc(P.msg('library.sort.' + s)) + '</option>').join('');
  }

  function apply(changes) {
    changes.page = null;
    P.state.set(changes, true);
    load();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply({ q: field('q').value.trim() });
  });
  ['level1', 'level2', 'unit', 'year', 'kind', 'finding'].forEach((name) => field(name).addEventListener('change', () => {
    const changes = {};
    changes[name] = field(name).value;
    if (name === 'level1') {
      changes.level2 = null;
    }
    apply(changes);
  }));
  field('sort').addEventListener('change', () => apply({ sort: field('sort').value === 'usage' ? null : field('sort').value }));
  window.addEventListener('popstate', () => load());

  function row(group, state) {
    const variants = group.variants.length > 1
      ? '<div class="muted small" title="' + P.esc(group.variants.slice(1).map((v) => v.name).join(P.msg('common.join.semicolon'))) + '">'
        + P.esc(P.msg('library.variants', group.variants.length - 1)) + '</div>' : '';
    const more = group.targetCount > group.targets.length
      ? '<span class="muted small">' + P.esc(P.msg('library.targets.more', group.targetCount)) + '</span>' : '';
    const reason = group.reasons.length
      ? '<div class="small lib-reason">' + P.esc(group.reasons[0].text) + '</div>'
      : '<div class="small muted">' + P.esc(P.msg('library.reasons.none')) + '</div>';
    return '<tr class="lib-row" data-key="' + P.esc(group.key) + '" data-level2="' + P.esc(group.level2) + '">'
      + '<td class="lib-toggle"><button type="button" class="secondary lib-expand" title="' + P.esc(P.msg('library.expand'))
      + '" aria-expanded="false">▸</button></td>'
      + '<td class="lib-name"><a class="lib-detail" href="' + P.esc(detailUrl(group, state)) + '">' + P.esc(group.name) + '</a>'
      + variants + '</td>'
      + '<td><span class="lib-level2">' + P.esc(group.level2) + '</span><div class="muted small">' + P.esc(group.level1) + '</div></td>'
      + '<td class="lib-usage"><span class="lib-filings">' + P.esc(P.msg('library.usage', group.filings, group.units)) + '</span>'
      + '<div class="muted small">' + P.esc(years(group)) + '</div></td>'
      + '<td class="lib-targets">' + targetChips(group.targets) + more + '</td>'
      + '<td class="small">' + group.stats.slice(0, 2).map((s) => '<div>' + P.esc(quartiles(s)) + '</div>').join('') + '</td>'
      + '<td class="small">' + attainment(group.attainment) + '</td>'
      + '<td class="lib-scorecell">' + scoreBadge(group.score) + reason + '</td></tr>';
  }

  async function expand(button, tr, state) {
    const next = tr.nextElementSibling;
    if (next && next.classList.contains('lib-more')) {
      next.remove();
      button.textContent = '▸';
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    button.textContent = '▾';
    button.setAttribute('aria-expanded', 'true');
    const more = document.createElement('tr');
    more.className = 'lib-more';
    more.innerHTML = '<td></td><td colspan="7"></td>';
    tr.after(more);
    const cell = more.lastElementChild;
    P.loading(cell);
    try {
      const params = { level2: tr.dataset.level2, key: tr.dataset.key };
      SCOPE.forEach((name) => { params[name] = state[name]; });
      const detail = await P.api('/api/library/indicator', params);
      const g = detail.group;
      cell.innerHTML = '<div class="lib-more-grid">'
        + '<div><h3>' + P.esc(P.msg('library.detail.reasons')) + ' ' + scoreBadge(g.score) + ' <span class="muted small">'
        + P.esc(P.msg('library.fullScore', P.percent(g.fullScoreShare * 100, 0))) + '</span></h3><ul class="lib-reasons">'
        + (g.reasons.length ? g.reasons.map((r) => '<li>' + P.esc(r.text) + ' <span class="muted">×' + P.esc(r.uses) + '</span></li>').join('')
          : '<li class="muted">' + P.esc(P.msg('library.reasons.none')) + '</li>') + '</ul></div>'
        + '<div><h3>' + P.esc(P.msg('library.detail.targets')) + '</h3>' + targetChips(g.targets.slice(0, 10)) + '</div>'
        + '<div><h3>' + P.esc(P.msg('library.detail.examples')) + '</h3><ul class="lib-examples">'
        + detail.examples.slice(0, 5).map((e) => '<li>' + filingLink(e.filingId, e.projectName || e.filingId)
          + ' <span class="muted small">' + P.esc(e.unit) + ' · ' + P.esc(e.year) + ' · ' + P.esc(e.target) + '</span></li>').join('')
        + '</ul><a href="' + P.esc(detailUrl(g, state)) + '">' + P.esc(P.msg('library.detail')) + ' →</a></div></div>';
    } catch (error) {
      P.showError(cell, error);
    }
  }

  function renderPager(page) {
    if (page.pages <= 1) {
      pager.innerHTML = '';
      return;
    }
    pager.innerHTML = '<button type="button" class="secondary" data-page="' + (page.page - 1) + '"' + (page.page <= 1 ? ' disabled' : '') + '>'
      + P.esc(P.msg('common.previous')) + '</button><span>' + P.esc(P.msg('common.page', page.page, page.pages)) + '</span>'
      + '<button type="button" class="secondary" data-page="' + (page.page + 1) + '"' + (page.page >= page.pages ? ' disabled' : '') + '>'
      + P.esc(P.msg('common.next')) + '</button>';
    pager.querySelectorAll('button').forEach((button) => button.addEventListener('click', () => {
      P.state.set({ page: button.dataset.page === '1' ? null : button.dataset.page }, true);
      load();
      window.scrollTo(0, 0);
    }));
  }

  function render(page, state) {
    const params = {};
    FILTERS.concat(['sort']).forEach((name) => { params[name] = state[name]; });
    const exportUrl = '/api/library/export' + P.query(params);
    let html = '<div class="table-tools"><span class="muted small" id="library-summary">'
      + P.esc(P.msg('library.summary', page.total, page.uses)) + '</span>' + P.exportLinks(exportUrl) + '</div>';
    if (!page.rows.length) {
      list.innerHTML = html + '<p class="muted">' + P.esc(P.msg('common.empty')) + '</p>';
      renderPager(page);
      return;
    }
    html += '<table class="data lib-table" id="library-table"><thead><tr><th></th>'
      + ['library.col.name', null, 'library.col.usage', 'library.col.targets', 'library.col.quartiles', 'library.col.attainment', 'library.col.score']
        .map((key) => '<th>' + P.esc(key ? P.msg(key) : P.term('LEVEL2')) + '</th>').join('')
      + '</tr></thead><tbody>' + page.rows.map((group) => row(group, state)).join('') + '</tbody></table>';
    list.innerHTML = html;
    list.querySelectorAll('.lib-expand').forEach((button) =>
      button.addEventListener('click', () => expand(button, button.closest('tr'), state)));
    renderPager(page);
  }

  let choices = null;

  async function load() {
    const state = current();
    P.loading(list);
    try {
      if (!choices) {
        const [filters, rules] = await Promise.all([P.api('/api/library/filters'), P.api('/api/review/rules').catch(() => [])]);
        choices = Object.assign({ rules }, filters);
      }
      fillFilters(choices, state);
      const params = {};
      FILTERS.forEach((name) => { params[name] = state[name]; });
      params.sort = state.sort;
      params.page = state.page;
      params.size = PAGE_SIZE;
      render(await P.api('/api/library', params), state);
    } catch (error) {
      P.showError(list, error);
    }
  }

  load();
})();
