package cn.jixiao.indexer;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * When the MariaDB/MySQL tests run, skip, or fail.
 */
class MySqlAvailableTest {

	@Test
	void runsWhereADatabaseIsGiven() {
		MySqlAvailable condition = new MySqlAvailable(
				Map.of("JIXIAO_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/jixiao_test", "CI", "true"));
		assertThat(condition.evaluateExecutionCondition(null).isDisabled()).isFalse();
	}

	@Test
	void skipsWithTheReasonOnADevelopersMachine() {
		MySqlAvailable condition = new MySqlAvailable(Map.of("JIXIAO_TEST_MYSQL_URL", " "));
		assertThat(condition.evaluateExecutionCondition(null).isDisabled()).isTrue();
		assertThat(condition.evaluateExecutionCondition(null).getReason()).hasValueSatisfying(
				(reason) -> assertThat(reason).startsWith("needs MariaDB/MySQL: set JIXIAO_TEST_MYSQL_URL"));
	}

	@Test
	void failsInCiWithoutADatabase() {
		MySqlAvailable condition = new MySqlAvailable(Map.of("CI", "true"));
		assertThatIllegalStateException().isThrownBy(() -> condition.evaluateExecutionCondition(null))
			.withMessageStartingWith("needs MariaDB/MySQL: set JIXIAO_TEST_MYSQL_URL");
	}

}
