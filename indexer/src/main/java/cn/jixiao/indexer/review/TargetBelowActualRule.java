package cn.jixiao.indexer.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.indexer.filing.TargetValue;
import cn.jixiao.indexer.filing.ValueReading;

/**
 * A target is not set below what the project already achieved: the same indicator's
 * actual in the nearest earlier tracking form (a part of that year, which makes a lower
 * target for a whole year all the more telling). Only floors (≥, >, =) in the same unit;
 * a ceiling below last year's figure is ambition, and =0 says something must not happen.
 */
class TargetBelowActualRule implements FilingRule {

	static final String ID = "target-below-actual";

	private static final Set<String> FLOORS = Set.of("≥", ">", "=");

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<ReviewFinding> check(Filing filing, ReviewContext context) {
		Optional<Filing> tracking = History.nearestEarlierTracking(filing, context);
		if (tracking.isEmpty()) {
			return List.of();
		}
		Map<String, Indicator> tracked = History.rowsByName(tracking.get());
		List<ReviewFinding> findings = new ArrayList<>();
		List<Indicator> indicators = filing.indicators();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator row = indicators.get(i);
			TargetValue value = row.value();
			Indicator earlier = tracked.get(NameKeys.indicator(row.name()));
			if (!isFloor(value) || earlier == null || earlier.value() == null || !earlier.value().isQuantitative()) {
				continue;
			}
			String unit = earlier.value().unit();
			ValueReading actual = ValueReading.read(earlier.actual());
			if (actual != null && sameUnit(value.unit(), unit) && actual.inUnitOf(unit)
					&& value.number().compareTo(actual.number()) < 0) {
				findings.add(new ReviewFinding(
						ID, Severity.WARNING, Concern.INDICATOR, i, row.name(), ReviewMessages
							.text("review.history.belowActual", row.target(), tracking.get().year(), earlier.actual()),
						null));
			}
		}
		return findings;
	}

	private static boolean sameUnit(String unit, String earlierUnit) {
		if (unit == null || earlierUnit == null) {
			return unit == null && earlierUnit == null;
		}
		return ValueReading.normaliseUnit(unit).equals(ValueReading.normaliseUnit(earlierUnit));
	}

	private static boolean isFloor(TargetValue value) {
		return value != null && value.isQuantitative() && value.number() != null && value.number().signum() > 0
				&& FLOORS.contains(value.operator());
	}

}
