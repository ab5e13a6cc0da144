package cn.jixiao.portal.drafting;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Funds;

/**
 * What a draft puts on its form, comparable across a round trip: header, amounts (by
 * value, whatever their scale), goal, and the indicator rows with their levels, names and
 * targets.
 */
record FormContent(String projectName, String unit, String department, Integer year, String projectNature,
		String projectCategory, List<String> funds, String annualGoal, List<Row> indicators) {

	record Row(String level1, String level2, String name, String target) {
	}

	static FormContent of(Filing form) {
		Funds funds = form.funds();
		return new FormContent(form.projectName(), form.unit(), form.department(), form.year(), form.projectNature(),
				form.projectCategory(),
				List.of(amount(funds.total()), amount(funds.fiscal()), amount(funds.carryover()),
						amount(funds.other())),
				form.annualGoal(),
				form.indicators()
					.stream()
					.map((indicator) -> new Row(indicator.level1(), indicator.level2(), indicator.name(),
							indicator.target()))
					.toList());
	}

	private static String amount(BigDecimal amount) {
		return (amount != null) ? amount.stripTrailingZeros().toPlainString() : "—";
	}

}
