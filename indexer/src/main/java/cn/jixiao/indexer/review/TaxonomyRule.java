package cn.jixiao.indexer.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.Taxonomy;

/**
 * The taxonomy is closed: every 一级/二级 label is one of its own, and a 二级指标 sits under the
 * 一级指标 it belongs to. The parser puts shifted labels right; drafts and other tools may
 * not.
 */
class TaxonomyRule implements FilingRule {

	static final String ID = "level-mismatch";

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
			String level1 = indicator.level1();
			String level2 = indicator.level2();
			boolean knownLevel1 = level1 != null && Taxonomy.isLevel1(level1);
			if (level1 != null && !knownLevel1) {
				findings.add(finding(i, indicator, ReviewMessages.text("review.level.unknownLevel1", level1)));
			}
			if (level2 == null) {
				continue;
			}
			Optional<String> parent = Taxonomy.parentOf(level2);
			if (parent.isEmpty()) {
				findings.add(finding(i, indicator, ReviewMessages.text("review.level.unknownLevel2", level2)));
			}
			else if (knownLevel1 && !parent.get().equals(level1)) {
				findings.add(finding(i, indicator,
						ReviewMessages.text("review.level.mismatch", level2, parent.get(), level1)));
			}
		}
		return findings;
	}

	private static ReviewFinding finding(int row, Indicator indicator, String explanation) {
		return new ReviewFinding(ID, Severity.ERROR, Concern.INDICATOR, row, indicator.name(), explanation, null);
	}

}
