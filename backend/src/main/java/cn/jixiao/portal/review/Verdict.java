package cn.jixiao.portal.review;

import java.util.List;

/**
 * How well-formed an indicator is: 100 less the rules' deductions (never below 0), and
 * the findings that explain it, largest deduction first.
 */
public record Verdict(int score, List<Finding> findings) {

	public static final int FULL = 100;

	public Verdict {
		findings = List.copyOf(findings);
	}

}
