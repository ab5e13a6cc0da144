package cn.jixiao.portal.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

import cn.jixiao.indexer.filing.TargetValue;
import cn.jixiao.indexer.filing.ValueReading;

/**
 * A quantitative indicator's progress: actual ÷ expected, where the expected value is the
 * annual target × months elapsed ÷ 12. Below 60 % red, 60–80 % yellow, 80–120 % green,
 * above 120 % overshoot.
 * <p>
 * Two readings keep the rule meaningful. A level (a rate, score, time limit or per-unit
 * value: unit %, ‰, 分, 天, x/y …) is not accumulated over the year: a 98 % stability rate
 * in August is on target, not 147 % of it, so a level is compared with the annual target
 * itself. A ceiling (≤, <, or = 0: complaints, costs, re-applications) is met by staying
 * under it: progress is expected ÷ actual, at most 100 %, and never overshoots.
 *
 * @param basis how the expected value was set, {@code null} when unlit
 * @param actual the actual value read as a number
 * @param expected the value the actual is compared with
 * @param percent the progress, one decimal, on which the light is decided
 * @param unlit why there is no light, {@code null} when lit
 */
record IndicatorProgress(Basis basis, BigDecimal actual, BigDecimal expected, BigDecimal percent, Light light,
		Unlit unlit) {

	enum Basis {

		/** A quantity accumulated over the year: the annual target pro rata. */
		PRORATED,
		/** A rate, score or time limit: the annual target itself. */
		LEVEL,
		/** An upper bound, pro rata when accumulated: at or under it is on target. */
		CEILING

	}

	enum Unlit {

		NOT_QUANTITATIVE, ACTUAL_MISSING, ACTUAL_NOT_NUMERIC, UNIT_MISMATCH, NO_PERIOD

	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

	private static final Set<String> LEVEL_UNITS = Set.of("%", "‰", "分", "级", "星", "倍", "年", "月", "天", "日", "小时", "分钟",
			"秒", "工作日", "个工作日", "个月");

	static IndicatorProgress of(TargetValue target, String actualText, Integer monthsElapsed) {
		if (target == null || !target.isQuantitative() || target.number() == null) {
			return unlit(Unlit.NOT_QUANTITATIVE, null);
		}
		if (actualText == null || actualText.isBlank()) {
			return unlit(Unlit.ACTUAL_MISSING, null);
		}
		ValueReading actual = ValueReading.read(actualText);
		if (actual == null) {
			return unlit(Unlit.ACTUAL_NOT_NUMERIC, null);
		}
		if (!actual.inUnitOf(target.unit())) {
			return unlit(Unlit.UNIT_MISMATCH, actual.number());
		}
		boolean level = isLevel(target.unit());
		if (!level && monthsElapsed == null) {
			return unlit(Unlit.NO_PERIOD, actual.number());
		}
		BigDecimal expected = level ? target.number()
				: target.number()
					.multiply(BigDecimal.valueOf(monthsElapsed))
					.divide(MONTHS_PER_YEAR, 4, RoundingMode.HALF_UP)
					.stripTrailingZeros();
		if (isCeiling(target)) {
			BigDecimal percent = (actual.number().compareTo(expected) <= 0) ? HUNDRED
					: expected.multiply(HUNDRED).divide(actual.number(), 1, RoundingMode.HALF_UP);
			return lit(Basis.CEILING, actual.number(), expected, percent);
		}
		BigDecimal percent = (expected.signum() <= 0) ? HUNDRED
				: actual.number().multiply(HUNDRED).divide(expected, 1, RoundingMode.HALF_UP);
		return lit(level ? Basis.LEVEL : Basis.PRORATED, actual.number(), expected, percent);
	}

	static boolean isLevel(String unit) {
		if (unit == null) {
			return false;
		}
		String normalised = ValueReading.normaliseUnit(unit);
		return normalised.contains("%") || normalised.contains("/") || LEVEL_UNITS.contains(normalised);
	}

	private static boolean isCeiling(TargetValue target) {
		String operator = target.operator();
		return "≤".equals(operator) || "<".equals(operator)
				|| (("=".equals(operator) || operator == null) && target.number().signum() == 0);
	}

	private static IndicatorProgress lit(Basis basis, BigDecimal actual, BigDecimal expected, BigDecimal percent) {
		BigDecimal figure = percent.setScale(1, RoundingMode.HALF_UP);
		return new IndicatorProgress(basis, actual, expected, figure, Light.forIndicator(figure), null);
	}

	private static IndicatorProgress unlit(Unlit reason, BigDecimal actual) {
		return new IndicatorProgress(null, actual, null, null, Light.NONE, reason);
	}

}
