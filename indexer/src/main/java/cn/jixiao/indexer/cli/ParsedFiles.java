package cn.jixiao.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.parse.FilingParser;

/**
 * The files named on the command line, parsed; what {@code parse} and {@code review}
 * read.
 */
final class ParsedFiles {

	private ParsedFiles() {
	}

	/**
	 * Each file parsed, in order; {@code null} after saying which file could not be read
	 * (the command then ends with {@link IndexerCli#UNREADABLE}).
	 */
	static List<ParseResult> read(List<Path> paths, PrintStream err) {
		FilingParser parser = new FilingParser();
		List<ParseResult> results = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
				err.println("cannot read " + path);
				return null;
			}
			try {
				results.add(parser.parse(path));
			}
			catch (IOException ex) {
				err.println("cannot read " + path + ": " + ex.getMessage());
				return null;
			}
		}
		return results;
	}

}
