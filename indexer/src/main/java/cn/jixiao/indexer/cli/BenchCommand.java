package cn.jixiao.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.parse.FilingParser;

/**
 * {@code bench [PATH...]}: parse throughput on one thread, files held in memory so that
 * only the parser is measured. Prints forms/s and MB/s after a warm-up.
 */
final class BenchCommand {

	private static final long WARMUP_NANOS = 3_000_000_000L;

	private static final long MEASURE_NANOS = 5_000_000_000L;

	private final PrintStream out;

	private final PrintStream err;

	/** A file's name and bytes. */
	private record Input(String name, byte[] bytes) {
	}

	BenchCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<Path> paths) {
		List<Input> inputs;
		try {
			inputs = load(paths.isEmpty() ? List.of(defaultSeeds()) : paths);
		}
		catch (IOException ex) {
			this.err.println("cannot read: " + ex.getMessage());
			return IndexerCli.UNREADABLE;
		}
		if (inputs.isEmpty()) {
			this.err.println("no files to parse");
			return IndexerCli.UNREADABLE;
		}
		FilingParser parser = new FilingParser();
		long bytesPerRound = inputs.stream().mapToLong((input) -> input.bytes().length).sum();
		int formsPerRound = round(parser, inputs);
		runFor(parser, inputs, WARMUP_NANOS);
		long start = System.nanoTime();
		long rounds = runFor(parser, inputs, MEASURE_NANOS);
		double seconds = (System.nanoTime() - start) / 1e9;
		this.out.printf("parse bench: %d files, %d forms, %.1f KiB per round; one thread%n", inputs.size(),
				formsPerRound, bytesPerRound / 1024.0);
		this.out.printf("  %d rounds in %.2f s%n", rounds, seconds);
		this.out.printf("  %.0f forms/s%n", rounds * formsPerRound / seconds);
		this.out.printf("  %.2f MB/s%n", rounds * bytesPerRound / seconds / 1e6);
		return IndexerCli.OK;
	}

	private static long runFor(FilingParser parser, List<Input> inputs, long nanos) {
		long end = System.nanoTime() + nanos;
		long rounds = 0;
		while (System.nanoTime() < end) {
			round(parser, inputs);
			rounds++;
		}
		return rounds;
	}

	private static int round(FilingParser parser, List<Input> inputs) {
		int forms = 0;
		for (Input input : inputs) {
			ParseResult result = parser.parse(input.name(), input.bytes());
			forms += result.forms().size();
		}
		return forms;
	}

	/** The shipped seeds, from the repository root or from a module folder. */
	private static Path defaultSeeds() {
		Path here = Path.of("seeds");
		return Files.isDirectory(here) ? here : Path.of("..", "seeds");
	}

	private static List<Input> load(List<Path> paths) throws IOException {
		List<Input> inputs = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> files = Files.list(path)) {
					for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
						inputs.add(new Input(file.getFileName().toString(), Files.readAllBytes(file)));
					}
				}
			}
			else {
				inputs.add(new Input(path.getFileName().toString(), Files.readAllBytes(path)));
			}
		}
		return inputs;
	}

}
