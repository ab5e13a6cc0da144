package cn.jixiao.indexer.parse;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.indexer.filing.LineRange;
import cn.jixiao.indexer.filing.ParseProblem;

/**
 * Third step: finds where forms begin (their title line) and end. Content before the
 * first title is either a summary heading or an orphan fragment, reported as a problem.
 */
final class FormSplitter {

	/** Forms of the file, and problems about content that belongs to none. */
	record Split(List<FormBlock> blocks, List<ParseProblem> problems) {
	}

	Split split(String fileName, List<Row> rows) {
		List<FormBlock> blocks = new ArrayList<>();
		List<ParseProblem> problems = new ArrayList<>();
		int start = -1;
		FormKind kind = null;
		for (int i = 0; i < rows.size(); i++) {
			FormKind title = titleOf(rows.get(i));
			if (title == null) {
				continue;
			}
			if (start < 0) {
				reportOrphan(fileName, rows.subList(0, i), problems);
			}
			else {
				blocks.add(block(kind, rows.subList(start, i)));
			}
			start = i;
			kind = title;
		}
		if (start >= 0) {
			blocks.add(block(kind, rows.subList(start, rows.size())));
		}
		return new Split(blocks, problems);
	}

	static FormKind titleOf(Row row) {
		for (String text : row.keys()) {
			if (isTitle(text, Glossary.TARGET_FORM_TITLE)) {
				return FormKind.TARGET;
			}
			if (isTitle(text, Glossary.TRACKING_FORM_TITLE)) {
				return FormKind.TRACKING;
			}
		}
		return null;
	}

	/** Titles sometimes carry a year or a numbering prefix, never much more. */
	private static boolean isTitle(String text, String title) {
		return text.contains(title) && text.length() <= title.length() + 10;
	}

	private static FormBlock block(FormKind kind, List<Row> rows) {
		LineRange lines = new LineRange(rows.get(0).line(), rows.get(rows.size() - 1).line());
		return new FormBlock(kind, lines, rows);
	}

	/**
	 * A summary heading ("…项目绩效目标汇总表") before the first form is expected; anything else
	 * is not.
	 */
	private static void reportOrphan(String fileName, List<Row> rows, List<ParseProblem> problems) {
		for (Row row : rows) {
			if (row.isEmpty() || isSummaryHeading(row)) {
				continue;
			}
			problems.add(new ParseProblem(fileName, row.line(), ParseMessages.ORPHAN_FRAGMENT));
			return;
		}
	}

	private static boolean isSummaryHeading(Row row) {
		return row.size() == 1 && row.key(0).endsWith("汇总表");
	}

}
