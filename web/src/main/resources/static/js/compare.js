/*
 * /compare: a unit's (or a department's) projects across years as a stacked bar chart and the table behind it,
 * and every department's totals. State in the URL: unit or department, amountUnit, table sorting.
 */
(function () {
  'use strict';

  const P = window.Portal;
  const C = window.Compare;
  const scopeSelect = document.getElementById('compare-scope');
  const title = document.getElementById('compare-scope-title');
  const chartBox = document.getElementById('compare-chart');
  const tableBox = document.getElementById('compare-table');
  const departmentsChartBox = document.getElementById('compare-departments-chart');
  const departmentsTableBox = document.getElementById('compare-departments-table');
  let budgets = null;
  let departments = null;
  let chart = null;
  let departmentsChart = null;

  function scope() {
    const unit = P.state.get('unit');
    const department = P.state.get('department');
    if (unit) {
      return { kind: 'unit', id: unit };
    }
    return department ? { kind: 'department', id: department } : null;
  }

  function scopeParams(current) {
    return current.kind === 'unit' ? { unit: current.id } : { department: current.id };
  }

  function fillScopes(options, current) {
    let html = '';
    options.forEach((department) => {
      const label = department.name || P.msg('compare.departments.unnamed');
      html += '<optgroup label="' + P.esc(label) + '">';
      if (department.id !== null) {
        html += '<option value="department:' + department.id + '">' + P.esc(P.msg('compare.scope.department', label,
          P.msg('compare.scope.years', department.years.length))) + '</option>';
      }
      department.units.forEach((unit) => {
        html += '<option value="unit:' + unit.id + '">' + P.esc(P.msg('compare.scope.unit', unit.name,
          P.msg('compare.scope.years', unit.years.length))) + '</option>';
      });
      html += '</optgroup>';
    });
    scopeSelect.innerHTML = html;
    scopeSelect.value = current.kind + ':' + current.id;
  }

  /** Without a choice in the URL: the unit that filed in the most years. */
  function defaultScope(options) {
    let best = null;
    options.forEach((department) => department.units.forEach((unit) => {
      if (!best || unit.years.length > best.years.length || (unit.years.length === best.years.length && unit.filings > best.filings)) {
        best = unit;
      }
    }));
    return best ? { kind: 'unit', id: String(best.id) } : null;
  }

  function yAxis() {
    return {
      type: 'value',
      name: P.amountLabel(),
      axisLabel: { formatter: (value) => Number(value).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) }
    };
  }

  function cellTitle(cell) {
    const lines = [P.kindLabel(cell.kind) + ' · ' + P.msg('compare.cell.filedAs', cell.filedName)];
    if (cell.otherFilingId) {
      lines.push(P.msg('compare.cell.other', P.kindLabel(cell.otherKind), C.money(cell.otherAmount)));
    }
    return lines.join('\n');
  }

  function renderChart() {
    const matrix = budgets.matrix;
    chart = chart || echarts.init(chartBox);
    chart.clear();
    chart.setOption({
      animation: false,
      grid: { left: 10, right: 20, top: 60, bottom: 10, containLabel: true },
      legend: { type: 'scroll', top: 0 },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (item) => {
          const cell = item.data.cell;
          const project = matrix.projects[item.seriesIndex];
          return '<b>' + P.esc(cell.filedName) + '</b>'
            + (cell.filedName !== project.name ? '<br>' + P.esc(P.msg('common.labelled', P.msg('compare.project'), project.name)) : '')
            + '<br>' + P.esc(P.msg('common.labelled', P.msg('common.year', item.name), C.money(cell.amount)))
            + '<br><span style="color:#616e7c">' + P.esc(P.kindLabel(cell.kind)) + '</span>';
        }
      },
      xAxis: { type: 'category', data: matrix.years.map(String) },
      yAxis: yAxis(),
      series: matrix.projects.map((project) => ({
        name: project.name,
        type: 'bar',
        stack: 'budget',
        barMaxWidth: 80,
        emphasis: { focus: 'series' },
        data: project.cells.map((cell) => (cell && cell.amount !== null
          ? { value: P.amountValue(cell.amount), cell, projectId: project.projectId } : null))
      }))
    });
    chart.off('click');
    chart.on('click', (item) => {
      if (item.data && item.data.projectId) {
        window.location.href = C.lineageLink(item.data.projectId);
      }
    });
  }

  function renderTable() {
    const matrix = budgets.matrix;
    const current = scope();
    const byDepartment = current.kind === 'department';
    const columns = [{
      key: 'name',
      label: P.term('PROJECT_NAME'),
      render: (row) => '<a href="' + P.esc(C.lineageLink(row.projectId)) + '">' + P.esc(row.name) + '</a>'
    }];
    if (byDepartment) {
      columns.push({ key: 'unitName', label: P.term('UNIT') });
    }
    matrix.years.forEach((year, index) => columns.push({
      key: 'y' + year,
      label: P.msg('common.year', year),
      numeric: true,
      sort: (row) => (row.cells[index] ? Number(row.cells[index].amount) : null),
      render: (row) => {
        const cell = row.cells[index];
        if (!cell) {
          return '';
        }
        return '<span title="' + P.esc(cellTitle(cell)) + '">' + P.esc(P.amount(cell.amount) || '—')
          + (cell.kind === 'tracking' ? '<sup class="compare-src">' + P.esc(P.msg('compare.kind.short.tracking')) + '</sup>' : '')
          + '</span>';
      }
    }));
    columns.push({ key: 'total', label: P.msg('compare.total'), numeric: true, sort: (row) => (row.total === null ? null : Number(row.total)), render: (row) => P.esc(P.amount(row.total)) });
    const options = {
      id: 'compare-budgets',
      statePrefix: 'p',
      columns,
      rows: matrix.projects,
      caption: P.msg('common.total', matrix.projects.length) + ' · ' + P.amountLabel(),
      exportUrl: C.link('/api/compare/budgets', scopeParams(current)),
      onSort: () => renderTable()
    };
    P.table(tableBox, options);
    const totals = [{ html: P.esc(P.msg('compare.total')) }];
    if (byDepartment) {
      totals.push({ html: '' });
    }
    matrix.yearTotals.forEach((amount) => totals.push({ html: P.esc(P.amount(amount)), numeric: true }));
    totals.push({ html: P.esc(P.amount(matrix.total)), numeric: true });
    C.footer(tableBox, totals);
  }

  function renderDepartments() {
    const rows = departments.departments;
    departmentsChart = departmentsChart || echarts.init(departmentsChartBox);
    departmentsChart.clear();
    departmentsChart.setOption({
      animation: false,
      grid: { left: 10, right: 20, top: 40, bottom: 10, containLabel: true },
      legend: { type: 'scroll', top: 0 },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (item) => '<b>' + P.esc(item.seriesName) + '</b><br>'
          + P.esc(P.msg('common.labelled', P.msg('common.year', item.name), C.money(item.data.yuan)))
      },
      xAxis: { type: 'category', data: departments.years.map(String) },
      yAxis: yAxis(),
      series: rows.map((row) => ({
        name: row.name || P.msg('compare.departments.unnamed'),
        type: 'bar',
        barMaxWidth: 40,
        data: row.amounts.map((amount) => (amount === null ? null : { value: P.amountValue(amount), yuan: amount }))
      }))
    });
    const current = scope();
    const columns = [{
      key: 'name',
      label: P.term('DEPARTMENT'),
      render: (row) => (row.id === null ? P.esc(P.msg('compare.departments.unnamed'))
        : '<a href="' + P.esc(C.link('/compare', { department: row.id })) + '">' + P.esc(row.name) + '</a>')
    }, { key: 'units', label: P.msg('compare.units'), numeric: true }];
    departments.years.forEach((year, index) => columns.push({
      key: 'y' + year,
      label: P.msg('common.year', year),
      numeric: true,
      sort: (row) => (row.amounts[index] === null ? null : Number(row.amounts[index])),
      render: (row) => P.esc(P.amount(row.amounts[index]))
    }));
    columns.push({ key: 'total', label: P.msg('compare.total'), numeric: true, sort: (row) => Number(row.total), render: (row) => P.esc(P.amount(row.total)) });
    P.table(departmentsTableBox, {
      id: 'compare-departments',
      statePrefix: 'd',
      columns,
      rows,
      caption: P.msg('common.total', rows.length) + ' · ' + P.amountLabel(),
      exportUrl: C.link('/api/compare/departments', {}),
      rowClass: (row) => (current && current.kind === 'department' && String(row.id) === current.id ? 'compare-current' : ''),
      onSort: () => renderDepartments()
    });
    const totals = [{ html: P.esc(P.msg('compare.total')) }, { html: '' }];
    departments.yearTotals.forEach((amount) => totals.push({ html: P.esc(P.amount(amount)), numeric: true }));
    totals.push({ html: P.esc(P.amount(departments.total)), numeric: true });
    C.footer(departmentsTableBox, totals);
  }

  function renderBudgets() {
    const scopeName = budgets.scope.name;
    title.textContent = P.msg(budgets.scope.kind === 'unit' ? 'compare.scope.title.unit' : 'compare.scope.title.department', scopeName);
    renderChart();
    renderTable();
  }

  async function loadBudgets() {
    const current = scope();
    P.loading(tableBox);
    try {
      budgets = await P.api('/api/compare/budgets', scopeParams(current));
      renderBudgets();
    } catch (error) {
      P.showError(tableBox, error);
    }
  }

  async function start() {
    P.amountToggle(document.getElementById('compare-amount'), () => {
      if (budgets) {
        renderBudgets();
      }
      if (departments) {
        renderDepartments();
      }
    });
    try {
      const [options, totals] = await Promise.all([P.api('/api/compare/organisations'), P.api('/api/compare/departments')]);
      departments = totals;
      let current = scope();
      if (!current) {
        current = defaultScope(options);
        if (!current) {
          P.showError(tableBox, P.msg('common.empty'));
          return;
        }
        P.state.set(current.kind === 'unit' ? { unit: current.id } : { department: current.id }, false);
      }
      fillScopes(options, current);
      renderDepartments();
      await loadBudgets();
    } catch (error) {
      P.showError(tableBox, error);
    }
  }

  scopeSelect.addEventListener('change', () => {
    const [kind, id] = scopeSelect.value.split(':');
    P.state.set({ unit: kind === 'unit' ? id : null, department: kind === 'department' ? id : null, psort: null, pdir: null });
    loadBudgets();
    if (departments) {
      renderDepartments();
    }
  });
  window.addEventListener('popstate', () => window.location.reload());
  window.addEventListener('resize', () => {
    if (chart) {
      chart.resize();
    }
    if (departmentsChart) {
      departmentsChart.resize();
    }
  });

  start();
})();
