package cn.jixiao.indexer.parse;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jixiao.indexer.filing.TargetValue;
import cn.jixiao.indexer.filing.ValueKind;

/**
 * The value grammar of 指标值: operator + number + unit ({@code ≥90.00(%)}, {@code =9块}), a
 * deadline ({@code 2025年10月底前}, {@code 每月10日}), a qualitative word ({@code 及时}) or free
 * text.
 */
public final class TargetValueParser {

	private static final Pattern QUANTITY = Pattern
		.compile("^(≥|≤|=|>|<|≠)?([-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(.*)$");

	private static final Pattern DEADLINE = Pattern.compile(
			"\\d{4}年|(?:19|20)\\d{2}[-./](?:1[0-2]|0?[1-9])(?![\\d.])|\\d{1,2}月|\\d{1,2}日|[一二三四1-4]季度|每[年月周日季]|按[年月季周期]|年[底内中初]|月[底末初]|节前|底前|[^\\d]前完成|小时内|工作日|天内|春节|国庆|元旦|端午|中秋|重阳|敬老节|妇女节");

	private static final int QUALITATIVE_MAX_LENGTH = 12;

	private static final int UNIT_MAX_LENGTH = 16;

	public TargetValue parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String text = CellText.compact(Operators.fold(raw));
		Matcher quantity = QUANTITY.matcher(text);
		boolean numeric = quantity.matches() && isUnit(quantity.group(3));
		if (numeric && quantity.group(1) != null) {
			return quantitative(quantity, raw);
		}
		if (DEADLINE.matcher(text).find()) {
			return new TargetValue(ValueKind.DEADLINE, null, null, null, raw);
		}
		if (numeric) {
			return quantitative(quantity, raw);
		}
		if (!containsDigit(text) && text.length() <= QUALITATIVE_MAX_LENGTH) {
			return new TargetValue(ValueKind.QUALITATIVE, null, null, null, raw);
		}
		return new TargetValue(ValueKind.FREE_TEXT, null, null, null, raw);
	}

	private static TargetValue quantitative(Matcher quantity, String raw) {
		String unit = unwrapBrackets(quantity.group(3));
		return new TargetValue(ValueKind.QUANTITATIVE, quantity.group(1),
				new BigDecimal(quantity.group(2).replace(",", "")), unit.isEmpty() ? null : unit, raw);
	}

	/**
	 * A unit is short and carries no further numbers ("元/人/月", "次/每月"), else the text
	 * says more.
	 */
	private static boolean isUnit(String text) {
		return text.length() <= UNIT_MAX_LENGTH && !containsDigit(text);
	}

	/** "(%)" → "%", "（元/吨(立方米)）" → "元/吨(立方米)". */
	static String unwrapBrackets(String unit) {
		if (unit.length() >= 2 && (unit.charAt(0) == '(' || unit.charAt(0) == '（')) {
			char last = unit.charAt(unit.length() - 1);
			if (last == ')' || last == '）') {
				return unit.substring(1, unit.length() - 1);
			}
		}
		return unit;
	}

	private static boolean containsDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

}
