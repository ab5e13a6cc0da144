package cn.jixiao.indexer.review;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Taxonomy;

/**
 * A project has at least one indicator in each of 产出, 效益 and 满意度: what it makes, what
 * that achieves and whether those served are content.
 */
class LevelsPresentRule implements FilingRule {

	static final String ID = "level-missing";

	private static final List<String> REQUIRED = List.of(Taxonomy.OUTPUT, Taxonomy.BENEFIT, Taxonomy.SATISFACTION);

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<ReviewFinding> check(Filing filing, ReviewContext context) {
		Set<String> present = filing.indicators().stream().map(Levels::level1).collect(Collectors.toSet());
		return REQUIRED.stream()
			.filter((level1) -> !present.contains(level1))
			.map((level1) -> new ReviewFinding(ID, Severity.ERROR, Concern.FORM, null, null,
					ReviewMessages.text("review.level.missing", level1), null))
			.toList();
	}

}
