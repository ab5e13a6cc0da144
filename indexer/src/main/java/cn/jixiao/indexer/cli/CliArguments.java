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
			  parse FILE...      print the forms and problems read from the files as one JSON object
			  bench [PATH...]    measure parse throughput (defaults to the shipped seeds/ folder)
			""";

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
		if (!List.of("parse", "bench").contains(command)) {
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
		if (command.equals("parse") && paths.isEmpty()) {
			throw new UsageException("parse needs at least one file");
		}
		return new CliArguments(command, List.copyOf(paths), List.copyOf(options));
	}

}
