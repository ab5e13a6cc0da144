package cn.jixiao.indexer.store;

import cn.jixiao.indexer.filing.Funds;

/**
 * What a draft says above its indicator table, as on the 财政项目支出绩效目标申报表.
 *
 * @param year the budget year the draft is for
 * @param funds in 元; {@code projectTotal} is not drafted, a blank amount is not stated
 * @param annualGoal 年度总体目标
 */
public record DraftHeader(String projectName, String unit, String department, Integer year, String projectNature,
		String projectCategory, Funds funds, String annualGoal) {

	public DraftHeader {
		funds = (funds != null) ? funds : Funds.NONE;
	}

}
