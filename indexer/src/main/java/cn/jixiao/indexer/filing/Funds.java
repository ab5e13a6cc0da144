package cn.jixiao.indexer.filing;

import java.math.BigDecimal;

/**
 * Project funds in 元. A {@code null} amount means the cell was blank: not stated, which
 * is not zero.
 *
 * @param total 年度资金申请总额 (tracking forms: 年度资金总额, 年初预算数)
 * @param fiscal 当年财政拨款
 * @param carryover 上年结转资金
 * @param other 其他资金
 * @param projectTotal 项目资金总额, filled only by some layouts
 */
public record Funds(BigDecimal total, BigDecimal fiscal, BigDecimal carryover, BigDecimal other,
		BigDecimal projectTotal) {

	public static final Funds NONE = new Funds(null, null, null, null, null);

}
