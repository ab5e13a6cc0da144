package cn.jixiao.indexer.review;

import java.util.List;

import org.junit.jupiter.api.Test;

import static cn.jixiao.indexer.review.Forms.indicator;
import static cn.jixiao.indexer.review.SeedForms.PUJIN_2024;
import static cn.jixiao.indexer.review.SeedForms.SONGJIANG_2025;
import static cn.jixiao.indexer.review.SeedForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class InputsAsOutputsRuleTest {

	private final InputsAsOutputsRule rule = new InputsAsOutputsRule();

	@Test
	void staffCountedAsOutputIsAWarning() {
		// 松江区人社局 编外人员工作经费 (2025): 项目投入的人数 ≤14人 under 数量指标.
		assertThat(this.rule.check(form(SONGJIANG_2025, 10), ReviewContext.none()))
			.extracting(ReviewFinding::rule, ReviewFinding::severity, ReviewFinding::indicator,
					ReviewFinding::explanation)
			.containsExactly(tuple("input-as-output", Severity.WARNING, 1, "“项目投入的人数”计的是项目投入的人员（≤14.00(人)），不是产出"));
	}

	@Test
	void inTheSeedsOnlyStaffCountsAreFound() {
		List<String> found = SeedForms.all()
			.stream()
			.flatMap((form) -> this.rule.check(form, ReviewContext.none()).stream())
			.map(ReviewFinding::indicatorName)
			.toList();
		assertThat(found).containsExactly("购买雇员数量", "项目投入的人数", "编外人员数量", "录用非编人员数", "非编人员数", "编外人员数量");
	}

	@Test
	void moneyCountedAsOutputIsAWarningButAUnitCostIsNot() {
		// No seed counts money under 产出指标.
		var form = Forms.withIndicators(form(PUJIN_2024, 2),
				List.of(indicator("产出指标", "数量指标", "就业补助资金发放金额", "≥216.30(万元)"),
						indicator("产出指标", "数量指标", "就业补助人均单价", "≤90125(元/人)"),
						indicator("成本指标", "经济成本指标", "失业特困丧劳相关补贴成本", "≤231000.00(元)")));
		assertThat(this.rule.check(form, ReviewContext.none()))
			.extracting(ReviewFinding::indicator, ReviewFinding::explanation)
			.containsExactly(tuple(0, "“就业补助资金发放金额”以金额计（≥216.30(万元)），是投入的资金，不是产出"));
	}

	@Test
	void staysSilentOnPeopleServed() {
		// 浦锦 万人就业项目 (2024): 万人就业人员补助发放人数 ≥24人 counts people helped.
		assertThat(this.rule.check(form(PUJIN_2024, 2), ReviewContext.none())).isEmpty();
	}

}
