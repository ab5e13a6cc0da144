package cn.jixiao.portal.review;

import java.util.List;

import cn.jixiao.indexer.review.IndicatorFinding;

/**
 * How well-formed an indicator is: 100 less the rules' deductions (never below 0), and
 * the findings that explain it, largest deduction first.
 */
public record Verdict(int score, List<IndicatorFinding> findings) {

	public static final int FULL = IndicatorFinding.FULL_SCORE;

	public Verdict {
		findings = List.copyOf(findings);
	}

}
