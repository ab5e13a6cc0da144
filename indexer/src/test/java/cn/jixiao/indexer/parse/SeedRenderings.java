package cn.jixiao.indexer.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seed (text extracted from a PDF: lines end with {@code \n}, cells end with a tab) as
 * other export tools write it. Every rendering keeps each line on its line number, so
 * that the source lines in a parse of the rendering can be compared with those in a parse
 * of the seed.
 * <p>
 * Text renderings return text so that they compose; {@link #RENDERINGS} turns each
 * composition into the bytes a file would hold.
 */
final class SeedRenderings {

	static final Charset GB18030 = Charset.forName("GB18030");

	/** The renderings every seed is parsed in, named for test reports. */
	static final List<Rendering> RENDERINGS = List.of(utf8("pipe table", SeedRenderings::pipeTable),
			utf8("space-separated columns", SeedRenderings::spaceColumns),
			new Rendering("GB18030", SeedRenderings::gb18030Bytes),
			new Rendering("CRLF with BOM", SeedRenderings::crlfWithBom),
			utf8("ASCII operators", SeedRenderings::asciiOperators),
			utf8("full-width unit brackets", SeedRenderings::fullWidthUnitBrackets),
			utf8("operator, number and unit in three cells", SeedRenderings::threeCellValues),
			utf8("ASCII operators and full-width brackets in three cells",
					(seed) -> threeCellValues(fullWidthUnitBrackets(asciiOperators(seed)))),
			new Rendering("pipe table in GB18030", (seed) -> gb18030Bytes(pipeTable(seed))),
			new Rendering("pipe table in GB18030 with CRLF and BOM",
					(seed) -> gb18030Bytes(withByteOrderMark(crlfLineEnds(pipeTable(seed))))));

	private static final String LINE_END = "\n";

	private static final String CELL_END = "\t";

	private static final String COLUMN_GAP = "  ";

	/**
	 * A whole cell that states operator, number and unit: {@code =100.00(%)},
	 * {@code ≥1500人次}, {@code >=95%}, {@code =100.00 (%)}. A unit never starts with a
	 * digit or a point, so the number is read whole; a goal cell wrapped in an HTML
	 * paragraph has a letter, not a number, after its {@code <}.
	 */
	private static final Pattern QUANTITATIVE_CELL = Pattern
		.compile("(>=|<=|[=≥≤><≧≦﹦])\\s*(\\d+(?:\\.\\d+)?)\\s*([^\\d\\s.]\\S*)");

	private static final Pattern BRACKETED_UNIT = Pattern.compile("\\((.+)\\)");

	private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s{2,}");

	private SeedRenderings() {
	}

	/**
	 * Each line with a tab as {@code | c1 | c2 | ... |}, empty cells kept; other lines as
	 * they are.
	 */
	static String pipeTable(String seed) {
		return mapLines(seed, (line) -> isTableLine(line) ? "| " + String.join(" | ", cells(line)) + " |" : line);
	}

	/**
	 * Each block of lines with tabs as a fixed-width text export writes it: every column
	 * padded to its widest cell in the block, columns at least two spaces apart, trailing
	 * padding cut. Empty cells become padding, so a reader that splits on space runs no
	 * longer sees them.
	 */
	static String spaceColumns(String seed) {
		List<String> lines = lines(seed);
		List<String> rendered = new ArrayList<>(lines.size());
		int start = 0;
		while (start < lines.size()) {
			int end = tableEnd(lines, start);
			if (end == start) {
				rendered.add(lines.get(start));
				end++;
			}
			else {
				rendered.addAll(alignedColumns(lines.subList(start, end)));
			}
			start = end;
		}
		return String.join(LINE_END, rendered);
	}

	static byte[] gb18030Bytes(String text) {
		return text.getBytes(GB18030);
	}

	/** As Windows tools write UTF-8: a byte order mark and CRLF line ends. */
	static byte[] crlfWithBom(String text) {
		return withByteOrderMark(crlfLineEnds(text)).getBytes(StandardCharsets.UTF_8);
	}

	static String crlfLineEnds(String text) {
		return text.replace(LINE_END, "\r" + LINE_END);
	}

	/** U+FEFF, which each encoding writes as its own byte order mark. */
	static String withByteOrderMark(String text) {
		return "\uFEFF" + text;
	}

	/**
	 * {@code ≥90.00(%)} as {@code >=90.00(%)}; a {@code ≥} in a name or a sentence stays.
	 */
	static String asciiOperators(String seed) {
		return mapQuantitativeCells(seed, (cell) -> asciiOperator(cell.group(1)) + cell.group().substring(cell.end(1)));
	}

	/** {@code =100.00(%)} as {@code =100.00（%）}; brackets in names and sentences stay. */
	static String fullWidthUnitBrackets(String seed) {
		return mapQuantitativeCells(seed, SeedRenderings::fullWidthUnitBracket);
	}

	/**
	 * {@code =100.00(%)} as the three cells {@code =}, {@code 100.00} and {@code (%)}.
	 */
	static String threeCellValues(String seed) {
		return mapQuantitativeCells(seed, (cell) -> String.join(CELL_END, cell.group(1), cell.group(2), cell.group(3)));
	}

	private static String asciiOperator(String operator) {
		return switch (operator) {
			case "≥" -> ">=";
			case "≤" -> "<=";
			default -> operator;
		};
	}

	private static String fullWidthUnitBracket(Matcher cell) {
		Matcher unit = BRACKETED_UNIT.matcher(cell.group(3));
		if (!unit.matches()) {
			return cell.group();
		}
		return cell.group().substring(0, cell.start(3)) + "（" + unit.group(1) + "）";
	}

	/**
	 * Replaces each cell that is a whole quantitative value; a replacement with tabs adds
	 * cells.
	 */
	private static String mapQuantitativeCells(String seed, Function<Matcher, String> replacement) {
		return mapLines(seed, (line) -> String.join(CELL_END, cells(line).stream().map((cell) -> {
			Matcher matcher = QUANTITATIVE_CELL.matcher(cell);
			return matcher.matches() ? replacement.apply(matcher) : cell;
		}).toList()));
	}

	private static int tableEnd(List<String> lines, int start) {
		int end = start;
		while (end < lines.size() && isTableLine(lines.get(end))) {
			end++;
		}
		return end;
	}

	private static List<String> alignedColumns(List<String> tableLines) {
		List<List<String>> rows = tableLines.stream()
			.map((line) -> cells(line).stream().map(SeedRenderings::fixedWidthCell).toList())
			.toList();
		int[] widths = columnWidths(rows);
		return rows.stream().map((row) -> alignedRow(row, widths)).toList();
	}

	/**
	 * A fixed-width export cannot tell a cell's own space runs or edge spaces from
	 * padding, so it writes neither.
	 */
	private static String fixedWidthCell(String cell) {
		return WHITESPACE_RUN.matcher(cell.strip()).replaceAll(" ");
	}

	private static int[] columnWidths(List<List<String>> rows) {
		int[] widths = new int[rows.stream().mapToInt(List::size).max().orElse(0)];
		for (List<String> row : rows) {
			for (int column = 0; column < row.size(); column++) {
				widths[column] = Math.max(widths[column], row.get(column).length());
			}
		}
		return widths;
	}

	private static String alignedRow(List<String> row, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int column = 0; column < row.size(); column++) {
			String cell = row.get(column);
			line.append((column > 0) ? COLUMN_GAP : "").append(cell).append(" ".repeat(widths[column] - cell.length()));
		}
		return line.toString().stripTrailing();
	}

	private static String mapLines(String text, UnaryOperator<String> lineMapper) {
		return String.join(LINE_END, lines(text).stream().map(lineMapper).toList());
	}

	/**
	 * Split with a limit so that a trailing empty line or cell is kept: line and cell
	 * counts must not change.
	 */
	private static List<String> lines(String text) {
		return Arrays.asList(text.split(LINE_END, -1));
	}

	private static List<String> cells(String line) {
		return Arrays.asList(line.split(CELL_END, -1));
	}

	private static boolean isTableLine(String line) {
		return line.contains(CELL_END);
	}

	private static Rendering utf8(String name, UnaryOperator<String> textRendering) {
		return new Rendering(name, (seed) -> textRendering.apply(seed).getBytes(StandardCharsets.UTF_8));
	}

	/** A named way to write a seed as the bytes of a file. */
	record Rendering(String name, Function<String, byte[]> render) {

		byte[] apply(String seed) {
			return this.render.apply(seed);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
