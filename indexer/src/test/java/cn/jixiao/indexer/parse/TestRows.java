package cn.jixiao.indexer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds rows from tab-separated lines, numbered from a given line, as the cell splitter
 * would.
 */
final class TestRows {

	private TestRows() {
	}

	static List<Row> from(int firstLine, String... lines) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			rows.add(new Row(firstLine + i, CellSplitter.cells(lines[i])));
		}
		return rows;
	}

	static List<Row> of(String... lines) {
		return from(1, lines);
	}

}
