package cn.jixiao.indexer;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded default keeps its data, and which search backend to use.
 *
 * @param dataDir folder of the H2 store and the Lucene index ({@code jixiao.data-dir},
 * default {@code ./data})
 * @param search the search backend ({@code lucene} by default)
 */
@ConfigurationProperties("jixiao")
public record IndexerProperties(@DefaultValue("./data") String dataDir, @DefaultValue Search search) {

	/**
	 * Search backend settings.
	 *
	 * @param backend {@code lucene} (embedded, the default) or {@code elasticsearch}
	 * @param elasticsearch settings of the Elasticsearch backend; its address and
	 * credentials are Spring Boot's {@code spring.elasticsearch.*}
	 */
	public record Search(@DefaultValue("lucene") String backend, @DefaultValue Elasticsearch elasticsearch) {
	}

	/**
	 * @param index the alias searches use; the index behind it carries a schema version
	 * and a creation time, and is replaced whole by a rebuild
	 */
	public record Elasticsearch(@DefaultValue("jixiao-filings") String index) {
	}

	/**
	 * Bound as text: Spring would read a relative {@link Path} as a classpath or servlet
	 * resource.
	 */
	public Path dataFolder() {
		return Path.of(this.dataDir);
	}

	public Path indexDir() {
		return dataFolder().resolve("index");
	}

}
