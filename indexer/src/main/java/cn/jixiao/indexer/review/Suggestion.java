package cn.jixiao.indexer.review;

/**
 * A fix drawn from the indicator library: how other filings write the indicator, e.g.
 * {@code 服务对象满意度 ≥95%}, used by 37 filings.
 *
 * @param name the 三级指标 name to use
 * @param target the usual target, as filings write it
 * @param filings how many filings use this name with this target
 */
public record Suggestion(String name, String target, long filings) {
}
