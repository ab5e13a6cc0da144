package cn.jixiao.portal.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Scores an indicator from 0 to 100 with the analysts' well-formedness rules and says
 * why. Stateless and cheap: callers score each distinct way an indicator is written once.
 */
@Component
public class IndicatorCheck {

	private final List<IndicatorRule> rules;

	public IndicatorCheck() {
		this(List.of(new TargetPresentRule(), new QuantifiedRule(), new PercentRangeRule(), new VagueTargetRule(),
				new SatisfactionRule(), new TimelinessRule()));
	}

	IndicatorCheck(List<IndicatorRule> rules) {
		this.rules = List.copyOf(rules);
	}

	public Verdict check(IndicatorFacts facts) {
		List<Finding> findings = new ArrayList<>();
		for (IndicatorRule rule : this.rules) {
			findings.addAll(rule.check(facts));
		}
		findings.sort(Comparator.comparingInt(Finding::deduction).reversed());
		int deductions = findings.stream().mapToInt(Finding::deduction).sum();
		return new Verdict(Math.max(0, Verdict.FULL - deductions), findings);
	}

}
