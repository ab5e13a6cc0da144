package cn.jixiao.indexer.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import cn.jixiao.indexer.filing.Execution;
import cn.jixiao.indexer.filing.Filing;

/**
 * A tracking form's stated 执行率 is 跟踪期执行数 ÷ 跟踪期预算数, within what rounding the amounts and
 * the rate allows ({@link StatedRateCheck}, as the filing page and execution monitoring
 * judge it): the seeds truncate rather than round, which stays within it.
 */
class StatedRateRule implements FilingRule {

	static final String ID = "stated-rate";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<ReviewFinding> check(Filing filing, ReviewContext context) {
		Execution execution = filing.execution();
		if (execution == null || !StatedRateCheck.mismatch(execution.ratePercent(), execution.periodExecuted(),
				execution.periodBudget())) {
			return List.of();
		}
		BigDecimal computed = StatedRateCheck.computed(execution.periodExecuted(), execution.periodBudget());
		BigDecimal tolerance = StatedRateCheck.tolerance(execution.periodBudget(), execution.periodExecuted());
		return List.of(new ReviewFinding(ID, Severity.WARNING, Concern.EXECUTION, null, null,
				ReviewMessages.text("review.execution.rate",
						execution.ratePercent().stripTrailingZeros().toPlainString(),
						computed.setScale(2, RoundingMode.HALF_UP).toPlainString(),
						tolerance.setScale(2, RoundingMode.UP).toPlainString()),
				null));
	}

}
