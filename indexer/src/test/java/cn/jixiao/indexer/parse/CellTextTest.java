package cn.jixiao.indexer.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextTest {

	@Test
	void dropsSpaceNextToChineseText() {
		assertThat(CellText.normalise("局 WIFI 无线")).isEqualTo("局WIFI无线");
		assertThat(CellText.normalise("东西部协作和 对口支援")).isEqualTo("东西部协作和对口支援");
	}

	@Test
	void dropsSpacesInWrappedDeadline() {
		assertThat(CellText.normalise("2025 年 10 月底前")).isEqualTo("2025年10月底前");
	}

	@Test
	void keepsSpaceBetweenAsciiLettersAndDigitsOnly() {
		assertThat(CellText.normalise("V3.0 and 2")).isEqualTo("V3.0 and 2");
		assertThat(CellText.normalise("V3.0 系统")).isEqualTo("V3.0系统");
		assertThat(CellText.normalise("=100.00 (%)")).isEqualTo("=100.00(%)");
	}

	@Test
	void collapsesWhitespaceRunsToOneSpace() {
		assertThat(CellText.normalise("Excel \t\u3000 2016")).isEqualTo("Excel 2016");
	}

	@Test
	void trimsLeadingAndTrailingWhitespace() {
		assertThat(CellText.normalise(" \t 及时 \u3000")).isEqualTo("及时");
	}

	@Test
	void treatsByteOrderMarkNoBreakAndZeroWidthSpacesAsWhitespace() {
		assertThat(CellText.normalise("\ufeff项目\u00a0名称\u200b")).isEqualTo("项目名称");
	}

	@Test
	void leavesEmptyCellEmpty() {
		assertThat(CellText.normalise("")).isEmpty();
	}

	@Test
	void stripsParagraphTagsAndConcatenatesParagraphs() {
		assertThat(CellText.normalise("<p>1、保障案件办理。</p> <p>2、提升服务质量。</p>")).isEqualTo("1、保障案件办理。2、提升服务质量。");
	}

	@Test
	void stripsOtherTagsAndComments() {
		assertThat(CellText.normalise("<div class=\"goal\">政策宣传<br/>全覆盖<!-- x --></div>")).isEqualTo("政策宣传全覆盖");
	}

	@Test
	void keepsLessThanValueThatIsNotATag() {
		assertThat(CellText.normalise("<16.00(万元)")).isEqualTo("<16.00(万元)");
		assertThat(CellText.normalise("<10.00(%)")).isEqualTo("<10.00(%)");
	}

	@Test
	void keepsAngleBracketsAroundNonAsciiText() {
		assertThat(CellText.normalise("<a小于5>")).isEqualTo("<a小于5>");
	}

	@Test
	void decodesHtmlEntitiesAfterStrippingTags() {
		assertThat(CellText.normalise("&lt;16.00(万元)")).isEqualTo("<16.00(万元)");
		assertThat(CellText.normalise("&gt;=95%")).isEqualTo(">=95%");
		assertThat(CellText.normalise("A&amp;B&nbsp;C")).isEqualTo("A&B C");
	}

	@Test
	void convertsLatexGreaterOrEqualPercent() {
		assertThat(CellText.normalise("$\\geq 95\\%$")).isEqualTo("≥95%");
		assertThat(CellText.normalise("$\\geq 90.00\\%$")).isEqualTo("≥90.00%");
	}

	@Test
	void convertsLatexComparisonVariants() {
		assertThat(CellText.normalise("$\\leq 5$")).isEqualTo("≤5");
		assertThat(CellText.normalise("$\\geqslant 90\\%$")).isEqualTo("≥90%");
		assertThat(CellText.normalise("$\\leqslant 3$")).isEqualTo("≤3");
		assertThat(CellText.normalise("$\\ge 1$")).isEqualTo("≥1");
		assertThat(CellText.normalise("$\\neq 0$")).isEqualTo("≠0");
	}

	@Test
	void keepsTextAroundLatexMath() {
		assertThat(CellText.normalise("满意度 $\\geq 95\\%$ 以上")).isEqualTo("满意度≥95%以上");
	}

	@Test
	void dropsLatexTextCommandAndBraces() {
		assertThat(CellText.normalise("$\\geq 1500 \\text{人次}$")).isEqualTo("≥1500人次");
	}

	@Test
	void dropsLatexLeftAndRightDelimiterCommands() {
		assertThat(CellText.normalise("$\\geq 95\\left( \\% \\right)$")).isEqualTo("≥95(%)");
	}

	@Test
	void keepsUnpairedDollarSign() {
		assertThat(CellText.normalise("$100")).isEqualTo("$100");
	}

	@Test
	void compactRemovesTheSpacesANormalisedCellKept() {
		assertThat(CellText.compact("可持续影 响指标")).isEqualTo("可持续影响指标");
		assertThat(CellText.compact(CellText.normalise(" 服务对象\u3000满意度指\t标 "))).isEqualTo("服务对象满意度指标");
		assertThat(CellText.compact("V3.0 and 2")).isEqualTo("V3.0and2");
	}

	@Test
	void compactLeavesTextWithoutSpacesUnchanged() {
		assertThat(CellText.compact("经济成本指标")).isEqualTo("经济成本指标");
	}

}
