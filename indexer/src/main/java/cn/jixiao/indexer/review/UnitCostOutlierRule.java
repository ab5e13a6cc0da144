package cn.jixiao.indexer.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.TargetValue;

/**
 * A unit cost (元/人, 元/场, 万元/家 …) far from what other units set for the same indicator in
 * the same unit of measure: outside their interquartile range by more than 1.5 times its
 * width (Tukey's fences). Fewer than five peers make no range worth the name.
 */
class UnitCostOutlierRule implements FilingRule {

	static final String ID = "unit-cost-outlier";

	static final int MINIMUM_PEERS = 5;

	private static final Pattern UNIT_COST = Pattern.compile("^(?:元|千元|万元)/.+");

	private static final BigDecimal FENCE = new BigDecimal("1.5");

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<ReviewFinding> check(Filing filing, ReviewContext context) {
		List<ReviewFinding> findings = new ArrayList<>();
		List<Indicator> indicators = filing.indicators();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator row = indicators.get(i);
			TargetValue value = row.value();
			if (value == null || !value.isQuantitative() || value.number() == null || value.unit() == null
					|| !UNIT_COST.matcher(value.unit()).matches()) {
				continue;
			}
			List<BigDecimal> peers = context.peerNumbers(row.name(), value.unit(), filing);
			if (peers.size() < MINIMUM_PEERS) {
				continue;
			}
			Quartiles quartiles = Quartiles.of(peers);
			BigDecimal reach = quartiles.q3().subtract(quartiles.q1()).multiply(FENCE);
			BigDecimal low = quartiles.q1().subtract(reach);
			BigDecimal high = quartiles.q3().add(reach);
			if (value.number().compareTo(low) < 0 || value.number().compareTo(high) > 0) {
				findings.add(new ReviewFinding(ID, Severity.WARNING, Concern.INDICATOR, i, row.name(),
						ReviewMessages.text("review.peers.unitCost", row.target(), peers.size(),
								plain(quartiles.median()), plain(quartiles.q1()), plain(quartiles.q3()), plain(low),
								plain(high), value.unit()),
						null));
			}
		}
		return findings;
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
