package cn.jixiao.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import cn.jixiao.indexer.filing.ParseProblem;
import cn.jixiao.indexer.importing.FilingImporter;
import cn.jixiao.indexer.importing.ImportOutcome;
import cn.jixiao.indexer.importing.ImportStatus;
import cn.jixiao.indexer.importing.ImportSummary;

/**
 * {@code import PATH...}: imports files and folders into the store and the index,
 * printing each file's result, its problems with line numbers, and a summary.
 */
final class ImportCommand {

	private final PrintStream out;

	private final PrintStream err;

	ImportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<Path> paths, String[] springArgs) {
		for (Path path : paths) {
			if (!Files.exists(path)) {
				this.err.println("cannot read " + path);
				return IndexerCli.UNREADABLE;
			}
		}
		try (ConfigurableApplicationContext context = IndexerApplication.start(springArgs)) {
			// Each file's result as soon as it is stored: a long import shows its
			// progress.
			ImportSummary summary = context.getBean(FilingImporter.class).importPaths(paths, this::print);
			this.out.println(summary.describe());
			return (summary.count(ImportStatus.REJECTED) > 0) ? IndexerCli.REJECTED : IndexerCli.OK;
		}
		catch (IOException ex) {
			this.err.println("cannot read: " + ex.getMessage());
			return IndexerCli.UNREADABLE;
		}
	}

	private void print(ImportOutcome outcome) {
		this.out.printf("%s: %s, %d forms, %d indicators%n", outcome.fileName(), label(outcome.status()),
				outcome.forms(), outcome.indicators());
		for (ParseProblem problem : outcome.problems()) {
			this.out.println("  " + problem);
		}
	}

	private static String label(ImportStatus status) {
		return switch (status) {
			case IMPORTED -> "imported";
			case REPLACED -> "replaced";
			case UNCHANGED -> "unchanged";
			case REJECTED -> "REJECTED (nothing stored)";
		};
	}

}
