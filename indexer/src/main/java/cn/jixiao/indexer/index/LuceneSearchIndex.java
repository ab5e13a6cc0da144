package cn.jixiao.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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

	private final Directory directory;

	private final Analyzer analyzer = new SmartChineseAnalyzer();

	private final IndexWriter writer;

	private final SearcherManager searchers;

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
			// Refreshes should not wait for merges: imports publish often and searches
			// must not stall.
			IndexWriterConfig config = new IndexWriterConfig(this.analyzer)
				.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
				.setMaxFullFlushMergeWaitMillis(0)
				.setRAMBufferSizeMB(64);
			this.writer = new IndexWriter(directory, config);
			this.writer.commit();
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the search index", ex);
		}
	}

	@Override
	public void replaceSourceFile(String sourceFile, Collection<SearchDocument> documents) {
		change(() -> {
			this.writer.deleteDocuments(new Term(Fields.SOURCE_FILE, sourceFile));
			for (SearchDocument document : documents) {
				this.writer.addDocument(Fields.toLucene(document, this.analysisCache));
			}
		});
	}

	@Override
	public void deleteSourceFile(String sourceFile) {
		change(() -> this.writer.deleteDocuments(new Term(Fields.SOURCE_FILE, sourceFile)));
	}

	@Override
	public void rebuild(Consumer<Consumer<SearchDocument>> producer) {
		exclusively(() -> {
			this.writer.deleteAll();
			producer.accept((document) -> {
				try {
					this.writer.addDocument(Fields.toLucene(document, this.analysisCache));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		});
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
			int wanted = (search.page() + 1) * search.pageSize();
			LuceneFacets.Collected collected = this.facets.search(searcher, query, wanted, sortOf(search));
			TopDocs top = collected.topDocs();
			List<ScoreDoc> page = pageOf(top.scoreDocs, search);
			Map<Integer, Map<String, String>> snippets = this.highlights.snippets(searcher, query, page);
			List<SearchHit> hits = new ArrayList<>(page.size());
			for (ScoreDoc scoreDoc : page) {
				Document doc = searcher.storedFields().document(scoreDoc.doc);
				hits.add(new SearchHit(Fields.fromLucene(doc), Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score,
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
		int from = Math.min(docs.length, search.page() * search.pageSize());
		int to = Math.min(docs.length, from + search.pageSize());
		return List.of(docs).subList(from, to);
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
