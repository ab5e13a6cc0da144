package cn.jixiao.indexer.review;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.ValueKind;

import static cn.jixiao.indexer.review.Facts.of;
import static cn.jixiao.indexer.review.Facts.quantitative;
import static cn.jixiao.indexer.review.Facts.words;
import static org.assertj.core.api.Assertions.assertThat;

/** Each rule on its own, on targets as the seeds write them. */
class IndicatorRulesTest {

	@Test
	void aMissingTargetCostsEverything() {
		TargetPresentRule rule = new TargetPresentRule();
		assertThat(keys(rule, of(null, "数量指标", "高龄老人慰问人数", null))).containsExactly("review.target.missing");
		assertThat(rule.check(of(ValueKind.QUALITATIVE, "数量指标", "x", "  ")).get(0).deduction()).isEqualTo(100);
		assertThat(rule.check(quantitative("数量指标", "鉴定工作完成率", "=", "100", "%"))).isEmpty();
	}

	@Test
	void quantitativeTargetsNeedOperatorAndUnit() {
		QuantifiedRule rule = new QuantifiedRule();
		assertThat(rule.check(quantitative("数量指标", "鉴定工作完成率", "=", "100.00", "%"))).isEmpty();
		assertThat(keys(rule, quantitative("数量指标", "送达文书数量", null, "12000", "份")))
			.containsExactly("review.quantified.noOperator");
		assertThat(keys(rule, quantitative("数量指标", "送达文书数量", "=", "12000", null)))
			.containsExactly("review.quantified.noUnit");
	}

	@Test
	void wordsWhereTheNameAsksForANumberCostMore() {
		QuantifiedRule rule = new QuantifiedRule();
		assertThat(keys(rule, words("质量指标", "资金使用合规性", "合规"))).containsExactly("review.quantified.qualitative");
		assertThat(keys(rule, words("时效指标", "征地养老资金发放及时率", "与政策规定一致"))).containsExactly("review.quantified.qualitative",
				"review.quantified.numericName");
		assertThat(keys(rule, words("数量指标", "培训开展情况", "完成"))).containsExactly("review.quantified.qualitative",
				"review.quantified.quantityLevel");
		assertThat(keys(rule, of(ValueKind.FREE_TEXT, "质量指标", "辅助工作", "从事各项管理辅助工作并协助配合领导做好日常工作")))
			.containsExactly("review.quantified.freeText");
		assertThat(rule.check(of(ValueKind.DEADLINE, "时效指标", "发放及时率", "每月10日"))).isEmpty();
	}

	@Test
	void percentagesStayBetweenZeroAndHundredAndCanFail() {
		PercentRangeRule rule = new PercentRangeRule();
		assertThat(rule.check(quantitative("质量指标", "系统运行稳定率", "≥", "98.00", "%"))).isEmpty();
		assertThat(rule.check(quantitative("数量指标", "慰问人数", "≥", "1500", "人次"))).isEmpty();
		List<IndicatorFinding> over = rule.check(quantitative("社会效益指标", "增长率", "=", "120.00", "%"));
		assertThat(over).extracting(IndicatorFinding::messageKey).containsExactly("review.percent.outOfRange");
		assertThat(over.get(0).arguments()).containsExactly("120");
		assertThat(keys(rule, quantitative("质量指标", "差错率", "≤", "100", "%")))
			.containsExactly("review.percent.alwaysMet");
		assertThat(keys(rule, quantitative("社会效益指标", "投诉数", "≥", "0", "件")))
			.containsExactly("review.percent.alwaysMet");
		assertThat(rule.check(quantitative("社会效益指标", "有责投诉数", "=", "0", "起"))).isEmpty();
	}

