package cn.jixiao.portal.review;

import java.math.BigDecimal;

import cn.jixiao.indexer.filing.ValueKind;
import cn.jixiao.indexer.review.IndicatorFacts;

/** Indicators as the seeds write them, for the rule tests. */
final class Facts {

	private Facts() {
	}

	static IndicatorFacts quantitative(String level2, String name, String operator, String number, String unit) {
		String target = ((operator != null) ? operator : "") + number + ((unit != null) ? "(" + unit + ")" : "");
		return new IndicatorFacts(null, level2, name, target, ValueKind.QUANTITATIVE, operator, new BigDecimal(number),
				unit);
	}

	static IndicatorFacts words(String level2, String name, String target) {
		return new IndicatorFacts(null, level2, name, target, ValueKind.QUALITATIVE, null, null, null);
	}

	static IndicatorFacts of(ValueKind kind, String level2, String name, String target) {
		return new IndicatorFacts(null, level2, name, target, kind, null, null, null);
	}

}
