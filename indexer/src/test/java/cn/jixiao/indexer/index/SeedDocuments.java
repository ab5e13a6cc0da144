package cn.jixiao.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.TargetValue;
import cn.jixiao.indexer.parse.FilingParser;

/**
 * The search documents of the seed files, built straight from the parser as the importer
 * builds them from the store: per form one filing document and one indicator document per
 * indicator. Ids count forms and indicators across the seed files in name order, so every
 * run yields the same documents.
 */
final class SeedDocuments {

	private static final Map<String, List<SearchDocument>> BY_SOURCE_FILE = parseSeeds();

	private SeedDocuments() {
	}

	/** All seed documents, file by file in name order. */
	static List<SearchDocument> all() {
		return BY_SOURCE_FILE.values().stream().flatMap(List::stream).toList();
	}

	/** The seed documents grouped by source file name, in name order. */
	static Map<String, List<SearchDocument>> bySourceFile() {
		return BY_SOURCE_FILE;
	}

	private static Map<String, List<SearchDocument>> parseSeeds() {
		FilingParser parser = new FilingParser();
		Map<String, List<SearchDocument>> documents = new LinkedHashMap<>();
		long filingId = 0;
		long indicatorId = 0;
		for (Path seed : seedFiles()) {
			List<SearchDocument> fileDocuments = new ArrayList<>();
			for (Filing form : parse(parser, seed)) {
				fileDocuments.add(filingDocument(form, ++filingId));
				for (Indicator indicator : form.indicators()) {
					fileDocuments.add(indicatorDocument(form, filingId, indicator, ++indicatorId));
				}
			}
			documents.put(seed.getFileName().toString(), List.copyOf(fileDocuments));
		}
		return documents;
	}

	private static SearchDocument filingDocument(Filing form, long id) {
		return new SearchDocument(SearchDocument.filingId(id), DocumentType.FILING, id, null, form.source(),
				form.kind(), form.year(), form.department(), form.unit(), form.projectName(), form.projectName(), null,
				null, null, null, null, null, form.annualGoal(), form.funds().total());
	}

	private static SearchDocument indicatorDocument(Filing form, long filingId, Indicator indicator, long id) {
		TargetValue value = indicator.value();
		return new SearchDocument(SearchDocument.indicatorId(id), DocumentType.INDICATOR, filingId, id, form.source(),
				form.kind(), form.year(), form.department(), form.unit(), form.projectName(), indicator.name(),
				indicator.level1(), indicator.level2(), indicator.target(), (value != null) ? value.operator() : null,
				(value != null) ? value.number() : null, (value != null) ? value.unit() : null, null, null);
	}

	private static List<Filing> parse(FilingParser parser, Path seed) {
		try {
			return parser.parse(seed).forms();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The files in the repository's {@code seeds/} directory, found from the module
	 * directory (Maven) or the repository root (an IDE).
	 */
	private static List<Path> seedFiles() {
		try (Stream<Path> files = Files.list(seedDirectory())) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path seedDirectory() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("seeds"))) {
				return dir.resolve("seeds");
			}
		}
		throw new IllegalStateException("no seeds/ directory above " + Path.of("").toAbsolutePath());
	}

}
