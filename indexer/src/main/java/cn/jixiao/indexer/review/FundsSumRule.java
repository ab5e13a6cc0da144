package cn.jixiao.indexer.review;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Funds;

/**
 * The year's total is what its sources add up to: 当年财政拨款 + 上年结转资金 + 其他资金. Only where the
 * form states all four, since a blank amount is not stated, which is not zero.
 */
class FundsSumRule implements FilingRule {

	static final String ID = "funds-sum";

	/**
	 * Tracking forms state 万元 with two decimals, so each of the four amounts may be off
	 * by 50 元 through rounding; target forms state 元 exactly.
	 */
	private static final BigDecimal TRACKING_ROUNDING = BigDecimal.valueOf(200);

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<ReviewFinding> check(Filing filing, ReviewContext context) {
		Funds funds = filing.funds();
		if (funds == null || funds.total() == null || funds.fiscal() == null || funds.carryover() == null
				|| funds.other() == null) {
			return List.of();
		}
		BigDecimal sum = funds.fiscal().add(funds.carryover()).add(funds.other());
		BigDecimal tolerance = (filing.kind() == FormKind.TRACKING) ? TRACKING_ROUNDING : BigDecimal.ZERO;
		if (funds.total().subtract(sum).abs().compareTo(tolerance) <= 0) {
			return List.of();
		}
		return List.of(new ReviewFinding(ID, Severity.ERROR, Concern.FUNDS, null, null,
				ReviewMessages.text("review.funds.sum", MoneyText.yuan(funds.total()), MoneyText.yuan(sum)), null));
	}

}
