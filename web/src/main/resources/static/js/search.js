/*
 * The search page: one box for words and target conditions, facets as checkboxes, hits with highlighted
 * snippets, paging, export and type-ahead (the synonym list is search-synonyms.js). Everything it shows is in the URL.
 */
(function () {
  'use strict';

  const P = window.Portal;
  const FACETS = [
    { key: 'unit', label: () => P.term('UNIT') },
    { key: 'department', label: () => P.term('DEPARTMENT') },
    { key: 'year', label: () => P.term('BUDGET_YEAR'), value: (v) => P.msg('common.year', v) },
    { key: 'level1', label: () => P.term('LEVEL1') },
    { key: 'level2', label: () => P.term('LEVEL2') },
    { key: 'kind', label: () => P.msg('search.facet.kind'), value: P.kindLabel }
  ];
  const FACETS_SHOWN = 8;
  const PAGE_SIZE = 20;

  const form = document.getElementById('search-form');
  const box = document.getElementById('q');
  const results = document.getElementById('results');
  const facets = document.getElementById('facets');
  const conditions = document.getElementById('conditions');
  const suggestions = document.getElementById('suggestions');
  const expanded = new Set();

  /** The request as the URL states it. */
  function request() {
    const params = { q: P.state.get('q', ''), type: P.state.get('type', ''), sort: P.state.get('sort', ''),
      page: P.state.get('page', ''), size: PAGE_SIZE };
    FACETS.forEach((facet) => { params[facet.key] = P.state.all(facet.key); });
    params.finding = P.state.all('finding');
    return params;
  }

  /** The review's rules as the finding filter's options, each with how many filings have such a finding. */
  const findingSelect = document.getElementById('finding');
  let rulesLoaded = null;

  async function fillFindings(selected) {
    if (!rulesLoaded) {
      rulesLoaded = P.api('/api/review/rules').catch(() => []);
    }
    const rules = await rulesLoaded;
    const chosen = selected[0] || '';
    const options = rules.slice();
    if (chosen && !options.some((rule) => rule.id === chosen)) {
      options.push({ id: chosen, name: chosen, filings: 0 });
    }
    findingSelect.innerHTML = '<option value="">' + P.esc(P.msg('finding.filter.any')) + '</option>'
      + options.map((rule) => '<option value="' + P.esc(rule.id) + '"' + (rule.id === chosen ? ' selected' : '') + '>'
        + P.esc(P.msg('finding.filter.option', rule.name, rule.filings)) + '</option>').join('');
  }

  async function load() {
    const params = request();
    box.value = params.q;
    document.getElementById('sort').value = params.sort === 'year' ? 'year' : 'relevance';
    document.querySelectorAll('#type-filter button').forEach((button) =>
      button.classList.toggle('active', button.dataset.type === params.type));
    fillFindings(params.finding);
    P.loading(results);
    try {
      render(await P.api('/api/search', params), params);
    } catch (error) {
      P.showError(results, error);
    }
  }

  function render(data, params) {
    renderConditions(data);
    renderFacets(data, params);
    renderHits(data, params);
  }

  function renderConditions(data) {
    if (!data.conditions.length) {
      conditions.innerHTML = '';
      return;
    }
    conditions.innerHTML = '<span class="muted small">' + P.esc(P.msg('search.conditions')) + '</span>'
      + data.conditions.map((condition, index) => '<span class="chip" data-condition="' + index + '">'
        + P.esc(condition.label) + '<button type="button" class="chip-remove" title="'
        + P.esc(P.msg('search.condition.remove')) + '" data-index="' + index + '">×</button></span>').join('');
    conditions.querySelectorAll('.chip-remove').forEach((button) => button.addEventListener('click', () => {
      const kept = data.conditions.filter((c, index) => index !== Number(button.dataset.index)).map((c) => c.source);
      submit([data.text].concat(kept).filter(Boolean).join(' '));
    }));
  }

  function renderFacets(data, params) {
    const anySelected = FACETS.some((facet) => params[facet.key].length);
    let html = anySelected ? '<p><a href="#" id="facets-clear">' + P.esc(P.msg('search.facets.clear')) + '</a></p>' : '';
    FACETS.forEach((facet) => {
      const selected = params[facet.key];
      const values = data.facets[facet.key].slice();
      selected.filter((value) => !values.some((v) => v.value === value)).forEach((value) => values.push({ value, count: 0 }));
      if (!values.length) {
        return;
      }
      if (facet.key === 'year') {
        values.sort((a, b) => b.value.localeCompare(a.value));
      }
      const open = expanded.has(facet.key);
      html += '<div class="facet" data-facet="' + facet.key + '"><h3>' + P.esc(facet.label()) + '</h3>';
      values.forEach((value, index) => {
        const checked = selected.includes(value.value);
        const hidden = !open && !checked && index >= FACETS_SHOWN;
        const label = facet.value ? facet.value(value.value) : value.value;
        html += '<label' + (hidden ? ' hidden' : '') + ' title="' + P.esc(label) + '"><span class="facet-value">'
          + '<input type="checkbox" data-facet="' + facet.key + '" value="' + P.esc(value.value) + '"'
          + (checked ? ' checked' : '') + '> ' + P.esc(label) + '</span><span class="count">' + value.count + '</span></label>';
      });
      if (values.length > FACETS_SHOWN) {
        html += '<a href="#" class="facet-more small" data-facet="' + facet.key + '">'
          + P.esc(open ? P.msg('search.facets.less') : P.msg('search.facets.more', values.length - FACETS_SHOWN)) + '</a>';
      }
      html += '</div>';
    });
    facets.innerHTML = html;
    facets.querySelectorAll('input[type=checkbox]').forEach((input) => input.addEventListener('change', () => {
      const key = input.dataset.facet;
      const values = Array.from(facets.querySelectorAll('input[data-facet="' + key + '"]:checked')).map((i) => i.value);
      const changes = { page: null };
      changes[key] = values;
      P.state.set(changes);
      load();
    }));
    facets.querySelectorAll('.facet-more').forEach((link) => link.addEventListener('click', (event) => {
      event.preventDefault();
      const key = link.dataset.facet;
      if (expanded.has(key)) {
        expanded.delete(key);
      } else {
        expanded.add(key);
      }
      renderFacets(data, params);
    }));
    const clear = document.getElementById('facets-clear');
    if (clear) {
      clear.addEventListener('click', (event) => {
        event.preventDefault();
        const changes = { page: null };
        FACETS.forEach((facet) => { changes[facet.key] = null; });
        P.state.set(changes);
        load();
      });
    }
  }

  function renderHits(data, params) {
    const exportParams = Object.assign({}, params, { page: null, size: null });
    const exportUrl = '/api/search/export' + P.query(exportParams);
    let html = '<div class="table-tools"><span class="total">' + P.esc(P.msg('search.total', data.total)) + '</span>'
      + P.exportLinks(exportUrl) + '</div>';
    const synonyms = Object.entries(data.synonyms || {});
    if (synonyms.length) {
      html += '<p class="muted small synonyms-used">' + P.esc(P.msg('search.synonymsUsed',
        synonyms.map(([word, others]) => P.msg('search.synonym', word, others.join(P.msg('common.join.enumeration'))))
          .join(P.msg('common.join.semicolon')))) + '</p>';
    }
    if (!data.hits.length) {
      html += '<p class="muted" id="no-hits">' + P.esc(P.msg('search.empty')) + '</p>';
    }
    html += '<div class="hits">' + data.hits.map(hit).join('') + '</div>';
    html += pager(data);
    results.innerHTML = html;
    results.querySelectorAll('.pager button').forEach((button) => button.addEventListener('click', () => {
      P.state.set({ page: Number(button.dataset.page) || null });
      load();
      window.scrollTo(0, 0);
    }));
  }

  /** A label and its value, already HTML, glued as the bundle says. */
  function labelled(label, html) {
    return P.msg('common.labelled', P.esc(label), html);
  }

  /** A snippet from the index (escaped text with <mark>) or the plain value, escaped here. */
  function marked(item, field, plain) {
    return item.highlights && item.highlights[field] ? item.highlights[field] : P.esc(plain);
  }

  function hit(item) {
    const href = '/filings/' + encodeURIComponent(item.filingId)
      + (item.indicatorId ? '#indicator-' + encodeURIComponent(item.indicatorId) : '');
    const kind = item.kind ? '<span class="tag kind-' + P.esc(item.kind) + '">' + P.esc(P.kindLabel(item.kind)) + '</span>' : '';
    const meta = [];
    if (item.year) {
      meta.push(P.esc(P.msg('common.year', item.year)));
    }
    if (item.unit) {
      meta.push(P.esc(item.unit));
    }
    if (item.type === 'indicator') {
      const levels = [item.level1, item.level2].filter(Boolean).map(P.esc).join(' › ');
      const target = item.target ? '<span class="hit-target">' + labelled(P.msg('search.hit.target'), marked(item, 'target', item.target))
        + '</span>' : '';
      const unit = item.valueUnit ? '<span class="tag unit-tag">' + P.esc(item.valueUnit) + '</span>' : '';
      return '<div class="hit" data-type="indicator">'
        + '<div class="title"><a href="' + P.esc(href) + '">' + marked(item, 'name', item.name) + '</a> ' + kind + '</div>'
        + '<div class="hit-line">' + (levels ? '<span class="levels">' + levels + '</span>' : '') + target + ' ' + unit + '</div>'
        + '<div class="meta">' + labelled(P.msg('search.hit.project'), P.esc(item.projectName)) + ' · ' + meta.join(' · ') + '</div>'
        + '</div>';
    }
    const goal = item.highlights && item.highlights.goal
      ? '<div class="snippet">' + labelled(P.msg('search.hit.goal'), item.highlights.goal) + '</div>' : '';
    return '<div class="hit" data-type="project">'
      + '<div class="title"><span class="tag">' + P.esc(P.msg('search.hit.project')) + '</span> <a href="' + P.esc(href) + '">'
      + marked(item, 'name', item.name) + '</a> ' + kind + '</div>'
      + '<div class="meta">' + meta.join(' · ') + (item.department ? ' · ' + P.esc(item.department) : '') + '</div>'
      + goal + '</div>';
  }

  function pager(data) {
    const pages = Math.max(1, Math.ceil(Math.min(data.total, 10000) / data.size));
    if (pages <= 1) {
      return '';
    }
    return '<div class="pager">'
      + '<button type="button" class="secondary" data-page="' + (data.page - 1) + '"' + (data.page <= 0 ? ' disabled' : '') + '>' + P.esc(P.msg('common.previous')) + '</button>'
      + '<span>' + P.esc(P.msg('common.page', data.page + 1, pages)) + '</span>'
      + '<button type="button" class="secondary" data-page="' + (data.page + 1) + '"' + (data.page + 1 >= pages ? ' disabled' : '') + '>' + P.esc(P.msg('common.next')) + '</button>'
      + '</div>';
  }

  function submit(text) {
    P.state.set({ q: text.trim() || null, page: null });
    hideSuggestions();
    load();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(box.value);
  });
  document.querySelectorAll('#type-filter button').forEach((button) => button.addEventListener('click', () => {
    P.state.set({ type: button.dataset.type || null, page: null });
    load();
  }));
  document.getElementById('sort').addEventListener('change', (event) => {
    P.state.set({ sort: event.target.value === 'year' ? 'year' : null, page: null });
    load();
  });
  findingSelect.addEventListener('change', () => {
    P.state.set({ finding: findingSelect.value || null, page: null });
    load();
  });
  window.addEventListener('popstate', load);

  /* Type-ahead: names containing the last word typed. */
  let suggestTimer = null;
  let suggestIndex = -1;

  function lastWord() {
    const words = box.value.split(/\s+/);
    return words[words.length - 1] || '';
  }

  function hideSuggestions() {
    clearTimeout(suggestTimer);
    suggestions.hidden = true;
    suggestions.innerHTML = '';
    suggestIndex = -1;
  }

  function choose(name) {
    const words = box.value.split(/\s+/);
    words[words.length - 1] = name;
    box.value = words.join(' ');
    hideSuggestions();
    submit(box.value);
  }

  box.addEventListener('input', () => {
    clearTimeout(suggestTimer);
    const word = lastWord();
    if (word.length < 2 || /[<>=≥≤＜＞＝]/.test(word)) {
      hideSuggestions();
      return;
    }
    suggestTimer = setTimeout(async () => {
      try {
        const names = await P.api('/api/search/suggest', { q: word, limit: 8 });
        if (lastWord() !== word || !names.length || document.activeElement !== box) {
          hideSuggestions();
          return;
        }
        suggestions.innerHTML = names.map((name) => '<li data-name="' + P.esc(name) + '">' + P.esc(name) + '</li>').join('');
        suggestions.hidden = false;
        suggestions.querySelectorAll('li').forEach((li) => li.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(li.dataset.name);
        }));
      } catch (ignored) {
        hideSuggestions();
      }
    }, 150);
  });
  box.addEventListener('keydown', (event) => {
    const items = suggestions.querySelectorAll('li');
    if (suggestions.hidden || !items.length) {
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      suggestIndex = (suggestIndex + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items.forEach((li, index) => li.classList.toggle('active', index === suggestIndex));
    } else if (event.key === 'Enter' && suggestIndex >= 0) {
      event.preventDefault();
      choose(items[suggestIndex].dataset.name);
    } else if (event.key === 'Escape') {
      hideSuggestions();
    }
  });
  box.addEventListener('blur', () => setTimeout(hideSuggestions, 100));

  /* search-synonyms.js asks for the results again once the list is saved. */
  document.addEventListener('search:synonyms-saved', load);

  load();
})();
