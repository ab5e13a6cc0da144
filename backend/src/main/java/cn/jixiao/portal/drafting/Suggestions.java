package cn.jixiao.portal.drafting;

import java.util.List;

/**
 * What the portal proposes for a draft: indicators by level, and the past filings they
 * come from (the same project in other years first).
 */
record Suggestions(List<PastFiling> basis, List<Group> groups) {

	/** The suggestions under one 二级指标, the same project's first. */
	record Group(String level1, String level2, List<IndicatorSuggestion> suggestions) {
	}

}
