package cn.jixiao.indexer.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Indicator;

import static cn.jixiao.indexer.review.Forms.indicator;
import static cn.jixiao.indexer.review.SeedForms.SONGJIANG_2025;
import static cn.jixiao.indexer.review.SeedForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FilingReviewTest {

	private final FilingReview review = FilingReview.standard();

	@Test
	void theStandardReviewHasEveryRuleOfThePackageOnceWithAStableKebabCaseId() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(FilingRule.class));
		Set<String> ruleClasses = scanner.findCandidateComponents(FilingRule.class.getPackageName())
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.collect(Collectors.toSet());
		assertThat(this.review.rules()).extracting((rule) -> rule.getClass().getName())
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(ruleClasses);
		assertThat(this.review.rules()).extracting(FilingRule::id)
			.doesNotHaveDuplicates()
			.allMatch((id) -> id.matches("[a-z]+(-[a-z]+)+"));
		assertThat(this.review.rules()).hasSize(17);
	}

	@Test
	void theLibraryScoresWithTheIndicatorRules() {
		assertThat(this.review.indicatorRules()).extracting(FilingRule::id)
			.containsExactly("target-missing", "not-quantified", "percent-range", "vague-target", "satisfaction-target",
					"unclear-deadline");
	}

	@Test
	void findingsComeErrorsFirstThenFormBeforeRowsInTheFormsOrder() {
		// 东西部协作和对口支援 (2025) lacks 满意度指标; here a row without target is added last.
		Filing seed = form(SONGJIANG_2025, 4);
		List<Indicator> rows = new ArrayList<>(seed.indicators());
		rows.add(indicator("产出指标", "数量指标", "劳务协作招聘会参会人数", null));
		List<ReviewFinding> findings = this.review.review(Forms.withIndicators(seed, rows), ReviewContext.none());
		assertThat(findings).extracting(ReviewFinding::severity, ReviewFinding::rule, ReviewFinding::indicator)
			.startsWith(tuple(Severity.ERROR, "level-missing", null), tuple(Severity.ERROR, "target-missing", 12));
		assertThat(findings).extracting(ReviewFinding::severity).isSortedAccordingTo(Enum::compareTo);
		assertThat(findings).filteredOn((finding) -> finding.severity() == Severity.WARNING)
			.extracting(ReviewFinding::indicator)
			.isSortedAccordingTo(Comparator.nullsFirst(Integer::compare));
	}

	@Test
	void aRowsNoteGivesWayToItsWarning() {
		// 残疾人就业保障金 (2026): 区域残疾人就业积极性提升 “提升” is vague (a warning) and in words (a note);
		// 就业保障金使用合规性 “合规” is only in words.
		List<ReviewFinding> findings = this.review.review(form(SeedForms.MINHANG_2026, 3), ReviewContext.none());
		assertThat(findings).filteredOn((finding) -> "区域残疾人就业积极性提升".equals(finding.indicatorName()))
			.extracting(ReviewFinding::rule, ReviewFinding::severity)
			.containsExactly(tuple("vague-target", Severity.WARNING));
		assertThat(findings).filteredOn((finding) -> "就业保障金使用合规性".equals(finding.indicatorName()))
			.extracting(ReviewFinding::rule, ReviewFinding::severity)
			.containsExactly(tuple("not-quantified", Severity.NOTE));
	}

}
