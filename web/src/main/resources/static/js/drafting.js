/*
 * 起草: start a draft from its header, then fill its indicator table from the suggestions (the same project's
 * indicators in other years first, then those of alike projects) or with the analyst's own rows, while the review
 * runs on the draft as it is typed; save, list, remove, and export as the filled Excel form or the text file.
 */
(function () {
  'use strict';

  const P = window.Portal;
  const TAXONOMY = P.term('TAXONOMY');
  const LEVEL2_ORDER = Object.values(TAXONOMY).flat();
  const PARENT = {};
  Object.entries(TAXONOMY).forEach(([level1, level2s]) => level2s.forEach((level2) => { PARENT[level2] = level1; }));
  const REVIEW_DELAY = 400;
  const SUGGEST_DELAY = 700;
  const AMOUNTS = { total: 'draft-total', fiscal: 'draft-fiscal', carryover: 'draft-carryover', other: 'draft-other' };
  const TEXTS = ['projectName', 'unit', 'department', 'projectNature', 'projectCategory'];

  const $ = (id) => document.getElementById(id);
  const draftId = P.state.get('draft', null);
  let choices = { units: [], natures: [], categories: [] };
  let rows = [];
  let suggestions = null;
  let findings = [];
  let dirty = false;
  let reviewRun = 0;
  let suggestRun = 0;
  let reviewTimer = null;
  let suggestTimer = null;
  let namesTimer = null;

  /** The library's name key (NameKeys.indicator): widths folded, spaces and trailing punctuation dropped. */
  function nameKey(name) {
    return String(name || '').normalize('NFKC').replace(/[\s\u3000]+/g, '').replace(/[。，、；：,.;:]+$/, '');
  }

  async function send(method, path, body) {
    const response = await fetch(path, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      let detail = response.statusText;
      try {
        const json = await response.json();
        detail = json.detail || json.title || detail;
      } catch (ignored) {
        // not JSON: keep the status text
      }
      throw new Error(detail);
    }
    return response.status === 204 ? null : response.json();
  }

  function text(id) {
    const value = $(id).value.trim();
    return value || null;
  }

  /** An amount in 元 as typed (thousands separators allowed), sent as text so no digit is lost. */
  function amount(id, problems) {
    const value = $(id).value.replace(/[,，\s]/g, '');
    if (!value) {
      return null;
    }
    if (!/^\d+(\.\d{1,2})?$/.test(value)) {
      problems.push(P.msg('drafting.client.amount', $(id).closest('label').querySelector('span').textContent));
      return null;
    }
    return value;
  }

  function header(problems) {
    const funds = {};
    Object.entries(AMOUNTS).forEach(([key, id]) => { funds[key] = amount(id, problems); });
    const result = { funds, year: $('draft-year').value ? Number($('draft-year').value) : null, annualGoal: text('draft-goal') };
    TEXTS.forEach((key) => { result[key] = text('draft-' + key); });
    return result;
  }

  function fill(values) {
    TEXTS.forEach((key) => { $('draft-' + key).value = values[key] || ''; });
    $('draft-year').value = values.year || '';
    $('draft-goal').value = values.annualGoal || '';
    const funds = values.funds || {};
    Object.entries(AMOUNTS).forEach(([key, id]) => {
      $(id).value = funds[key] === null || funds[key] === undefined ? '' : Number(funds[key]).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
    });
  }

  function showMessages(messages) {
    $('draft-header-messages').innerHTML = messages.map((message) => '<div class="error">' + P.esc(message) + '</div>').join('');
  }

  function options(select, values) {
    select.innerHTML = '<option value="">' + P.esc(P.msg('drafting.choice.none')) + '</option>'
      + values.map((value) => '<option>' + P.esc(value) + '</option>').join('');
  }

  function datalist(id, values) {
    $(id).innerHTML = values.map((value) => '<option value="' + P.esc(value) + '">').join('');
  }

  async function loadChoices() {
    choices = await P.api('/api/drafting/choices');
    options($('draft-projectNature'), choices.natures);
    options($('draft-projectCategory'), choices.categories);
    datalist('draft-units', choices.units.map((unit) => unit.name));
    datalist('draft-departments', choices.departments);
    $('draft-add-level2').innerHTML = Object.entries(TAXONOMY).map(([level1, level2s]) => '<optgroup label="' + P.esc(level1) + '">'
      + level2s.map((level2) => '<option>' + P.esc(level2) + '</option>').join('') + '</optgroup>').join('');
  }

  function projectNames() {
    clearTimeout(namesTimer);
    namesTimer = setTimeout(async () => {
      try {
        datalist('draft-project-names', await P.api('/api/drafting/projects', { q: text('draft-projectName'), unit: text('draft-unit') }));
      } catch (ignored) {
        // type-ahead is a help: without it the name is typed in full
      }
    }, 250);
  }

  /** A stored unit brings the department it last filed under, unless one is given. */
  function unitChosen() {
    const unit = choices.units.find((option) => option.name === $('draft-unit').value.trim());
    if (unit && unit.department && !$('draft-department').value.trim()) {
      $('draft-department').value = unit.department;
    }
  }

  // ---- the list and the start of a draft ----

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
    const values = header(problems);
    if (problems.length) {
      showMessages(problems);
      return;
    }
    $('draft-start').disabled = true;
    try {
      const created = await send('POST', '/api/drafts', { header: values, indicators: [] });
      window.location.href = '/drafting?draft=' + encodeURIComponent(created.id);
    } catch (error) {
      showMessages([error.message]);
      $('draft-start').disabled = false;
    }
  }

  // ---- the editor ----

  function markDirty() {
    dirty = true;
    $('draft-status').textContent = P.msg('drafting.unsaved');
  }

  function source(row) {
    if (row.origin !== 'SUGGESTED' || !row.source) {
      return '<span class="tag own">' + P.esc(P.msg('drafting.source.own')) + '</span>';
    }
    const from = row.source;
    const label = from.sameLineage ? P.msg('drafting.source.lineage', from.year)
      : P.msg('drafting.source.suggested', from.projectName + (from.year ? ' ' + P.msg('common.year', from.year) : ''));
    return '<span class="tag' + (from.sameLineage ? ' lineage' : '') + '">' + P.esc(label) + '</span>'
      + (from.filings ? ' <span class="muted">' + P.esc(P.msg('drafting.source.filings', from.filings)) + '</span>' : '');
  }

  function renderRows() {
    const body = document.querySelector('#draft-rows tbody');
    body.innerHTML = rows.map((row, i) => {
      const previous = rows[i - 1];
      const newLevel1 = !previous || previous.level1 !== row.level1;
      const newLevel2 = newLevel1 || previous.level2 !== row.level2;
      return '<tr class="draft-row" data-row="' + i + '" data-level2="' + P.esc(row.level2) + '" data-key="' + P.esc(nameKey(row.name)) + '">'
        + '<td class="level">' + (newLevel1 ? P.esc(row.level1) : '') + '</td>'
        + '<td class="level">' + (newLevel2 ? P.esc(row.level2) : '') + '</td>'
        + '<td class="draft-name-cell"><input type="text" class="draft-name" maxlength="500" value="' + P.esc(row.name) + '">'
        + '<div class="draft-source small">' + source(row) + '</div></td>'
        + '<td class="draft-target-cell"><input type="text" class="draft-target" maxlength="1000" value="' + P.esc(row.target || '') + '"></td>'
        + '<td class="draft-row-findings"></td>'
        + '<td><button type="button" class="secondary draft-remove" title="' + P.esc(P.msg('drafting.row.deleteTitle')) + '">'
        + P.esc(P.msg('drafting.row.delete')) + '</button></td></tr>';
    }).join('');
    body.querySelectorAll('tr.draft-row').forEach((tr) => {
      const row = rows[Number(tr.dataset.row)];
      tr.querySelector('.draft-name').addEventListener('input', (event) => {
        row.name = event.target.value;
        tr.dataset.key = nameKey(row.name);
        edited();
        renderSuggestions();
      });
      tr.querySelector('.draft-target').addEventListener('input', (event) => {
        row.target = event.target.value;
        edited();
      });
      tr.querySelector('.draft-remove').addEventListener('click', () => {
        rows.splice(Number(tr.dataset.row), 1);
        restructured();
      });
    });
    $('draft-rows').hidden = rows.length === 0;
    $('draft-rows-empty').hidden = rows.length > 0;
    $('draft-row-count').textContent = P.msg('drafting.rows', rows.length);
    renderFindings();
  }

  function edited() {
    markDirty();
    scheduleReview(REVIEW_DELAY);
  }

  /** Rows came or went: findings name rows by position, so the old ones no longer fit until the review answers. */
  function restructured() {
    findings = [];
    renderRows();
    renderSuggestions();
    edited();
  }

  /** A new row goes under its 二级指标, after the rows already there, as the form's table groups them. */
  function insert(row) {
    const order = LEVEL2_ORDER.indexOf(row.level2);
    const at = rows.findIndex((other) => LEVEL2_ORDER.indexOf(other.level2) > order);
    rows.splice(at < 0 ? rows.length : at, 0, row);
    restructured();
  }

  function addOwn() {
    const name = $('draft-add-name').value.trim();
    if (!name) {
      $('draft-add-name').focus();
      $('draft-add-name').placeholder = P.msg('drafting.add.missingName');
      return;
    }
    const level2 = $('draft-add-level2').value;
    insert({ level1: PARENT[level2], level2, name, target: $('draft-add-target').value.trim() || null, origin: 'OWN', source: null });
    $('draft-add-name').value = '';
    $('draft-add-target').value = '';
  }

  function findingHtml(finding) {
    const suggestion = finding.suggestion;
    return '<div class="finding finding-' + P.esc(String(finding.severity).toLowerCase()) + '" data-rule="' + P.esc(finding.rule) + '">'
      + '<span class="finding-severity">' + P.esc(P.msg('drafting.severity.' + finding.severity)) + '</span> ' + P.esc(finding.explanation)
      + (suggestion ? '<div class="finding-suggestion">' + P.esc(P.msg('drafting.finding.suggestion', suggestion.name,
        suggestion.target, suggestion.filings)) + '</div>' : '')
      + '</div>';
  }

  function renderFindings() {
    document.querySelectorAll('#draft-rows .draft-row-findings').forEach((cell) => { cell.innerHTML = ''; });
    const formLevel = [];
    findings.forEach((finding) => {
      const cell = finding.row === null || finding.row === undefined ? null
        : document.querySelector('#draft-rows tr[data-row="' + finding.row + '"] .draft-row-findings');
      if (cell) {
        cell.insertAdjacentHTML('beforeend', findingHtml(finding));
      } else {
        formLevel.push(finding);
      }
    });
    $('draft-form-findings').innerHTML = formLevel.length
      ? '<div class="draft-form-findings">' + formLevel.map(findingHtml).join('') + '</div>'
      : (findings.length ? '' : '<div class="draft-review-ok muted small">' + P.esc(P.msg('drafting.review.none')) + '</div>');
  }

  function scheduleReview(delay) {
    clearTimeout(reviewTimer);
    reviewTimer = setTimeout(review, delay);
  }

  /** Only the latest review is shown: an earlier one answering late would show a draft that no longer is. */
  async function review() {
    const run = ++reviewRun;
    try {
      const found = await send('POST', '/api/drafting/review', { header: header([]), indicators: rows });
      if (run === reviewRun) {
        findings = found;
        renderFindings();
      }
    } catch (error) {
      if (run === reviewRun) {
        $('draft-form-findings').innerHTML = '<div class="error">' + P.esc(P.msg('drafting.review.failed', error.message)) + '</div>';
      }
    }
  }

  function scheduleSuggestions(delay) {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(suggest, delay);
  }

  async function suggest() {
    const run = ++suggestRun;
    const values = header([]);
    if (!values.projectName && !values.annualGoal) {
      $('draft-suggestions').innerHTML = '<p class="muted">' + P.esc(P.msg('drafting.suggestions.needHeader')) + '</p>';
      return;
    }
    if (!suggestions) {
      $('draft-suggestions').innerHTML = '<p class="muted">' + P.esc(P.msg('drafting.suggestions.loading')) + '</p>';
    }
    try {
      const found = await send('POST', '/api/drafting/suggestions', values);
      if (run === suggestRun) {
        suggestions = found;
        renderSuggestions();
      }
    } catch (error) {
      if (run === suggestRun) {
        P.showError($('draft-suggestions'), error);
      }
    }
  }

  function adopted(suggestion) {
    return rows.some((row) => row.level2 === suggestion.level2 && nameKey(row.name) === suggestion.key);
  }

  function suggestionHtml(suggestion, index) {
    const taken = adopted(suggestion);
    const details = [suggestion.target ? P.msg('drafting.suggestion.usualTarget', suggestion.target, suggestion.targetFilings)
      : P.msg('drafting.suggestion.noTarget'), P.msg('drafting.suggestion.usage', suggestion.filings)];
    if (suggestion.lastTarget && suggestion.lastTarget !== suggestion.target) {
      details.unshift(P.msg('drafting.suggestion.lastTarget', suggestion.lastTarget));
    }
    return '<div class="draft-suggestion' + (suggestion.sameLineage ? ' lineage' : '') + '" data-index="' + index + '" data-level2="'
      + P.esc(suggestion.level2) + '" data-key="' + P.esc(suggestion.key) + '">'
      + '<div class="draft-suggestion-text"><span class="draft-suggestion-name">' + P.esc(suggestion.name) + '</span>'
      + (suggestion.sameLineage ? ' <span class="tag lineage">' + P.esc(P.msg('drafting.suggestion.lineage')) + '</span>' : '')
      + '<div class="muted small">' + P.esc(details.join(' · ')) + '</div></div>'
      + '<button type="button" class="secondary draft-adopt"' + (taken ? ' disabled' : '') + '>'
      + P.esc(P.msg(taken ? 'drafting.adopted' : 'drafting.adopt')) + '</button></div>';
  }

  function renderSuggestions() {
    const container = $('draft-suggestions');
    if (!suggestions) {
      return;
    }
    $('draft-basis').innerHTML = suggestions.basis.length ? '<p class="small draft-basis">' + P.esc(P.msg('drafting.basis'))
      + suggestions.basis.map((filing) => '<a href="/filings/' + encodeURIComponent(filing.id) + '" target="_blank">'
        + P.esc(filing.projectName + ' ' + (filing.year ? P.msg('common.year', filing.year) : '') + P.kindLabel(filing.kind)) + '</a>'
        + (filing.sameLineage ? '<span class="tag lineage">' + P.esc(P.msg('drafting.basis.lineage')) + '</span>' : ''))
        .join(P.msg('common.join.enumeration')) + '</p>' : '';
    if (!suggestions.groups.length) {
      container.innerHTML = '<p class="muted">' + P.esc(P.msg('drafting.suggestions.none')) + '</p>';
      return;
    }
    const flat = [];
    let html = '';
    Object.keys(TAXONOMY).forEach((level1) => {
      const groups = suggestions.groups.filter((group) => group.level1 === level1);
      if (!groups.length) {
        return;
      }
      html += '<div class="draft-level1"><h3>' + P.esc(level1) + '</h3>';
      groups.forEach((group) => {
        html += '<div class="draft-level2" data-level2="' + P.esc(group.level2) + '"><h4>' + P.esc(group.level2) + '</h4>'
          + group.suggestions.map((suggestion) => {
            flat.push(suggestion);
            return suggestionHtml(suggestion, flat.length - 1);
          }).join('') + '</div>';
      });
      html += '</div>';
    });
    container.innerHTML = html;
    container.querySelectorAll('.draft-suggestion').forEach((element) => {
      element.querySelector('.draft-adopt').addEventListener('click', () => adopt(flat[Number(element.dataset.index)]));
    });
  }

  /** The same project keeps the target it had last time; otherwise the one most filings write. */
  function adopt(suggestion) {
    if (adopted(suggestion)) {
      return;
    }
    insert({
      level1: suggestion.level1, level2: suggestion.level2, name: suggestion.name,
      target: (suggestion.sameLineage && suggestion.lastTarget) || suggestion.target || null,
      origin: 'SUGGESTED', source: suggestion.from
    });
  }

  /** In the editor the header folds away to one line, so the table and the suggestions fit on the screen. */
  function summarise() {
    const values = header([]);
    const parts = [values.projectName, values.unit, values.year ? P.msg('common.year', values.year) : null,
      values.funds.total ? P.msg('drafting.summary.total', Number(values.funds.total).toLocaleString('zh-CN')) : null];
    $('draft-summary').textContent = P.msg('drafting.summary', parts.filter(Boolean).join(' · '));
  }

  function showSaved(view) {
    dirty = false;
    $('draft-status').textContent = P.msg('drafting.saved', new Date(view.updatedAt).toLocaleString('zh-CN'));
  }

  async function save() {
    const problems = [];
    const values = header(problems);
    showMessages(problems);
    if (problems.length) {
      return false;
    }
    $('draft-save').disabled = true;
    $('draft-status').textContent = P.msg('drafting.saving');
    try {
      const view = await send('PUT', '/api/drafts/' + encodeURIComponent(draftId), { header: values, indicators: rows });
      fill(view.header);
      rows = view.indicators;
      restructured();
      showSaved(view);
      return true;
    } catch (error) {
      showMessages([error.message]);
      $('draft-status').textContent = P.msg('drafting.unsaved');
      return false;
    } finally {
      $('draft-save').disabled = false;
    }
  }

  /** An export is of the saved draft: unsaved changes are saved first. */
  async function exportDraft(event) {
    if (!dirty) {
      return;
    }
    event.preventDefault();
    const href = event.currentTarget.href;
    if (await save()) {
      window.location.href = href;
    }
  }

  async function remove() {
    if (!window.confirm(P.msg('drafting.delete.ask', $('draft-projectName').value))) {
      return;
    }
    try {
      await send('DELETE', '/api/drafts/' + encodeURIComponent(draftId));
      dirty = false;
      window.location.href = '/drafting';
    } catch (error) {
      showMessages([error.message]);
    }
  }

  async function openEditor() {
    $('draft-start-actions').hidden = true;
    $('drafting-list-panel').hidden = true;
    $('drafting-lead').hidden = true;
    $('drafting-back').hidden = false;
    $('draft-editor').hidden = false;
    $('draft-summary').hidden = false;
    $('draft-fields-details').open = false;
    try {
      const view = await P.api('/api/drafts/' + encodeURIComponent(draftId));
      fill(view.header);
      summarise();
      rows = view.indicators;
      renderRows();
      showSaved(view);
      ['xlsx', 'txt'].forEach((format) => {
        const link = $('draft-export-' + format);
        link.href = '/api/drafts/' + encodeURIComponent(draftId) + '/export?format=' + format;
        link.addEventListener('click', exportDraft);
      });
      scheduleReview(0);
      scheduleSuggestions(0);
    } catch (error) {
      $('draft-editor').hidden = true;
      showMessages([error.message]);
      return;
    }
    $('draft-header').addEventListener('input', (event) => {
      edited();
      summarise();
      if (['draft-projectName', 'draft-unit', 'draft-goal'].includes(event.target.id)) {
        scheduleSuggestions(SUGGEST_DELAY);
      }
    });
    $('draft-header').addEventListener('change', edited);
    $('draft-save').addEventListener('click', save);
    $('draft-delete').addEventListener('click', remove);
    $('draft-add').addEventListener('click', addOwn);
    window.addEventListener('beforeunload', (event) => {
      if (dirty) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
  }

  async function init() {
    $('draft-header').addEventListener('input', () => showMessages([]));
    $('draft-projectName').addEventListener('input', projectNames);
    $('draft-unit').addEventListener('change', unitChosen);
    $('draft-header').addEventListener('submit', (event) => {
      if (draftId) {
        event.preventDefault();
        save();
      } else {
        start(event);
      }
    });
    try {
      await loadChoices();
    } catch (error) {
      showMessages([error.message]);
    }
    if (draftId) {
      openEditor();
    } else {
      $('draft-year').value = new Date().getFullYear() + 1;
      projectNames();
      loadList();
    }
  }

  init();
})();
