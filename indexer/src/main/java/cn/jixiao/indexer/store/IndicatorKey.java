package cn.jixiao.indexer.store;

/**
 * An indicator's name key and the filing it belongs to.
 */
public record IndicatorKey(long filingId, String nameKey) {

}
