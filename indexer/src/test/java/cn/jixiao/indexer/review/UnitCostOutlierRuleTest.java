package cn.jixiao.indexer.review;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.Filing;

import static cn.jixiao.indexer.review.Forms.indicator;
import static cn.jixiao.indexer.review.SeedForms.PUJIN_2024;
import static cn.jixiao.indexer.review.SeedForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class UnitCostOutlierRuleTest {

	private final UnitCostOutlierRule rule = new UnitCostOutlierRule();

	/** 浦锦 万人就业项目 (2024): 就业补助人均单价 ≤90125(元/人). No seed name has five peers. */
	private final Filing subsidy = form(PUJIN_2024, 2);

	@Test
	void aUnitCostFarOutsideThePeersRangeIsAWarning() {
		StubContext peers = new StubContext().peers("60000", "70000", "72000", "75000", "80000");
		List<ReviewFinding> findings = this.rule.check(this.subsidy, peers);
		assertThat(findings).extracting(ReviewFinding::rule, ReviewFinding::severity, ReviewFinding::indicator)
			.containsExactly(tuple("unit-cost-outlier", Severity.WARNING, 0));
		assertThat(this.rule.check(this.subsidy, new StubContext().peers("1000", "1200", "1500", "2000", "2500")))
			.singleElement()
			.extracting(ReviewFinding::explanation)
			.isEqualTo("单位成本“≤90125(元/人)”远离其他单位同名指标的水平：5 个同名指标（元/人）的中位数 1500，四分位 1200–2000；"
					+ "超出四分位区间 1.5 倍四分位距以外（0–3200）");
	}

	@Test
	void staysSilentWithinTheFencesOrWithFewerThanFivePeers() {
		assertThat(this.rule.check(this.subsidy, new StubContext().peers("60000", "72000", "80000", "85000", "70000")))
			.isEmpty();
		assertThat(this.rule.check(this.subsidy, new StubContext().peers("1000", "1200", "1500", "2000"))).isEmpty();
		assertThat(this.rule.check(this.subsidy, ReviewContext.none())).isEmpty();
	}

	@Test
	void onlyMoneyPerSomethingIsAUnitCost() {
		Filing totals = Forms.withIndicators(this.subsidy,
				List.of(indicator("成本指标", "经济成本指标", "失业特困丧劳相关补贴成本", "≤231000.00(元)"),
						indicator("满意度指标", "服务对象满意度指标", "就业人员满意率", "≥90.00(%)")));
		assertThat(this.rule.check(totals, new StubContext().peers("1", "2", "3", "4", "5"))).isEmpty();
	}

}
