/*
 * 起草, the suggestions: proposed indicators under their levels, the same project's marked, each with its usual target,
 * how many filings use it and a 采用 button, and the past filings they come from.
 */
(function () {
  'use strict';

  const P = window.Portal;
  const TAXONOMY = P.term('TAXONOMY');
  const $ = (id) => document.getElementById(id);

  function suggestionHtml(suggestion, index, taken) {
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

  /** Renders the suggestions; adopted(suggestion) tells those the draft already has, adopt(suggestion) takes one. */
  function render(suggestions, adopted, adopt) {
    const container = $('draft-suggestions');
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
            return suggestionHtml(suggestion, flat.length - 1, adopted(suggestion));
          }).join('') + '</div>';
      });
      html += '</div>';
    });
    container.innerHTML = html;
    container.querySelectorAll('.draft-suggestion').forEach((element) => {
      element.querySelector('.draft-adopt').addEventListener('click', () => adopt(flat[Number(element.dataset.index)]));
    });
  }

  window.DraftingSuggestions = { render };
})();
