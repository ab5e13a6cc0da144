package cn.jixiao.indexer.index;

/**
 * What a search hit stands for: one indicator row, or a whole filing (project, goal text,
 * budget).
 */
public enum DocumentType {

	INDICATOR, FILING

}
