package cn.jixiao.indexer.filing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A planned or actual value of a tracking form read as a number: a bare number
 * ({@code 100.00}), a number with its unit ({@code 98%}, {@code 3,000件},
 * {@code 90.00(%)}), possibly after an operator or as LaTeX ({@code $\geq 95\%$}), in
 * full-width characters or not. Words ({@code 及时}, {@code 约3000}, {@code 2024年重阳节前} as a
 * sentence) are not numbers: they stay unlit rather than be guessed at.
 *
 * @param unit the unit as written, without brackets and qualifiers such as 以上;
 * {@code null} for a bare number
 */
public record ValueReading(BigDecimal number, String unit) {

	private static final Pattern NUMBER = Pattern
		.compile("^(?:≥|≤|=|>|<)?([-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(.*)$");

	private static final Pattern QUALIFIER = Pattern.compile("(?:及)?(?:以上|以下|左右|以内)$");

	private static final int UNIT_MAX_LENGTH = 8;

	/** The reading, or {@code null} when the text is not a number with at most a unit. */
	public static ValueReading read(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Matcher matcher = NUMBER.matcher(clean(text));
		if (!matcher.matches()) {
			return null;
		}
		String unit = unit(matcher.group(2));
		if (unit == null) {
			return null;
		}
		return new ValueReading(new BigDecimal(matcher.group(1).replace(",", "")), unit.isEmpty() ? null : unit);
	}

	/**
	 * Whether this value is stated in the target's unit: a bare number is taken to be in
	 * it.
	 */
	public boolean inUnitOf(String targetUnit) {
		return this.unit == null || (targetUnit != null && this.unit.equals(normaliseUnit(targetUnit)));
	}

	private static String clean(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.replaceAll("<[^>]*>", "")
			.replace("\\geq", "≥")
			.replace("\\leq", "≤")
			.replace("\\%", "%")
			.replace("$", "")
			.replace(">=", "≥")
			.replace("<=", "≤")
			.replace("≧", "≥")
			.replace("≦", "≤");
		return folded.replaceAll("\\s+", "");
	}

	/** The unit after the number; {@code null} when what follows is more than a unit. */
	private static String unit(String rest) {
		String unit = normaliseUnit(rest);
		if (unit.length() > UNIT_MAX_LENGTH || unit.chars().anyMatch(Character::isDigit)) {
			return null;
		}
		return unit;
	}

	public static String normaliseUnit(String unit) {
		String text = Normalizer.normalize(unit, Normalizer.Form.NFKC).replaceAll("\\s+", "");
		if (text.length() >= 2 && text.charAt(0) == '(' && text.charAt(text.length() - 1) == ')') {
			text = text.substring(1, text.length() - 1);
		}
		return QUALIFIER.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
