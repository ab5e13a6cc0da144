package cn.jixiao.indexer.parse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the text of one table cell the way the ground truth reads the PDFs: HTML
 * tags and LaTeX math removed, whitespace from line wrapping dropped.
 */
final class CellText {

	private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\([a-zA-Z]+)");

	/**
	 * Commands with a meaning in a target value; all others (\\left, \\text …) only
	 * format.
	 */
	private static final Map<String, String> LATEX_SYMBOLS = Map.of("geq", "≥", "ge", "≥", "geqslant", "≥", "leq", "≤",
			"le", "≤", "leqslant", "≤", "neq", "≠", "times", "×");

	private CellText() {
	}

	static String normalise(String cell) {
		if (cell.isEmpty()) {
			return cell;
		}
		String text = cell;
		if (text.indexOf('<') >= 0) {
			text = stripTags(text);
		}
		if (text.indexOf('$') >= 0) {
			text = latexToText(text);
		}
		if (text.indexOf('&') >= 0) {
			text = decodeEntities(text);
		}
		return collapseWhitespace(text);
	}

	/**
	 * Whitespace is collapsed, then a space is kept only between two ASCII letters or
	 * digits: the PDFs wrap lines inside cells ("东西部协作和 对口支援", "2025 年 10 月底前"), while
	 * "V3.0 系统" style runs of Latin text need their spaces.
	 */
	static String collapseWhitespace(String text) {
		if (!containsWhitespace(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		boolean pendingSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isWhitespace(c)) {
				pendingSpace = out.length() > 0;
				continue;
			}
			if (pendingSpace && isAsciiAlnum(out.charAt(out.length() - 1)) && isAsciiAlnum(c)) {
				out.append(' ');
			}
			pendingSpace = false;
			out.append(c);
		}
		return out.toString();
	}

	/**
	 * Removes the spaces a normalised cell kept, for matching labels that PDFs split
	 * ("可持续影 响指标"). After {@link #normalise} a plain space is the only whitespace left,
	 * which keeps this cheap on the hot path.
	 */
	static String compact(String normalised) {
		return (normalised.indexOf(' ') < 0) ? normalised : normalised.replace(" ", "");
	}

	private static boolean containsWhitespace(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isWhitespace(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	static boolean isWhitespace(char c) {
		return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\r' || c == '\n' || c == '\f'
				|| c == '\u200b' || c == '\ufeff';
	}

	private static boolean isAsciiAlnum(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static String stripTags(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int close = (c == '<') ? tagEnd(text, i) : -1;
			if (close > 0) {
				i = close + 1;
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	/**
	 * Only things that look like tags count, so that a value such as {@code <16.00(万元)}
	 * survives.
	 */
	private static int tagEnd(String text, int open) {
		int next = open + 1;
		if (next >= text.length()) {
			return -1;
		}
		char first = text.charAt(next);
		boolean tagStart = (first == '/' || first == '!' || (first >= 'a' && first <= 'z')
				|| (first >= 'A' && first <= 'Z'));
		if (!tagStart) {
			return -1;
		}
		int close = text.indexOf('>', next);
		if (close < 0) {
			return -1;
		}
		for (int i = next; i < close; i++) {
			if (text.charAt(i) > 0x7f) {
				return -1;
			}
		}
		return close;
	}

	private static String latexToText(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			int open = text.indexOf('$', i);
			int close = (open >= 0) ? text.indexOf('$', open + 1) : -1;
			if (open < 0 || close < 0) {
				out.append(text, i, text.length());
				break;
			}
			out.append(text, i, open);
			out.append(latexMath(text.substring(open + 1, close)));
			i = close + 1;
		}
		return out.toString();
	}

	private static String latexMath(String math) {
		Matcher command = LATEX_COMMAND.matcher(math.replace("\\%", "%"));
		StringBuilder out = new StringBuilder(math.length());
		while (command.find()) {
			command.appendReplacement(out, Matcher.quoteReplacement(LATEX_SYMBOLS.getOrDefault(command.group(1), "")));
		}
		command.appendTail(out);
		return collapseWhitespace(out.toString().replace("{", "").replace("}", ""));
	}

	private static String decodeEntities(String text) {
		return text.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&amp;", "&");
	}

}
