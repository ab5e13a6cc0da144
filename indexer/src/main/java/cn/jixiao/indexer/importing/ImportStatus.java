package cn.jixiao.indexer.importing;

/**
 * What importing a file did.
 */
public enum ImportStatus {

	/** A new file: its forms are in the store and the index. */
	IMPORTED,
	/** A known file with different bytes: its earlier forms were replaced as a whole. */
	REPLACED,
	/** The same bytes as already imported: nothing to do. */
	UNCHANGED,
	/**
	 * Not a readable filing: nothing was stored and what was imported before is
	 * untouched.
	 */
	REJECTED

}
