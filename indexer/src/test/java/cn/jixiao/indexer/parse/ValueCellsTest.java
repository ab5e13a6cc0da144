package cn.jixiao.indexer.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValueCellsTest {

	private static final int TARGET_FORM = 0;

	private static final int TRACKING_FORM = 3;

	@Test
	void joinsOperatorNumberAndBracketedUnit() {
		assertThat(ValueCells.join(List.of("工伤认定办结率", "=", "100.00", "(%)"), TARGET_FORM)).containsExactly("工伤认定办结率",
				"=100.00(%)");
	}

	@Test
	void joinsOperatorNumberAndBareUnitOnTargetForm() {
		assertThat(ValueCells.join(List.of("培训人次", "≥", "1500", "人次"), TARGET_FORM)).containsExactly("培训人次", "≥1500人次");
	}

	@Test
	void joinsOperatorNumberAndPercentSign() {
		assertThat(ValueCells.join(List.of("满意度", "≥", "95", "%"), TARGET_FORM)).containsExactly("满意度", "≥95%");
	}

	@Test
	void joinsOperatorAndNumberWithoutUnit() {
		assertThat(ValueCells.join(List.of("投诉次数", "<", "3"), TARGET_FORM)).containsExactly("投诉次数", "<3");
	}

	@Test
	void keepsOperatorAsWrittenWhenJoining() {
		assertThat(ValueCells.join(List.of("满意度", ">=", "95", "%"), TARGET_FORM)).containsExactly("满意度", ">=95%");
	}

	@Test
	void keepsLevelCellsBeforeTheName() {
		assertThat(ValueCells.join(List.of("产出指标", "数量指标", "宣传册印制", "=", "9", "块"), TARGET_FORM))
			.containsExactly("产出指标", "数量指标", "宣传册印制", "=9块");
	}

	@Test
	void joinsBracketedUnitOnTrackingForm() {
		assertThat(ValueCells.join(List.of("告知单印制数", "=", "12000.00", "(份)", "10000.00", "10000.00", "无偏差"),
				TRACKING_FORM))
			.containsExactly("告知单印制数", "=12000.00(份)", "10000.00", "10000.00", "无偏差");
	}

	@Test
	void joinsBareUnitOnTrackingFormWhenPlannedActualAndDeviationFollow() {
		assertThat(ValueCells.join(List.of("鉴定专家人数", "=", "11.00", "人", "11.00", "11.00", "无偏差"), TRACKING_FORM))
			.containsExactly("鉴定专家人数", "=11.00人", "11.00", "11.00", "无偏差");
	}

	@Test
	void doesNotTakePlannedValueForUnitOnTrackingForm() {
		assertThat(ValueCells.join(List.of("鉴定专家人数", "=", "11.00", "11.00", "11.00", "无偏差"), TRACKING_FORM))
			.containsExactly("鉴定专家人数", "=11.00", "11.00", "11.00", "无偏差");
	}

	@Test
	void doesNotTakeWordPlannedValueForUnitOnTrackingForm() {
		assertThat(ValueCells.join(List.of("服务对象满意度", "≥", "90", "满意", "满意", "无偏差"), TRACKING_FORM))
			.containsExactly("服务对象满意度", "≥90", "满意", "满意", "无偏差");
	}

	@Test
	void leavesRowWithWholeValueUnchanged() {
		assertThat(ValueCells.join(List.of("工伤认定办结率", "=100.00(%)"), TARGET_FORM)).containsExactly("工伤认定办结率",
				"=100.00(%)");
		assertThat(ValueCells.join(List.of("告知单印制数", "=12000.00(份)", "10000.00", "10000.00", "无偏差"), TRACKING_FORM))
			.containsExactly("告知单印制数", "=12000.00(份)", "10000.00", "10000.00", "无偏差");
	}

	@Test
	void leavesOperatorFollowedByNonNumberUnchanged() {
		assertThat(ValueCells.join(List.of("服务满意度", "=", "满意"), TARGET_FORM)).containsExactly("服务满意度", "=", "满意");
		assertThat(ValueCells.join(List.of("服务满意度", "≥", "(%)"), TARGET_FORM)).containsExactly("服务满意度", "≥", "(%)");
	}

	@Test
	void leavesTrailingOperatorUnchanged() {
		assertThat(ValueCells.join(List.of("服务满意度", "≥"), TARGET_FORM)).containsExactly("服务满意度", "≥");
	}

	@Test
	void doesNotTakeFirstCellForOperator() {
		assertThat(ValueCells.join(List.of("=", "100", "%"), TARGET_FORM)).containsExactly("=", "100", "%");
	}

}
