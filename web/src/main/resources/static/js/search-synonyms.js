/*
 * The search page's synonym list: loaded when opened, saved with PUT; the results are searched again with it.
 */
(function () {
  'use strict';

  const P = window.Portal;
  const synonyms = document.getElementById('synonyms');
  const synonymsText = document.getElementById('synonyms-text');
  const synonymsStatus = document.getElementById('synonyms-status');
  synonyms.addEventListener('toggle', async () => {
    if (!synonyms.open || synonymsText.dataset.loaded) {
      return;
    }
    try {
      const list = await P.api('/api/search/synonyms');
      synonymsText.value = list.text;
      synonymsText.dataset.loaded = 'true';
    } catch (error) {
      P.showError(synonymsStatus, error);
    }
  });
  document.getElementById('synonyms-save').addEventListener('click', async () => {
    try {
      const response = await fetch('/api/search/synonyms', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ text: synonymsText.value })
      });
      const body = await response.json();
      if (!response.ok) {
        throw new Error(body.detail || response.statusText);
      }
      synonymsStatus.textContent = P.msg('search.synonyms.saved', body.groups.length);
      document.dispatchEvent(new Event('search:synonyms-saved'));
    } catch (error) {
      P.showError(synonymsStatus, error);
    }
  });
})();
