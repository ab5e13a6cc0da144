package cn.jixiao.indexer.review;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not vague: a target in words that only names a direction (提升, 有效, 加强, 完善 …) with no
 * number says nothing anyone could measure at the year's end.
 */
class VagueTargetRule implements IndicatorRule {

	static final String ID = "vague-target";

	private static final Pattern VAGUE = Pattern
		.compile("提升|提高|有效|加强|完善|推动|推进|促进|优化|改善|保障|维护|保持|增强|缓解|减少|降低|缩短|扩大|巩固|持续|方便|整合");

	private static final Pattern DIGIT = Pattern.compile("\\d");

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<IndicatorFinding> check(IndicatorFacts facts) {
		if (!facts.isWords()) {
			return List.of();
		}
		String target = facts.targetText();
		Matcher vague = VAGUE.matcher(target);
		if (vague.find() && !DIGIT.matcher(target).find()) {
			return List.of(IndicatorFinding.of(Severity.WARNING, 40, "review.vague", target, vague.group()));
		}
		return List.of();
	}

}
