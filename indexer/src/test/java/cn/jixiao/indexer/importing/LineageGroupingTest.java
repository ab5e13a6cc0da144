package cn.jixiao.indexer.importing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.indexer.store.LineageDecision;
import cn.jixiao.indexer.store.LinkReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Grouping one unit's filings into projects across years, on small constructed
 * candidates.
 */
class LineageGroupingTest {

	private static final String UNIT = "unit";

	private static final String GOAL = "做好工伤认定案件调查工作，确保案件调查及时、准确，维护职工和用人单位合法权益";

	private static final String OTHER_GOAL = "开展就业创业政策宣传，提升群众知晓率";

	private static final List<String> INDICATORS = List.of("邮寄文书数量", "邮寄送达准确性", "文书送达及时性", "邮寄对象满意度");

	@Test
	void sameNameInTwoYearsIsOneProjectLinkedBySameName() {
		LineageCandidate tracking = candidate(1, "鉴定、认定费", 2024, FormKind.TRACKING, GOAL, INDICATORS);
		LineageCandidate target = candidate(2, "鉴定、认定费", 2026, FormKind.TARGET, OTHER_GOAL, List.of());
		List<LineageGrouping.Project> projects = LineageGrouping.group(List.of(target, tracking), List.of());
		assertThat(projects).singleElement().satisfies((project) -> {
			assertThat(project.filings()).containsExactly(tracking, target);
			assertThat(project.links()).singleElement()
				.isEqualTo(new LineageGrouping.Link(tracking, target, LinkReason.SAME_NAME, BigDecimal.ONE));
		});
	}

	@Test
	void namesThatDifferInYearAndBracketsAreLinkedByNormalisedName() {
		LineageCandidate y2024 = candidate(1, "业务系统（2024年运维）", 2024, FormKind.TRACKING, GOAL, List.of());
		LineageCandidate y2025 = candidate(2, "业务系统(2025年运维)", 2025, FormKind.TARGET, OTHER_GOAL, List.of());
		assertThat(LineageGrouping.group(List.of(y2024, y2025), List.of())).singleElement()
			.satisfies((project) -> assertThat(project.links()).singleElement()
				.extracting(LineageGrouping.Link::reason)
				.isEqualTo(LinkReason.NORMALISED_NAME));
	}

	@Test
	void renamedProjectWithTheSameGoalIsLinkedByGoalText() {
		LineageCandidate travel = candidate(1, "外省市差旅费", 2024, FormKind.TRACKING, GOAL, List.of("出差人次"));
		LineageCandidate cases = candidate(2, "案件调查经费", 2026, FormKind.TARGET, GOAL + "。", List.of("案件调查数"));
		assertThat(LineageGrouping.group(List.of(travel, cases), List.of())).singleElement()
			.satisfies((project) -> assertThat(project.links()).singleElement().satisfies((link) -> {
				assertThat(link.from()).isEqualTo(travel);
				assertThat(link.reason()).isEqualTo(LinkReason.GOAL_TEXT);
				assertThat(link.score()).isEqualByComparingTo("1");
			}));
	}

	@Test
	void renamedProjectWithTheSameIndicatorsIsLinkedByIndicators() {
		LineageCandidate postage = candidate(1, "邮寄费", 2024, FormKind.TRACKING, GOAL, INDICATORS);
		LineageCandidate support = candidate(2, "保障工作经费", 2026, FormKind.TARGET, OTHER_GOAL,
				List.of("邮寄文书数量", "邮寄送达准确性", "文书送达及时性", "邮寄对象、接待对象满意度"));
		assertThat(LineageGrouping.group(List.of(postage, support), List.of())).singleElement()
			.satisfies((project) -> assertThat(project.links()).singleElement().satisfies((link) -> {
				assertThat(link.reason()).isEqualTo(LinkReason.INDICATORS);
				assertThat(link.score()).isEqualByComparingTo("1");
			}));
	}

	@Test
	void weakEvidenceLeavesProjectsApart() {
		LineageCandidate a = candidate(1, "宣传费", 2024, FormKind.TRACKING, GOAL, INDICATORS);
		LineageCandidate b = candidate(2, "征地养老费支出", 2026, FormKind.TARGET, OTHER_GOAL, List.of("征地养老人员数", "邮寄对象满意度"));
		assertThat(LineageGrouping.evidence(a, b).score()).isLessThan(LineageGrouping.LINK_THRESHOLD);
		assertThat(LineageGrouping.group(List.of(a, b), List.of())).hasSize(2)
			.allSatisfy((project) -> assertThat(project.links()).isEmpty());
	}

	@Test
	void projectNeverHoldsTwoFilingsOfTheSameYearAndKind() {
		LineageCandidate first = candidate(1, "案件调查经费", 2024, FormKind.TRACKING, GOAL, List.of());
		LineageCandidate second = candidate(2, "外省市差旅费", 2024, FormKind.TRACKING, GOAL, List.of());
		LineageCandidate next = candidate(3, "调查经费", 2026, FormKind.TARGET, GOAL, List.of());
		List<LineageGrouping.Project> projects = LineageGrouping.group(List.of(first, second, next), List.of());
		assertThat(projects).hasSize(2)
			.allSatisfy((project) -> assertThat(project.filings()).extracting(LineageCandidate::slot)
				.doesNotHaveDuplicates());
	}

