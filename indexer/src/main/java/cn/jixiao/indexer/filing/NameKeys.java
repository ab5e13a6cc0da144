package cn.jixiao.indexer.filing;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Keys for matching names that are written differently: names are stored as written,
 * matched by key. Full-width and half-width forms fold together (NFKC), whitespace goes.
 */
public final class NameKeys {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

	/** "(汇总)" marks a department's consolidated budget, not another department. */
	private static final Pattern CONSOLIDATED = Pattern.compile("\\(汇总\\)$");

	private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]|【[^【】]*】|〔[^〔〕]*〕");

	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}(?:年度|年)?");

	private static final Pattern PROJECT_SUFFIX = Pattern.compile("(?:运行维护|运维|建设|项目)+$");

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。，、；：,.;:]+$");

	private NameKeys() {
	}

	/** Departments and units: "上海市松江区人力资源和社会保障局（本级）" and "…(本级)" are one unit. */
	public static String organisation(String name) {
		return CONSOLIDATED.matcher(fold(name)).replaceAll("");
	}

	/**
	 * Projects: years, bracketed remarks and 运维/建设 suffixes set aside, so that
	 * "工伤认定和劳动能力鉴定业务系统（2024年运维）" matches the same system in other years.
	 */
	public static String project(String name) {
		String key = fold(name);
		String previous;
		do {
			previous = key;
			key = BRACKETED.matcher(key).replaceAll("");
		}
		while (!key.equals(previous));
		key = YEAR.matcher(key).replaceAll("");
		key = PROJECT_SUFFIX.matcher(key).replaceAll("");
		return key.isEmpty() ? fold(name) : key;
	}

	/** Indicator names: widths and spaces folded, trailing punctuation dropped. */
	public static String indicator(String name) {
		return TRAILING_PUNCTUATION.matcher(fold(name)).replaceAll("");
	}

	private static String fold(String name) {
		if (name == null) {
			return "";
		}
		return WHITESPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
	}

}
