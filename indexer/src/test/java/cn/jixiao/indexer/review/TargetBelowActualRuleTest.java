package cn.jixiao.indexer.review;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.Filing;

import static cn.jixiao.indexer.review.Forms.indicator;
import static cn.jixiao.indexer.review.SeedForms.MINHANG_2026;
import static cn.jixiao.indexer.review.SeedForms.MINHANG_TRACKING_2024;
import static cn.jixiao.indexer.review.SeedForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TargetBelowActualRuleTest {

	private final TargetBelowActualRule rule = new TargetBelowActualRule();

	/** 邮寄费 (2024 tracking): 送达文书数量 =12000.00(份) for the year, 10000.00 done by August. */
	private final StubContext postage2024 = new StubContext().otherYears(form(MINHANG_TRACKING_2024, 5));

	@Test
	void aFloorBelowLastYearsActualIsAWarning() {
		// No seed sets one: a 2025 form of 邮寄费 asking for 9000 documents.
		Filing draft = postage2025("=9000.00(份)");
		assertThat(this.rule.check(draft, this.postage2024))
			.extracting(ReviewFinding::rule, ReviewFinding::severity, ReviewFinding::indicator,
					ReviewFinding::explanation)
			.containsExactly(tuple("target-below-actual", Severity.WARNING, 0,
					"指标值“=9000.00(份)”低于2024年跟踪表的实际完成值 10000.00：目标不应低于已经达到的水平"));
	}

	@Test
	void staysSilentAboveTheActualForCeilingsAndInAnotherUnit() {
		assertThat(this.rule.check(postage2025("=12000.00(份)"), this.postage2024)).isEmpty();
		assertThat(this.rule.check(postage2025("≤9000.00(份)"), this.postage2024)).isEmpty();
		assertThat(this.rule.check(postage2025("=9000.00(件)"), this.postage2024)).isEmpty();
		// 保障工作经费 (2026) against 邮寄费's actuals: =0 complaints, percentages at or above.
		assertThat(this.rule.check(form(MINHANG_2026, 7), this.postage2024)).isEmpty();
	}

	private static Filing postage2025(String target) {
		return Forms.target("上海市闵行区社会保障服务中心", "邮寄费", 2025, form(MINHANG_TRACKING_2024, 5).funds(), List
			.of(indicator("产出指标", "数量指标", "送达文书数量", target), indicator("满意度指标", "服务对象满意度指标", "邮寄对象满意度", "≥90.00(%)")));
	}

}
