package cn.jixiao.portal.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A request the portal cannot answer as asked, told in the bundle's words: the API
 * answers 400 with the message {@code key} filled with {@code arguments}. An
 * {@link IllegalArgumentException}, since that is what it is to the code that throws it.
 */
public class BadRequestException extends IllegalArgumentException {

	private final String key;

	private final transient List<Object> arguments;

	public BadRequestException(String key, Object... arguments) {
		super(key);
		this.key = key;
		this.arguments = Arrays.asList(arguments);
	}

	public String key() {
		return this.key;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

	/**
	 * The constant a request parameter names, in any case; an unknown name is a bad
	 * request that lists the names the parameter takes.
	 */
	public static <E extends Enum<E>> E constant(Class<E> type, String parameter, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.trim())) {
				return constant;
			}
		}
		throw invalid(parameter, value,
				Arrays.stream(type.getEnumConstants())
					.map((constant) -> constant.name().toLowerCase(Locale.ROOT))
					.toArray(String[]::new));
	}

	/** A parameter whose value is none of the {@code allowed} ones. */
	public static BadRequestException invalid(String parameter, String value, String... allowed) {
		return new BadRequestException("common.badRequest.value", parameter, value,
				Arrays.stream(allowed).collect(Collectors.joining("、")));
	}

}
