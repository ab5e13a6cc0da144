package cn.jixiao.portal.search;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.indexer.index.TargetFilter;
import cn.jixiao.indexer.index.TargetFilter.Comparison;

/**
 * Splits what an analyst types into the search box into free text and conditions on
 * target values: {@code 满意度 指标值<90%}, {@code 指标值≥98%}, {@code 单位=元/人}. Full-width forms
 * ({@code ＞＝}, {@code ％}, {@code ９５}) read like their ASCII twins. Anything not
 * recognised as a condition stays text, so a typo never loses words.
 */
final class QuerySyntax {

	private static final String VALUE = Glossary.TARGET_VALUE;

	private static final String UNIT_OF_MEASURE = "单位";

	/**
	 * 指标值, an operator, a number and an optional unit written right after it (a bracketed
	 * unit too, as forms write it: {@code (%)}); a word after a space is text, not a
	 * unit.
	 */
	private static final Pattern TARGET = Pattern.compile(VALUE
			+ "\\s*(>=|<=|≥|≤|≧|≦|>|<|=)\\s*([0-9]+(?:\\.[0-9]+)?)(?:\\s*\\(([^()\\s]+)\\)|([^\\s()0-9.][^\\s]*))?");

	private static final Pattern UNIT = Pattern.compile("(?<![\\p{IsHan}])" + UNIT_OF_MEASURE + "\\s*[=:]\\s*(\\S+)");

	private QuerySyntax() {
	}

	/**
	 * A condition as recognised, with the exact text it came from (to remove it) and the
	 * parts of its label: the keyword, the operator and the value (with its unit), which
	 * the bundle's {@code search.condition} glues together.
	 */
	record Condition(String source, String keyword, String operator, String value, TargetFilter filter) {
	}

	/** The free text and the conditions, in the order written. */
	record Parsed(String text, List<Condition> conditions) {

		List<TargetFilter> filters() {
			return this.conditions.stream().map(Condition::filter).toList();
		}

	}

	static Parsed parse(String box) {
		String text = Normalizer.normalize((box != null) ? box : "", Normalizer.Form.NFKC);
		List<int[]> spans = new ArrayList<>();
		List<Condition> conditions = new ArrayList<>();
		Matcher target = TARGET.matcher(text);
		while (target.find()) {
			Comparison comparison = comparison(target.group(1));
			BigDecimal number = new BigDecimal(target.group(2));
			String unit = unit((target.group(3) != null) ? target.group(3) : target.group(4));
			String value = number.toPlainString() + ((unit != null) ? unit : "");
			conditions.add(new Condition(target.group(), VALUE, symbol(comparison), value,
					TargetFilter.of(comparison, number, unit)));
			spans.add(new int[] { target.start(), target.end() });
		}
		Matcher unitMatcher = UNIT.matcher(text);
		while (unitMatcher.find()) {
			if (overlaps(spans, unitMatcher.start(), unitMatcher.end())) {
				continue;
			}
			String unit = unit(unitMatcher.group(1));
			conditions.add(new Condition(unitMatcher.group(), UNIT_OF_MEASURE, symbol(Comparison.EQ), unit,
					TargetFilter.unit(unit)));
			spans.add(new int[] { unitMatcher.start(), unitMatcher.end() });
		}
		StringBuilder free = new StringBuilder(text);
		spans.stream()
			.sorted((a, b) -> Integer.compare(b[0], a[0]))
			.forEach((span) -> free.replace(span[0], span[1], " "));
		return new Parsed(free.toString().strip().replaceAll("\\s+", " "), List.copyOf(conditions));
	}

	private static boolean overlaps(List<int[]> spans, int start, int end) {
		return spans.stream().anyMatch((span) -> start < span[1] && span[0] < end);
	}

	private static Comparison comparison(String operator) {
		return switch (operator) {
			case ">=", "≥", "≧" -> Comparison.GE;
			case "<=", "≤", "≦" -> Comparison.LE;
			case ">" -> Comparison.GT;
			case "<" -> Comparison.LT;
			default -> Comparison.EQ;
		};
	}

	static String symbol(Comparison comparison) {
		return switch (comparison) {
			case EQ -> "=";
			case GT -> ">";
			case GE -> "≥";
			case LT -> "<";
			case LE -> "≤";
		};
	}

	/** As the parser stores units: without brackets. */
	private static String unit(String written) {
		if (written == null) {
			return null;
		}
		String unit = written.strip();
		if (unit.startsWith("(") && unit.endsWith(")")) {
			unit = unit.substring(1, unit.length() - 1).strip();
		}
		return unit.isEmpty() ? null : unit;
	}

}
