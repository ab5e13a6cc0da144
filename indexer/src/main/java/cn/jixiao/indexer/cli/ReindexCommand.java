package cn.jixiao.indexer.cli;

import java.io.PrintStream;

import org.springframework.context.ConfigurableApplicationContext;

import cn.jixiao.indexer.importing.Reindexer;

/**
 * {@code reindex}: rebuilds the search index from the store.
 */
final class ReindexCommand {

	private final PrintStream out;

	ReindexCommand(PrintStream out) {
		this.out = out;
	}

	int run(String[] springArgs) {
		String[] args = java.util.Arrays.copyOf(springArgs, springArgs.length + 1);
		args[springArgs.length] = "--jixiao.search.check-on-start=false";
		try (ConfigurableApplicationContext context = IndexerApplication.start(args)) {
			long start = System.nanoTime();
			long documents = context.getBean(Reindexer.class).reindex();
			this.out.printf("reindexed %d documents in %.2f s%n", documents, (System.nanoTime() - start) / 1e9);
			return IndexerCli.OK;
		}
	}

}
