package cn.jixiao.indexer.filing;

import java.math.BigDecimal;

/**
 * Budget execution of a tracking form (the 年度资金总额 row), amounts converted from 万元 to 元.
 *
 * @param ratePercent 执行率(%) as the unit stated it; it may disagree with executed ÷ period
 * budget
 */
public record Execution(BigDecimal initialBudget, BigDecimal periodBudget, BigDecimal periodExecuted,
		BigDecimal ratePercent) {

}
