package cn.jixiao.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

import cn.jixiao.indexer.IndexerConfiguration;

/**
 * The analysts' portal, on the indexer's store, search index and import pipeline. Pages
 * and query services arrive feature by feature (search, compare, library, execution,
 * review, drafting).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(IndexerConfiguration.class)
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

}
