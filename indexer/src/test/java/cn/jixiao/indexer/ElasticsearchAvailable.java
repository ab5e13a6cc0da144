package cn.jixiao.indexer;

import java.net.URI;
import java.util.Map;

/**
 * Runs a test only where an Elasticsearch node with the project's SmartCN plugin is
 * provided through {@code JIXIAO_TEST_ES_URL}: skipped without one, failing in CI (see
 * {@link ServiceAvailable}). {@code .ci/run} starts one.
 */
public class ElasticsearchAvailable extends ServiceAvailable {

	static final String URL = "JIXIAO_TEST_ES_URL";

	public ElasticsearchAvailable() {
		this(System.getenv());
	}

	ElasticsearchAvailable(Map<String, String> environment) {
		super("Elasticsearch", URL, "http://127.0.0.1:9200", environment);
	}

	/** The node's base address; only meaningful in a test this condition let run. */
	public static URI url() {
		return URI.create(System.getenv(URL).replaceAll("/+$", ""));
	}

}
