package cn.jixiao.indexer.cli;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import cn.jixiao.indexer.IndexerConfiguration;

/**
 * The Spring context the store-backed commands (import, reindex) run in: no web server,
 * quiet logs, the same configuration as the portal (profiles and properties select MySQL
 * instead of H2).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(IndexerConfiguration.class)
class IndexerApplication {

	static ConfigurableApplicationContext start(String... args) {
		return start((context) -> {
		}, args);
	}

	/**
	 * @param initializer runs on the context before its configuration is read, e.g. to
	 * check the store first
	 */
	static ConfigurableApplicationContext start(
			ApplicationContextInitializer<ConfigurableApplicationContext> initializer, String... args) {
		SpringApplication application = new SpringApplicationBuilder(IndexerApplication.class).initializers(initializer)
			.web(WebApplicationType.NONE)
			.bannerMode(org.springframework.boot.Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(Map.of("logging.level.root", "WARN", "logging.level.cn.jixiao", "INFO"))
			.build();
		return application.run(args);
	}

}