	@Test
	void directionWordsAloneAreVague() {
		VagueTargetRule rule = new VagueTargetRule();
		List<IndicatorFinding> findings = rule.check(words("社会效益指标", "政策宣传知晓率提升", "提升"));
		assertThat(findings).extracting(IndicatorFinding::messageKey).containsExactly("review.vague");
		assertThat(findings.get(0).arguments()).containsExactly("提升", "提升");
		assertThat(keys(rule, words("可持续影响指标", "长效管理制度执行有效性", "有效"))).containsExactly("review.vague");
		assertThat(keys(rule, words("社会效益指标", "x", "有效改善"))).containsExactly("review.vague");
		assertThat(rule.check(words("可持续影响指标", "长效管理机制健全性", "建立健全"))).isEmpty();
		assertThat(rule.check(words("质量指标", "资金使用合规性", "合规"))).isEmpty();
		assertThat(rule.check(words("社会效益指标", "x", "较上年提升5个百分点"))).isEmpty();
		assertThat(rule.check(quantitative("社会效益指标", "知晓率", "≥", "90", "%"))).isEmpty();
	}

	@Test
	void satisfactionCarriesAFloorInPercent() {
		SatisfactionRule rule = new SatisfactionRule();
		assertThat(rule.check(quantitative("服务对象满意度指标", "服务对象满意度", "≥", "90.00", "%"))).isEmpty();
		assertThat(keys(rule, words("服务对象满意度指标", "被调查者满意度", "满意"))).containsExactly("review.satisfaction.notNumber");
		assertThat(keys(rule, words("服务对象满意度指标", "群众获得感", "提升"))).containsExactly("review.satisfaction.notNumber");
		assertThat(keys(rule, words("社会效益指标", "群众满意度", "满意"))).containsExactly("review.satisfaction.notNumber");
		assertThat(keys(rule, quantitative("服务对象满意度指标", "服务对象满意度", "≥", "4.5", "分")))
			.containsExactly("review.satisfaction.notPercent");
		assertThat(keys(rule, quantitative("服务对象满意度指标", "服务对象满意度", "≤", "90", "%")))
			.containsExactly("review.satisfaction.ceiling");
		assertThat(rule.check(quantitative("服务对象满意度指标", "有责投诉数", "=", "0", "件"))).isEmpty();
		assertThat(rule.check(words("质量指标", "资金使用合规性", "合规"))).isEmpty();
	}

	@Test
	void deadlinesAreRecognisedAndJudgedByTheirClarity() {
		TimelinessRule rule = new TimelinessRule();
		List<IndicatorFinding> clear = rule.check(of(ValueKind.DEADLINE, "时效指标", "宣传品制作及时性", "2025年10月底前"));
		assertThat(clear).extracting(IndicatorFinding::messageKey).containsExactly("review.timeliness.clear");
		assertThat(clear.get(0).deduction()).isZero();
		for (String target : List.of("每月10日", "一季度一次", "敬老节前", "按月发放", "年内完成", "中心城区一个半小时内；郊区三个小时内")) {
			assertThat(keys(rule, of(ValueKind.DEADLINE, "时效指标", "x", target))).as(target)
				.containsExactly("review.timeliness.clear");
		}
		assertThat(keys(rule, of(ValueKind.DEADLINE, "时效指标", "案件办结及时性", "按期结案")))
			.containsExactly("review.timeliness.unclear");
		assertThat(keys(rule, of(ValueKind.DEADLINE, "社会效益指标", "x", "2025年11月")))
			.containsExactly("review.timeliness.otherLevel");
		assertThat(keys(rule, words("时效指标", "宣传品制作及时性", "及时"))).containsExactly("review.timeliness.noDeadline");
		assertThat(rule.check(words("质量指标", "x", "及时"))).isEmpty();
		assertThat(rule.check(words("时效指标", "x", "与政策规定一致"))).isEmpty();
		assertThat(rule.check(quantitative("时效指标", "发放及时率", "=", "100", "%"))).isEmpty();
	}

	private static List<String> keys(IndicatorRule rule, IndicatorFacts facts) {
		return rule.check(facts).stream().map(IndicatorFinding::messageKey).toList();
	}

}
