package cn.jixiao.indexer.parse;

/**
 * Comparison operators as export tools write them: ASCII {@code >=}, full-width
 * {@code ＞＝}, {@code ≧}, small-form {@code ﹦}. Folded to {@code = ≥ ≤ > <} for reading;
 * raw text stays as written.
 */
final class Operators {

	private Operators() {
	}

	static String fold(String text) {
		if (!hasOperatorVariant(text)) {
			return text;
		}
		String halfWidth = text.replace("＞", ">")
			.replace("＜", "<")
			.replace("＝", "=")
			.replace("﹦", "=")
			.replace("！", "!");
		return halfWidth.replace(">=", "≥")
			.replace("<=", "≤")
			.replace("!=", "≠")
			.replace("≧", "≥")
			.replace("≦", "≤")
			.replace("⩾", "≥")
			.replace("⩽", "≤");
	}

	/**
	 * Whether the cell is an operator alone, as when operator, number and unit sit in
	 * three cells.
	 */
	static boolean isOperator(String cell) {
		String folded = fold(CellText.compact(cell));
		return folded.length() == 1 && "=≥≤><≠".indexOf(folded.charAt(0)) >= 0;
	}

	private static boolean hasOperatorVariant(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '>' || c == '<' || c == '=' || c == '!' || c == '≧' || c == '≦' || c == '⩾' || c == '⩽' || c == '﹦'
					|| c == '＝' || c == '＞' || c == '＜') {
				return true;
			}
		}
		return false;
	}

}
