package cn.jixiao.indexer.store;

/**
 * One indicator row of a draft.
 *
 * @param origin whether the analyst took it from the suggestions or wrote it
 * @param source where a suggested row came from; {@code null} for the analyst's own
 */
public record DraftRow(String level1, String level2, String name, String target, Origin origin, SuggestedFrom source) {

	/** Where a row of a draft comes from. */
	public enum Origin {

		SUGGESTED, OWN

	}

	/**
	 * The past filing a suggestion was seen in, as it was when the analyst took it.
	 *
	 * @param filingId the filing (it may since have been replaced by a re-import)
	 * @param filings how many filings used the indicator
	 * @param sameLineage whether the filing is the same project in another year
	 */
	public record SuggestedFrom(Long filingId, String projectName, Integer year, Integer filings, boolean sameLineage) {

	}

}
