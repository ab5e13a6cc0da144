package cn.jixiao.portal.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.jixiao.indexer.review.FilingReview;
import cn.jixiao.indexer.review.IndicatorFacts;
import cn.jixiao.indexer.review.IndicatorFinding;
import cn.jixiao.indexer.review.IndicatorRule;

/**
 * Scores an indicator from 0 to 100 with the analysts' well-formedness rules (the
 * review's indicator rules) and says why. Stateless and cheap: callers score each
 * distinct way an indicator is written once.
 */
@Component
public class IndicatorCheck {

	private final List<IndicatorRule> rules;

	public IndicatorCheck() {
		this(FilingReview.standard().indicatorRules());
	}

	IndicatorCheck(List<IndicatorRule> rules) {
		this.rules = List.copyOf(rules);
	}

	public Verdict check(IndicatorFacts facts) {
		List<IndicatorFinding> findings = new ArrayList<>();
		for (IndicatorRule rule : this.rules) {
			findings.addAll(rule.check(facts));
		}
		findings.sort(Comparator.comparingInt(IndicatorFinding::deduction).reversed());
		int deductions = findings.stream().mapToInt(IndicatorFinding::deduction).sum();
		return new Verdict(Math.max(0, Verdict.FULL - deductions), findings);
	}

}
