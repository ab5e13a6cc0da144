package cn.jixiao.indexer;

import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test only where a MariaDB/MySQL database is provided through
 * {@code JIXIAO_TEST_MYSQL_URL}. Without one the test is skipped on a developer's
 * machine, but fails in CI ({@code CI=true}), where {@code .ci/run} must provide one: a
 * service test never silently skips there.
 */
public class MySqlAvailable implements ExecutionCondition {

	static final String URL = "JIXIAO_TEST_MYSQL_URL";

	static final String USER = "JIXIAO_TEST_MYSQL_USER";

	static final String PASSWORD = "JIXIAO_TEST_MYSQL_PASSWORD";

	static final String MISSING = "needs MariaDB/MySQL: set " + URL + " (e.g. jdbc:mysql://127.0.0.1:3306/jixiao_test)";

	private final Map<String, String> environment;

	public MySqlAvailable() {
		this(System.getenv());
	}

	MySqlAvailable(Map<String, String> environment) {
		this.environment = environment;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String url = this.environment.get(URL);
		if (url != null && !url.isBlank()) {
			return ConditionEvaluationResult.enabled("MariaDB/MySQL at " + url);
		}
		if ("true".equalsIgnoreCase(this.environment.get("CI"))) {
			throw new IllegalStateException(MISSING + "; CI must provide the database");
		}
		return ConditionEvaluationResult.disabled(MISSING);
	}

}
