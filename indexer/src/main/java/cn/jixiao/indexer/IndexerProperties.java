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

	/** Search backend settings. */
	public record Search(@DefaultValue("lucene") String backend) {
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
