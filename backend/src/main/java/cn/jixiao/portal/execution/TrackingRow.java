package cn.jixiao.portal.execution;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A tracking form as execution monitoring reads it from the store: amounts in 元 (the form
 * states them in 万元 with two decimals; the parser converts them), the stated 执行率 in
 * percent as written.
 */
record TrackingRow(long id, String projectName, String unit, String department, Integer year, String periodFrom,
		String periodTo, BigDecimal initialBudget, BigDecimal periodBudget, BigDecimal executed, BigDecimal statedRate,
		String correctiveMeasures, String fileName, int firstLine) {

	/**
	 * Months of the budget year passed at the end of the period (2024-01..2024-08 → 8):
	 * the execution figures are the year's to date. {@code null} without a period or when
	 * it ends outside the form's year.
	 */
	Integer monthsElapsed() {
		YearMonth to = parse(this.periodTo);
		if (to == null || (this.year != null && to.getYear() != this.year)) {
			return null;
		}
		return to.getMonthValue();
	}

	boolean hasPeriod() {
		return parse(this.periodFrom) != null && parse(this.periodTo) != null;
	}

	/**
	 * The 跟踪期预算数 (the year's budget as adjusted by the end of the period, the base of the
	 * stated 执行率), else the 年初预算数.
	 */
	BigDecimal budget() {
		return (this.periodBudget != null) ? this.periodBudget : this.initialBudget;
	}

	private static YearMonth parse(String yearMonth) {
		if (yearMonth == null) {
			return null;
		}
		try {
			return YearMonth.parse(yearMonth);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
