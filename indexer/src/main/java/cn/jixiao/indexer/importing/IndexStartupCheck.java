package cn.jixiao.indexer.importing;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, before anything imports: if the search index does not agree with the store
 * (missing, corrupt, or behind after a crash), it is rebuilt from the store. The store is
 * never rebuilt from the index.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "jixiao.search.check-on-start", havingValue = "true", matchIfMissing = true)
class IndexStartupCheck implements ApplicationRunner {

	private final Reindexer reindexer;

	IndexStartupCheck(Reindexer reindexer) {
		this.reindexer = reindexer;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.reindexer.inStep()) {
			this.reindexer.reindex();
		}
	}

}
