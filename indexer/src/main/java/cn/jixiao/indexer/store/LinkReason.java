package cn.jixiao.indexer.store;

/**
 * Why two filings of a unit are taken for the same project in different years.
 */
public enum LinkReason {

	/** The names are the same as written. */
	SAME_NAME,
	/** The names match once years, 运维/建设 suffixes, brackets and widths are set aside. */
	NORMALISED_NAME,
	/** The names differ; the goal texts are (nearly) the same. */
	GOAL_TEXT,
	/** The names differ; the indicator sets are (nearly) the same. */
	INDICATORS,
	/** An analyst confirmed the link. */
	CONFIRMED

}
