package cn.jixiao.indexer.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money amounts as the forms write them: "510,000.00", "30886500.00", "6.89" (万元).
 */
final class Amounts {

	static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private Amounts() {
	}

	/** The amount in the cell, or {@code null} when the cell is not a plain number. */
	static BigDecimal parse(String cell) {
		if (cell == null) {
			return null;
		}
		StringBuilder digits = new StringBuilder(cell.length());
		boolean seenDigit = false;
		boolean seenPoint = false;
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			if (c >= '0' && c <= '9') {
				seenDigit = true;
				digits.append(c);
			}
			else if (c == '.' && !seenPoint) {
				seenPoint = true;
				digits.append(c);
			}
			else if ((c == '-' || c == '+') && digits.length() == 0) {
				digits.append(c);
			}
			else if (c != ',' && c != '，' && !CellText.isWhitespace(c)) {
				return null;
			}
		}
		if (!seenDigit || digits.charAt(digits.length() - 1) == '.') {
			return null;
		}
		return new BigDecimal(digits.toString());
	}

	/**
	 * 万元 to 元, to the fen, as the ground truth and the finance bureau's own tables do.
	 */
	static BigDecimal wanToYuan(BigDecimal wan) {
		return (wan != null) ? wan.multiply(TEN_THOUSAND).setScale(2, RoundingMode.HALF_UP) : null;
	}

}
