package cn.jixiao.indexer.cli;

import java.io.PrintStream;

/**
 * Entry point of {@code java -jar indexer.jar}. Exit codes: 0 ran (even with problems or
 * review findings in the files), 1 the store or the index could not be used, 2 usage
 * error, 3 a path could not be read, 4 an import rejected a file (everything else was
 * imported).
 */
public final class IndexerCli {

	static final int OK = 0;

	static final int USAGE = 2;

	static final int UNREADABLE = 3;

	static final int REJECTED = 4;

	static final int FAILED = 1;

	private IndexerCli() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * The innermost cause says what went wrong (an index in use, a database out of
	 * reach).
	 */
	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getName();
	}

	private static String[] springArgs(CliArguments arguments) {
		return arguments.springOptions().toArray(String[]::new);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		CliArguments arguments;
		try {
			arguments = CliArguments.parse(args);
		}
		catch (CliArguments.UsageException ex) {
			err.println(ex.getMessage());
			err.print(CliArguments.USAGE);
			return USAGE;
		}
		try {
			return execute(arguments, out, err);
		}
		catch (RuntimeException ex) {
			err.println("error: " + rootMessage(ex));
			return FAILED;
		}
	}

	private static int execute(CliArguments arguments, PrintStream out, PrintStream err) {
		return switch (arguments.command()) {
			case "parse" -> new ParseCommand(out, err).run(arguments.paths());
			case "review" -> new ReviewCommand(out, err).run(arguments.paths(), arguments.flag("json"),
					arguments.flag("with-store"), springArgs(arguments));
			case "bench" -> new BenchCommand(out, err).run(arguments.paths());
			case "import" -> new ImportCommand(out, err).run(arguments.paths(), springArgs(arguments));
			case "reindex" -> new ReindexCommand(out).run(springArgs(arguments));
			case "bench-import" -> new ImportBenchCommand(out).run(ImportBenchOptions.of(arguments));
			default -> USAGE;
		};
	}

}
