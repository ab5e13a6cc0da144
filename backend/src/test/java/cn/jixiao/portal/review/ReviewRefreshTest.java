package cn.jixiao.portal.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.importing.FilingImporter;
import cn.jixiao.indexer.importing.LineageDecisions;
import cn.jixiao.indexer.review.FilingReview;
import cn.jixiao.indexer.review.FilingRule;
import cn.jixiao.indexer.review.ReviewContext;
import cn.jixiao.indexer.review.ReviewFinding;
import cn.jixiao.indexer.store.LineageDecision;
import cn.jixiao.indexer.store.StoredFormPages;
import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stored findings follow the store: on a store of its own, files arrive one at a time
 * and a lineage decision splits a project; after each, the refresh the change requested
 * has recomputed every filing's findings, including those of filings the change did not
 * touch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(TestReviewRules.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewRefreshTest {

	private static final Path SEEDS = Path.of("..", "seeds");

	private static final String TARGETS_2026 = "000_84ecacd54c532934.txt";

	private static final String TRACKING_2024 = "001_eaeb872d98338714.txt";

	private static final Duration WAIT = Duration.ofSeconds(60);

	@DynamicPropertySource
	static void ownStore(DynamicPropertyRegistry registry) {
		Path dir = SeededPortalTest.newDataDir("jixiao-review-refresh");
		registry.add("jixiao.data-dir", dir::toString);
		registry.add("jixiao.seeds.import-on-empty", () -> "false");
	}

	@Autowired
	private FilingImporter importer;

	@Autowired
	private LineageDecisions decisions;

	@Autowired
	private ReviewRefresh refresh;

	@Autowired
	private StoredFindings findings;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	@Order(1)
	void anEmptyStoreIsReviewedWhenThePortalStarts() throws Exception {
		this.refresh.awaitIdle(WAIT);
		StoredFindings.Status status = this.findings.status();
		assertThat(status.current()).isTrue();
		assertThat(status.state().filings()).isZero();
		assertThat(status.state().rules()).isEqualTo(TestReviewRules.SATISFACTION + "," + TestReviewRules.NO_HISTORY);
	}

	@Test
	@Order(2)
	void aNewFileChangesTheHistoryFindingsOfFilingsItDoesNotHold() throws Exception {
		importSeed(TARGETS_2026);
		long appraisal2026 = filing("鉴定、认定费", 2026);
		assertThat(rules(appraisal2026)).containsExactly(TestReviewRules.NO_HISTORY);
		assertThat(this.findings.filingIdsWith(List.of(TestReviewRules.NO_HISTORY))).hasSize(7);

		importSeed(TRACKING_2024);
		assertThat(rules(appraisal2026)).as("the 2024 tracking form is its history").isEmpty();
		long travel2024 = filing("外省市差旅费", 2024);
		List<FindingView> travel = this.findings.ofFiling(travel2024);
		assertThat(travel).extracting(FindingView::rule).containsExactly(TestReviewRules.SATISFACTION);
		FindingView satisfaction = travel.get(0);
		assertThat(satisfaction.severity()).isEqualTo("error");
		assertThat(satisfaction.concern()).isEqualTo("indicator");
		assertThat(satisfaction.indicatorName()).isEqualTo("被调查者满意度");
		assertThat(satisfaction.indicatorId()).isEqualTo(this.jdbc.queryForObject(
				"SELECT id FROM indicator WHERE filing_id = ? AND name = '被调查者满意度'", Long.class, travel2024));
		assertThat(satisfaction.explanation()).contains("“满意”");
		assertThat(this.findings.status().current()).isTrue();
		assertThat(this.findings.status().state().filings()).isEqualTo(16);
	}

	@Test
	@Order(3)
	void splittingAProjectGivesItsFilingsTheFindingsOfFilingsWithoutHistory() throws Exception {
		long travel = filing("外省市差旅费", 2024);
		long investigation = filing("案件调查经费", 2026);
		assertThat(rules(investigation)).doesNotContain(TestReviewRules.NO_HISTORY);
		this.decisions.decide(travel, investigation, LineageDecision.Verdict.SPLIT, "analyst");
		this.refresh.awaitIdle(WAIT);
		assertThat(rules(investigation)).contains(TestReviewRules.NO_HISTORY);
		assertThat(rules(travel)).contains(TestReviewRules.NO_HISTORY, TestReviewRules.SATISFACTION);
	}

	@Test
	@Order(4)
	void findingsThatDoNotReflectTheStoreAreRecomputedAtStart() throws Exception {
		int stored = count();
		this.jdbc.update("DELETE FROM review_finding");
		this.jdbc.update("UPDATE review_state SET store_state = 'before'");
		assertThat(this.findings.status().current()).isFalse();
		this.refresh.refreshIfBehind();
		this.refresh.awaitIdle(WAIT);
		assertThat(this.findings.status().current()).isTrue();
		assertThat(count()).isEqualTo(stored).isPositive();
	}

	@Test
	@Order(5)
	void storedFindingsThatDifferFromTheReviewAreRewritten() {
		long travel = filing("外省市差旅费", 2024);
		List<FindingView> before = this.findings.ofFiling(travel);
		this.jdbc.update(
				"UPDATE review_finding SET explanation = 'changed', suggestion_filings = 99 WHERE filing_id = ?",
				travel);
		this.jdbc.update("DELETE FROM review_finding WHERE filing_id = ?", filing("案件调查经费", 2026));
		this.refresh.refresh();
		assertThat(this.findings.ofFiling(travel)).isEqualTo(before);
		assertThat(rules(filing("案件调查经费", 2026))).contains(TestReviewRules.NO_HISTORY);
	}

	@Test
	@Order(6)
	void aReviewThatFailsLeavesThePreviousFindings(@Autowired StoredFormPages forms, @Autowired FindingRows rows,
			@Autowired ReviewRules rules, @Autowired TransactionTemplate transactions,
			@Autowired EntityManager entityManager) throws InterruptedException {
		int before = count();
		FilingRule broken = new FilingRule() {

			@Override
			public String id() {
				return "broken";
			}

			@Override
			public List<ReviewFinding> check(Filing filing, ReviewContext context) {
				throw new IllegalStateException("a rule failed");
			}

		};
		ReviewRefresh failing = new ReviewRefresh(new FilingReview(List.of(broken)), ReviewContext.none(), forms, rows,
				this.findings, rules, this.importer, transactions, entityManager);
		try {
			assertThatThrownBy(failing::refresh).hasMessage("a rule failed");
		}
		finally {
			failing.destroy();
		}
		assertThat(count()).isEqualTo(before).isPositive();
		assertThat(this.findings.status().current()).isTrue();
	}

	private void importSeed(String name) throws Exception {
		assertThat(this.importer.importFile(name, Files.readAllBytes(SEEDS.resolve(name))).stored()).isTrue();
		this.refresh.awaitIdle(WAIT);
	}

	private long filing(String projectName, int year) {
		return this.jdbc.queryForObject("SELECT id FROM filing WHERE project_name = ? AND budget_year = ?", Long.class,
				projectName, year);
	}

	private List<String> rules(long filingId) {
		return this.findings.ofFiling(filingId).stream().map(FindingView::rule).toList();
	}

	private int count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM review_finding", Integer.class);
	}

}
