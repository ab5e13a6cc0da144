package cn.jixiao.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

import cn.jixiao.indexer.index.SearchResult.SearchHit;

/**
 * The embedded search index: Lucene 9.12 with the SmartCN analyser, the same Lucene and
 * analyser that Elasticsearch 8.19 runs, so both backends split Chinese text into the
 * same words.
 *
 * <p>
 * Searches are refreshed only between complete changes (a file replaced, an index
 * rebuilt), so a search never sees half of an import. Commits are durable points; the
 * store stays the source of truth.
 */
public final class LuceneSearchIndex implements SearchIndex {

	private static final String STORE_VERSION = "storeVersion";

	/**
	 * The schema's version ({@link Fields}): raise it with every change to the fields. An
	 * index of another version reads as new, so the start-up check rebuilds it. Version 2
	 * added the filing id as a point.
	 */
	static final String SCHEMA = "2";

	private static final String SCHEMA_KEY = "schema";

	/** Hits beyond this depth are counted (total, facets) but not paged to. */
	static final int MAX_DEPTH = 10_000;

	private final Directory directory;

	private final Analyzer analyzer = new SmartChineseAnalyzer();

	/**
	 * Replaced only when a failed rebuild rolls the index back, under the exclusive lock.
	 */
	private volatile IndexWriter writer;

	private volatile SearcherManager searchers;

	/**
	 * File changes share this lock (the writer is thread-safe, so files are indexed in
	 * parallel); publishing, committing and rebuilding hold it alone, so a refresh only
	 * ever sees whole files.
	 */
	private final ReentrantReadWriteLock changes = new ReentrantReadWriteLock();

	private final AnalysisCache analysisCache = new AnalysisCache(this.analyzer);

	private final LuceneQueries queries = new LuceneQueries(this.analyzer);

	private final LuceneFacets facets = new LuceneFacets();

	private final LuceneHighlights highlights = new LuceneHighlights(this.analyzer);

