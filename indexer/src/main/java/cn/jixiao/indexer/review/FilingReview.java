package cn.jixiao.indexer.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jixiao.indexer.filing.Filing;

/**
 * Reviews one form with every rule and returns what they found: errors first, then
 * warnings and notes; within a severity, form-level findings before those of indicator
 * rows, rows in the form's order. A note on a row that also has a warning or an error is
 * left out: it says the same in weaker words (a vague 提升 is also a target in words).
 */
public final class FilingReview {

	private static final Comparator<ReviewFinding> ORDER = Comparator.comparing(ReviewFinding::severity)
		.thenComparing((finding) -> (finding.indicator() != null) ? finding.indicator() : -1)
		.thenComparing(ReviewFinding::rule);

	private final List<FilingRule> rules;

	public FilingReview(List<FilingRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** Every rule analysts apply, in one place. */
	public static FilingReview standard() {
		return new FilingReview(List.of(
				// each indicator on its own
				new TargetPresentRule(), new QuantifiedRule(), new PercentRangeRule(), new VagueTargetRule(),
				new SatisfactionRule(), new TimelinessRule(),
				// the form as a whole
				new LevelsPresentRule(), new CostIndicatorRule(), new IndicatorCountRule(),
				new DuplicateIndicatorRule(), new InputsAsOutputsRule(), new TaxonomyRule(), new FundsSumRule(),
				new StatedRateRule(),
				// the project's other years and other units, from the store
				new CopiedTargetsRule(), new TargetBelowActualRule(), new UnitCostOutlierRule()));
	}

	public List<FilingRule> rules() {
		return this.rules;
	}

	/**
	 * The rules that judge an indicator on its own, which the indicator library scores
	 * with.
	 */
	public List<IndicatorRule> indicatorRules() {
		return this.rules.stream().filter(IndicatorRule.class::isInstance).map(IndicatorRule.class::cast).toList();
	}

	public List<ReviewFinding> review(Filing filing, ReviewContext context) {
		List<ReviewFinding> findings = new ArrayList<>();
		for (FilingRule rule : this.rules) {
			findings.addAll(rule.check(filing, context));
		}
		Set<Integer> flaggedRows = findings.stream()
			.filter((finding) -> finding.indicator() != null && finding.severity() != Severity.NOTE)
			.map(ReviewFinding::indicator)
			.collect(Collectors.toSet());
		findings
			.removeIf((finding) -> finding.severity() == Severity.NOTE && flaggedRows.contains(finding.indicator()));
		findings.sort(ORDER);
		return findings;
	}

}
