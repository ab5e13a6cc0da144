package cn.jixiao.indexer.index;

/**
 * Order of hits: best match first, or newest year first (ties by relevance).
 */
public enum SearchSort {

	RELEVANCE, YEAR

}
