package cn.jixiao.portal.compare;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.store.LineageDecision;
import cn.jixiao.indexer.store.LinkReason;

/**
 * A project's lineage as the page shows it: its filings in order, the links between
 * consecutive ones, the unit's other projects it could be joined with, and the splits
 * analysts made.
 */
record Lineage(long projectId, String name, long unitId, String unitName, String departmentName, List<Integer> years,
		List<Step> filings, List<Link> links, List<Sibling> siblings, List<Split> splits) {

	/**
	 * One filing of the project; {@code counted} says whether its budget is the year's
	 * (see {@link BudgetRule}).
	 */
	record Step(long filingId, int year, FormKind kind, String name, String periodFrom, String periodTo,
			BigDecimal budget, boolean counted) {

	}

	/**
	 * A link between consecutive filings. Only links between different name keys can be
	 * confirmed or split: decisions are kept by name key.
	 */
	record Link(long fromFilingId, long toFilingId, LinkReason reason, BigDecimal score, boolean decidable) {

	}

	/**
	 * Another project of the unit and the two filings (one of each, nearest in year, with
	 * different name keys) a confirmation would join; {@code null} filings when none
	 * qualify.
	 */
	record Sibling(long projectId, String name, List<Integer> years, Long filingId, Long otherFilingId) {

	}

	/**
	 * An analyst's split between one of this project's names and another project, with
	 * the two filings that would join them again.
	 */
	record Split(String name, String otherName, Long otherProjectId, Long filingId, Long otherFilingId,
			LineageDecision.Verdict verdict, Instant decidedAt) {

	}

}
