package cn.jixiao.portal.execution;

import java.util.List;

/**
 * A tracking form assessed: its budget progress, each indicator's progress, its flag (the
 * worst light) and its data-quality findings.
 */
record Assessment(TrackingRow row, Integer monthsElapsed, BudgetProgress budget, List<AssessedIndicator> indicators,
		Light indicatorLight, Light flag, List<Finding> findings) {

	record AssessedIndicator(IndicatorRow row, IndicatorProgress progress) {
	}

	long count(Light light) {
		return this.indicators.stream().filter((indicator) -> indicator.progress().light() == light).count();
	}

}
