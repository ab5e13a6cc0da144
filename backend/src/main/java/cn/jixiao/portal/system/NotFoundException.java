package cn.jixiao.portal.system;

import java.util.Arrays;
import java.util.List;

/**
 * Something an analyst asked for by id or name that the store does not hold, told in the
 * bundle's words: the API answers 404 with the message {@code key} filled with
 * {@code arguments}.
 */
public class NotFoundException extends RuntimeException {

	private final String key;

	private final transient List<Object> arguments;

	public NotFoundException(String key, Object... arguments) {
		super(key + " " + Arrays.toString(arguments));
		this.key = key;
		this.arguments = Arrays.asList(arguments);
	}

	public String key() {
		return this.key;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
