package cn.jixiao.portal.execution;

import cn.jixiao.indexer.filing.TargetValue;

/**
 * A tracking form's indicator row: the annual target, the period's planned and actual.
 */
record IndicatorRow(long filingId, int position, String level1, String level2, String name, TargetValue target,
		String planned, String actual, String deviation, int firstLine) {

	String targetText() {
		return (this.target != null) ? this.target.raw() : null;
	}

}
