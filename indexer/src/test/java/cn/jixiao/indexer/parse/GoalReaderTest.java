package cn.jixiao.indexer.parse;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.FormKind;

import static org.assertj.core.api.Assertions.assertThat;

class GoalReaderTest {

	private final GoalReader reader = new GoalReader();

	@Test
	void goalPrintedInBothColumnsIsKeptOnce() {
		GoalReader.Goals goals = this.reader.read(FormKind.TARGET,
				TestRows.of("项目绩效目标\t项目总目标\t\t年度总目标\t", "\t( 2022 年 - 2022年 )\t\t\t", "\t年内完成维修。\t\t年内完成维修。"));
		assertThat(goals.annualGoal()).isEqualTo("年内完成维修。");
		assertThat(goals.goalProgress()).isNull();
	}

	@Test
	void htmlParagraphsAreJoinedWithoutSeparator() {
		GoalReader.Goals goals = this.reader.read(FormKind.TARGET,
				TestRows.of("项目绩效目标\t项目总目标\t\t年度总体目标\t\t", "\t\t\t<p>1、窗口单位。</p> <p>2、规范程序。</p>\t\t"));
		assertThat(goals.annualGoal()).isEqualTo("1、窗口单位。2、规范程序。");
	}

	@Test
	void goalCutByAPageBreakIsJoinedBack() {
		GoalReader.Goals goals = this.reader.read(FormKind.TARGET, TestRows.of("项目绩效目标\t项目总目标\t\t\t年度总体目标\t\t",
				"\t\t\t\t<p>（1）完成走访慰问工作，各单位认\t\t", "", "\t\t\t真贯彻落实退休干部管理政策。\t"));
		assertThat(goals.annualGoal()).isEqualTo("（1）完成走访慰问工作，各单位认真贯彻落实退休干部管理政策。");
	}

	@Test
	void trackingFormHasGoalAndProgressColumns() {
		GoalReader.Goals goals = this.reader.read(FormKind.TRACKING,
				TestRows.of("年度 总体 目标\t预期目标\t\t\t\t跟踪期实际完成情况\t\t\t", "\t政策宣传全覆盖。\t\t\t\t根据宣传工作正常执行。\t\t\t"));
		assertThat(goals.annualGoal()).isEqualTo("政策宣传全覆盖。");
		assertThat(goals.goalProgress()).isEqualTo("根据宣传工作正常执行。");
	}

	@Test
	void noGoalRowsMeansNoGoal() {
		assertThat(this.reader.read(FormKind.TARGET, TestRows.of("项目绩效目标\t项目总目标\t\t年度总体目标")).annualGoal()).isNull();
	}

}
