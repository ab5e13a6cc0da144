package cn.jixiao.indexer.review;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.Execution;
import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;

import static cn.jixiao.indexer.review.SeedForms.MINHANG_TRACKING_2024;
import static cn.jixiao.indexer.review.SeedForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StatedRateRuleTest {

	private final StatedRateRule rule = new StatedRateRule();

	@Test
	void aStatedRateBeyondRoundingIsAWarning() {
		// 宣传费 (2024 tracking): 4.70 of 6.80 万元 is 69.12%; the form states 69.11, here
		// 79.11.
		Filing form = form(MINHANG_TRACKING_2024, 4);
		Execution stated = form.execution();
		var wrong = Forms.withExecution(form, new Execution(stated.initialBudget(), stated.periodBudget(),
				stated.periodExecuted(), new BigDecimal("79.11")));
		assertThat(this.rule.check(wrong, ReviewContext.none()))
			.extracting(ReviewFinding::rule, ReviewFinding::severity, ReviewFinding::concern,
					ReviewFinding::explanation)
			.containsExactly(tuple("stated-rate", Severity.WARNING, Concern.EXECUTION,
					"填报的执行率 79.11% 与跟踪期执行数 ÷ 跟踪期预算数（69.12%）不符，相差超过金额舍入所能解释的 0.13 个百分点"));
	}

	@Test
	void truncatedRatesAsTheSeedsStateThemAreNoFinding() {
		// 工伤认定和劳动能力鉴定业务系统 states 7.25 for 0.50 of 6.89 万元 (7.2569…%).
		assertThat(form(MINHANG_TRACKING_2024, 1).execution().ratePercent()).isEqualByComparingTo("7.25");
		assertThat(SeedForms.all()).filteredOn((form) -> form.kind() == FormKind.TRACKING)
			.hasSize(9)
			.allSatisfy(
					(form) -> assertThat(this.rule.check(form, ReviewContext.none())).as(form.projectName()).isEmpty());
	}

}