	@Test
	void trackingFollowsTargetWithinAYear() {
		LineageCandidate tracking = candidate(1, "宣传费", 2025, FormKind.TRACKING, GOAL, List.of());
		LineageCandidate target = candidate(2, "宣传费", 2025, FormKind.TARGET, GOAL, List.of());
		assertThat(LineageGrouping.group(List.of(tracking, target), List.of())).singleElement()
			.satisfies((project) -> assertThat(project.filings()).containsExactly(target, tracking));
	}

	@Test
	void splitDecisionOverridesTheEvidence() {
		LineageCandidate travel = candidate(1, "外省市差旅费", 2024, FormKind.TRACKING, GOAL, List.of());
		LineageCandidate cases = candidate(2, "案件调查经费", 2026, FormKind.TARGET, GOAL, List.of());
		List<LineageDecision> split = List.of(decision("案件调查经费", "外省市差旅费", LineageDecision.Verdict.SPLIT));
		assertThat(LineageGrouping.group(List.of(travel, cases), split)).hasSize(2);
	}

	@Test
	void confirmDecisionLinksFilingsWithoutEvidence() {
		LineageCandidate a = candidate(1, "政府购买辅助服务", 2024, FormKind.TRACKING, GOAL, INDICATORS);
		LineageCandidate b = candidate(2, "残疾人就业保障金", 2026, FormKind.TARGET, OTHER_GOAL, List.of());
		List<LineageDecision> confirm = List.of(decision("政府购买辅助服务", "残疾人就业保障金", LineageDecision.Verdict.CONFIRM));
		assertThat(LineageGrouping.group(List.of(a, b), confirm)).singleElement()
			.satisfies((project) -> assertThat(project.links()).singleElement()
				.isEqualTo(new LineageGrouping.Link(a, b, LinkReason.CONFIRMED, BigDecimal.ONE)));
	}

	/**
	 * Three years of one goal under three names; the analyst says the 2024 filing is not
	 * the 2025 one. Evidence between 2024 and 2026 must not bring the split pair back
	 * into one project.
	 */
	@Test
	void splitPairStaysApartWhenAThirdFilingMatchesBoth() {
		LineageCandidate y2024 = candidate(1, "外省市差旅费", 2024, FormKind.TRACKING, GOAL, List.of());
		LineageCandidate y2025 = candidate(2, "调查差旅费", 2025, FormKind.TARGET, GOAL, List.of());
		LineageCandidate y2026 = candidate(3, "案件调查经费", 2026, FormKind.TARGET, GOAL, List.of());
		List<LineageDecision> split = List.of(decision("外省市差旅费", "调查差旅费", LineageDecision.Verdict.SPLIT));
		assertThat(names(LineageGrouping.group(List.of(y2024, y2025, y2026), split)))
			.noneMatch((project) -> project.containsAll(List.of("外省市差旅费", "调查差旅费")));
	}

	@Test
	void evidenceTakesTheStrongerOfGoalAndIndicators() {
		LineageCandidate a = candidate(1, "a", 2024, FormKind.TRACKING, GOAL, INDICATORS);
		LineageCandidate b = candidate(2, "b", 2026, FormKind.TARGET, OTHER_GOAL, INDICATORS);
		LineageGrouping.Evidence evidence = LineageGrouping.evidence(a, b);
		assertThat(evidence.reason()).isEqualTo(LinkReason.INDICATORS);
		assertThat(evidence.score()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void twoFilingsWithTheSameNameInOneYearAreTwoProjectsWithDistinctAnchors() {
		List<LineageGrouping.Project> projects = LineageGrouping
			.group(List.of(candidate(1, "业务培训", 2025, FormKind.TARGET, GOAL, INDICATORS),
					candidate(2, "业务培训", 2025, FormKind.TARGET, OTHER_GOAL, List.of("培训场次")),
					candidate(3, "业务培训", 2026, FormKind.TARGET, GOAL, INDICATORS)), List.of());
		assertThat(projects).hasSize(2);
		assertThat(projects).extracting(LineageGrouping.Project::anchor).containsExactly("业务培训", "业务培训#2");
		assertThat(projects.get(0).filings()).extracting(LineageCandidate::id).containsExactly(1L, 3L);
	}

	private static LineageCandidate candidate(long id, String name, int year, FormKind kind, String goal,
			List<String> indicators) {
		return new LineageCandidate(id, name, NameKeys.project(name), year, kind, TextSimilarity.bigrams(goal),
				indicators.stream().map(NameKeys::indicator).map(TextSimilarity::bigrams).toList());
	}

	private static LineageDecision decision(String a, String b, LineageDecision.Verdict verdict) {
		return new LineageDecision(UNIT, NameKeys.project(a), NameKeys.project(b), verdict, "analyst", Instant.now());
	}

	private static List<List<String>> names(List<LineageGrouping.Project> projects) {
		return projects.stream()
			.map((project) -> project.filings().stream().map(LineageCandidate::name).toList())
			.toList();
	}

}
