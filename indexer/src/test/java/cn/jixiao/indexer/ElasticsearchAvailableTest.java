package cn.jixiao.indexer;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * When the Elasticsearch tests run, skip, or fail.
 */
class ElasticsearchAvailableTest {

	@Test
	void runsWhereANodeIsGiven() {
		ElasticsearchAvailable condition = new ElasticsearchAvailable(
				Map.of("JIXIAO_TEST_ES_URL", "http://127.0.0.1:9200", "CI", "true"));
		assertThat(condition.evaluateExecutionCondition(null).isDisabled()).isFalse();
	}

	@Test
	void skipsWithTheReasonOnADevelopersMachine() {
		ElasticsearchAvailable condition = new ElasticsearchAvailable(Map.of());
		assertThat(condition.evaluateExecutionCondition(null).getReason())
			.hasValue("needs Elasticsearch: set JIXIAO_TEST_ES_URL (e.g. http://127.0.0.1:9200)");
	}

	@Test
	void failsInCiWithoutANode() {
		ElasticsearchAvailable condition = new ElasticsearchAvailable(Map.of("CI", "true", "JIXIAO_TEST_ES_URL", ""));
		assertThatIllegalStateException().isThrownBy(() -> condition.evaluateExecutionCondition(null))
			.withMessageStartingWith("needs Elasticsearch: set JIXIAO_TEST_ES_URL");
	}

}
