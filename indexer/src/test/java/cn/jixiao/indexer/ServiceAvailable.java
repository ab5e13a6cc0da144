package cn.jixiao.indexer;

import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test only where the service it needs is named by an environment variable.
 * Without one the test is skipped on a developer's machine, but fails in CI
 * ({@code CI=true}), where {@code .ci/run} must provide the service: a service test never
 * silently skips there.
 */
abstract class ServiceAvailable implements ExecutionCondition {

	private final String service;

	private final String variable;

	private final String example;

	private final Map<String, String> environment;

	ServiceAvailable(String service, String variable, String example, Map<String, String> environment) {
		this.service = service;
		this.variable = variable;
		this.example = example;
		this.environment = environment;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String address = this.environment.get(this.variable);
		if (address != null && !address.isBlank()) {
			return ConditionEvaluationResult.enabled(this.service + " at " + address);
		}
		String missing = "needs " + this.service + ": set " + this.variable + " (e.g. " + this.example + ")";
		if ("true".equalsIgnoreCase(this.environment.get("CI"))) {
			throw new IllegalStateException(missing + "; CI must provide it");
		}
		return ConditionEvaluationResult.disabled(missing);
	}

}
