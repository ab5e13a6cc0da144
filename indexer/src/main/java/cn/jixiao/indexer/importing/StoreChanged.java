package cn.jixiao.indexer.importing;

/**
 * Published after an import stored files or an analyst's lineage decision relinked a
 * unit: what is derived from the whole store (the review's findings, whose history rules
 * read other filings) may have changed. Listeners must not do that work on the
 * publisher's thread: the import or the decision returns only after they do.
 *
 * @param cause what changed, for the log
 */
public record StoreChanged(Cause cause) {

	public enum Cause {

		IMPORT, LINEAGE_DECISION

	}

}
