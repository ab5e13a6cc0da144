package cn.jixiao.indexer.review;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.Filing;

import static cn.jixiao.indexer.review.Forms.indicator;
import static cn.jixiao.indexer.review.SeedForms.MINHANG_2026;
import static cn.jixiao.indexer.review.SeedForms.SONGJIANG_2025;
import static cn.jixiao.indexer.review.SeedForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The indicator rules as the review applies them to the rows of a form: seed rows that
 * trigger each rule, seed forms each rule finds nothing in, and the library's fix.
 */
class IndicatorRulesOnFormsTest {

	private final ReviewContext none = ReviewContext.none();

	@Test
	void aRowWithoutTargetIsAnError() {
		// 松江区社会保障服务中心 业务培训: 每场参加培训人数 has no 指标值.
		List<ReviewFinding> findings = new TargetPresentRule().check(form(SONGJIANG_2025, 29), this.none);
		assertThat(findings)
			.extracting(ReviewFinding::rule, ReviewFinding::severity, ReviewFinding::concern, ReviewFinding::indicator,
					ReviewFinding::indicatorName, ReviewFinding::explanation)
			.containsExactly(tuple("target-missing", Severity.ERROR, Concern.INDICATOR, 1, "每场参加培训人数", "未填写指标值"));
		assertThat(new TargetPresentRule().check(form(MINHANG_2026, 1), this.none)).isEmpty();
	}

	@Test
	void vagueWordsAloneAreAWarningWithTheLibrarysUsualTargetAsTheFix() {
		// 松江区人社局 网络信息系统运行与维护: 辅助日常业务办理 只写“有效”.
		Filing form = form(SONGJIANG_2025, 1);
		Suggestion usual = new Suggestion("辅助日常业务办理", "≥95%", 3);
		List<ReviewFinding> findings = new VagueTargetRule().check(form,
				new StubContext().usualTarget("社会效益指标", usual));
		assertThat(findings)
			.extracting(ReviewFinding::rule, ReviewFinding::severity, ReviewFinding::indicator,
					ReviewFinding::suggestion)
			.containsExactly(tuple("vague-target", Severity.WARNING, 8, usual));
		assertThat(findings.get(0).explanation()).isEqualTo("指标值“有效”只说了方向（“有效”），没有可衡量的目标");
		// 鉴定、认定费 (2026): 公平公正 and 建立健全 are qualitative, not vague.
		assertThat(new VagueTargetRule().check(form(MINHANG_2026, 1), this.none)).isEmpty();
	}

	@Test
	void satisfactionInWordsIsAWarning() {
		// 松江区人社局 网络信息系统运行与维护: 使用者满意度 “满意”.
		assertThat(new SatisfactionRule().check(form(SONGJIANG_2025, 1), this.none))
			.extracting(ReviewFinding::severity, ReviewFinding::indicatorName, ReviewFinding::explanation)
			.containsExactly(tuple(Severity.WARNING, "使用者满意度", "满意度指标应写比例（如 ≥90%），而不是“满意”"));
		assertThat(new SatisfactionRule().check(form(MINHANG_2026, 1), this.none)).isEmpty();
	}

	@Test
	void wordsWhereANumberBelongsAreWarningsAndOtherWordsANote() {
		// 征地养老费支出 (2026): 征地养老资金发放及时率 “与政策规定一致”.
		assertThat(new QuantifiedRule().check(form(MINHANG_2026, 5), this.none))
			.filteredOn((finding) -> finding.indicatorName().equals("征地养老资金发放及时率"))
			.extracting(ReviewFinding::severity)
			.containsExactly(Severity.NOTE, Severity.WARNING);
		// 人力资源发展中心 编外人员工作经费: a sentence where a target belongs, and “提升” for an index.
		assertThat(new QuantifiedRule().check(form(SONGJIANG_2025, 31), this.none))
			.filteredOn((finding) -> finding.severity() == Severity.WARNING)
			.extracting(ReviewFinding::indicatorName)
			.containsExactly("辅助管理岗位编外人员工作成果", "提升退休干部幸福指数");
		// 鉴定、认定费 (2024 tracking): every number with operator and unit, two qualitative
		// rows.
		assertThat(new QuantifiedRule().check(form(SeedForms.MINHANG_TRACKING_2024, 2), this.none))
			.extracting(ReviewFinding::indicatorName, ReviewFinding::severity)
			.containsExactly(tuple("鉴定公平公正性", Severity.NOTE), tuple("动态管理机制建立情况", Severity.NOTE));
	}

	@Test
	void deadlinesWithoutADateAreWarningsAndClearOnesAreNotReported() {
		// 仲裁院 辅助业务管理与支持: 按期结案 has no date; 2025年11月 sits under 社会效益指标.
		assertThat(new TimelinessRule().check(form(SONGJIANG_2025, 14), this.none))
			.extracting(ReviewFinding::indicatorName, ReviewFinding::severity)
			.containsExactly(tuple("案件结案时间", Severity.WARNING), tuple("资金支付完成时间", Severity.NOTE));
		// 宣传费 (2026): 宣传品制作及时性 only says 及时.
		assertThat(new TimelinessRule().check(form(MINHANG_2026, 2), this.none))
			.extracting(ReviewFinding::indicatorName)
			.containsExactly("宣传品制作及时性");
		// 松江区人社局 业务培训: two clear deadlines (2025年10月底前), nothing to report.
		assertThat(new TimelinessRule().check(form(SONGJIANG_2025, 3), this.none)).isEmpty();
	}

	@Test
	void percentagesOutOfRangeAreWarningsAndTargetsThatCannotFailNotes() {
		// No seed states such a percentage: 仲裁院 宣传与推广 (2025) with made rows.
		Filing form = Forms.withIndicators(form(SONGJIANG_2025, 17),
				List.of(indicator("效益指标", "社会效益指标", "政策知晓率", "=120.00(%)"),
						indicator("产出指标", "质量指标", "宣传资料差错率", "≤100.00(%)"),
						indicator("满意度指标", "服务对象满意度指标", "宣传对象满意度", "≥85.00(%)")));
		assertThat(new PercentRangeRule().check(form, this.none))
			.extracting(ReviewFinding::indicator, ReviewFinding::severity, ReviewFinding::explanation)
			.containsExactly(tuple(0, Severity.WARNING, "百分比 120% 超出 0–100 的合理范围"),
					tuple(1, Severity.NOTE, "目标“≤100.00(%)”恒成立，衡量不了什么"));
		assertThat(SeedForms.all()).allSatisfy(
				(seed) -> assertThat(new PercentRangeRule().check(seed, this.none)).as(seed.projectName()).isEmpty());
	}

	@Test
	void aFixThatSaysWhatTheRowSaysIsNotOffered() {
		Filing form = Forms.withIndicators(form(SONGJIANG_2025, 17),
				List.of(indicator("产出指标", "质量指标", "宣传资料差错率", "≤100.00(%)")));
		ReviewContext library = new StubContext().usualTarget("质量指标", new Suggestion("宣传资料差错率", "≤100%", 4));
		assertThat(new PercentRangeRule().check(form, library)).extracting(ReviewFinding::suggestion)
			.containsOnlyNulls();
	}

}
