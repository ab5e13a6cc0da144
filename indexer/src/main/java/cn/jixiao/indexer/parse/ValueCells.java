package cn.jixiao.indexer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a value that an export split into operator, number and unit cells ({@code =}
 * {@code 100} {@code (%)}) back into one cell, so that every layout reads the same.
 */
final class ValueCells {

	private ValueCells() {
	}

	/**
	 * @param cells the row's value cells (name first)
	 * @param cellsAfterTarget how many cells follow the target in a complete row (0 for
	 * target forms; planned, actual and deviation on tracking forms)
	 */
	static List<String> join(List<String> cells, int cellsAfterTarget) {
		int operator = indexOfOperator(cells);
		if (operator < 0 || operator + 1 >= cells.size() || Amounts.parse(cells.get(operator + 1)) == null) {
			return cells;
		}
		int end = operator + 2;
		if (end < cells.size() && isUnitCell(cells.get(end), cells.size() - end - 1, cellsAfterTarget)) {
			end++;
		}
		List<String> joined = new ArrayList<>(cells.subList(0, operator));
		joined.add(String.join("", cells.subList(operator, end)));
		joined.addAll(cells.subList(end, cells.size()));
		return joined;
	}

	private static int indexOfOperator(List<String> cells) {
		for (int i = 1; i < cells.size(); i++) {
			if (Operators.isOperator(cells.get(i))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A bracketed unit or a percent sign is always the unit; a bare word ("人次") is one
	 * when exactly the expected cells follow it, since on tracking forms a planned value
	 * comes next.
	 */
	private static boolean isUnitCell(String cell, int cellsAfter, int cellsAfterTarget) {
		String text = CellText.compact(cell);
		if (text.isEmpty() || Amounts.parse(text) != null) {
			return false;
		}
		char first = text.charAt(0);
		if (first == '(' || first == '（' || text.equals("%") || text.equals("％") || text.equals("‰")) {
			return true;
		}
		return cellsAfter == cellsAfterTarget && text.length() <= 8 && !containsDigit(text);
	}

	private static boolean containsDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
