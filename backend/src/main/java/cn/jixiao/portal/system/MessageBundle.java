package cn.jixiao.portal.system;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import cn.jixiao.indexer.review.ReviewMessages;

/**
 * The portal's message bundle ({@code messages.properties}, UTF-8) with the review's
 * texts from the indexer ({@code review-messages.properties}), as the map the pages'
 * scripts receive. Templates read the same bundles through Spring's message source.
 */
@Component
public class MessageBundle {

	private final Map<String, String> messages;

	MessageBundle() {
		Map<String, String> all = new TreeMap<>();
		for (String name : new String[] { "messages", ReviewMessages.BUNDLE }) {
			ResourceBundle bundle = ResourceBundle.getBundle(name, Locale.ROOT);
			bundle.keySet().forEach((key) -> all.put(key, bundle.getString(key)));
		}
		this.messages = Collections.unmodifiableMap(all);
	}

	public Map<String, String> all() {
		return this.messages;
	}

	/** The message with {@code {0}}-style arguments filled in. */
	public String get(String key, Object... arguments) {
		String text = this.messages.getOrDefault(key, key);
		for (int i = 0; i < arguments.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
		}
		return text;
	}

}
