package cn.jixiao.indexer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Second step: each line to cells. Tab-separated text (the PDF extractions), pipe tables
 * and space-aligned columns are told apart per line, so a file may mix them.
 */
final class CellSplitter {

	List<Row> split(SourceText source) {
		List<String> lines = source.lines();
		List<Row> rows = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			rows.add(new Row(i + 1, cells(lines.get(i))));
		}
		return rows;
	}

	static List<String> cells(String line) {
		List<String> raw;
		if (line.indexOf('\t') >= 0) {
			raw = splitOn(line, '\t');
		}
		else if (isPipeRow(line)) {
			raw = splitOn(line, '|');
		}
		else {
			raw = splitOnSpaceRuns(line);
		}
		List<String> cells = new ArrayList<>(raw.size());
		for (String cell : raw) {
			String text = CellText.normalise(stripMarkdownHeading(cell));
			if (!text.isEmpty() && !isRuleCell(text)) {
				cells.add(text);
			}
		}
		return cells;
	}

	private static boolean isPipeRow(String line) {
		String trimmed = line.strip();
		return trimmed.length() > 1 && trimmed.charAt(0) == '|' && trimmed.indexOf('|', 1) > 0;
	}

	private static List<String> splitOn(String line, char separator) {
		List<String> cells = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) == separator) {
				cells.add(line.substring(start, i));
				start = i + 1;
			}
		}
		cells.add(line.substring(start));
		return cells;
	}

	/**
	 * Fixed-width exports separate columns by two or more spaces (or an ideographic
	 * space), while a cell's own text keeps single spaces ("2026 年度", "项目 绩效 目标").
	 */
	private static List<String> splitOnSpaceRuns(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			int run = spaceRun(line, i);
			if (run >= 2 || c == '\u3000') {
				cells.add(cell.toString());
				cell.setLength(0);
				i += Math.max(run, 1);
			}
			else {
				cell.append(c);
				i++;
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	private static int spaceRun(String line, int from) {
		int i = from;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\u3000')) {
			i++;
		}
		return i - from;
	}

	private static String stripMarkdownHeading(String cell) {
		String trimmed = cell.stripLeading();
		if (!trimmed.startsWith("#")) {
			return cell;
		}
		int i = 0;
		while (i < trimmed.length() && trimmed.charAt(i) == '#') {
			i++;
		}
		return trimmed.substring(i);
	}

	/** Markdown table rules ("---", ":--:") carry no content. */
	private static boolean isRuleCell(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '-' && c != ':' && c != '=' && c != '+') {
				return false;
			}
		}
		return text.length() >= 2 && text.indexOf('-') >= 0;
	}

}
