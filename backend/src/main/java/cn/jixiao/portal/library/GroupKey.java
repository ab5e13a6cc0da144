package cn.jixiao.portal.library;

/** An indicator group: one normalised name within one 二级指标. */
record GroupKey(String level2, String key) {
}
