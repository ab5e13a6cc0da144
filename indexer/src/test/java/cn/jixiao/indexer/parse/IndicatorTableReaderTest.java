package cn.jixiao.indexer.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.LineRange;
import cn.jixiao.indexer.filing.ValueKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class IndicatorTableReaderTest {

	private final IndicatorTableReader reader = new IndicatorTableReader();

	@Test
	void readsLabelsWhereverShiftedColumnsPutThem() {
		IndicatorTableReader.Table table = target(17, "绩效 指标\t产出指标\t数量指标\t鉴定工作完成率\t=100.00(%)\t",
				"\t\t质量指标\t鉴定结果准确性\t≥99.00(%)\t", "\t可持续影响指标\t动态管理机制建立情况\t建立健全\t\t",
				"满意度指标\t服务对象满意度指标\t鉴定对象满意度\t≥90.00(%)\t\t");
		assertThat(table.indicators())
			.extracting(Indicator::level1, Indicator::level2, Indicator::name, Indicator::target)
			.containsExactly(tuple("产出指标", "数量指标", "鉴定工作完成率", "=100.00(%)"),
					tuple("产出指标", "质量指标", "鉴定结果准确性", "≥99.00(%)"), tuple("效益指标", "可持续影响指标", "动态管理机制建立情况", "建立健全"),
					tuple("满意度指标", "服务对象满意度指标", "鉴定对象满意度", "≥90.00(%)"));
		assertThat(table.problems()).isEmpty();
	}

	@Test
	void spacedLabelsAreRecognised() {
		IndicatorTableReader.Table table = target(1, "满意度指 标\t服务对象 满意度指 标\t参训人员满意度\t\t≥95.00(%)\t",
				"\t\t可持续影 响指标\t培训相关资料保存完整性\t\t完整\t");
		assertThat(table.indicators()).extracting(Indicator::level2).containsExactly("服务对象满意度指标", "可持续影响指标");
	}

	@Test
	void nameSplitByAPageBreakIsJoinedBackWithTheValueAndLabelsOfItsSecondLine() {
		IndicatorTableReader.Table table = target(99, "\t\t\t\t各类宣传涉密数据泄漏率\t=0%", "\t告知单印制等各项宣传的及\t\t\t\t", "", "\n",
				"指标\t\t时效指标\t时性\t及时", "\t\t\t微信发布频次\t=4次/每月");
		List<Indicator> indicators = table.indicators();
		assertThat(indicators).hasSize(3);
		assertThat(indicators.get(1).name()).isEqualTo("告知单印制等各项宣传的及时性");
		assertThat(indicators.get(1).target()).isEqualTo("及时");
		assertThat(indicators.get(1).level2()).isEqualTo("时效指标");
		assertThat(indicators.get(1).lines()).isEqualTo(new LineRange(100, 103));
	}

	@Test
	void rowWithoutValueIsReportedAndTheNextRowStandsAlone() {
		IndicatorTableReader.Table table = target(691, "\t成本指标\t经济成本指标\t人均培训成本\t\t≤33.00(元)\t",
				"\t\t\t产出指标\t数量指标\t每场参加培训人数\t", "\t计划举办培训场次\t\t\t\t=3.00(场)\t");
		assertThat(table.indicators()).extracting(Indicator::name, Indicator::target)
			.containsExactly(tuple("人均培训成本", "≤33.00(元)"), tuple("每场参加培训人数", null), tuple("计划举办培训场次", "=3.00(场)"));
		assertThat(table.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isEqualTo(692);
			assertThat(problem.message()).isEqualTo("指标“每场参加培训人数”缺少指标值");
		});
	}

	@Test
	void levelTwoStemSplitFromItsSuffixStillCounts() {
		IndicatorTableReader.Table table = target(650, "效益指标\t社会效益\t保障工伤职工和单位的合法权益\t\t保障\t\t", "",
				"\t\t指标\t保障有序开展工伤认定和劳动能力 鉴定工作\t保障");
		assertThat(table.indicators()).extracting(Indicator::level2, Indicator::name)
			.containsExactly(tuple("社会效益指标", "保障工伤职工和单位的合法权益"), tuple("社会效益指标", "保障有序开展工伤认定和劳动能力鉴定工作"));
	}

	@Test
	void satisfactionIndicatorNamedLikeItsLabelIsAnIndicator() {
		IndicatorTableReader.Table table = target(1, "\t满意度指标\t服务对象满意度指标\t服务对象满意度\t≥90.00(%)\t");
		assertThat(table.indicators()).extracting(Indicator::name).containsExactly("服务对象满意度");
	}

	@Test
	void trackingRowsCarryPlannedActualAndDeviation() {
		IndicatorTableReader.Table table = this.reader.read("001.txt", FormKind.TRACKING,
				TestRows.from(51, "绩效 指标\t产出指标\t数量指标\t鉴定工作完成率\t=100.00(%)\t89.98\t89.98\t无偏差\t"));
		Indicator indicator = table.indicators().get(0);
		assertThat(indicator.planned()).isEqualTo("89.98");
		assertThat(indicator.actual()).isEqualTo("89.98");
		assertThat(indicator.deviation()).isEqualTo("无偏差");
		assertThat(indicator.value().kind()).isEqualTo(ValueKind.QUANTITATIVE);
	}

	@Test
	void rowBeforeAnyLabelIsReportedWithUnknownLevels() {
		IndicatorTableReader.Table table = target(5, "\t\t\t到岗率\t=100.00(%)");
		assertThat(table.indicators()).extracting(Indicator::level1).containsOnlyNulls();
		assertThat(table.problems()).extracting(p -> p.message()).containsExactly("无法确定指标“到岗率”的一级/二级指标");
	}

	private IndicatorTableReader.Table target(int firstLine, String... lines) {
		return this.reader.read("a.txt", FormKind.TARGET, TestRows.from(firstLine, lines));
	}

}
