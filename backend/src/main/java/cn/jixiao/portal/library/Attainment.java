package cn.jixiao.portal.library;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tracking forms report for a group: how many actual values (跟踪期实际完成值) reached the
 * planned value of the period (跟踪期计划完成值), fell short, or cannot be compared.
 *
 * @param reported tracking rows with an actual value
 * @param reached actual meets the planned value in the target's direction
 * @param missed actual falls short of it
 * @param unknown planned or actual not comparable (words that differ, a missing plan)
 */
record Attainment(long reported, long reached, long missed, long unknown) {

	enum Outcome {

		REACHED, MISSED, UNKNOWN

	}

	private static final Pattern NUMBER = Pattern.compile("^[=≥≤><]?\\s*(-?\\d+(?:\\.\\d+)?)\\s*(?:%|\\(%\\))?$");

	static Attainment none() {
		return new Attainment(0, 0, 0, 0);
	}

	Attainment add(Outcome outcome, long count) {
		return new Attainment(this.reported + count, this.reached + ((outcome == Outcome.REACHED) ? count : 0),
				this.missed + ((outcome == Outcome.MISSED) ? count : 0),
				this.unknown + ((outcome == Outcome.UNKNOWN) ? count : 0));
	}

	/**
	 * Whether an actual value meets the planned one. The target's operator gives the
	 * direction: at most for ≤ and <; for = a plan of 0 (no complaints, no incidents) is
	 * met only by 0, any other by reaching it; otherwise at least. Words are met by the
	 * same words.
	 */
	static Outcome outcome(String operator, String planned, String actual) {
		if (planned == null || planned.isBlank() || actual == null || actual.isBlank()) {
			return Outcome.UNKNOWN;
		}
		BigDecimal plan = number(planned);
		BigDecimal done = number(actual);
		if (plan == null || done == null) {
			boolean same = plan == null && done == null && planned.strip().equals(actual.strip());
			return same ? Outcome.REACHED : Outcome.UNKNOWN;
		}
		int comparison = done.compareTo(plan);
		boolean met;
		if ("≤".equals(operator) || "<".equals(operator)) {
			met = comparison <= 0;
		}
		else if ("=".equals(operator) && plan.signum() == 0) {
			met = comparison == 0;
		}
		else {
			met = comparison >= 0;
		}
		return met ? Outcome.REACHED : Outcome.MISSED;
	}

	private static BigDecimal number(String text) {
		Matcher matcher = NUMBER.matcher(text.strip().replace(",", ""));
		return matcher.matches() ? new BigDecimal(matcher.group(1)) : null;
	}

}
