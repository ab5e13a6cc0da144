package cn.jixiao.indexer.index;

/**
 * The dimensions analysts narrow a search by; each counts its values over the current
 * hits.
 */
public enum SearchFacet {

	UNIT, DEPARTMENT, YEAR, LEVEL1, LEVEL2, KIND

}
