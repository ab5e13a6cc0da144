package cn.jixiao.indexer.review;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The review's texts in Chinese, from {@code review-messages.properties}. They live in
 * the indexer because its command line prints them; the portal's message source includes
 * the same bundle.
 */
public final class ReviewMessages {

	/** The bundle's base name, for message sources that include it. */
	public static final String BUNDLE = "review-messages";

	private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);

	private ReviewMessages() {
	}

	/**
	 * The text with its {@code {0}}-style arguments filled in as they are, as the
	 * portal's message bundle fills them.
	 * @throws java.util.MissingResourceException for a key the bundle does not have
	 */
	public static String text(String key, Object... arguments) {
		String text = TEXTS.getString(key);
		for (int i = 0; i < arguments.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
		}
		return text;
	}

}
