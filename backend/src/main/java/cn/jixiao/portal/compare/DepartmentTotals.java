package cn.jixiao.portal.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Budgets per 主管部门 and year: the sum of its projects' counted budgets (each project once
 * a year, by {@link BudgetRule}).
 */
record DepartmentTotals(List<Integer> years, List<DepartmentRow> departments, List<BigDecimal> yearTotals,
		BigDecimal total) {

	static DepartmentTotals of(List<BudgetFiling> filings) {
		List<BudgetRule.Choice> choices = BudgetRule.choose(filings);
		List<Integer> years = List.copyOf(new TreeSet<>(choices.stream().map((c) -> c.counted().year()).toList()));
		Map<Long, List<BudgetRule.Choice>> byDepartment = new LinkedHashMap<>();
		for (BudgetRule.Choice choice : choices) {
			Long department = choice.counted().departmentId();
			byDepartment.computeIfAbsent((department != null) ? department : -1L, (id) -> new ArrayList<>())
				.add(choice);
		}
		List<DepartmentRow> rows = new ArrayList<>();
		byDepartment.forEach((id, departmentChoices) -> {
			List<BigDecimal> amounts = years.stream()
				.map((year) -> BudgetMatrix.sum(departmentChoices.stream()
					.filter((choice) -> choice.counted().year() == year)
					.map(BudgetRule.Choice::amount)
					.toList()))
				.toList();
			BudgetFiling any = departmentChoices.get(0).counted();
			long units = departmentChoices.stream().map((choice) -> choice.counted().unitId()).distinct().count();
			rows.add(new DepartmentRow((id >= 0) ? id : null, any.departmentName(), (int) units, amounts,
					BudgetMatrix.sum(amounts)));
		});
		rows.sort(Comparator.comparing(DepartmentRow::total, Comparator.nullsLast(Comparator.reverseOrder())));
		List<BigDecimal> yearTotals = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			int column = i;
			yearTotals.add(BudgetMatrix.sum(rows.stream().map((row) -> row.amounts().get(column)).toList()));
		}
		return new DepartmentTotals(years, rows, yearTotals, BudgetMatrix.sum(yearTotals));
	}

	/**
	 * A department's budgets, one amount per year ({@code null}: nothing stated);
	 * {@code id} is {@code null} for filings that name no department.
	 */
	record DepartmentRow(Long id, String name, int units, List<BigDecimal> amounts, BigDecimal total) {

	}

}
