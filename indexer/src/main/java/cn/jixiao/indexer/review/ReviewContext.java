package cn.jixiao.indexer.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import cn.jixiao.indexer.filing.Filing;

/**
 * What a review may know beyond the form itself: the same project in other years (through
 * lineage), the indicator library, and peers' values. Without a store (a unit checking a
 * draft from the command line) there is none of it, and the rules that need it find
 * nothing.
 */
public interface ReviewContext {

	/**
	 * The same project's forms in other years, as lineage links them, nearest year first
	 * (the earlier of two equally near years first, a year's target form before its
	 * tracking form); never the form itself.
	 */
	List<Filing> sameProjectInOtherYears(Filing filing);

	/**
	 * The most used quantified way of writing an indicator of this name (under this
	 * level-2), as a fix to suggest.
	 */
	Optional<Suggestion> usualTarget(String level2, String name);

	/**
	 * The numbers other units' forms give for the same indicator (same name key) in the
	 * same unit of measure (元/人, 元/场 …).
	 */
	List<BigDecimal> peerNumbers(String name, String unit, Filing excluding);

	/** No store: history, library and peers are all empty. */
	static ReviewContext none() {
		return NoContext.INSTANCE;
	}

}
