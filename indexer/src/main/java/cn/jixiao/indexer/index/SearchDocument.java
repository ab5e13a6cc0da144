package cn.jixiao.indexer.index;

import java.math.BigDecimal;

import cn.jixiao.indexer.filing.FormKind;

/**
 * What the search index holds for one indicator or one filing. Built from the store, so
 * the index can always be rebuilt from it.
 *
 * @param id unique within the index: {@code indicator:<id>} or {@code filing:<id>}
 * @param name the 三级指标 name for indicators, the project name for filings
 * @param goal the 年度总体目标 (filings only)
 * @param budget 年度资金申请总额 in 元 (filings only)
 */
public record SearchDocument(String id, DocumentType type, long filingId, Long indicatorId, String sourceFile,
		FormKind kind, Integer year, String department, String unit, String projectName, String name, String level1,
		String level2, String target, String valueOperator, BigDecimal valueNumber, String valueUnit, String goal,
		BigDecimal budget) {

	public static String indicatorId(long id) {
		return "indicator:" + id;
	}

	public static String filingId(long id) {
		return "filing:" + id;
	}

}
