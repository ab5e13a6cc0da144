package cn.jixiao.indexer.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.NameKeys;

/**
 * No indicator twice in one form: a second row of the same name (as the library matches
 * names) is counted twice at the year's end, even under another level or with another
 * target.
 */
class DuplicateIndicatorRule implements FilingRule {

	static final String ID = "duplicate-indicator";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<ReviewFinding> check(Filing filing, ReviewContext context) {
		List<ReviewFinding> findings = new ArrayList<>();
		Map<String, Integer> firstRow = new HashMap<>();
		List<Indicator> indicators = filing.indicators();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			Integer first = firstRow.putIfAbsent(NameKeys.indicator(indicator.name()), i);
			if (first != null) {
				findings.add(new ReviewFinding(ID, Severity.WARNING, Concern.INDICATOR, i, indicator.name(),
						ReviewMessages.text("review.indicator.duplicate", first + 1), null));
			}
		}
		return findings;
	}

}
