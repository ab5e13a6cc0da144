package cn.jixiao.indexer.parse;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.TargetValue;
import cn.jixiao.indexer.filing.ValueKind;

import static org.assertj.core.api.Assertions.assertThat;

class TargetValueParserTest {

	private final TargetValueParser parser = new TargetValueParser();

	@Test
	void readsEqualsNumberAndBracketedPercent() {
		assertThat(this.parser.parse("=100.00(%)")).isEqualTo(quantitative("=", "100.00", "%", "=100.00(%)"));
	}

	@Test
	void readsGreaterOrEqualPercent() {
		assertThat(this.parser.parse("≥90.00(%)")).isEqualTo(quantitative("≥", "90.00", "%", "≥90.00(%)"));
	}

	@Test
	void readsCompoundUnitInBrackets() {
		assertThat(this.parser.parse("≤260.00(元/人/案)"))
			.isEqualTo(quantitative("≤", "260.00", "元/人/案", "≤260.00(元/人/案)"));
	}

	@Test
	void readsUnitWithoutBrackets() {
		assertThat(this.parser.parse("=9块")).isEqualTo(quantitative("=", "9", "块", "=9块"));
		assertThat(this.parser.parse("≥1500人次")).isEqualTo(quantitative("≥", "1500", "人次", "≥1500人次"));
		assertThat(this.parser.parse(">3000000万/人次")).isEqualTo(quantitative(">", "3000000", "万/人次", ">3000000万/人次"));
		assertThat(this.parser.parse("<16.00(万元)")).isEqualTo(quantitative("<", "16.00", "万元", "<16.00(万元)"));
	}

	@Test
	void readsRateUnitAsQuantityNotDeadline() {
		assertThat(this.parser.parse("=4次/每月")).isEqualTo(quantitative("=", "4", "次/每月", "=4次/每月"));
		assertThat(this.parser.parse("≤30日")).isEqualTo(quantitative("≤", "30", "日", "≤30日"));
	}

	@Test
	void keepsNestedBracketsInsideUnit() {
		assertThat(this.parser.parse("≤5.20(元/吨(立方米))"))
			.isEqualTo(quantitative("≤", "5.20", "元/吨(立方米)", "≤5.20(元/吨(立方米))"));
	}

	@Test
	void unwrapsFullWidthBrackets() {
		assertThat(this.parser.parse("=100.00（%）")).isEqualTo(quantitative("=", "100.00", "%", "=100.00（%）"));
		assertThat(this.parser.parse("≥95（人次）")).isEqualTo(quantitative("≥", "95", "人次", "≥95（人次）"));
	}

	@Test
	void readsValueWithSpacesAndKeepsRawAsGiven() {
		assertThat(this.parser.parse("=100.00 (%)")).isEqualTo(quantitative("=", "100.00", "%", "=100.00 (%)"));
		assertThat(this.parser.parse("≥ 95 %")).isEqualTo(quantitative("≥", "95", "%", "≥ 95 %"));
	}

	@Test
	void foldsAsciiOperatorsButKeepsRawAsWritten() {
		assertThat(this.parser.parse(">=95%")).isEqualTo(quantitative("≥", "95", "%", ">=95%"));
		assertThat(this.parser.parse("<=5%")).isEqualTo(quantitative("≤", "5", "%", "<=5%"));
	}

	@Test
	void foldsVariantOperatorsButKeepsRawAsWritten() {
		assertThat(this.parser.parse("≧90%")).isEqualTo(quantitative("≥", "90", "%", "≧90%"));
		assertThat(this.parser.parse("≦3天")).isEqualTo(quantitative("≤", "3", "天", "≦3天"));
		assertThat(this.parser.parse("﹦100(%)")).isEqualTo(quantitative("=", "100", "%", "﹦100(%)"));
		assertThat(this.parser.parse("＝12(次)")).isEqualTo(quantitative("=", "12", "次", "＝12(次)"));
	}

	@Test
	void readsStrictOperators() {
		assertThat(this.parser.parse(">0")).isEqualTo(quantitative(">", "0", null, ">0"));
		assertThat(this.parser.parse("<10.00(%)")).isEqualTo(quantitative("<", "10.00", "%", "<10.00(%)"));
	}

