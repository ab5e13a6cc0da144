package cn.jixiao.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import cn.jixiao.indexer.filing.FilingJson;
import cn.jixiao.indexer.filing.ParseResult;

/**
 * {@code parse FILE...}: prints {@code {"forms":[...],"problems":[...]}} on stdout.
 */
final class ParseCommand {

	private final PrintStream out;

	private final PrintStream err;

	ParseCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<Path> paths) {
		List<ParseResult> results = ParsedFiles.read(paths, this.err);
		if (results == null) {
			return IndexerCli.UNREADABLE;
		}
		try {
			// Raw UTF-8 bytes: the platform encoding of a CI shell may be ASCII.
			byte[] json = FilingJson.mapper().writeValueAsBytes(ParseResult.merge(results));
			this.out.write(json, 0, json.length);
			this.out.println();
		}
		catch (IOException ex) {
			throw new IllegalStateException("parse results are plain records and always serialise", ex);
		}
		return IndexerCli.OK;
	}

}
