package cn.jixiao.portal.filing;

import cn.jixiao.portal.TestAccounts;

import java.math.BigDecimal;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filing page and execution monitoring judge a stated 执行率 alike. The test rewrites a
 * tracking form's amounts, so it runs on a seeded store of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class StatedRateApiTest {

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void ownStore(DynamicPropertyRegistry registry) {
		Path dir = SeededPortalTest.newDataDir("jixiao-rate-test");
		registry.add("jixiao.data-dir", dir::toString);
		registry.add("jixiao.seeds.dir", () -> Path.of("..", "seeds").toString());
	}

	@ParameterizedTest
	@CsvSource({
			// 50 of 100 万元 stated as 50.30 %: rounding explains at most 0.0125 points.
			"1000000, 500000, 50.30, true",
			// 0.5 of 1 万元 stated as 50.60 %: rounding explains up to 0.755 points.
			"10000, 5000, 50.60, false", "10000, 5000, 50.00, false" })
	void filingAndExecutionAgreeOnTheStatedRate(BigDecimal budget, BigDecimal executed, BigDecimal stated,
			boolean mismatch) {
		long id = this.jdbc.queryForObject("SELECT MIN(id) FROM filing WHERE kind = 'TRACKING'", Long.class);
		this.jdbc.update(
				"UPDATE filing SET exec_period_budget = ?, exec_period_executed = ?, exec_rate_percent = ? WHERE id = ?",
				budget, executed, stated, id);
		JsonNode filing = this.rest.getForObject("/api/filings/" + id, JsonNode.class);
		assertThat(filing.path("execution").path("rateMismatch").asBoolean()).isEqualTo(mismatch);
		assertThat(filing.path("execution").path("computedRatePercent").decimalValue()).isEqualByComparingTo("50.00");
		JsonNode execution = this.rest.getForObject("/api/execution/" + id, JsonNode.class);
		assertThat(execution.path("findings").findValuesAsText("code").contains("RATE_MISMATCH")).isEqualTo(mismatch);
	}

}
