package cn.jixiao.portal.compare;

import java.math.BigDecimal;

import cn.jixiao.indexer.filing.FormKind;

/**
 * One filing as the comparison sees it: where it belongs (project, unit, department,
 * year) and the amounts its budget can be read from, all in 元 (the store converts
 * tracking forms from 万元).
 *
 * @param projectName the project's latest name
 * @param filedName the name this filing gives the project
 * @param total 年度资金申请总额 (tracking forms: 年度资金总额)
 * @param initialBudget a tracking form's 年初预算数
 */
record BudgetFiling(long filingId, long projectId, String projectName, String filedName, String projectKey, long unitId,
		String unitName, Long departmentId, String departmentName, int year, FormKind kind, String periodFrom,
		String periodTo, BigDecimal total, BigDecimal fiscal, BigDecimal carryover, BigDecimal other,
		BigDecimal initialBudget) {

	/** The budget this filing states, by {@link BudgetRule}. */
	BigDecimal budget() {
		return BudgetRule.amount(this);
	}

}
