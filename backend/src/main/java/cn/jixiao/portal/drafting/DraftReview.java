package cn.jixiao.portal.drafting;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.jixiao.indexer.review.FilingReview;
import cn.jixiao.indexer.review.ReviewContext;
import cn.jixiao.indexer.review.ReviewFinding;

/**
 * Reviews a draft as it is being written, with the rules and the context (history,
 * library, peers) every filing is reviewed with.
 */
@Component
class DraftReview {

	private final FilingReview review;

	private final ReviewContext context;

	DraftReview(FilingReview review, ReviewContext context) {
		this.review = review;
		this.context = context;
	}

	List<DraftFinding> review(DraftForm draft) {
		DraftForm form = DraftCheck.normalised(draft);
		List<Integer> rowOfIndicator = form.indicatorRows();
		return this.review.review(form.filing(), this.context)
			.stream()
			.map((finding) -> placed(finding, rowOfIndicator))
			.toList();
	}

	private static DraftFinding placed(ReviewFinding finding, List<Integer> rowOfIndicator) {
		Integer row = (finding.indicator() != null && finding.indicator() < rowOfIndicator.size())
				? rowOfIndicator.get(finding.indicator()) : null;
		return new DraftFinding(finding.rule(), finding.severity(), finding.concern(), row, finding.indicatorName(),
				finding.explanation(), finding.suggestion());
	}

}
