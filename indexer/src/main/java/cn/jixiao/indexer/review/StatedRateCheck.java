package cn.jixiao.indexer.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Whether a tracking form's stated 执行率 is 跟踪期执行数 ÷ 跟踪期预算数. The filing page, execution
 * monitoring and the review all ask here, so a form never looks consistent on one and
 * wrong on another.
 * <p>
 * The form states amounts in 万元 with two decimals, so each amount may be off by up to
 * 0.005 万元 = 50 元 (δ), which moves the quotient by up to 100 × δ × (1/B + E/B²) points;
 * the rate itself is rounded to 0.01. A difference beyond both is the unit's, not
 * rounding's: small budgets thus get a wider tolerance than large ones.
 */
public final class StatedRateCheck {

	private static final BigDecimal HALF_UNIT_YUAN = BigDecimal.valueOf(50);

	private static final BigDecimal HALF_RATE_UNIT = new BigDecimal("0.005");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private StatedRateCheck() {
	}

	/**
	 * 跟踪期执行数 ÷ 跟踪期预算数 in percent (six decimals), or {@code null} without a positive
	 * budget and an executed amount.
	 */
	public static BigDecimal computed(BigDecimal executed, BigDecimal periodBudget) {
		if (executed == null || periodBudget == null || periodBudget.signum() <= 0) {
			return null;
		}
		return executed.multiply(HUNDRED).divide(periodBudget, 6, RoundingMode.HALF_UP);
	}

	/**
	 * How far, in percentage points, the stated rate may be off through rounding alone.
	 */
	public static BigDecimal tolerance(BigDecimal periodBudget, BigDecimal executed) {
		BigDecimal relative = BigDecimal.ONE.divide(periodBudget, 12, RoundingMode.HALF_UP)
			.add(executed.divide(periodBudget.multiply(periodBudget), 12, RoundingMode.HALF_UP));
		return HALF_RATE_UNIT.add(HUNDRED.multiply(HALF_UNIT_YUAN).multiply(relative));
	}

	/**
	 * The stated rate differs from the computed one by more than rounding; {@code false}
	 * when a figure is missing, since then there is nothing to compare.
	 */
	public static boolean mismatch(BigDecimal stated, BigDecimal executed, BigDecimal periodBudget) {
		BigDecimal computed = computed(executed, periodBudget);
		return stated != null && computed != null
				&& stated.subtract(computed).abs().compareTo(tolerance(periodBudget, executed)) > 0;
	}

}
