package cn.jixiao.portal.drafting;

import cn.jixiao.indexer.store.DraftRow.SuggestedFrom;

/**
 * An indicator proposed for a draft.
 *
 * @param key the name key suggestions are deduplicated by
 * @param target the usual target: the one most filings write for this indicator (二级指标 and
 * name key), the latest breaking ties; {@code null} when none writes one
 * @param targetFilings how many filings write that target
 * @param filings how many filings use the indicator
 * @param lastTarget for the same project in another year, the target it had in its latest
 * year; else {@code null}
 * @param from the past filing it was seen in (the same project's latest, or the most
 * alike), as a draft row keeps it
 */
record IndicatorSuggestion(String level1, String level2, String name, String key, String target, long targetFilings,
		long filings, boolean sameLineage, String lastTarget, SuggestedFrom from) {

}
