package cn.jixiao.indexer.parse;

import java.util.List;

/**
 * One source line as table cells: normalised, with empty cells dropped. Columns shift so
 * freely in these exports that a cell's position says little; labels and order say the
 * rest.
 */
record Row(int line, List<String> cells) {

	Row {
		cells = List.copyOf(cells);
	}

	boolean isEmpty() {
		return this.cells.isEmpty();
	}

	String cell(int i) {
		return this.cells.get(i);
	}

	int size() {
		return this.cells.size();
	}

}
