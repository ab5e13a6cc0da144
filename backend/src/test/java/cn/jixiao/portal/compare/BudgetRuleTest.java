package cn.jixiao.portal.compare;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.FormKind;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetRuleTest {

	@Test
	void trackingFormsStateTheirInitialBudget() {
		BudgetFiling tracking = tracking(1, 10, 2024, "400500.00", "400500.00");
		assertThat(BudgetRule.amount(tracking)).isEqualByComparingTo("400500");
		assertThat(BudgetRule.amount(tracking(2, 10, 2024, "5", null))).isEqualByComparingTo("5");
	}

	@Test
	void targetFormsStateTheirRequestOrTheSumOfStatedSources() {
		assertThat(BudgetRule.amount(target(1, 10, 2026, "510000", null, null))).isEqualByComparingTo("510000");
		assertThat(BudgetRule.amount(target(1, 10, 2026, null, "300", "20"))).isEqualByComparingTo("320");
		assertThat(BudgetRule.amount(target(1, 10, 2026, null, null, null))).isNull();
	}

	@Test
	void aProjectWithBothFormsInAYearCountsOnceWithTheTrackingForm() {
		BudgetFiling target = target(1, 10, 2024, "510000", null, null);
		BudgetFiling tracking = tracking(2, 10, 2024, "400500", "400500");
		List<BudgetRule.Choice> choices = BudgetRule.choose(List.of(target, tracking));
		assertThat(choices).hasSize(1);
		assertThat(choices.get(0).counted()).isEqualTo(tracking);
		assertThat(choices.get(0).other()).isEqualTo(target);
		assertThat(choices.get(0).amount()).isEqualByComparingTo("400500");
	}

	@Test
	void aFormThatStatesNoAmountGivesWayToOneThatDoes() {
		BudgetFiling target = target(1, 10, 2024, "510000", null, null);
		BudgetFiling tracking = tracking(2, 10, 2024, null, null);
		assertThat(BudgetRule.choose(List.of(tracking, target)).get(0).counted()).isEqualTo(target);
	}

	@Test
	void matrixTotalsAddEachProjectOncePerYearAndLeaveUnstatedAmountsOut() {
		BudgetMatrix matrix = BudgetMatrix.of(List.of(tracking(1, 10, 2024, "100", "100"),
				target(2, 10, 2024, "999", null, null), target(3, 10, 2026, "150", null, null),
				target(4, 11, 2026, "50", null, null), target(5, 12, 2026, null, null, null)));
		assertThat(matrix.years()).containsExactly(2024, 2026);
		assertThat(matrix.yearTotals().get(0)).isEqualByComparingTo("100");
		assertThat(matrix.yearTotals().get(1)).isEqualByComparingTo("200");
		assertThat(matrix.total()).isEqualByComparingTo("300");
		assertThat(matrix.projects()).extracting(BudgetMatrix.ProjectRow::projectId).containsExactly(10L, 11L, 12L);
		assertThat(matrix.projects().get(0).cells().get(0).otherAmount()).isEqualByComparingTo("999");
		assertThat(matrix.projects().get(1).cells().get(0)).isNull();
		assertThat(matrix.projects().get(2).total()).isNull();
	}

	@Test
	void departmentTotalsSumTheirProjects() {
		DepartmentTotals totals = DepartmentTotals.of(List.of(tracking(1, 10, 2024, "100", "100"),
				target(2, 10, 2024, "999", null, null), target(3, 11, 2024, "50", null, null)));
		assertThat(totals.departments()).hasSize(1);
		assertThat(totals.departments().get(0).amounts().get(0)).isEqualByComparingTo("150");
		assertThat(totals.departments().get(0).units()).isEqualTo(1);
	}

	static BudgetFiling target(long id, long project, int year, String total, String fiscal, String other) {
		return new BudgetFiling(id, project, "项目" + project, "项目" + project, "项目" + project, 1, "单位", 7L, "部门", year,
				FormKind.TARGET, null, null, decimal(total), decimal(fiscal), null, decimal(other), null);
	}

	static BudgetFiling tracking(long id, long project, int year, String initial, String total) {
		return new BudgetFiling(id, project, "项目" + project, "项目" + project, "项目" + project, 1, "单位", 7L, "部门", year,
				FormKind.TRACKING, "2024-01", "2024-08", decimal(total), decimal(total), null, null, decimal(initial));
	}

	private static BigDecimal decimal(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

}
