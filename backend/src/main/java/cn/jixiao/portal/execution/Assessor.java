package cn.jixiao.portal.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.jixiao.indexer.filing.ValueReading;
import cn.jixiao.indexer.review.StatedRateCheck;
import cn.jixiao.portal.execution.Assessment.AssessedIndicator;
import cn.jixiao.portal.execution.Finding.Code;

/**
 * Assesses a tracking form: lights for its budget and indicators, and the findings that
 * make a figure doubtful.
 */
final class Assessor {

	/** What units write when they see nothing to explain or correct. */
	private static final Set<String> NOTHING = Set.of("", "无", "无偏差", "无差异", "无纠偏措施", "/", "-", "—");

	private Assessor() {
	}

	static Assessment assess(TrackingRow row, List<IndicatorRow> indicators) {
		List<Finding> findings = new ArrayList<>();
		Integer months = row.monthsElapsed();
		checkPeriod(row, months, findings);
		checkBudget(row, findings);
		BudgetProgress budget = BudgetProgress.of(row.budget(), row.executed(), months);
		List<AssessedIndicator> assessed = new ArrayList<>();
		Light indicatorLight = Light.NONE;
		if (indicators.isEmpty()) {
			findings.add(finding(row, Code.NO_INDICATORS));
		}
		for (IndicatorRow indicator : indicators) {
			IndicatorProgress progress = IndicatorProgress.of(indicator.target(), indicator.actual(), months);
			assessed.add(new AssessedIndicator(indicator, progress));
			indicatorLight = indicatorLight.worse(progress.light());
			checkIndicator(indicator, progress, findings);
		}
		Light flag = budget.light().worse(indicatorLight);
		if (flag == Light.RED && says(row.correctiveMeasures(), NOTHING)) {
			findings.add(finding(row, Code.RED_WITHOUT_MEASURES));
		}
		return new Assessment(row, months, budget, List.copyOf(assessed), indicatorLight, flag, List.copyOf(findings));
	}

	private static void checkPeriod(TrackingRow row, Integer months, List<Finding> findings) {
		if (!row.hasPeriod()) {
			findings.add(finding(row, Code.PERIOD_MISSING));
		}
		else if (months == null) {
			findings.add(finding(row, Code.PERIOD_OUTSIDE_YEAR, row.periodFrom(), row.periodTo(),
					String.valueOf(row.year())));
		}
	}

	private static void checkBudget(TrackingRow row, List<Finding> findings) {
		BigDecimal budget = row.budget();
		if (budget == null) {
			findings.add(finding(row, Code.BUDGET_MISSING));
		}
		else if (row.periodBudget() == null) {
			findings.add(finding(row, Code.PERIOD_BUDGET_MISSING));
		}
		if (row.executed() == null) {
			findings.add(finding(row, Code.EXECUTED_MISSING));
		}
		if (budget == null || row.executed() == null) {
			return;
		}
		if (budget.signum() <= 0) {
			findings.add(finding(row, Code.BUDGET_ZERO));
		}
		if (row.executed().compareTo(budget) > 0) {
			findings.add(finding(row, Code.EXECUTED_OVER_BUDGET, wan(row.executed()), wan(budget)));
		}
		if (row.statedRate() == null) {
			findings.add(finding(row, Code.RATE_MISSING));
		}
		else if (row.periodBudget() != null && row.periodBudget().signum() > 0) {
			checkRate(row, findings);
		}
	}

	/** The stated 执行率 against the amounts, by the rule the filing page uses too. */
	private static void checkRate(TrackingRow row, List<Finding> findings) {
		BigDecimal budget = row.periodBudget();
		BigDecimal executed = row.executed();
		if (StatedRateCheck.mismatch(row.statedRate(), executed, budget)) {
			findings.add(finding(row, Code.RATE_MISMATCH, row.statedRate().stripTrailingZeros().toPlainString(),
					StatedRateCheck.computed(executed, budget).setScale(2, RoundingMode.HALF_UP).toPlainString(),
					StatedRateCheck.tolerance(budget, executed).setScale(2, RoundingMode.UP).toPlainString()));
		}
	}

	private static void checkIndicator(IndicatorRow indicator, IndicatorProgress progress, List<Finding> findings) {
		if (indicator.actual() == null || indicator.actual().isBlank()) {
			findings.add(finding(indicator, Code.ACTUAL_MISSING));
		}
		else if (progress.unlit() == IndicatorProgress.Unlit.ACTUAL_NOT_NUMERIC) {
			findings.add(finding(indicator, Code.ACTUAL_NOT_NUMERIC, indicator.actual(), indicator.targetText()));
		}
		else if (progress.unlit() == IndicatorProgress.Unlit.UNIT_MISMATCH) {
			findings.add(finding(indicator, Code.UNIT_MISMATCH, indicator.actual(), indicator.targetText()));
		}
		if (progress.light() != Light.NONE && behindPlan(indicator, progress) && says(indicator.deviation(), NOTHING)) {
			findings.add(finding(indicator, Code.BELOW_PLAN_NO_DEVIATION, indicator.planned(), indicator.actual()));
		}
	}

	/** Behind the unit's own plan: under a planned amount, or over a planned ceiling. */
	private static boolean behindPlan(IndicatorRow indicator, IndicatorProgress progress) {
		ValueReading planned = ValueReading.read(indicator.planned());
		if (planned == null || progress.actual() == null) {
			return false;
		}
		int comparison = progress.actual().compareTo(planned.number());
		return (progress.basis() == IndicatorProgress.Basis.CEILING) ? comparison > 0 : comparison < 0;
	}

	private static boolean says(String text, Set<String> phrases) {
		return text == null || phrases.contains(text.replaceAll("\\s+", "").replaceAll("[。.]$", ""));
	}

	private static String wan(BigDecimal yuan) {
		return yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).toPlainString();
	}

	private static Finding finding(TrackingRow row, Code code, String... arguments) {
		return new Finding(row.id(), code, null, row.firstLine(), texts(arguments));
	}

	private static Finding finding(IndicatorRow indicator, Code code, String... arguments) {
		return new Finding(indicator.filingId(), code, indicator.name(), indicator.firstLine(), texts(arguments));
	}

	private static List<String> texts(String... arguments) {
		return Arrays.stream(arguments).map((argument) -> (argument != null) ? argument : "").toList();
	}

}
