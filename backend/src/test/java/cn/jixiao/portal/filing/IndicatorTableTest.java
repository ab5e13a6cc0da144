package cn.jixiao.portal.filing;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.portal.filing.FilingView.IndicatorRow;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorTableTest {

	private static IndicatorRow row(long id, String level1, String level2) {
		return new IndicatorRow(id, level1, level2, "指标" + id, null, null, null, null, null, null, null, null, 1, 1,
				List.of());
	}

	@Test
	void mergesConsecutiveRowsOfOneLevelAsThePaperFormDoes() {
		List<IndicatorTable.Level1> levels = IndicatorTable
			.group(List.of(row(1, "产出指标", "数量指标"), row(2, "产出指标", "数量指标"), row(3, "产出指标", "质量指标"),
					row(4, "效益指标", "社会效益指标"), row(5, "满意度指标", "服务对象满意度指标")));
		assertThat(levels).extracting(IndicatorTable.Level1::level1).containsExactly("产出指标", "效益指标", "满意度指标");
		assertThat(levels).extracting(IndicatorTable.Level1::rowCount).containsExactly(3, 1, 1);
		assertThat(levels.get(0).groups()).extracting(IndicatorTable.Level2::level2).containsExactly("数量指标", "质量指标");
		assertThat(levels.get(0).groups().get(0).rows()).extracting(IndicatorRow::id).containsExactly(1L, 2L);
	}

	@Test
	void sameLevel2UnderAnotherLevel1StartsANewCell() {
		List<IndicatorTable.Level1> levels = IndicatorTable
			.group(List.of(row(1, "产出指标", null), row(2, "效益指标", null), row(3, "效益指标", null)));
		assertThat(levels).extracting(IndicatorTable.Level1::rowCount).containsExactly(1, 2);
		assertThat(levels.get(1).groups()).hasSize(1);
	}

	@Test
	void aLevelReturningLaterIsAnotherCellInFiledOrder() {
		List<IndicatorTable.Level1> levels = IndicatorTable
			.group(List.of(row(1, "产出指标", "数量指标"), row(2, "效益指标", "社会效益指标"), row(3, "产出指标", "数量指标")));
		assertThat(levels).extracting(IndicatorTable.Level1::level1).containsExactly("产出指标", "效益指标", "产出指标");
	}

	@Test
	void noRowsNoLevels() {
		assertThat(IndicatorTable.group(List.of())).isEmpty();
	}

}
