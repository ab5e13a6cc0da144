package cn.jixiao.portal.review;

import java.util.List;

import cn.jixiao.indexer.review.ReviewFinding;

/**
 * A stored form and what its review found.
 *
 * @param filingId the form's id in the store
 * @param indicatorIds its indicators' ids in their order, so that a finding's indicator
 * (its position) can be stored as the row it concerns
 */
record ReviewedForm(long filingId, List<Long> indicatorIds, List<ReviewFinding> findings) {

	ReviewedForm {
		indicatorIds = List.copyOf(indicatorIds);
		findings = List.copyOf(findings);
	}

	/** The stored row of the finding's indicator; {@code null} for a form-level one. */
	Long indicatorId(ReviewFinding finding) {
		Integer position = finding.indicator();
		return (position != null && position >= 0 && position < this.indicatorIds.size())
				? this.indicatorIds.get(position) : null;
	}

}
