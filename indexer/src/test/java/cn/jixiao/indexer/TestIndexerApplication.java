package cn.jixiao.indexer;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The indexer's store, index and import pipeline as the command line and the portal run
 * them, for tests. A test on a shared database ({@link MySqlStore}) empties it first.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(IndexerConfiguration.class)
public class TestIndexerApplication {

	@Bean
	@ConditionalOnProperty(name = "jixiao.test.clean-store", havingValue = "true")
	FlywayMigrationStrategy cleanThenMigrate() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
