package cn.jixiao.portal.execution;

import java.util.List;

/**
 * A data-quality finding on a tracking form, as a code with its arguments; the page and
 * the exports word it from the message bundle ({@code execution.finding.CODE}).
 *
 * @param indicator the indicator's 三级指标 when the finding is about one, else {@code null}
 * @param line the source line (the indicator's row, or the form's first line)
 */
record Finding(long filingId, Code code, String indicator, int line, List<String> arguments) {

	Finding {
		arguments = List.copyOf(arguments);
	}

	enum Code {

		RATE_MISMATCH(true), EXECUTED_OVER_BUDGET(true), BUDGET_MISSING(true), BUDGET_ZERO(true),
		PERIOD_BUDGET_MISSING(false), EXECUTED_MISSING(true), RATE_MISSING(false), PERIOD_MISSING(true),
		PERIOD_OUTSIDE_YEAR(true), NO_INDICATORS(true), ACTUAL_MISSING(true), ACTUAL_NOT_NUMERIC(false),
		UNIT_MISMATCH(false), BELOW_PLAN_NO_DEVIATION(false), RED_WITHOUT_MEASURES(false);

		private final boolean error;

		Code(boolean error) {
			this.error = error;
		}

		/** An error makes a figure wrong or missing; a warning asks for a second look. */
		String severity() {
			return this.error ? "error" : "warning";
		}

	}

}
