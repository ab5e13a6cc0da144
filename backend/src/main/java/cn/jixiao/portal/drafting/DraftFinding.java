package cn.jixiao.portal.drafting;

import cn.jixiao.indexer.review.Concern;
import cn.jixiao.indexer.review.Severity;
import cn.jixiao.indexer.review.Suggestion;

/**
 * A review finding on a draft, placed on the editor's row it concerns.
 *
 * @param row 0-based row of the draft's indicator table when the finding concerns an
 * indicator, else {@code null} (the draft as a whole, its funds)
 */
record DraftFinding(String rule, Severity severity, Concern concern, Integer row, String indicatorName,
		String explanation, Suggestion suggestion) {

}
