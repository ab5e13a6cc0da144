package cn.jixiao.indexer.parse;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.LineRange;
import cn.jixiao.indexer.filing.ParseProblem;
import cn.jixiao.indexer.filing.TargetValue;

/**
 * Reads the indicator table row by row. Labels are recognised wherever the columns
 * shifted them; the remaining cells are, in order, the 三级指标 name, the target and, on
 * tracking forms, the planned value, the actual value and the deviation analysis. A name
 * split over two lines by a page break is joined back.
 */
final class IndicatorTableReader {

	/** Fragments of a split name are the last few characters of a cell ("位率", "时性"). */
	private static final int MAX_FRAGMENT_LENGTH = 4;

	private final TargetValueParser values = new TargetValueParser();

	/** The table's indicators and what could not be read. */
	record Table(List<Indicator> indicators, List<ParseProblem> problems) {
	}

	/** One row's cells sorted into labels and values. */
	private record LabelledRow(int line, String level1, String level2, List<String> values) {

		boolean hasLabels() {
			return this.level1 != null || this.level2 != null;
		}

	}

	/** An indicator still being read: its target may come on a later line. */
	private static final class Draft {

		LineRange lines;

		LevelResolver.Levels levels;

		String name;

		List<String> values = List.of();

		Draft(int line, LevelResolver.Levels levels, String name) {
			this.lines = LineRange.of(line);
			this.levels = levels;
			this.name = name;
		}

		boolean awaitsTarget() {
			return this.values.isEmpty();
		}

	}

	Table read(String fileName, FormKind kind, List<Row> rows) {
		int cellsAfterTarget = (kind == FormKind.TRACKING) ? 3 : 0;
		LevelResolver resolver = new LevelResolver();
		List<Indicator> indicators = new ArrayList<>();
		List<ParseProblem> problems = new ArrayList<>();
		Draft open = null;
		for (Row row : rows) {
			if (row.isEmpty() || FormSections.isIndicatorHeader(row)) {
				continue;
			}
			LabelledRow labelled = label(row, cellsAfterTarget);
			LevelResolver.Levels levels = resolver.next(labelled.level1(), labelled.level2());
			if (labelled.values().isEmpty()) {
				continue;
			}
			if (open != null && continues(open, labelled)) {
				continueDraft(open, labelled, levels);
			}
			else {
				if (open != null) {
					indicators.add(finish(fileName, open, problems));
				}
				open = new Draft(row.line(), levels, labelled.values().get(0));
				open.values = labelled.values().subList(1, labelled.values().size());
			}
			if (!open.awaitsTarget()) {
				indicators.add(finish(fileName, open, problems));
				open = null;
			}
		}
		if (open != null) {
			indicators.add(finish(fileName, open, problems));
		}
		return new Table(indicators, problems);
	}

	private static LabelledRow label(Row row, int cellsAfterTarget) {
		String level1 = null;
		String level2 = null;
		List<String> values = new ArrayList<>(row.size());
		for (String cell : row.cells()) {
			String compact = CellText.compact(cell);
			String asLevel1 = LevelLabels.level1(compact);
			String asLevel2 = (asLevel1 != null) ? null : LevelLabels.level2(compact);
			if (asLevel1 != null) {
				level1 = asLevel1;
			}
			else if (asLevel2 != null) {
				level2 = asLevel2;
			}
			else if (!LevelLabels.isHeading(compact)) {
				values.add(cell);
			}
		}
		return new LabelledRow(row.line(), level1, level2, ValueCells.join(values, cellsAfterTarget));
	}

	/**
	 * A row continues the open draft when the draft still lacks its target and the row
	 * brings either the missing tail of the name or just the target.
	 */
	private static boolean continues(Draft open, LabelledRow row) {
		if (!open.awaitsTarget()) {
			return false;
		}
		String first = row.values().get(0);
		return looksLikeTarget(first) || (CellText.compact(first).length() <= MAX_FRAGMENT_LENGTH);
	}

	private static void continueDraft(Draft open, LabelledRow row, LevelResolver.Levels levels) {
		List<String> values = row.values();
		if (looksLikeTarget(values.get(0))) {
			open.values = values;
		}
		else {
			open.name = open.name + values.get(0);
			open.values = values.subList(1, values.size());
		}
		open.lines = open.lines.extendTo(row.line());
		if (row.hasLabels()) {
			open.levels = levels;
		}
	}

	private static boolean looksLikeTarget(String cell) {
		String text = Operators.fold(CellText.compact(cell));
		if (text.isEmpty() || "=≥≤><".indexOf(text.charAt(0)) < 0) {
			return false;
		}
		for (int i = 1; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private Indicator finish(String fileName, Draft draft, List<ParseProblem> problems) {
		List<String> values = draft.values;
		String target = at(values, 0);
		if (target == null) {
			problems.add(new ParseProblem(fileName, draft.lines.first(),
					String.format(ParseMessages.MISSING_TARGET, draft.name)));
		}
		if (draft.levels.level1() == null || draft.levels.level2() == null) {
			problems.add(new ParseProblem(fileName, draft.lines.first(),
					String.format(ParseMessages.UNKNOWN_LEVEL, draft.name)));
		}
		TargetValue value = this.values.parse(target);
		return new Indicator(draft.levels.level1(), draft.levels.level2(), draft.name, target, value, at(values, 1),
				at(values, 2), at(values, 3), draft.lines);
	}

	private static String at(List<String> values, int i) {
		return (i < values.size()) ? values.get(i) : null;
	}

}
