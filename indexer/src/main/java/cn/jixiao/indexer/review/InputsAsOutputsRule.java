package cn.jixiao.indexer.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.Taxonomy;
import cn.jixiao.indexer.filing.TargetValue;

/**
 * Money or staff put into a project are not what it produces. Narrowly: an 产出指标 counted
 * in an amount of money (元, 万元 …, not per head, which is a unit cost), or one counting
 * the project's own staff in 人/名 (编外人员数量, 项目投入的人数); people served (发放人数, 培训人数) are
 * outputs and stay out.
 */
class InputsAsOutputsRule implements FilingRule {

	static final String ID = "input-as-output";

	private static final Set<String> MONEY = Set.of("元", "千元", "万元", "亿元");

	private static final Set<String> HEADCOUNT = Set.of("人", "名");

	private static final Pattern STAFF = Pattern.compile("编外人员|非编人员|雇员|工作人员|聘用人员|辅助人员|派遣人员|投入的?人数");

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<ReviewFinding> check(Filing filing, ReviewContext context) {
		List<ReviewFinding> findings = new ArrayList<>();
		List<Indicator> indicators = filing.indicators();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			TargetValue value = indicator.value();
			if (!Taxonomy.OUTPUT.equals(Levels.level1(indicator)) || value == null || !value.isQuantitative()) {
				continue;
			}
			String key = null;
			if (MONEY.contains(value.unit())) {
				key = "review.input.money";
			}
			else if (HEADCOUNT.contains(value.unit()) && STAFF.matcher(indicator.name()).find()) {
				key = "review.input.staff";
			}
			if (key != null) {
				findings.add(new ReviewFinding(ID, Severity.WARNING, Concern.INDICATOR, i, indicator.name(),
						ReviewMessages.text(key, indicator.name(), indicator.target()), null));
			}
		}
		return findings;
	}

}
