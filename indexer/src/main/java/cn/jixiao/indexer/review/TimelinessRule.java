package cn.jixiao.indexer.review;

import java.util.List;
import java.util.regex.Pattern;

import cn.jixiao.indexer.filing.Taxonomy;
import cn.jixiao.indexer.filing.ValueKind;

/**
 * Deadlines are targets of their own kind: a 时效指标 with a clear date or rhythm
 * (2025年10月底前, 每月10日, 一季度一次) is fine without operator, number and unit. A deadline
 * without a date (按期结案), a 时效指标 that only says 及时, or a deadline filed under another
 * level is not.
 */
class TimelinessRule implements IndicatorRule {

	static final String ID = "unclear-deadline";

	private static final Pattern CLEAR = Pattern
		.compile("\\d|[一二三四]季度|每(年|季|季度|月|周|日|天)|按(年|季|季度|月|周|日)" + "|年底|年末|月底|月末|年内|节前|上半年|下半年|小时|工作日|天内|日内");

	private static final Pattern ONLY_PROMPT = Pattern.compile("(及时|按时|准时|按期|迅速|快速|高效)(完成)?");

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<IndicatorFinding> check(IndicatorFacts facts) {
		boolean timeliness = Taxonomy.TIMELINESS.equals(facts.level2());
		String target = facts.targetText();
		if (facts.kind() == ValueKind.DEADLINE) {
			if (!CLEAR.matcher(target).find()) {
				return List.of(IndicatorFinding.of(Severity.WARNING, 30, "review.timeliness.unclear", target));
			}
			if (!timeliness) {
				return List.of(IndicatorFinding.of(Severity.NOTE, 10, "review.timeliness.otherLevel", target,
						String.valueOf(facts.level2())));
			}
			return List.of(IndicatorFinding.of(Severity.NOTE, 0, "review.timeliness.clear", target));
		}
		if (timeliness && facts.kind() == ValueKind.QUALITATIVE && ONLY_PROMPT.matcher(target).matches()) {
			return List.of(IndicatorFinding.of(Severity.WARNING, 30, "review.timeliness.noDeadline", target));
		}
		return List.of();
	}

}
