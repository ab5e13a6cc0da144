package cn.jixiao.indexer.parse;

import java.util.List;
import java.util.function.Predicate;

import cn.jixiao.indexer.filing.Glossary;

/**
 * Fourth step: cuts a form into the parts its readers work on: header (fields and funds),
 * goal text, indicator table and, on tracking forms, the closing judgement rows.
 */
record FormSections(List<Row> header, List<Row> goal, List<Row> indicators, List<Row> closing,
		boolean hasIndicatorTable) {

	static FormSections of(FormBlock block) {
		List<Row> rows = block.rows();
		int tableHeader = indexOf(rows, 1, FormSections::isIndicatorHeader);
		int headerEnd = (tableHeader >= 0) ? tableHeader : rows.size();
		int goalHeading = indexOf(rows.subList(0, headerEnd), 1, FormSections::isGoalHeading);
		int goalEnd = headerEnd;
		if (goalHeading < 0) {
			goalHeading = headerEnd;
		}
		int closing = (tableHeader >= 0) ? indexOf(rows, tableHeader + 1, FormSections::isClosingRow) : -1;
		int tableEnd = (closing >= 0) ? closing : rows.size();
		List<Row> header = rows.subList(1, goalHeading);
		List<Row> goal = (goalHeading < goalEnd) ? rows.subList(goalHeading, goalEnd) : List.of();
		List<Row> indicators = (tableHeader >= 0) ? rows.subList(tableHeader + 1, tableEnd) : List.of();
		List<Row> closingRows = (closing >= 0) ? rows.subList(closing, rows.size()) : List.of();
		return new FormSections(header, goal, indicators, closingRows, tableHeader >= 0);
	}

	private static int indexOf(List<Row> rows, int from, Predicate<Row> test) {
		for (int i = from; i < rows.size(); i++) {
			if (test.test(rows.get(i))) {
				return i;
			}
		}
		return -1;
	}

	static boolean isIndicatorHeader(Row row) {
		return row.hasKey(Glossary.LEVEL3);
	}

	private static boolean isGoalHeading(Row row) {
		for (String key : row.keys()) {
			if (Labels.GOAL_HEADINGS.contains(key)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isClosingRow(Row row) {
		for (String key : row.keys()) {
			if (Labels.CLOSING_FIELDS.contains(key)) {
				return true;
			}
		}
		return false;
	}

}
