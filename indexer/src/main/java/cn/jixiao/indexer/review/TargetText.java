package cn.jixiao.indexer.review;

import java.math.BigDecimal;

/**
 * A quantitative target as the library and the review's suggestions show it: operator,
 * number without trailing zeros, unit ({@code ≥95%}, {@code ≤260元/人/案}), however the
 * filings wrote it ({@code ≥95.00(%)}, {@code >=95%}).
 */
public final class TargetText {

	private TargetText() {
	}

	public static String of(String operator, BigDecimal number, String unit) {
		BigDecimal plain = number.stripTrailingZeros();
		return ((operator != null) ? operator : "") + ((plain.scale() < 0) ? plain.setScale(0) : plain).toPlainString()
				+ ((unit != null) ? unit : "");
	}

}
