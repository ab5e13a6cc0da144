package cn.jixiao.indexer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * One source line as table cells: normalised, with empty cells dropped. Columns shift so
 * freely in these exports that a cell's position says little; labels and order say the
 * rest. Each cell's label key is computed once here, since every section reader asks for
 * it.
 */
record Row(int line, List<String> cells, List<String> keys) {

	Row {
		cells = List.copyOf(cells);
		keys = List.copyOf(keys);
	}

	Row(int line, List<String> cells) {
		this(line, cells, keysOf(cells));
	}

	private static List<String> keysOf(List<String> cells) {
		List<String> keys = new ArrayList<>(cells.size());
		for (String cell : cells) {
			keys.add(Labels.key(cell));
		}
		return keys;
	}

	boolean isEmpty() {
		return this.cells.isEmpty();
	}

	String cell(int i) {
		return this.cells.get(i);
	}

	/** The label the cell would stand for ({@link Labels#key}). */
	String key(int i) {
		return this.keys.get(i);
	}

	boolean hasKey(String key) {
		return this.keys.contains(key);
	}

	int size() {
		return this.cells.size();
	}

}
