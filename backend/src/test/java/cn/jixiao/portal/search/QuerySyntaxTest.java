package cn.jixiao.portal.search;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.index.TargetFilter;
import cn.jixiao.indexer.index.TargetFilter.Comparison;

import static org.assertj.core.api.Assertions.assertThat;

class QuerySyntaxTest {

	@Test
	void splitsWordsFromATargetCondition() {
		QuerySyntax.Parsed parsed = QuerySyntax.parse("满意度 指标值<90%");
		assertThat(parsed.text()).isEqualTo("满意度");
		assertThat(parsed.filters()).containsExactly(TargetFilter.of(Comparison.LT, new BigDecimal("90"), "%"));
		assertThat(parsed.conditions().get(0)).extracting("keyword", "operator", "value")
			.containsExactly("指标值", "<", "90%");
		assertThat(parsed.conditions().get(0).source()).isEqualTo("指标值<90%");
	}

	@ParameterizedTest
	@CsvSource({ "指标值>=95, GE, 95, ", "指标值≥98%, GE, 98, %", "指标值≤260(元/人/案), LE, 260, 元/人/案", "指标值＞＝95％, GE, 95, %",
			"指标值＜９０％, LT, 90, %", "指标值≧1500人次, GE, 1500, 人次", "指标值≦3, LE, 3, ", "指标值=100.00(%), EQ, 100.00, %",
			"指标值﹦9块, EQ, 9, 块", "指标值 > 0.5 , GT, 0.5, ", "指标值<=80%, LE, 80, %" })
	void readsEveryOperatorInAsciiAndFullWidth(String box, Comparison comparison, String number, String unit) {
		QuerySyntax.Parsed parsed = QuerySyntax.parse(box);
		assertThat(parsed.text()).isEmpty();
		assertThat(parsed.filters()).containsExactly(TargetFilter.of(comparison, new BigDecimal(number), unit));
	}

	@Test
	void unitOfMeasureIsAnExactUnitCondition() {
		QuerySyntax.Parsed parsed = QuerySyntax.parse("补贴 单位=元/人 发放");
		assertThat(parsed.text()).isEqualTo("补贴 发放");
		assertThat(parsed.filters()).containsExactly(TargetFilter.unit("元/人"));
		assertThat(parsed.conditions().get(0)).extracting("keyword", "operator", "value")
			.containsExactly("单位", "=", "元/人");
		assertThat(QuerySyntax.parse("单位：人次").filters()).containsExactly(TargetFilter.unit("人次"));
	}

	@Test
	void conditionsCombineInTheOrderWritten() {
		QuerySyntax.Parsed parsed = QuerySyntax.parse("指标值>90 培训 指标值<100 单位=%");
		assertThat(parsed.text()).isEqualTo("培训");
		assertThat(parsed.filters()).containsExactly(TargetFilter.of(Comparison.GT, new BigDecimal("90"), null),
				TargetFilter.of(Comparison.LT, new BigDecimal("100"), null), TargetFilter.unit("%"));
	}

	@Test
	void aWordAfterASpaceIsTextNotAUnit() {
		QuerySyntax.Parsed parsed = QuerySyntax.parse("指标值>=95 满意度");
		assertThat(parsed.text()).isEqualTo("满意度");
		assertThat(parsed.filters()).containsExactly(TargetFilter.of(Comparison.GE, new BigDecimal("95"), null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "实施单位=松江", "指标值", "指标值<", "指标值<abc", "满意度", "单位=", "指标值>>90" })
	void whatIsNoConditionStaysText(String box) {
		QuerySyntax.Parsed parsed = QuerySyntax.parse(box);
		assertThat(parsed.conditions()).isEmpty();
		assertThat(parsed.text()).isEqualTo(box);
	}

	@Test
	void blankOrMissingBoxIsNoText() {
		assertThat(QuerySyntax.parse(null).text()).isEmpty();
		assertThat(QuerySyntax.parse(" \u3000 ").text()).isEmpty();
	}

}
