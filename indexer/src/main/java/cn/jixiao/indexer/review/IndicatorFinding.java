package cn.jixiao.indexer.review;

import java.util.List;

/**
 * What an indicator rule says about one indicator: how much it matters in a review, how
 * many points it costs in the indicator library's 0–100 score, and why, as a key of the
 * review's bundle with its arguments. A finding that costs nothing only says what was
 * recognised (a clear deadline): the library shows it, the review does not report it.
 *
 * @param severity how much it matters in a review
 * @param deduction points off the 100 of a well-formed indicator
 * @param messageKey key in {@code review-messages.properties}
 * @param arguments values for the message's {@code {0}}, {@code {1}}
 */
public record IndicatorFinding(Severity severity, int deduction, String messageKey, List<String> arguments) {

	/** The score of a well-formed indicator, from which deductions are taken. */
	public static final int FULL_SCORE = 100;

	public IndicatorFinding {
		arguments = List.copyOf(arguments);
	}

	static IndicatorFinding of(Severity severity, int deduction, String messageKey, String... arguments) {
		return new IndicatorFinding(severity, deduction, messageKey, List.of(arguments));
	}

	/** Whether the review reports it: it costs points. */
	public boolean isDefect() {
		return this.deduction > 0;
	}

	/** The reason in the analysts' words. */
	public String explanation() {
		return ReviewMessages.text(this.messageKey, this.arguments.toArray());
	}

}
