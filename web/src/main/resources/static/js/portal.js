/*
 * What every page shares: messages and glossary terms, escaping, the JSON API, state kept in the URL (so any
 * view can be bookmarked and shared), tables with sorting and exports, amounts in 元 or 万元, traffic lights,
 * form kinds and links to a filing's source lines.
 */
(function () {
  'use strict';

  const messages = (window.PORTAL && window.PORTAL.messages) || {};
  const glossary = (window.PORTAL && window.PORTAL.glossary) || {};

  function msg(key, ...args) {
    const text = messages[key];
    if (text === undefined) {
      return key;
    }
    return text.replace(/\{(\d+)\}/g, (match, index) => (args[index] !== undefined ? String(args[index]) : match));
  }

  function term(name) {
    return glossary[name] !== undefined ? glossary[name] : name;
  }

  /** A form kind as the API sends it (target|tracking), named as the glossary names the forms. */
  function kindLabel(kind) {
    if (!kind) {
      return '';
    }
    return term(String(kind).toLowerCase() === 'tracking' ? 'TRACKING_FORM' : 'TARGET_FORM');
  }

  function esc(value) {
    if (value === null || value === undefined) {
      return '';
    }
    return String(value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }

  function query(params) {
    const search = new URLSearchParams();
    Object.entries(params || {}).forEach(([key, value]) => {
      if (Array.isArray(value)) {
        value.filter((v) => v !== null && v !== undefined && v !== '').forEach((v) => search.append(key, v));
      } else if (value !== null && value !== undefined && value !== '') {
        search.append(key, value);
      }
    });
    const text = search.toString();
    return text ? '?' + text : '';
  }

  /*
   * Every state-changing request the pages send (fetch with POST, PUT, DELETE, PATCH, uploads included) carries the
   * CSRF token the layout puts in its meta tags; wrapping fetch once here covers every page script.
   */
  const csrfToken = document.querySelector('meta[name="_csrf"]');
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  if (csrfToken && csrfHeader && window.fetch) {
    const plainFetch = window.fetch.bind(window);
    window.fetch = function (resource, options) {
      const method = ((options && options.method) || 'GET').toUpperCase();
      if (method === 'GET' || method === 'HEAD') {
        return plainFetch(resource, options);
      }
      const headers = new Headers((options && options.headers) || {});
      headers.set(csrfHeader.content, csrfToken.content);
      return plainFetch(resource, Object.assign({}, options, { headers }));
    };
  }

  async function api(path, params) {
    const response = await fetch(path + query(params), { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let detail = response.statusText;
      try {
        const body = await response.json();
        detail = body.detail || body.title || detail;
      } catch (ignored) {
        // not JSON: keep the status text
      }
      throw new Error(detail);
    }
    return response.json();
  }

  /** The page's state, read from and written to the URL's query string. */
  const state = {
    get(key, fallback) {
      const value = new URLSearchParams(window.location.search).get(key);
      return value !== null ? value : fallback;
    },
    all(key) {
      return new URLSearchParams(window.location.search).getAll(key);
    },
    set(changes, push) {
      const params = new URLSearchParams(window.location.search);
      Object.entries(changes).forEach(([key, value]) => {
        params.delete(key);
        if (Array.isArray(value)) {
          value.filter((v) => v !== null && v !== undefined && v !== '').forEach((v) => params.append(key, v));
        } else if (value !== null && value !== undefined && value !== '') {
          params.set(key, value);
        }
      });
      const url = window.location.pathname + (params.toString() ? '?' + params.toString() : '');
      if (push === false) {
        window.history.replaceState(null, '', url);
      } else {
        window.history.pushState(null, '', url);
      }
    },
    params() {
      return new URLSearchParams(window.location.search);
    }
  };

  /** 元 or 万元, as the URL says (amountUnit=wan), for amounts given in 元. */
  function amountUnit() {
    return state.get('amountUnit', 'yuan') === 'wan' ? 'wan' : 'yuan';
  }

  /** An amount given in 元 as a number in 元 or 万元 (for charts); null when there is none. */
  function amountValue(yuan, unit) {
    if (yuan === null || yuan === undefined || yuan === '') {
      return null;
    }
    return (unit || amountUnit()) === 'wan' ? Number(yuan) / 10000 : Number(yuan);
  }

  function amount(yuan, unit) {
    const value = amountValue(yuan, unit);
    if (value === null) {
      return '';
    }
    const inWan = (unit || amountUnit()) === 'wan';
    return value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: inWan ? 4 : 2 });
  }

  function amountLabel(unit) {
    return (unit || amountUnit()) === 'wan' ? msg('common.amount.wan') : msg('common.amount.yuan');
  }

  /** A 元/万元 toggle that rewrites the URL and calls back. */
  function amountToggle(container, onChange) {
    const current = amountUnit();
    container.innerHTML = '<span class="muted small">' + esc(msg('common.amount.unit')) + '</span> '
      + '<span class="segmented">'
      + ['yuan', 'wan'].map((unit) => '<button type="button" data-unit="' + unit + '" class="'
        + (unit === current ? 'active' : '') + '">' + esc(amountLabel(unit)) + '</button>').join('')
      + '</span>';
    container.querySelectorAll('button').forEach((button) => button.addEventListener('click', () => {
      state.set({ amountUnit: button.dataset.unit === 'wan' ? 'wan' : null }, false);
      amountToggle(container, onChange);
      onChange(amountUnit());
    }));
  }

  function light(color) {
    const key = color ? String(color).toLowerCase() : 'none';
    return '<span class="light ' + esc(key) + '" data-light="' + esc(key) + '">' + esc(msg('common.light.' + key)) + '</span>';
  }

  function percent(value, digits) {
    if (value === null || value === undefined) {
      return '';
    }
    return Number(value).toFixed(digits === undefined ? 1 : digits) + '%';
  }

  /** CSV and Excel links to an export: the URL with format=csv or format=xlsx added. */
  function exportLinks(url) {
    const separator = url.includes('?') ? '&' : '?';
    return '<span class="exports">' + esc(msg('common.export')) + ['csv', 'xlsx'].map((format) => '<a data-export="' + format
      + '" href="' + esc(url + separator + 'format=' + format) + '">' + esc(msg('common.export.' + format)) + '</a>').join('')
      + '</span>';
  }

  /** The href of a filing's source file at a line, with the filing's lines highlighted. */
  function sourceLink(fileName, filingId, line) {
    return '/sources/' + encodeURIComponent(fileName) + '?filing=' + encodeURIComponent(filingId) + '#L' + line;
  }

  /**
   * A table: columns [{key, label, numeric, render(row) -> HTML, sort(row) -> value}], sortable by clicking a
   * header (kept in the URL as sort=key and dir=asc|desc under the given prefix), with CSV and Excel links.
   */
  function table(container, options) {
    const columns = options.columns;
    const prefix = options.statePrefix || '';
    const sortKey = state.get(prefix + 'sort', options.defaultSort || null);
    const sortDir = state.get(prefix + 'dir', options.defaultDir || 'asc');
    let rows = options.rows.slice();
    const sortColumn = columns.find((column) => column.key === sortKey);
    if (sortColumn && options.clientSort !== false) {
      const value = sortColumn.sort || ((row) => row[sortColumn.key]);
      rows.sort((a, b) => compare(value(a), value(b)) * (sortDir === 'desc' ? -1 : 1));
    }
    let html = '<div class="table-tools"><span class="muted small">' + esc(options.caption || msg('common.total', options.total !== undefined ? options.total : rows.length)) + '</span>';
    if (options.exportUrl) {
      html += exportLinks(options.exportUrl);
    }
    html += '</div>';
    if (!rows.length) {
      container.innerHTML = html + '<p class="muted">' + esc(msg('common.empty')) + '</p>';
      return;
    }
    html += '<table class="data"' + (options.id ? ' id="' + esc(options.id) + '"' : '') + '><thead><tr>';
    columns.forEach((column) => {
      const classes = [column.numeric ? 'num' : '', column.sortable === false ? '' : 'sortable',
        column.key === sortKey ? 'sorted-' + sortDir : ''].filter(Boolean).join(' ');
      html += '<th class="' + classes + '" data-key="' + esc(column.key) + '">' + esc(column.label) + '</th>';
    });
    html += '</tr></thead><tbody>';
    rows.forEach((row) => {
      html += '<tr' + (options.rowClass ? ' class="' + esc(options.rowClass(row) || '') + '"' : '') + '>';
      columns.forEach((column) => {
        const cell = column.render ? column.render(row) : esc(row[column.key]);
        const cellClass = [column.numeric ? 'num' : '', column.cellClass ? column.cellClass(row) : ''].filter(Boolean).join(' ');
        html += '<td' + (cellClass ? ' class="' + esc(cellClass) + '"' : '') + '>' + (cell === undefined || cell === null ? '' : cell) + '</td>';
      });
      html += '</tr>';
    });
    html += '</tbody></table>';
    container.innerHTML = html;
    container.querySelectorAll('th.sortable').forEach((th) => th.addEventListener('click', () => {
      const key = th.dataset.key;
      const dir = key === sortKey && sortDir === 'asc' ? 'desc' : 'asc';
      const changes = {};
      changes[prefix + 'sort'] = key;
      changes[prefix + 'dir'] = dir;
      state.set(changes, false);
      if (options.onSort) {
        options.onSort(key, dir);
      } else {
        table(container, options);
      }
    }));
  }

  function compare(a, b) {
    if (a === b) {
      return 0;
    }
    if (a === null || a === undefined || a === '') {
      return 1;
    }
    if (b === null || b === undefined || b === '') {
      return -1;
    }
    if (typeof a === 'number' && typeof b === 'number') {
      return a - b;
    }
    return String(a).localeCompare(String(b), 'zh-CN');
  }

  function showError(container, error) {
    container.innerHTML = '<div class="error">' + esc(msg('common.error', error.message || error)) + '</div>';
  }

  function loading(container) {
    container.innerHTML = '<p class="muted">' + esc(msg('common.loading')) + '</p>';
  }

  window.Portal = {
    msg, term, kindLabel, esc, api, query, state, amount, amountValue, amountUnit, amountLabel, amountToggle, light, percent,
    exportLinks, sourceLink, table, showError, loading
  };
})();
