package cn.jixiao.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import cn.jixiao.indexer.index.ElasticsearchSearchIndex;
import cn.jixiao.indexer.index.LuceneSearchIndex;
import cn.jixiao.indexer.index.SearchIndex;
import cn.jixiao.indexer.parse.FilingParser;
import cn.jixiao.indexer.review.FilingReview;

/**
 * The store, the search index and the import pipeline, shared by the indexer's command
 * line and the portal. Defaults (H2 file store, embedded Lucene) need no configuration;
 * see {@code indexer-defaults.properties}.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan({ "cn.jixiao.indexer.importing", "cn.jixiao.indexer.store", "cn.jixiao.indexer.review" })
@EntityScan("cn.jixiao.indexer.store")
@EnableJpaRepositories("cn.jixiao.indexer.store")
@EnableConfigurationProperties(IndexerProperties.class)
@PropertySource("classpath:indexer-defaults.properties")
public class IndexerConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(IndexerConfiguration.class);

	@Bean
	FilingParser filingParser() {
		return new FilingParser();
	}

	@Bean
	FilingReview filingReview() {
		return FilingReview.standard();
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "jixiao.search.backend", havingValue = "lucene", matchIfMissing = true)
	SearchIndex luceneSearchIndex(IndexerProperties properties) throws IOException {
		return openLucene(properties.indexDir());
	}

	/**
	 * The production backend: Spring Boot's client for {@code spring.elasticsearch.uris};
	 * the alias and its first index are created on first start, and the start-up check
	 * then builds the index from the store.
	 */
	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "jixiao.search.backend", havingValue = "elasticsearch")
	SearchIndex elasticsearchSearchIndex(ElasticsearchClient client, IndexerProperties properties) {
		return new ElasticsearchSearchIndex(client, properties.search().elasticsearch().index());
	}

	/**
	 * A missing index is created empty; a corrupt one is set aside and created empty.
	 * Either way the start-up check then rebuilds it from the store, which is never
	 * rebuilt from the index.
	 */
	static LuceneSearchIndex openLucene(Path dir) throws IOException {
		Files.createDirectories(dir);
		try {
			return new LuceneSearchIndex(FSDirectory.open(dir));
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof LockObtainFailedException) {
				throw new IllegalStateException("the search index at " + dir
						+ " is in use by another process (a running portal?): stop it, or import through the portal",
						ex);
			}
			if (!(ex.getCause() instanceof CorruptIndexException || ex.getCause() instanceof IndexFormatTooOldException
					|| ex.getCause() instanceof IndexFormatTooNewException)) {
				throw ex;
			}
			logger.warn("search index at {} is unreadable ({}); starting an empty one to rebuild from the store", dir,
					ex.getCause().getMessage());
			clear(dir);
			return new LuceneSearchIndex(FSDirectory.open(dir));
		}
	}

	private static void clear(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

}
