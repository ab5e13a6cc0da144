package cn.jixiao.indexer.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LevelResolverTest {

	private final LevelResolver resolver = new LevelResolver();

	@Test
	void levelTwoLabelFixesItsLevelOneWhereverItSits() {
		assertThat(this.resolver.next(null, "可持续影响指标")).isEqualTo(levels("效益指标", "可持续影响指标"));
	}

	@Test
	void explicitLevelOneThatContradictsTheTaxonomyIsOverruled() {
		assertThat(this.resolver.next("产出指标", "社会效益指标")).isEqualTo(levels("效益指标", "社会效益指标"));
	}

	@Test
	void rowWithoutLabelsInheritsThePreviousRow() {
		this.resolver.next("产出指标", "质量指标");
		assertThat(this.resolver.next(null, null)).isEqualTo(levels("产出指标", "质量指标"));
	}

	@Test
	void bareLevelOneOfTheSameGroupKeepsTheLevelTwo() {
		this.resolver.next("产出指标", "数量指标");
		assertThat(this.resolver.next("产出指标", null)).isEqualTo(levels("产出指标", "数量指标"));
	}

	@Test
	void bareLevelOneOfAnotherGroupLeavesLevelTwoUnknown() {
		this.resolver.next("产出指标", "数量指标");
		assertThat(this.resolver.next("效益指标", null)).isEqualTo(levels("效益指标", null));
	}

	@Test
	void bareSatisfactionLabelImpliesItsOnlyLevelTwo() {
		this.resolver.next("效益指标", "社会效益指标");
		assertThat(this.resolver.next("满意度指标", null)).isEqualTo(levels("满意度指标", "服务对象满意度指标"));
	}

	@Test
	void levelsAreUnknownBeforeAnyLabel() {
		assertThat(this.resolver.next(null, null)).isEqualTo(levels(null, null));
	}

	private static LevelResolver.Levels levels(String level1, String level2) {
		return new LevelResolver.Levels(level1, level2);
	}

}