	public LuceneSearchIndex(Directory directory) {
		this.directory = directory;
		try {
			this.writer = new IndexWriter(directory, writerConfig());
			try {
				this.writer.commit();
				this.searchers = new SearcherManager(this.writer, null);
			}
			catch (IOException | RuntimeException ex) {
				// Release the write lock, so that a caller can clear a corrupt index and
				// open it again.
				this.writer.close();
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the search index", ex);
		}
	}

	/**
	 * Refreshes should not wait for merges: imports publish often and searches must not
	 * stall.
	 */
	private IndexWriterConfig writerConfig() {
		return new IndexWriterConfig(this.analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
			.setMaxFullFlushMergeWaitMillis(0)
			.setRAMBufferSizeMB(64);
	}

	@Override
	public void replaceSourceFile(String sourceFile, Collection<SearchDocument> documents) {
		List<Document> block = new ArrayList<>(documents.size());
		for (SearchDocument document : documents) {
			block.add(toLucene(document));
		}
		// One atomic update: if any document fails, neither the delete nor the adds
		// happen.
		change(() -> this.writer.updateDocuments(new Term(Fields.SOURCE_FILE, sourceFile), block));
	}

	private Document toLucene(SearchDocument document) {
		try {
			return Fields.toLucene(document, this.analysisCache);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void deleteSourceFile(String sourceFile) {
		change(() -> this.writer.deleteDocuments(new Term(Fields.SOURCE_FILE, sourceFile)));
	}

	@Override
	public void rebuild(Consumer<Consumer<SearchDocument>> producer) {
		exclusively(() -> {
			// What searches see now becomes the point a failed rebuild rolls back to.
			this.writer.commit();
			try {
				this.writer.deleteAll();
				producer.accept((document) -> {
					try {
						this.writer.addDocument(toLucene(document));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
				this.writer.commit();
				this.searchers.maybeRefreshBlocking();
			}
			catch (IOException | RuntimeException ex) {
				rollBack();
				throw ex;
			}
		});
	}

	/** Drops everything since the last commit by reopening the index at it. */
	private void rollBack() throws IOException {
		this.writer.rollback();
		this.writer = new IndexWriter(this.directory, writerConfig());
		SearcherManager previous = this.searchers;
		this.searchers = new SearcherManager(this.writer, null);
		previous.close();
	}

	@Override
	public void publish() {
		exclusively(this.searchers::maybeRefreshBlocking);
	}

	/**
	 * Imports commit once per batch rather than once per file; a crash before it loses
	 * only index changes, which the start-up check rebuilds from the store.
	 */
	@Override
	public void commit() {
		exclusively(() -> {
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		});
	}

	@Override
	public void commit(String storeVersion) {
		exclusively(() -> {
			this.writer.setLiveCommitData(Map.of(STORE_VERSION, storeVersion, SCHEMA_KEY, SCHEMA).entrySet());
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		});
	}

	@Override
	public String storeVersion() {
		try {
			Map<String, String> committed = SegmentInfos.readLatestCommit(this.directory).getUserData();
			return SCHEMA.equals(committed.get(SCHEMA_KEY)) ? committed.get(STORE_VERSION) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface IndexWrite {

		void run() throws IOException;

	}

	/** A file change: runs alongside other file changes, never alongside a refresh. */
	private void change(IndexWrite change) {
		this.changes.readLock().lock();
		try {
			change.run();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("search index update failed", ex);
		}
		finally {
			this.changes.readLock().unlock();
		}
	}

	private void exclusively(IndexWrite work) {
		this.changes.writeLock().lock();
		try {
			work.run();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("search index update failed", ex);
		}
		finally {
			this.changes.writeLock().unlock();
		}
	}

	@Override
	public SearchResult search(SearchQuery search) {
		IndexSearcher searcher = acquire();
		try {
			Query query = this.queries.build(search);
			int wanted = (int) Math.min((long) (search.page() + 1) * search.pageSize(), MAX_DEPTH);
			LuceneFacets.Collected collected = this.facets.search(searcher, query, wanted, sortOf(search));
			TopDocs top = collected.topDocs();
			List<ScoreDoc> page = pageOf(top.scoreDocs, search);
			List<SearchDocument> documents = new ArrayList<>(page.size());
			Map<DocumentType, List<Integer>> docsByType = new EnumMap<>(DocumentType.class);
			for (ScoreDoc scoreDoc : page) {
				SearchDocument document = Fields.fromLucene(searcher.storedFields().document(scoreDoc.doc));
				documents.add(document);
				docsByType.computeIfAbsent(document.type(), (type) -> new ArrayList<>()).add(scoreDoc.doc);
			}
			Map<Integer, Map<String, String>> snippets = this.highlights.snippets(searcher, query, docsByType);
			List<SearchHit> hits = new ArrayList<>(page.size());
			for (int i = 0; i < page.size(); i++) {
				ScoreDoc scoreDoc = page.get(i);
				hits.add(new SearchHit(documents.get(i), Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score,
						snippets.getOrDefault(scoreDoc.doc, Map.of())));
			}
			return new SearchResult(top.totalHits.value, hits, collected.counts());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(searcher);
		}
	}

	private static Sort sortOf(SearchQuery search) {
		if (search.sort() == SearchSort.YEAR) {
			return new Sort(new SortField(Fields.YEAR_SORT, SortField.Type.INT, true), SortField.FIELD_SCORE);
		}
		return null;
	}

	private static List<ScoreDoc> pageOf(ScoreDoc[] docs, SearchQuery search) {
		long from = (long) search.page() * search.pageSize();
		if (from >= docs.length) {
			return List.of();
		}
		int to = (int) Math.min(docs.length, from + search.pageSize());
		return List.of(docs).subList((int) from, to);
	}

	@Override
	public List<String> suggest(String text, int limit) {
		IndexSearcher searcher = acquire();
		try {
			return LuceneSuggestions.suggest(searcher.getIndexReader(), text, limit);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(searcher);
		}
	}

	@Override
	public long count(DocumentType type) {
		IndexSearcher searcher = acquire();
		try {
			return searcher.count(new TermQuery(new Term(Fields.TYPE, type.name())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(searcher);
		}
	}

	private IndexSearcher acquire() {
		try {
			return this.searchers.acquire();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void release(IndexSearcher searcher) {
		try {
			this.searchers.release(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		exclusively(() -> {
			this.searchers.close();
			this.writer.close();
			this.directory.close();
		});
	}

}
