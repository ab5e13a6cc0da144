package cn.jixiao.portal.system;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * The portal's one message bundle ({@code messages.properties}, UTF-8), as the map the
 * pages' scripts receive. Templates read the same bundle through Spring's message source.
 */
@Component
public class MessageBundle {

	private final Map<String, String> messages;

	MessageBundle() {
		ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.ROOT);
		Map<String, String> all = new TreeMap<>();
		bundle.keySet().forEach((key) -> all.put(key, bundle.getString(key)));
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
