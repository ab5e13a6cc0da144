/*
 * 起草, the draft's header: its fields read and filled (amounts in 元 as typed), their choices and type-ahead from the
 * store, messages, and the JSON calls the drafting page makes. Shared by the start of a draft and the editor.
 */
(function () {
  'use strict';

  const P = window.Portal;
  const AMOUNTS = { total: 'draft-total', fiscal: 'draft-fiscal', carryover: 'draft-carryover', other: 'draft-other' };
  const TEXTS = ['projectName', 'unit', 'department', 'projectNature', 'projectCategory'];

  const $ = (id) => document.getElementById(id);
  let choices = { units: [], natures: [], categories: [], departments: [] };
  let namesTimer = null;

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

  /** Fills the choices of the fields; the stored units are kept to fill in a unit's department. */
  async function loadChoices() {
    choices = await P.api('/api/drafting/choices');
    options($('draft-projectNature'), choices.natures);
    options($('draft-projectCategory'), choices.categories);
    datalist('draft-units', choices.units.map((unit) => unit.name));
    datalist('draft-departments', choices.departments);
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

  /** In the editor the header folds away to one line, so the table and the suggestions fit on the screen. */
  function summarise() {
    const values = header([]);
    const parts = [values.projectName, values.unit, values.year ? P.msg('common.year', values.year) : null,
      values.funds.total ? P.msg('drafting.summary.total', Number(values.funds.total).toLocaleString('zh-CN')) : null];
    $('draft-summary').textContent = P.msg('drafting.summary', parts.filter(Boolean).join(' · '));
  }

  window.DraftingForm = { send, header, fill, showMessages, loadChoices, projectNames, unitChosen, summarise };
})();
