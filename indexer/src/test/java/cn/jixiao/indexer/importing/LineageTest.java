package cn.jixiao.indexer.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jixiao.indexer.EmbeddedStoreTest;
import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.indexer.parse.FilingParser;
import cn.jixiao.indexer.parse.FilingTextWriter;
import cn.jixiao.indexer.store.LineageDecision;
import cn.jixiao.indexer.store.LineageDecisionRepository;
import cn.jixiao.indexer.store.LinkReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The same project across years in the seeds of 上海市闵行区社会保障服务中心 (2024 tracking forms, 2026
 * target forms) plus a 2025 target form written for the test, and an analyst's decisions
 * surviving a re-import. Each test that changes decisions re-imports the 2026 file, which
 * relinks the unit; afterwards the decisions go and the original file relinks it again.
 */
class LineageTest extends EmbeddedStoreTest {

	private static final String MINHANG = "上海市闵行区社会保障服务中心";

	private static final String SYSTEM_2024 = "工伤认定和劳动能力鉴定业务系统（2024年运维）";

	private static final String SYSTEM_2025 = "工伤认定和劳动能力鉴定业务系统（2025年运维）";

	private static final String TARGETS_2025 = "900_system_2025.txt";

	@Autowired
	private FilingImporter importer;

	@Autowired
	private LineageDecisionRepository decisions;

	@Autowired
	private LineageDecisions lineageDecisions;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	static void importSeedsAndA2025Target(@Autowired FilingImporter importer, @Autowired FilingParser parser)
			throws IOException {
		importer.importPaths(List.of(SeedFiles.DIRECTORY));
		Filing tracking = parser.parse(SeedFiles.TRACKING_2024, SeedFiles.bytes(SeedFiles.TRACKING_2024))
			.forms()
			.get(0);
		assertThat(tracking.projectName()).isEqualTo(SYSTEM_2024);
		ImportOutcome outcome = importer.importFile(TARGETS_2025,
				new FilingTextWriter().write(List.of(nextYearsTarget(tracking))).getBytes(StandardCharsets.UTF_8));
		assertThat(outcome.status()).isEqualTo(ImportStatus.IMPORTED);
	}

	/** The system's 2025 target form: the 2024 indicators, goal and unit. */
	private static Filing nextYearsTarget(Filing tracking) {
		List<Indicator> indicators = tracking.indicators()
			.stream()
			.map((indicator) -> new Indicator(indicator.level1(), indicator.level2(), indicator.name(),
					indicator.target(), indicator.value(), null, null, null, indicator.lines()))
			.toList();
		return new Filing(TARGETS_2025, 1, FormKind.TARGET, 2025, null, SYSTEM_2025, tracking.department(),
				tracking.unit(), "经常性项目", "特定目标类", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
				tracking.funds(), null, tracking.annualGoal(), null, null, null, null, tracking.lines(), indicators);
	}

	@AfterEach
	void forgetDecisionsAndRelink() {
		this.decisions.deleteAll();
		this.importer.importFile(SeedFiles.TARGETS_2026, SeedFiles.bytes(SeedFiles.TARGETS_2026));
	}

