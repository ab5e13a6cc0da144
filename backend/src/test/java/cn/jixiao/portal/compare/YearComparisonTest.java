package cn.jixiao.portal.compare;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.FormKind;

import static org.assertj.core.api.Assertions.assertThat;

class YearComparisonTest {

	@Test
	void matchesIndicatorsByNameKeyWithinTheirLevel2() {
		List<YearComparison.Indicator> before = List.of(quantity("案件调查完成率", "=100.00(%)", "=", "100", "%"),
				quality("外调获取有效证据率", ">95%", ">", "95", "%"), quality("信息核实确认", "=100%", "=", "100", "%"),
				satisfaction("服务对象满意度", "满意"));
		List<YearComparison.Indicator> after = List.of(quantity("案件调查完成率", "=100%", "=", "100.0", "%"),
				quality("外调获取有效证据率", ">98%", ">", "98", "%"), quality("信息核实准确率", "=100%", "=", "100", "%"),
				satisfaction("服务对象满意度", "满意"), quantity("外调获取有效证据率", ">95%", ">", "95", "%"));
		List<YearComparison.Row> rows = YearComparison.rows(before, after);
		assertThat(rows).extracting(YearComparison.Row::status)
			.containsExactly(YearComparison.Status.UNCHANGED, YearComparison.Status.ADDED,
					YearComparison.Status.CHANGED, YearComparison.Status.ADDED, YearComparison.Status.REMOVED,
					YearComparison.Status.UNCHANGED);
		assertThat(rows.get(2).fromTarget()).isEqualTo(">95%");
		assertThat(rows.get(2).toTarget()).isEqualTo(">98%");
		assertThat(rows.get(4).fromName()).isEqualTo("信息核实确认");
		assertThat(rows.get(4).toName()).isNull();
	}

	@Test
	void qualitativeTargetsCompareAsTextWithWidthsAndSpacesAside() {
		assertThat(YearComparison.sameTarget(satisfaction("a", "及 时"), satisfaction("a", "及时"))).isTrue();
		assertThat(YearComparison.sameTarget(satisfaction("a", "及时"), satisfaction("a", "有效"))).isFalse();
	}

	@Test
	void budgetDifferenceAndChangeInPercent() {
		YearComparison comparison = YearComparison.of(1, "案件调查经费", "单位",
				new YearComparison.Side(2024, 82, FormKind.TRACKING, "外省市差旅费", new BigDecimal("300000")),
				new YearComparison.Side(2026, 42, FormKind.TARGET, "案件调查经费", new BigDecimal("180000")), List.of(),
				List.of(), List.of(2024, 2026));
		assertThat(comparison.budgetDifference()).isEqualByComparingTo("-120000");
		assertThat(comparison.budgetChangePercent()).isEqualByComparingTo("-40.0");
	}

	private static YearComparison.Indicator quantity(String name, String target, String operator, String number,
			String unit) {
		return new YearComparison.Indicator("产出指标", "数量指标", name, name, target, operator, new BigDecimal(number), unit);
	}

	private static YearComparison.Indicator quality(String name, String target, String operator, String number,
			String unit) {
		return new YearComparison.Indicator("产出指标", "质量指标", name, name, target, operator, new BigDecimal(number), unit);
	}

	private static YearComparison.Indicator satisfaction(String name, String target) {
		return new YearComparison.Indicator("满意度指标", "服务对象满意度指标", name, name, target, null, null, null);
	}

}
