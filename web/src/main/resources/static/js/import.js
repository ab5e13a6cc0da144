/*
 * 导入: upload filing files to /api/import and show, per file, what the importer did (status, counts, problems with
 * their lines, links to the stored forms); below, the files imported most recently.
 */
(function () {
  'use strict';

  const P = window.Portal;
  const page = document.getElementById('import-page');
  const maxBytes = Number(page.dataset.maxFileBytes);
  const input = document.getElementById('import-files');
  const drop = document.getElementById('import-drop');
  const submit = document.getElementById('import-submit');
  const clientMessages = document.getElementById('import-client-messages');
  let chosen = [];

  function size(bytes) {
    return bytes < 1024 ? P.msg('import.size.bytes', bytes)
      : P.msg('import.size.kb', (bytes / 1024).toLocaleString('zh-CN', { maximumFractionDigits: 1 }));
  }

  /** Empty and too large files are dropped here, so they never cost an upload; the server checks again. */
  function choose(files) {
    const messages = [];
    chosen = Array.from(files).filter((file) => {
      if (file.size === 0) {
        messages.push(P.msg('import.client.empty', file.name));
        return false;
      }
      if (file.size > maxBytes) {
        messages.push(P.msg('import.client.tooLarge', file.name, Math.round(maxBytes / 1048576)));
        return false;
      }
      return true;
    });
    clientMessages.innerHTML = messages.map((message) => '<div class="notice">' + P.esc(message) + '</div>').join('');
    document.getElementById('import-selected').textContent = chosen.length
      ? P.msg('import.selectedFiles', P.msg('import.selected', chosen.length),
        chosen.map((file) => P.msg('import.selectedFile', file.name, size(file.size))).join(P.msg('import.listSeparator')))
      : '';
    submit.disabled = chosen.length === 0;
  }

  function problems(row) {
    if (!row.problems.length) {
      return '<span class="muted">' + P.esc(P.msg('import.noProblems')) + '</span>';
    }
    return '<ul class="import-problems">' + row.problems.map((problem) => '<li><span class="import-line">'
      + P.esc(problem.line ? P.msg('import.problem.line', problem.line) : P.msg('import.problem.file')) + '</span> '
      + P.esc(problem.message) + '</li>').join('') + '</ul>';
  }

  function filings(row) {
    const shown = row.filings.slice(0, 5).map((filing) => '<a class="import-filing" href="/filings/' + filing.id + '">'
      + P.esc(filing.projectName || '—') + '</a> <span class="muted small">' + P.esc(P.msg('import.kind.' + filing.kind)
      + (filing.year ? ' · ' + P.msg('common.year', filing.year) : '')) + '</span>');
    const more = row.filings.length > 5 ? '<div class="muted small">' + P.esc(P.msg('import.moreFilings', row.filings.length)) + '</div>' : '';
    return shown.join('<br>') + more;
  }

  function renderResults(response) {
    document.getElementById('import-results-panel').hidden = false;
    document.getElementById('import-summary').textContent = P.msg('import.summary', response.files, response.imported,
      response.replaced, response.unchanged, response.rejected, response.millis);
    P.table(document.getElementById('import-results'), {
      id: 'import-results-table',
      rows: response.results,
      statePrefix: 'r',
      clientSort: false,
      columns: [
        { key: 'fileName', label: P.msg('import.col.file'), sortable: false, render: (row) => '<span class="import-file">' + P.esc(row.fileName) + '</span>' },
        { key: 'status', label: P.msg('import.col.status'), sortable: false,
          render: (row) => '<span class="import-status status-' + P.esc(row.status) + '">' + P.esc(row.statusLabel) + '</span>' },
        { key: 'forms', label: P.msg('import.col.forms'), numeric: true, sortable: false },
        { key: 'indicators', label: P.msg('import.col.indicators'), numeric: true, sortable: false },
        { key: 'problems', label: P.msg('import.col.problems'), sortable: false, render: problems },
        { key: 'filings', label: P.msg('import.col.filings'), sortable: false, render: filings }
      ]
    });
  }

  async function loadRecent() {
    const container = document.getElementById('import-recent');
    try {
      const rows = await P.api('/api/import/recent', { limit: 20 });
      P.table(container, {
        id: 'import-recent-table',
        rows,
        statePrefix: 'recent',
        exportUrl: '/api/import/recent?limit=200',
        columns: [
          { key: 'name', label: P.msg('import.col.file') },
          { key: 'importedAt', label: P.msg('import.col.importedAt'), render: (row) => '<span class="nowrap">' + P.esc(new Date(row.importedAt).toLocaleString('zh-CN')) + '</span>' },
          { key: 'sizeBytes', label: P.msg('import.col.size'), numeric: true, render: (row) => P.esc(size(row.sizeBytes)) },
          { key: 'forms', label: P.msg('import.col.forms'), numeric: true },
          { key: 'indicators', label: P.msg('import.col.indicators'), numeric: true },
          { key: 'problems', label: P.msg('import.col.problems'), numeric: true,
            render: (row) => (row.problems ? '<span class="import-problem-count">' + P.esc(row.problems) + '</span>' : '0') }
        ]
      });
    } catch (error) {
      P.showError(container, error);
    }
  }

  async function upload(event) {
    event.preventDefault();
    if (!chosen.length) {
      return;
    }
    const body = new FormData();
    chosen.forEach((file) => body.append('files', file, file.name));
    submit.disabled = true;
    const results = document.getElementById('import-results');
    document.getElementById('import-results-panel').hidden = false;
    document.getElementById('import-summary').textContent = '';
    P.loading(results);
    results.querySelector('p').textContent = P.msg('import.uploading');
    try {
      const response = await fetch('/api/import', { method: 'POST', body, headers: { Accept: 'application/json' } });
      const json = await response.json().catch(() => ({}));
      if (!response.ok) {
        throw new Error(json.detail || response.statusText);
      }
      renderResults(json);
      input.value = '';
      choose([]);
      loadRecent();
    } catch (error) {
      P.showError(results, error);
      submit.disabled = false;
    }
  }

  input.addEventListener('change', () => choose(input.files));
  ['dragenter', 'dragover'].forEach((type) => drop.addEventListener(type, (event) => {
    event.preventDefault();
    drop.classList.add('dragging');
  }));
  ['dragleave', 'drop'].forEach((type) => drop.addEventListener(type, () => drop.classList.remove('dragging')));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    choose(event.dataTransfer.files);
  });
  document.getElementById('import-form').addEventListener('submit', upload);
  loadRecent();
})();
