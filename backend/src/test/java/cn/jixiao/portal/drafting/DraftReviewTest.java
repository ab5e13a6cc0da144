package cn.jixiao.portal.drafting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.review.Concern;
import cn.jixiao.indexer.review.FilingReview;
import cn.jixiao.indexer.review.ReviewContext;
import cn.jixiao.indexer.review.Suggestion;
import cn.jixiao.indexer.store.DraftRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft is reviewed as it is typed, with the review's rules and context, and each
 * finding lands on the editor's row it concerns.
 */
class DraftReviewTest {

	private static final FilingReview RULES = new FilingReview(
			List.of(new TestReviewRules.SatisfactionNeedsNumber(), new TestReviewRules.AtLeastThree()));

	private static final Suggestion USUAL = new Suggestion("鉴定对象满意度", "≥90.00(%)", 2);

	/** A library that knows one usual target. */
	private static final ReviewContext LIBRARY = new ReviewContext() {

		@Override
		public List<Filing> sameProjectInOtherYears(Filing filing) {
			return List.of();
		}

		@Override
		public Optional<Suggestion> usualTarget(String level2, String name) {
			return "鉴定对象满意度".equals(name) ? Optional.of(USUAL) : Optional.empty();
		}

		@Override
		public List<BigDecimal> peerNumbers(String name, String unit, Filing excluding) {
			return List.of();
		}

	};

	private final DraftReview review = new DraftReview(RULES, LIBRARY);

	@Test
	void findingsOnIndicatorsNameTheEditorsRowPastRowsNotYetNamed() {
		List<DraftFinding> findings = this.review.review(draft(row("数量指标", "鉴定工作完成率", "=100%"),
				row("质量指标", " ", "≥99%"), row("数量指标", "鉴定件数", "≥3000件"), row("服务对象满意度指标", "鉴定对象满意度", "满意")));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(TestReviewRules.SATISFACTION_RULE);
			assertThat(finding.concern()).isEqualTo(Concern.INDICATOR);
			assertThat(finding.row()).isEqualTo(3);
			assertThat(finding.indicatorName()).isEqualTo("鉴定对象满意度");
			assertThat(finding.suggestion()).as("from the review's context").isEqualTo(USUAL);
		});
	}

	@Test
	void findingsOnTheWholeFormHaveNoRow() {
		List<DraftFinding> findings = this.review.review(draft(row("数量指标", "鉴定工作完成率", "=100%")));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(TestReviewRules.THREE_RULE);
			assertThat(finding.row()).isNull();
		});
	}

	@Test
	void reviewsTheDraftAsItWouldBeSavedWithoutRefusingWhatIsUnfinished() {
		DraftForm typing = new DraftForm(SampleDrafts.bare().header(), List.of(row("数量指标", "鉴定工作完成率", "=100%"),
				row(null, "", null), row("质量指标", "鉴定结果准确性", null), row("服务对象满意度指标", " 鉴定对象 满意度 ", " ≥ 90 % ")));
		assertThat(this.review.review(typing)).isEmpty();
		assertThat(this.review.review(new DraftForm(null, null))).singleElement()
			.satisfies((finding) -> assertThat(finding.rule()).isEqualTo(TestReviewRules.THREE_RULE));
	}

	private static DraftForm draft(DraftRow... rows) {
		return new DraftForm(SampleDrafts.minhang().header(), List.of(rows));
	}

	/** As the editor sends a row: the 一级指标 left to follow from the 二级指标. */
	private static DraftRow row(String level2, String name, String target) {
		return new DraftRow(null, level2, name, target, DraftRow.Origin.OWN, null);
	}

}
