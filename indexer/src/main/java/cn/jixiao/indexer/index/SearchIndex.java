package cn.jixiao.indexer.index;

import java.io.Closeable;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The full-text index: a projection of the store that can always be rebuilt from it.
 * Implementations: the embedded Lucene index and Elasticsearch; both pass the same
 * contract tests.
 */
public interface SearchIndex extends Closeable {

	/**
	 * Replaces everything indexed for a source file with the given documents, as a whole:
	 * once published, a search sees the file's old documents or its new ones, never a
	 * mix.
	 */
	void replaceSourceFile(String sourceFile, Collection<SearchDocument> documents);

	void deleteSourceFile(String sourceFile);

	/**
	 * Makes the changes made so far visible to searches; a batch import publishes as
	 * files complete, not after every document.
	 */
	void publish();

	SearchResult search(SearchQuery query);

	/** Indicator and project names containing the text, most used first. */
	List<String> suggest(String text, int limit);

	/**
	 * Builds the index anew from all documents the producer hands over; searches keep
	 * seeing the previous index until the new one is complete.
	 */
	void rebuild(Consumer<Consumer<SearchDocument>> producer);

	/** Publishes and makes the changes durable. */
	void commit();

	/**
	 * Commits and records which state of the store the index now reflects, so that a
	 * start after a crash can tell an index that fell behind.
	 */
	void commit(String storeVersion);

	/**
	 * The store state recorded by the last {@link #commit(String)}; {@code null} if none,
	 * or if the index was built to an older schema, so that it is rebuilt.
	 */
	String storeVersion();

	/** Number of documents of each type, to compare with the store. */
	long count(DocumentType type);

	@Override
	void close();

}
