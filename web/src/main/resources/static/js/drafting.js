/*
 * 起草: the saved drafts and a new one's start (drafting-start.js), or, for ?draft=id, the editor: the indicator table
 * filled from the suggestions (drafting-suggestions.js) or with the analyst's own rows, while the review runs on the
 * draft as it is typed; save, remove, and export as the filled Excel form or the text file the parser reads.
 */
(function () {
  'use strict';

  const P = window.Portal;
  const F = window.DraftingForm;
  const TAXONOMY = P.term('TAXONOMY');
  const LEVEL2_ORDER = Object.values(TAXONOMY).flat();
  const PARENT = {};
  Object.entries(TAXONOMY).forEach(([level1, level2s]) => level2s.forEach((level2) => { PARENT[level2] = level1; }));
  const REVIEW_DELAY = 400;
  const SUGGEST_DELAY = 700;

  const $ = (id) => document.getElementById(id);
  const draftId = P.state.get('draft', null);
  let rows = [];
  let suggestions = null;
  let findings = [];
  let dirty = false;
  let reviewRun = 0;
  let suggestRun = 0;
  let reviewTimer = null;
  let suggestTimer = null;

  /** The library's name key (NameKeys.indicator): widths folded, spaces and trailing punctuation dropped. */
  function nameKey(name) {
    return String(name || '').normalize('NFKC').replace(/[\s\u3000]+/g, '').replace(/[。，、；：,.;:]+$/, '');
  }

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

  /** The 二级指标 of an own row, under their 一级指标. */
  function levelOptions() {
    $('draft-add-level2').innerHTML = Object.entries(TAXONOMY).map(([level1, level2s]) => '<optgroup label="' + P.esc(level1) + '">'
      + level2s.map((level2) => '<option>' + P.esc(level2) + '</option>').join('') + '</optgroup>').join('');
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
      + '<span class="finding-severity">' + P.esc(P.term('SEVERITY_' + String(finding.severity).toUpperCase())) + '</span> ' + P.esc(finding.explanation)
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
      const found = await F.send('POST', '/api/drafting/review', { header: F.header([]), indicators: rows });
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
    const values = F.header([]);
    if (!values.projectName && !values.annualGoal) {
      $('draft-suggestions').innerHTML = '<p class="muted">' + P.esc(P.msg('drafting.suggestions.needHeader')) + '</p>';
      return;
    }
    if (!suggestions) {
      $('draft-suggestions').innerHTML = '<p class="muted">' + P.esc(P.msg('drafting.suggestions.loading')) + '</p>';
    }
    try {
      const found = await F.send('POST', '/api/drafting/suggestions', values);
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

  function renderSuggestions() {
    if (suggestions) {
      window.DraftingSuggestions.render(suggestions, adopted, adopt);
    }
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

  function showSaved(view) {
    dirty = false;
    $('draft-status').textContent = P.msg('drafting.saved', new Date(view.updatedAt).toLocaleString('zh-CN'));
  }

  async function save() {
    const problems = [];
    const values = F.header(problems);
    F.showMessages(problems);
    if (problems.length) {
      return false;
    }
    $('draft-save').disabled = true;
    $('draft-status').textContent = P.msg('drafting.saving');
    try {
      const view = await F.send('PUT', '/api/drafts/' + encodeURIComponent(draftId), { header: values, indicators: rows });
      F.fill(view.header);
      rows = view.indicators;
      restructured();
      showSaved(view);
      return true;
    } catch (error) {
      F.showMessages([error.message]);
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
      await F.send('DELETE', '/api/drafts/' + encodeURIComponent(draftId));
      dirty = false;
      window.location.href = '/drafting';
    } catch (error) {
      F.showMessages([error.message]);
    }
  }

  async function openEditor() {
    $('draft-start-actions').hidden = true;
    $('drafting-list-panel').hidden = true;
    $('drafting-lead').hidden = true;
    $('drafting-back').hidden = false;
    $('draft-editor').hidden = false;
    levelOptions();
    $('draft-summary').hidden = false;
    $('draft-fields-details').open = false;
    try {
      const view = await P.api('/api/drafts/' + encodeURIComponent(draftId));
      F.fill(view.header);
      F.summarise();
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
      F.showMessages([error.message]);
      return;
    }
    $('draft-header').addEventListener('input', (event) => {
      edited();
      F.summarise();
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
    $('draft-header').addEventListener('input', () => F.showMessages([]));
    $('draft-projectName').addEventListener('input', F.projectNames);
    $('draft-unit').addEventListener('change', F.unitChosen);
    $('draft-header').addEventListener('submit', (event) => {
      if (draftId) {
        event.preventDefault();
        save();
      } else {
        window.DraftingStart.start(event);
      }
    });
    try {
      await F.loadChoices();
    } catch (error) {
      F.showMessages([error.message]);
    }
    if (draftId) {
      openEditor();
    } else {
      $('draft-year').value = new Date().getFullYear() + 1;
      F.projectNames();
      window.DraftingStart.loadList();
    }
  }

  init();
})();
