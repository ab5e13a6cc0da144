package cn.jixiao.portal.drafting;

/**
 * A past filing suggestions are drawn from.
 *
 * @param kind {@code target} or {@code tracking}
 * @param sameLineage whether lineage links it to the drafted project (the same project in
 * another year)
 */
record PastFiling(long id, String projectName, String unit, Integer year, String kind, boolean sameLineage) {

}