	@Test
	void readsNumberWithoutOperator() {
		assertThat(this.parser.parse("95%")).isEqualTo(quantitative(null, "95", "%", "95%"));
		assertThat(this.parser.parse("1500人次")).isEqualTo(quantitative(null, "1500", "人次", "1500人次"));
		assertThat(this.parser.parse("2000")).isEqualTo(quantitative(null, "2000", null, "2000"));
	}

	@Test
	void readsLargeDecimalWithoutOperatorAsQuantityNotDate() {
		assertThat(this.parser.parse("12000.00(份)")).isEqualTo(quantitative(null, "12000.00", "份", "12000.00(份)"));
		assertThat(this.parser.parse("1500.00")).isEqualTo(quantitative(null, "1500.00", null, "1500.00"));
	}

	@Test
	void readsYearAndMonthWithSeparatorAsDeadline() {
		assertThat(this.parser.parse("2025.10")).isEqualTo(deadline("2025.10"));
		assertThat(this.parser.parse("2025-10")).isEqualTo(deadline("2025-10"));
	}

	@Test
	void readsWrappedYearMonthDeadline() {
		assertThat(this.parser.parse("2025 年 10 月底前")).isEqualTo(deadline("2025 年 10 月底前"));
	}

	@Test
	void readsRecurringDayDeadline() {
		assertThat(this.parser.parse("每月10日")).isEqualTo(deadline("每月10日"));
	}

	@Test
	void readsFestivalDeadline() {
		assertThat(this.parser.parse("2024年重阳节前")).isEqualTo(deadline("2024年重阳节前"));
	}

	@Test
	void readsQuarterlyRhythm() {
		assertThat(this.parser.parse("一季度一次")).isEqualTo(deadline("一季度一次"));
	}

	@Test
	void readsMonthRangeDeadline() {
		assertThat(this.parser.parse("2025年5-7月")).isEqualTo(deadline("2025年5-7月"));
	}

	@Test
	void readsMonthlyRhythm() {
		assertThat(this.parser.parse("按月发放")).isEqualTo(deadline("按月发放"));
	}

	@Test
	void readsYearAloneAsDeadlineNotQuantity() {
		assertThat(this.parser.parse("2025年")).isEqualTo(deadline("2025年"));
	}

	@Test
	void readsShortWordsAsQualitative() {
		assertThat(this.parser.parse("及时")).isEqualTo(qualitative("及时"));
		assertThat(this.parser.parse("有效")).isEqualTo(qualitative("有效"));
		assertThat(this.parser.parse("建立健全")).isEqualTo(qualitative("建立健全"));
		assertThat(this.parser.parse("满意")).isEqualTo(qualitative("满意"));
	}

	@Test
	void readsShortPhraseWithoutDigitsAsQualitative() {
		assertThat(this.parser.parse("不影响日常业务工作开展")).isEqualTo(qualitative("不影响日常业务工作开展"));
	}

	@Test
	void readsSentenceWithNumberAsFreeText() {
		String raw = "按照缴费当月职工社保缴费基数下限计算的用人单位缴纳社会保险费的50%";
		assertThat(this.parser.parse(raw)).isEqualTo(new TargetValue(ValueKind.FREE_TEXT, null, null, null, raw));
	}

	@Test
	void readsLongTextWithoutDigitsAsFreeText() {
		String raw = "进一步提高社会保障经办服务水平和群众获得感";
		assertThat(this.parser.parse(raw)).isEqualTo(new TargetValue(ValueKind.FREE_TEXT, null, null, null, raw));
	}

	@Test
	void readsQuantityFollowedByMoreNumbersAsFreeText() {
		String raw = "≥95%且≤100%";
		assertThat(this.parser.parse(raw)).isEqualTo(new TargetValue(ValueKind.FREE_TEXT, null, null, null, raw));
	}

	@Test
	void givesNullForMissingValue() {
		assertThat(this.parser.parse(null)).isNull();
		assertThat(this.parser.parse("")).isNull();
		assertThat(this.parser.parse(" \t\u3000")).isNull();
	}

	private static TargetValue quantitative(String operator, String number, String unit, String raw) {
		return new TargetValue(ValueKind.QUANTITATIVE, operator, new BigDecimal(number), unit, raw);
	}

	private static TargetValue deadline(String raw) {
		return new TargetValue(ValueKind.DEADLINE, null, null, null, raw);
	}

	private static TargetValue qualitative(String raw) {
		return new TargetValue(ValueKind.QUALITATIVE, null, null, null, raw);
	}

}
