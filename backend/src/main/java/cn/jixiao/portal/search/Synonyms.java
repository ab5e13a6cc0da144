package cn.jixiao.portal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import cn.jixiao.indexer.index.SearchQuery;

import cn.jixiao.portal.system.BadRequestException;

/**
 * The terms analysts treat as one (满意度 and 满意率), one group per line. Expanded by the
 * portal at query time rather than in the index's analyser, so that any backend (Lucene,
 * Elasticsearch) runs the same plain queries and an edit applies at once, without
 * re-indexing. The shipped list is the default until analysts save their own in the data
 * folder.
 */
@Component
class Synonyms {

	static final String FILE_NAME = "synonyms.txt";

	private static final String DEFAULT = "search/" + FILE_NAME;

	private static final int MAX_TEXT = 20_000;

	private final Path file;

	private volatile String text;

	private volatile List<List<String>> groups;

	Synonyms(@Value("${jixiao.data-dir}") String dataDir) {
		this.file = Path.of(dataDir).resolve(FILE_NAME);
		String stored = Files.isRegularFile(this.file) ? read(this.file) : shipped();
		this.text = stored;
		this.groups = parse(stored);
	}

	String text() {
		return this.text;
	}

	List<List<String>> groups() {
		return this.groups;
	}

	/** Saves the analysts' list (written whole, then moved into place). */
	synchronized List<List<String>> save(String newText) {
		String clean = (newText != null) ? newText.replace("\r\n", "\n").replace('\r', '\n') : "";
		if (clean.length() > MAX_TEXT) {
			throw new BadRequestException("common.badRequest.synonymsTooLong", MAX_TEXT);
		}
		List<List<String>> parsed = parse(clean);
		try {
			Files.createDirectories(this.file.getParent());
			Path temporary = Files.createTempFile(this.file.getParent(), FILE_NAME, ".tmp");
			Files.writeString(temporary, clean, StandardCharsets.UTF_8);
			Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.text = clean;
		this.groups = parsed;
		return parsed;
	}

	/**
	 * For each word, the words to search in its place: the word with a term of a group
	 * swapped for each other term of it (群众满意度 → 群众满意率). Words without a synonym are left
	 * out.
	 */
	Map<String, List<String>> expand(List<String> words) {
		Map<String, List<String>> alternatives = new LinkedHashMap<>();
		for (String word : words) {
			Set<String> others = new LinkedHashSet<>();
			for (List<String> group : this.groups) {
				for (String term : group) {
					if (word.contains(term)) {
						group.stream()
							.filter((other) -> !other.equals(term))
							.forEach((other) -> others.add(word.replace(term, other)));
					}
				}
			}
			others.remove(word);
			if (!others.isEmpty()) {
				alternatives.put(word,
						List.copyOf(others).subList(0, Math.min(SearchQuery.MAX_ALTERNATIVES, others.size())));
			}
		}
		return alternatives;
	}

	/** Groups of two or more distinct terms; comments and single words are skipped. */
	static List<List<String>> parse(String text) {
		List<List<String>> groups = new ArrayList<>();
		for (String line : text.split("\n")) {
			String content = line.strip();
			if (content.isEmpty() || content.startsWith("#")) {
				continue;
			}
			Set<String> terms = new LinkedHashSet<>();
			for (String term : content.split("[\\s\\u3000,，、;；/]+")) {
				if (!term.isBlank()) {
					terms.add(term.strip());
				}
			}
			if (terms.size() >= 2) {
				groups.add(List.copyOf(terms));
			}
		}
		return List.copyOf(groups);
	}

	private static String shipped() {
		try (InputStream in = new ClassPathResource(DEFAULT).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the shipped synonym list is missing", ex);
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