	@Test
	void sameNameLinksTheTrackingFormOf2024ToTheTargetOf2026() {
		assertThat(links()).filteredOn((link) -> link.from().name().equals("鉴定、认定费"))
			.singleElement()
			.satisfies((link) -> {
				assertThat(link.from()).isEqualTo(new Form("鉴定、认定费", 2024, FormKind.TRACKING));
				assertThat(link.to()).isEqualTo(new Form("鉴定、认定费", 2026, FormKind.TARGET));
				assertThat(link.reason()).isEqualTo(LinkReason.SAME_NAME);
				assertThat(link.score()).isEqualByComparingTo("1");
			});
		assertThat(this.jdbc.queryForList("SELECT funds_total FROM filing WHERE project_name = ? ORDER BY budget_year",
				BigDecimal.class, "鉴定、认定费"))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("400500"), new BigDecimal("510000"));
	}

	@Test
	void sameGoalTextLinksTravelExpensesToCaseInvestigationFunds() {
		assertThat(linkFrom("外省市差旅费")).satisfies((link) -> {
			assertThat(link.to()).isEqualTo(new Form("案件调查经费", 2026, FormKind.TARGET));
			assertThat(link.reason()).isEqualTo(LinkReason.GOAL_TEXT);
			assertThat(link.score()).isGreaterThanOrEqualTo(new BigDecimal("0.9"));
		});
	}

	@Test
	void sameIndicatorsLinkPostageToSupportFunds() {
		assertThat(linkFrom("邮寄费")).satisfies((link) -> {
			assertThat(link.to()).isEqualTo(new Form("保障工作经费", 2026, FormKind.TARGET));
			assertThat(link.reason()).isEqualTo(LinkReason.INDICATORS);
			assertThat(link.score()).isGreaterThanOrEqualTo(new BigDecimal("0.6"));
		});
	}

	@Test
	void normalisedNameLinksTheSystemsYearlyMaintenance() {
		assertThat(linkFrom(SYSTEM_2024)).satisfies((link) -> {
			assertThat(link.from()).isEqualTo(new Form(SYSTEM_2024, 2024, FormKind.TRACKING));
			assertThat(link.to()).isEqualTo(new Form(SYSTEM_2025, 2025, FormKind.TARGET));
			assertThat(link.reason()).isEqualTo(LinkReason.NORMALISED_NAME);
			assertThat(link.score()).isEqualByComparingTo("1");
		});
	}

	@Test
	void noOtherProjectOfTheUnitSpansYears() {
		assertThat(multiYearProjects()).containsExactlyInAnyOrder(Set.of("鉴定、认定费"), Set.of("宣传费"), Set.of("征地养老慰问经费"),
				Set.of("征地养老费支出"), Set.of("外省市差旅费", "案件调查经费"), Set.of("邮寄费", "保障工作经费"),
				Set.of(SYSTEM_2024, SYSTEM_2025));
	}

	@Test
	void splitDecisionSurvivesReimportAndRemovesTheLink() {
		assertThat(linkFrom("外省市差旅费").to().name()).isEqualTo("案件调查经费");
		this.decisions.save(decision("外省市差旅费", "案件调查经费", LineageDecision.Verdict.SPLIT));
		ImportOutcome reimport = this.importer.importFile(SeedFiles.TARGETS_2026,
				SeedFiles.touched(SeedFiles.TARGETS_2026));
		assertThat(reimport.status()).isEqualTo(ImportStatus.REPLACED);
		assertThat(this.decisions.findAll()).singleElement()
			.extracting(LineageDecision::getVerdict)
			.isEqualTo(LineageDecision.Verdict.SPLIT);
		assertThat(links())
			.noneMatch((link) -> link.from().name().equals("外省市差旅费") && link.to().name().equals("案件调查经费"));
		assertThat(multiYearProjects()).noneMatch((names) -> names.containsAll(Set.of("外省市差旅费", "案件调查经费")));
	}

	@Test
	void confirmDecisionLinksProjectsThatShareNoEvidence() {
		assertThat(links()).noneMatch((link) -> link.from().name().equals("政府购买辅助服务"));
		this.decisions.save(decision("残疾人就业保障金", "政府购买辅助服务", LineageDecision.Verdict.CONFIRM));
		this.importer.importFile(SeedFiles.TARGETS_2026, SeedFiles.touched(SeedFiles.TARGETS_2026));
		assertThat(linkFrom("政府购买辅助服务")).satisfies((link) -> {
			assertThat(link.to()).isEqualTo(new Form("残疾人就业保障金", 2026, FormKind.TARGET));
			assertThat(link.reason()).isEqualTo(LinkReason.CONFIRMED);
			assertThat(link.score()).isEqualByComparingTo("1");
		});
	}

	@Test
	void analystsDecisionTakesEffectAtOnceAndOutlivesReimport() {
		assertThat(linkFrom("邮寄费").reason()).isEqualTo(LinkReason.INDICATORS);
		long postage = filingId("邮寄费", 2024);
		long support = filingId("保障工作经费", 2026);
		this.lineageDecisions.decide(postage, support, LineageDecision.Verdict.SPLIT, "analyst");
		assertThat(links()).noneMatch((link) -> link.from().name().equals("邮寄费"));
		this.lineageDecisions.decide(support, postage, LineageDecision.Verdict.CONFIRM, "analyst");
		assertThat(this.decisions.findAll()).singleElement()
			.extracting(LineageDecision::getVerdict)
			.isEqualTo(LineageDecision.Verdict.CONFIRM);
		assertThat(linkFrom("邮寄费").reason()).isEqualTo(LinkReason.CONFIRMED);
		this.importer.importFile(SeedFiles.TARGETS_2026, SeedFiles.touched(SeedFiles.TARGETS_2026));
		assertThat(linkFrom("邮寄费")).satisfies((link) -> {
			assertThat(link.to()).isEqualTo(new Form("保障工作经费", 2026, FormKind.TARGET));
			assertThat(link.reason()).isEqualTo(LinkReason.CONFIRMED);
		});
	}

	@Test
	void analystCannotLinkFilingsOfTwoUnits() {
		long minhang = filingId("邮寄费", 2024);
		long songjiang = filingId("工伤鉴定", 2025);
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.lineageDecisions.decide(minhang, songjiang, LineageDecision.Verdict.CONFIRM, "analyst"));
		assertThat(this.decisions.count()).isZero();
	}

	private long filingId(String projectName, int year) {
		return this.jdbc.queryForObject("SELECT id FROM filing WHERE project_name = ? AND budget_year = ?", Long.class,
				projectName, year);
	}

	private static LineageDecision decision(String projectA, String projectB, LineageDecision.Verdict verdict) {
		return new LineageDecision(NameKeys.organisation(MINHANG), NameKeys.project(projectA),
				NameKeys.project(projectB), verdict, "analyst", Instant.now());
	}

	private Link linkFrom(String projectName) {
		List<Link> from = links().stream().filter((link) -> link.from().name().equals(projectName)).toList();
		assertThat(from).as("links from " + projectName).hasSize(1);
		return from.get(0);
	}

	/** The links of the unit's projects, each between two of its filings. */
	private List<Link> links() {
		return this.jdbc.query("""
				SELECT a.project_name, a.budget_year, a.kind, b.project_name, b.budget_year, b.kind, l.reason, l.score
				FROM lineage_link l
				JOIN filing a ON a.id = l.from_filing_id
				JOIN filing b ON b.id = l.to_filing_id
				JOIN unit u ON u.id = a.unit_id
				WHERE u.name = ?""",
				(row, i) -> new Link(new Form(row.getString(1), row.getInt(2), FormKind.valueOf(row.getString(3))),
						new Form(row.getString(4), row.getInt(5), FormKind.valueOf(row.getString(6))),
						LinkReason.valueOf(row.getString(7)), row.getBigDecimal(8)),
				MINHANG);
	}

	/**
	 * The project names of each of the unit's projects with filings in more than one
	 * year.
	 */
	private List<Set<String>> multiYearProjects() {
		Map<Long, Set<String>> names = new TreeMap<>();
		Map<Long, Set<Integer>> years = new TreeMap<>();
		this.jdbc.query("""
				SELECT f.project_id, f.project_name, f.budget_year FROM filing f JOIN unit u ON u.id = f.unit_id
				WHERE u.name = ?""", (row) -> {
			long project = row.getLong(1);
			names.computeIfAbsent(project, (id) -> new TreeSet<>()).add(row.getString(2));
			years.computeIfAbsent(project, (id) -> new TreeSet<>()).add(row.getInt(3));
		}, MINHANG);
		List<Set<String>> multiYear = new ArrayList<>();
		names.forEach((project, projectNames) -> {
			if (years.get(project).size() > 1) {
				multiYear.add(projectNames);
			}
		});
		return multiYear;
	}

	private record Form(String name, int year, FormKind kind) {
	}

	private record Link(Form from, Form to, LinkReason reason, BigDecimal score) {
	}

}
