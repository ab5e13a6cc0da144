package cn.jixiao.portal.system;

/**
 * LIKE patterns from user text, with {@code !} as the escape character (write
 * {@code LIKE ? ESCAPE '!'}): H2 and MySQL treat a backslash differently, an explicit
 * escape character the same.
 */
public final class SqlLike {

	private SqlLike() {
	}

	/** The text with LIKE's wildcards and the escape character taken literally. */
	public static String escaped(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	/** A pattern matching any value that contains the text. */
	public static String containing(String text) {
		return "%" + escaped(text) + "%";
	}

}
