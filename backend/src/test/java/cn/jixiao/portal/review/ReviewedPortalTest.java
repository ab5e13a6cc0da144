package cn.jixiao.portal.review;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.jixiao.portal.SeededPortalTest;
import cn.jixiao.portal.TestAccounts;

/**
 * The seeded portal reviewed with the test rules ({@link TestReviewRules}), on a store of
 * its own, shared by the tests that extend this class (they must not change the store).
 * Each test starts once the review of the seeds is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestReviewRules.class, TestAccounts.class })
public abstract class ReviewedPortalTest {

	private static final Path DATA_DIR = SeededPortalTest.newDataDir("jixiao-portal-reviewed");

	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void reviewedPortal(DynamicPropertyRegistry registry) {
		registry.add("jixiao.data-dir", DATA_DIR::toString);
		registry.add("jixiao.seeds.dir", () -> Path.of("..", "seeds").toString());
	}

	@BeforeEach
	void awaitReview(@Autowired ReviewRefresh refresh) throws Exception {
		refresh.awaitIdle(Duration.ofSeconds(60));
	}

	/** The id of a unit's filing of a project in a year; the unit by part of its name. */
	protected long filingId(String projectName, String unit, int year) {
		return this.jdbc.queryForObject("""
				SELECT f.id FROM filing f JOIN unit u ON u.id = f.unit_id
				WHERE f.project_name = ? AND u.name LIKE ? AND f.budget_year = ?""", Long.class, projectName,
				"%" + unit + "%", year);
	}

}
