package cn.jixiao.portal.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import cn.jixiao.indexer.filing.FormKind;

/**
 * Projects × years of budgets, the table behind the stacked chart: one cell per project
 * and year (the counted filing's budget), totals per project and per year.
 */
record BudgetMatrix(List<Integer> years, List<ProjectRow> projects, List<BigDecimal> yearTotals, BigDecimal total) {

	static BudgetMatrix of(List<BudgetFiling> filings) {
		List<BudgetRule.Choice> choices = BudgetRule.choose(filings);
		List<Integer> years = List.copyOf(new TreeSet<>(choices.stream().map((c) -> c.counted().year()).toList()));
		Map<Long, List<BudgetRule.Choice>> byProject = new LinkedHashMap<>();
		choices.forEach((choice) -> byProject.computeIfAbsent(choice.counted().projectId(), (id) -> new ArrayList<>())
			.add(choice));
		List<ProjectRow> rows = new ArrayList<>();
		for (List<BudgetRule.Choice> projectChoices : byProject.values()) {
			BudgetFiling first = projectChoices.get(0).counted();
			List<Cell> cells = new ArrayList<>();
			for (Integer year : years) {
				cells.add(projectChoices.stream()
					.filter((choice) -> choice.counted().year() == year)
					.findFirst()
					.map(Cell::of)
					.orElse(null));
			}
			rows.add(new ProjectRow(first.projectId(), first.projectName(), first.unitName(), first.departmentName(),
					cells, sum(cells.stream().map((cell) -> (cell != null) ? cell.amount() : null).toList())));
		}
		rows.sort(Comparator.comparing(ProjectRow::total, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(ProjectRow::name, Comparator.nullsLast(Comparator.naturalOrder())));
		List<BigDecimal> yearTotals = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			int column = i;
			yearTotals.add(sum(rows.stream()
				.map((row) -> (row.cells().get(column) != null) ? row.cells().get(column).amount() : null)
				.toList()));
		}
		return new BudgetMatrix(years, rows, yearTotals, sum(yearTotals));
	}

	/** The sum of the stated amounts; {@code null} when none is stated. */
	static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().filter((amount) -> amount != null).reduce(BigDecimal::add).orElse(null);
	}

	/** A project's budgets, one cell per year of the matrix ({@code null}: no filing). */
	record ProjectRow(long projectId, String name, String unitName, String departmentName, List<Cell> cells,
			BigDecimal total) {

	}

	/**
	 * A project's budget in one year: the counted filing (its kind and the name it used)
	 * and, when the project filed both forms that year, the other one, which is not
	 * added.
	 */
	record Cell(BigDecimal amount, long filingId, FormKind kind, String filedName, Long otherFilingId,
			FormKind otherKind, BigDecimal otherAmount) {

		static Cell of(BudgetRule.Choice choice) {
			BudgetFiling counted = choice.counted();
			BudgetFiling other = choice.other();
			return new Cell(choice.amount(), counted.filingId(), counted.kind(), counted.filedName(),
					(other != null) ? other.filingId() : null, (other != null) ? other.kind() : null,
					(other != null) ? other.budget() : null);
		}

	}

}
