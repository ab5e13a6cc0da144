package cn.jixiao.indexer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command line, parsed: the command and the paths it works on.
 */
record CliArguments(String command, List<Path> paths, List<String> options) {

	static final String USAGE = """
			usage: java -jar indexer.jar <command> [options] PATH...
			commands:
			  parse FILE...         print the forms and problems read from the files as one JSON object
			  review FILE...        print each form's review findings without importing the files (--json for
			                        JSON; --with-store adds history, library and peers from the configured store)
			  import PATH...        import files and folders into the store and the search index
			  reindex               rebuild the search index from the store
			  bench [PATH...]       measure parse throughput (defaults to the shipped seeds/ folder)
			  bench-import          import a synthetic corpus three times, each into a new store and index;
			                        print speed, index size and search latency (--forms=N, default 10000;
			                        on a database store --scratch-database=NAME, the database it may empty,
			                        and --discard-filings if that database holds filings)
			options of import, reindex, bench-import and review --with-store are Spring properties,
			e.g. --spring.profiles.active=mysql or --jixiao.data-dir=/var/lib/jixiao
			exit codes: 0 ran (even with problems or findings in the files), 1 the store or the index could not
			be used, 2 usage error, 3 a path could not be read, 4 an import rejected a file
			""";

	private static final List<String> COMMANDS = List.of("parse", "review", "import", "reindex", "bench",
			"bench-import");

	/** Options of the commands themselves, not for Spring. */
	private static final List<String> FLAGS = List.of("--json", "--with-store");

	/** Thrown for a command line that does not fit {@link #USAGE}. */
	static final class UsageException extends Exception {

		UsageException(String message) {
			super(message);
		}

	}

	static CliArguments parse(String... args) throws UsageException {
		if (args.length == 0) {
			throw new UsageException("no command given");
		}
		String command = args[0];
		if (!COMMANDS.contains(command)) {
			throw new UsageException("unknown command: " + command);
		}
		List<Path> paths = new ArrayList<>();
		List<String> options = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			if (args[i].startsWith("--")) {
				options.add(args[i]);
			}
			else {
				paths.add(Path.of(args[i]));
			}
		}
		if ((command.equals("parse") || command.equals("review") || command.equals("import")) && paths.isEmpty()) {
			throw new UsageException(command + " needs at least one file");
		}
		if (command.equals("reindex") && !paths.isEmpty()) {
			throw new UsageException("reindex takes no paths");
		}
		return new CliArguments(command, List.copyOf(paths), List.copyOf(options));
	}

	/** Whether {@code --name} was given. */
	boolean flag(String name) {
		return this.options.contains("--" + name);
	}

	/** The options that are Spring properties: all but the commands' own flags. */
	List<String> springOptions() {
		return this.options.stream().filter((option) -> !FLAGS.contains(option)).toList();
	}

	/** The value of {@code --name=value}, or the default. */
	String option(String name, String defaultValue) {
		String prefix = "--" + name + "=";
		return this.options.stream()
			.filter((option) -> option.startsWith(prefix))
			.map((option) -> option.substring(prefix.length()))
			.findFirst()
			.orElse(defaultValue);
	}

}
