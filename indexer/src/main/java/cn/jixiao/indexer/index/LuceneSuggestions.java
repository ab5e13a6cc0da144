package cn.jixiao.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Name suggestions: indicator and project names containing what the analyst typed, most
 * used first. Names are few (thousands), so scanning the exact-name terms is cheaper than
 * keeping a suggester index in step.
 */
final class LuceneSuggestions {

	private LuceneSuggestions() {
	}

	static List<String> suggest(IndexReader reader, String text, int limit) throws IOException {
		String wanted = (text != null) ? text.strip() : "";
		if (wanted.isEmpty() || limit <= 0) {
			return List.of();
		}
		Map<String, Integer> uses = new HashMap<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			Terms terms = leaf.reader().terms(Fields.NAME_EXACT);
			if (terms == null) {
				continue;
			}
			TermsEnum names = terms.iterator();
			for (BytesRef term = names.next(); term != null; term = names.next()) {
				String name = term.utf8ToString();
				if (name.contains(wanted)) {
					uses.merge(name, names.docFreq(), Integer::sum);
				}
			}
		}
		List<Map.Entry<String, Integer>> ranked = new ArrayList<>(uses.entrySet());
		ranked.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
			.thenComparing(Map.Entry.comparingByKey()));
		return ranked.stream().limit(limit).map(Map.Entry::getKey).toList();
	}

}
