package cn.jixiao.portal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * When the production stack's tests run, skip, or fail.
 */
class ProductionServicesAvailableTest {

	private static final String DATABASE = "jdbc:mysql://127.0.0.1:3306/jixiao_test";

	private static final String NODE = "http://127.0.0.1:9200";

	@Test
	void runsWhereADatabaseAndANodeAreGiven() {
		ProductionServicesAvailable condition = new ProductionServicesAvailable(
				Map.of("JIXIAO_TEST_MYSQL_URL", DATABASE, "JIXIAO_TEST_ES_URL", NODE, "CI", "true"));
		assertThat(condition.evaluateExecutionCondition(null).isDisabled()).isFalse();
	}

	@Test
	void skipsWithTheReasonOnADevelopersMachine() {
		ProductionServicesAvailable condition = new ProductionServicesAvailable(Map.of());
		assertThat(condition.evaluateExecutionCondition(null).isDisabled()).isTrue();
		assertThat(condition.evaluateExecutionCondition(null).getReason())
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("needs MariaDB/MySQL and Elasticsearch:")
				.contains("set JIXIAO_TEST_MYSQL_URL", "set JIXIAO_TEST_ES_URL"));
	}

	@Test
	void skipsWhenOnlyOneServiceIsGiven() {
		ProductionServicesAvailable withoutNode = new ProductionServicesAvailable(
				Map.of("JIXIAO_TEST_MYSQL_URL", DATABASE, "JIXIAO_TEST_ES_URL", " "));
		assertThat(withoutNode.evaluateExecutionCondition(null).getReason())
			.hasValueSatisfying((reason) -> assertThat(reason).contains("set JIXIAO_TEST_ES_URL")
				.doesNotContain("JIXIAO_TEST_MYSQL_URL"));
		ProductionServicesAvailable withoutDatabase = new ProductionServicesAvailable(
				Map.of("JIXIAO_TEST_ES_URL", NODE));
		assertThat(withoutDatabase.evaluateExecutionCondition(null).getReason())
			.hasValueSatisfying((reason) -> assertThat(reason).contains("set JIXIAO_TEST_MYSQL_URL")
				.doesNotContain("JIXIAO_TEST_ES_URL"));
	}

	@Test
	void failsInCiWithoutEitherService() {
		ProductionServicesAvailable withoutNode = new ProductionServicesAvailable(
				Map.of("CI", "true", "JIXIAO_TEST_MYSQL_URL", DATABASE));
		assertThatIllegalStateException().isThrownBy(() -> withoutNode.evaluateExecutionCondition(null))
			.withMessageContaining("set JIXIAO_TEST_ES_URL")
			.withMessageEndingWith("CI must provide them");
		ProductionServicesAvailable withoutDatabase = new ProductionServicesAvailable(
				Map.of("CI", "true", "JIXIAO_TEST_ES_URL", NODE));
		assertThatIllegalStateException().isThrownBy(() -> withoutDatabase.evaluateExecutionCondition(null))
			.withMessageContaining("set JIXIAO_TEST_MYSQL_URL");
	}

}
