package cn.jixiao.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Name suggestions: indicator and project names containing what the analyst typed, most
 * used first. Names are few (thousands), so scanning the exact-name terms is cheaper than
 * keeping a suggester index in step.
 */
final class LuceneSuggestions {

	private LuceneSuggestions() {
	}

	/**
	 * Document frequency counts deleted documents until segments merge; live documents
	 * are what is used.
	 */
	private static int liveCount(PostingsEnum postings, Bits live) throws IOException {
		int count = 0;
		for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
			if (live == null || live.get(doc)) {
				count++;
			}
		}
		return count;
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
			Bits live = leaf.reader().getLiveDocs();
			TermsEnum names = terms.iterator();
			PostingsEnum postings = null;
			for (BytesRef term = names.next(); term != null; term = names.next()) {
				String name = term.utf8ToString();
				if (name.contains(wanted)) {
					postings = names.postings(postings, PostingsEnum.NONE);
					int count = liveCount(postings, live);
					if (count > 0) {
						uses.merge(name, count, Integer::sum);
					}
				}
			}
		}
		List<Map.Entry<String, Integer>> ranked = new ArrayList<>(uses.entrySet());
		ranked.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
			.thenComparing(Map.Entry.comparingByKey()));
		return ranked.stream().limit(limit).map(Map.Entry::getKey).toList();
	}

}
