package cn.jixiao.portal.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Budget execution against the share of the year that has passed: (executed ÷ budget) ÷
 * (months elapsed ÷ 12). The figure is rounded to one decimal and the light is decided on
 * that figure, so the analyst never sees 60.0 % next to a red light.
 *
 * @param executionPercent executed ÷ budget, in percent
 * @param ratioPercent the progress ratio, {@code null} when it cannot be computed
 */
record BudgetProgress(BigDecimal executionPercent, BigDecimal ratioPercent, Light light) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

	static final BudgetProgress UNKNOWN = new BudgetProgress(null, null, Light.NONE);

	static BudgetProgress of(BigDecimal budget, BigDecimal executed, Integer monthsElapsed) {
		if (budget == null || executed == null || budget.signum() <= 0) {
			return UNKNOWN;
		}
		BigDecimal execution = executed.multiply(HUNDRED).divide(budget, 4, RoundingMode.HALF_UP);
		if (monthsElapsed == null || monthsElapsed < 1 || monthsElapsed > 12) {
			return new BudgetProgress(execution.setScale(2, RoundingMode.HALF_UP), null, Light.NONE);
		}
		BigDecimal ratio = executed.multiply(HUNDRED)
			.multiply(MONTHS_PER_YEAR)
			.divide(budget.multiply(BigDecimal.valueOf(monthsElapsed)), 1, RoundingMode.HALF_UP);
		return new BudgetProgress(execution.setScale(2, RoundingMode.HALF_UP), ratio, Light.forBudget(ratio));
	}

}
