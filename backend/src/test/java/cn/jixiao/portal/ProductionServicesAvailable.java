package cn.jixiao.portal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test only where both services of the production stack are named by environment
 * variables: a MariaDB/MySQL database ({@code JIXIAO_TEST_MYSQL_URL}) and an
 * Elasticsearch node with the project's SmartCN plugin ({@code JIXIAO_TEST_ES_URL}).
 * Without them the test is skipped on a developer's machine, but fails in CI
 * ({@code CI=true}), where {@code .ci/run} provides both: it never silently skips there.
 * The indexer's {@code MySqlAvailable} and {@code ElasticsearchAvailable} do the same for
 * one service each.
 */
class ProductionServicesAvailable implements ExecutionCondition {

	static final String MYSQL_URL = "JIXIAO_TEST_MYSQL_URL";

	static final String MYSQL_USER = "JIXIAO_TEST_MYSQL_USER";

	static final String MYSQL_PASSWORD = "JIXIAO_TEST_MYSQL_PASSWORD";

	static final String ELASTICSEARCH_URL = "JIXIAO_TEST_ES_URL";

	private static final Map<String, String> EXAMPLES = Map.of(MYSQL_URL,
			"jdbc:mysql://127.0.0.1:3306/jixiao_test?useUnicode=true&characterEncoding=utf8", ELASTICSEARCH_URL,
			"http://127.0.0.1:9200");

	private final Map<String, String> environment;

	ProductionServicesAvailable() {
		this(System.getenv());
	}

	ProductionServicesAvailable(Map<String, String> environment) {
		this.environment = environment;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		List<String> missing = List.of(MYSQL_URL, ELASTICSEARCH_URL)
			.stream()
			.filter((variable) -> this.environment.getOrDefault(variable, "").isBlank())
			.toList();
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("MariaDB/MySQL at " + this.environment.get(MYSQL_URL)
					+ " and Elasticsearch at " + this.environment.get(ELASTICSEARCH_URL));
		}
		StringBuilder reason = new StringBuilder("needs MariaDB/MySQL and Elasticsearch:");
		missing.forEach((variable) -> reason.append(" set ")
			.append(variable)
			.append(" (e.g. ")
			.append(EXAMPLES.get(variable))
			.append(")"));
		if ("true".equalsIgnoreCase(this.environment.get("CI"))) {
			throw new IllegalStateException(reason + "; CI must provide them");
		}
		return ConditionEvaluationResult.disabled(reason.toString());
	}

}
