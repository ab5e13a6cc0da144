package cn.jixiao.portal.review;

import java.util.List;

import cn.jixiao.portal.system.MessageBundle;

/**
 * One reason a rule gives about an indicator: how many points it costs (0 for a note that
 * only says what was recognised) and a message key of the {@code review.} section with
 * its arguments.
 *
 * @param rule the rule's code, e.g. {@code satisfaction}
 * @param deduction points off the 100 of a well-formed indicator
 * @param messageKey key in {@code messages.properties}
 * @param arguments values for the message's {@code {0}}, {@code {1}}
 */
public record Finding(String rule, int deduction, String messageKey, List<String> arguments) {

	public Finding {
		arguments = List.copyOf(arguments);
	}

	static Finding of(String rule, int deduction, String messageKey, String... arguments) {
		return new Finding(rule, deduction, messageKey, List.of(arguments));
	}

	/** The reason in the analysts' words. */
	public String describe(MessageBundle messages) {
		return messages.get(this.messageKey, this.arguments.toArray());
	}

}
