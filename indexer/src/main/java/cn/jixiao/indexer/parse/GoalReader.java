package cn.jixiao.indexer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.jixiao.indexer.filing.FormKind;

/**
 * Reads the goal text between the goal heading and the indicator table. Exports often
 * print the same goal in the 项目总目标 and 年度总体目标 columns, or twice as HTML; it is kept once.
 * A goal cut by a page break continues on a later line and is joined back.
 */
final class GoalReader {

	/** Target forms print the project's span, "( 2022 年 - 2022年 )", above the goal. */
	private static final Pattern SPAN = Pattern.compile("^[(（]?\\d{4}年?[-—~至]\\d{4}年?[)）]?$");

	/** 年度总体目标 / 预期目标, and on tracking forms 跟踪期实际完成情况. */
	record Goals(String annualGoal, String goalProgress) {
	}

	Goals read(FormKind kind, List<Row> goalRows) {
		StringBuilder annual = new StringBuilder();
		StringBuilder progress = new StringBuilder();
		List<String> seen = new ArrayList<>();
		for (Row row : goalRows) {
			List<String> texts = goalTexts(row, seen);
			if (texts.isEmpty()) {
				continue;
			}
			if (kind == FormKind.TRACKING && texts.size() >= 2) {
				annual.append(texts.get(0));
				progress.append(texts.get(1));
			}
			else {
				annual.append(texts.get(texts.size() - 1));
			}
		}
		return new Goals(emptyToNull(annual), emptyToNull(progress));
	}

	/** The row's goal cells, labels and repeats of already seen text left out. */
	private static List<String> goalTexts(Row row, List<String> seen) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < row.size(); i++) {
			String cell = row.cell(i);
			String key = row.key(i);
			if (Labels.GOAL_LABELS.contains(key) || SPAN.matcher(key).matches() || seen.contains(cell)) {
				continue;
			}
			seen.add(cell);
			texts.add(cell);
		}
		return texts;
	}

	private static String emptyToNull(StringBuilder text) {
		return (text.length() > 0) ? text.toString() : null;
	}

}
