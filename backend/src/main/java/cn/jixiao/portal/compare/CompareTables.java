package cn.jixiao.portal.compare;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.portal.export.Table;
import cn.jixiao.portal.system.MessageBundle;

/**
 * The comparison's tables as analysts download them: the same rows as on the page,
 * amounts in the page's unit, headers in Chinese.
 */
@Component
class CompareTables {

	private final MessageBundle messages;

	CompareTables(MessageBundle messages) {
		this.messages = messages;
	}

	Table budgets(String scopeName, boolean withUnit, BudgetMatrix matrix, AmountUnit unit) {
		List<String> headers = new ArrayList<>(List.of(Glossary.PROJECT_NAME));
		if (withUnit) {
			headers.add(Glossary.UNIT);
		}
		matrix.years().forEach((year) -> headers.add(amountHeader(this.messages.get("common.year", year), unit)));
		headers.add(amountHeader(this.messages.get("compare.total"), unit));
		List<List<Object>> rows = new ArrayList<>();
		for (BudgetMatrix.ProjectRow project : matrix.projects()) {
			List<Object> row = new ArrayList<>(List.of(project.name()));
			if (withUnit) {
				row.add(project.unitName());
			}
			project.cells().forEach((cell) -> row.add((cell != null) ? unit.convert(cell.amount()) : null));
			row.add(unit.convert(project.total()));
			rows.add(row);
		}
		List<Object> totals = new ArrayList<>(List.of(this.messages.get("compare.total")));
		if (withUnit) {
			totals.add(null);
		}
		matrix.yearTotals().forEach((amount) -> totals.add(unit.convert(amount)));
		totals.add(unit.convert(matrix.total()));
		rows.add(totals);
		return new Table(this.messages.get("compare.export.budgets", scopeName), headers, rows);
	}

	Table departments(DepartmentTotals totals, AmountUnit unit) {
		List<String> headers = new ArrayList<>(List.of(Glossary.DEPARTMENT, this.messages.get("compare.units")));
		totals.years().forEach((year) -> headers.add(amountHeader(this.messages.get("common.year", year), unit)));
		headers.add(amountHeader(this.messages.get("compare.total"), unit));
		List<List<Object>> rows = new ArrayList<>();
		for (DepartmentTotals.DepartmentRow department : totals.departments()) {
			List<Object> row = new ArrayList<>();
			row.add(department.name());
			row.add(department.units());
			department.amounts().forEach((amount) -> row.add(unit.convert(amount)));
			row.add(unit.convert(department.total()));
			rows.add(row);
		}
		List<Object> sum = new ArrayList<>();
		sum.add(this.messages.get("compare.total"));
		sum.add(null);
		totals.yearTotals().forEach((amount) -> sum.add(unit.convert(amount)));
		sum.add(unit.convert(totals.total()));
		rows.add(sum);
		return new Table(this.messages.get("compare.export.departments"), headers, rows);
	}

	Table lineage(Lineage lineage, AmountUnit unit) {
		List<String> headers = List.of(Glossary.BUDGET_YEAR, this.messages.get("compare.kind"), Glossary.PROJECT_NAME,
				Glossary.TRACKING_PERIOD, amountHeader(this.messages.get("compare.budget"), unit),
				this.messages.get("compare.counted"), this.messages.get("compare.linkReason"),
				this.messages.get("compare.score"));
		List<List<Object>> rows = new ArrayList<>();
		for (Lineage.Step step : lineage.filings()) {
			Lineage.Link link = lineage.links()
				.stream()
				.filter((l) -> l.toFilingId() == step.filingId())
				.findFirst()
				.orElse(null);
			List<Object> row = new ArrayList<>();
			row.add(step.year());
			row.add(kind(step.kind()));
			row.add(step.name());
			row.add(period(step.periodFrom(), step.periodTo()));
			row.add(unit.convert(step.budget()));
			row.add(this.messages.get(step.counted() ? "compare.yes" : "compare.no"));
			row.add((link != null) ? this.messages.get("compare.reason." + link.reason().name()) : null);
			row.add((link != null) ? link.score() : null);
			rows.add(row);
		}
		return new Table(this.messages.get("compare.export.lineage", lineage.name()), headers, rows);
	}

	Table years(YearComparison comparison) {
		String from = this.messages.get("common.year", comparison.from().year());
		String to = this.messages.get("common.year", comparison.to().year());
		List<String> headers = List.of(Glossary.LEVEL1, Glossary.LEVEL2, qualified(Glossary.LEVEL3, from),
				qualified(Glossary.LEVEL3, to), qualified(Glossary.TARGET_VALUE, from),
				qualified(Glossary.TARGET_VALUE, to), this.messages.get("compare.change"));
		List<List<Object>> rows = new ArrayList<>();
		for (YearComparison.Row row : comparison.rows()) {
			List<Object> cells = new ArrayList<>();
			cells.add(row.level1());
			cells.add(row.level2());
			cells.add(row.fromName());
			cells.add(row.toName());
			cells.add(row.fromTarget());
			cells.add(row.toTarget());
			cells.add(this.messages.get("compare.status." + row.status().name()));
			rows.add(cells);
		}
		return new Table(this.messages.get("compare.export.years", comparison.projectName(), comparison.from().year(),
				comparison.to().year()), headers, rows);
	}

	/** A tracking period; an open end shows the start alone. */
	String period(String from, String to) {
		if (from == null || to == null) {
			return from;
		}
		return this.messages.get("compare.period", from, to);
	}

	private String amountHeader(String label, AmountUnit unit) {
		return qualified(label, this.messages.get(unit.messageKey()));
	}

	private String qualified(String label, String qualifier) {
		return this.messages.get("compare.qualified", label, qualifier);
	}

	private static String kind(FormKind kind) {
		return (kind == FormKind.TRACKING) ? Glossary.TRACKING_FORM : Glossary.TARGET_FORM;
	}

}
