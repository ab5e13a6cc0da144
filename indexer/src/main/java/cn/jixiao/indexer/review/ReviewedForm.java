package cn.jixiao.indexer.review;

import java.util.List;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;

/**
 * One form's review as the command line prints it: which form, and what the review found
 * in it, in the review's order.
 *
 * @param file the file the form was read from
 * @param form the form's 1-based position in its file
 */
public record ReviewedForm(String file, int form, FormKind kind, Integer year, String unit, String project,
		List<ReviewFinding> findings) {

	public ReviewedForm {
		findings = List.copyOf(findings);
	}

	public static ReviewedForm of(Filing filing, List<ReviewFinding> findings) {
		return new ReviewedForm(filing.source(), filing.index(), filing.kind(), filing.year(), filing.unit(),
				filing.projectName(), findings);
	}

}
