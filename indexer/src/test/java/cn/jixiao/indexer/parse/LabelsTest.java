package cn.jixiao.indexer.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

	@Test
	void keyDropsLeadingOfWhichPrefix() {
		assertThat(Labels.key("其中: 当年财政拨款")).isEqualTo("当年财政拨款");
		assertThat(Labels.key("其中：上年结转资金")).isEqualTo("上年结转资金");
		assertThat(Labels.key("其中 其他资金")).isEqualTo("其他资金");
	}

	@Test
	void keyDropsTrailingColons() {
		assertThat(Labels.key("项目资金总额：")).isEqualTo("项目资金总额");
		assertThat(Labels.key("项目名称:")).isEqualTo("项目名称");
		assertThat(Labels.key("实施单位 ：:")).isEqualTo("实施单位");
	}

	@Test
	void keyRejoinsLabelSplitBySpaces() {
		assertThat(Labels.key("年度项目预算 完成可能性")).isEqualTo("年度项目预算完成可能性");
		assertThat(Labels.key("跟踪期实际 完成情况")).isEqualTo("跟踪期实际完成情况");
	}

	@Test
	void keyDropsBracketedMoneyOrPercentUnit() {
		assertThat(Labels.key("执行率(%)")).isEqualTo("执行率");
		assertThat(Labels.key("执行率（%）")).isEqualTo("执行率");
		assertThat(Labels.key("预算执行情况 (万元)")).isEqualTo("预算执行情况");
		assertThat(Labels.key("项目资金（元）：")).isEqualTo("项目资金");
	}

	@Test
	void keyKeepsBracketThatIsNotAUnit() {
		assertThat(Labels.key("实施单位（本级）")).isEqualTo("实施单位（本级）");
	}

	@Test
	void unitSuffixReadsBracketedUnit() {
		assertThat(Labels.unitSuffix("预算执行情况 (万元)")).isEqualTo("万元");
		assertThat(Labels.unitSuffix("项目资金（元）")).isEqualTo("元");
		assertThat(Labels.unitSuffix("执行率(%)")).isEqualTo("%");
	}

	@Test
	void unitSuffixIsNullWithoutTrailingBracket() {
		assertThat(Labels.unitSuffix("项目资金")).isNull();
		assertThat(Labels.unitSuffix("(万元)预算执行情况")).isNull();
	}

	@Test
	void recognisesDecoratedFormLabels() {
		assertThat(Labels.isAnyLabelKey(Labels.key("其中: 当年财政拨款"))).isTrue();
		assertThat(Labels.isAnyLabelKey(Labels.key("项目资金总额："))).isTrue();
		assertThat(Labels.isAnyLabelKey(Labels.key("年度项目预算 完成可能性"))).isTrue();
		assertThat(Labels.isAnyLabelKey(Labels.key("执行率(%)"))).isTrue();
		assertThat(Labels.isAnyLabelKey(Labels.key("项目 名称"))).isTrue();
		assertThat(Labels.isAnyLabelKey(Labels.key("年度总体目标"))).isTrue();
		assertThat(Labels.isAnyLabelKey(Labels.key("纠偏措施"))).isTrue();
	}

	@Test
	void doesNotTakeCellValuesForLabels() {
		assertThat(Labels.isAnyLabelKey(Labels.key("工伤认定和劳动能力鉴定业务系统（2024年运维）"))).isFalse();
		assertThat(Labels.isAnyLabelKey(Labels.key("上海市闵行区社会保障服务中心"))).isFalse();
		assertThat(Labels.isAnyLabelKey(Labels.key("510,000.00"))).isFalse();
		assertThat(Labels.isAnyLabelKey(Labels.key("经常性项目"))).isFalse();
	}

}
