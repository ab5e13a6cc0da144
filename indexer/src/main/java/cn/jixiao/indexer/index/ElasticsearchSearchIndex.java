package cn.jixiao.indexer.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jixiao.indexer.index.SearchResult.FacetCount;
import cn.jixiao.indexer.index.SearchResult.SearchHit;

/**
 * The search index on Elasticsearch 8 with the {@code smartcn} analyzer: the same
 * documents, queries and results as the embedded Lucene index, for deployments that
 * outgrow one machine.
 *
 * <p>
 * Searches go through an alias to a versioned index ({@code <alias>-s<schema>-<time>}). A
 * rebuild fills a new index and swaps the alias in one step, so searches never go dark
 * and never see a half-built index. The index refreshes only when changes are published
 * ({@code refresh_interval: -1}), and file changes and refreshes exclude each other, so a
 * search sees a file's old documents or its new ones, never a mix. The store stays the
 * source of truth: the state of the store the index reflects is kept in the mapping's
 * {@code _meta}.
 */
public final class ElasticsearchSearchIndex implements SearchIndex {

	private static final Logger logger = LoggerFactory.getLogger(ElasticsearchSearchIndex.class);

	/**
	 * The mapping's version: raise it with every change to
	 * {@code elasticsearch/filings-index.json}. An index of another version reads as new,
	 * so the start-up check rebuilds it into a new index under the same alias. Version 2
	 * indexes the filing id, for searches kept to a set of filings.
	 */
	static final int SCHEMA = 2;

	private static final String MAPPING = "/elasticsearch/filings-index.json";

	private static final String SCHEMA_META = "schema";

	private static final String STORE_VERSION_META = "storeVersion";

	private static final int MAX_FACET_VALUES = 50;

	/**
	 * A rebuild sends documents in bulks of this many, one bulk in flight while the next
	 * fills: the store is read no faster than Elasticsearch indexes.
	 */
	private static final int BULK_DOCUMENTS = 1_000;

	private static final long BULK_BYTES = 8L * 1024 * 1024;

	/**
	 * Suggestions match names through a regular expression of escaped characters, which
	 * Elasticsearch caps at 1,000 characters; no name is that long.
	 */
	private static final int MAX_SUGGESTION_TEXT = 400;

	private static final int MAX_REASON = 300;

	private static final DateTimeFormatter INDEX_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS")
		.withZone(ZoneOffset.UTC);

	private final ElasticsearchClient client;

	private final String alias;

	private final Clock clock;

	private final Analyzer analyzer = new SmartChineseAnalyzer();

	private final ElasticsearchQueries queries = new ElasticsearchQueries(this.analyzer);

	/**
	 * File changes share this lock; publishing, committing and rebuilding hold it alone,
	 * so a refresh only ever makes whole files visible.
	 */
	private final ReentrantReadWriteLock changes = new ReentrantReadWriteLock();

	/**
	 * Ids written for each file since the last refresh: a search cannot see them yet, and
	 * replacing or deleting the file again must still remove them.
	 */
	private final Map<String, Set<String>> unpublished = new ConcurrentHashMap<>();

	/**
	 * Opens the index behind the alias, creating an empty one (and the alias) on first
	 * use.
	 * @param client a client of the cluster; owned by the caller, which closes it
	 * @param alias the name searches use, e.g. {@code jixiao-filings}
	 */
	public ElasticsearchSearchIndex(ElasticsearchClient client, String alias) {
		this(client, alias, Clock.systemUTC());
	}

	ElasticsearchSearchIndex(ElasticsearchClient client, String alias, Clock clock) {
		this.client = client;
		this.alias = alias;
		this.clock = clock;
		call(() -> {
			if (!this.client.indices().existsAlias((exists) -> exists.name(alias)).value()) {
				if (this.client.indices().exists((exists) -> exists.index(alias)).value()) {
					throw new IllegalStateException("Elasticsearch index " + alias
							+ " is an index, not an alias: the portal needs the name for its alias");
				}
				String index = createIndex();
				this.client.indices()
					.updateAliases((update) -> update.actions((add) -> add.add((to) -> to.index(index).alias(alias))));
				logger.info("search index {} created in Elasticsearch behind the alias {}", index, alias);
			}
			return null;
		});
	}

	@Override
	public void replaceSourceFile(String sourceFile, Collection<SearchDocument> documents) {
		change(() -> {
			Set<String> old = idsOf(sourceFile);
			Set<String> written = new LinkedHashSet<>();
			List<BulkOperation> operations = new ArrayList<>(documents.size() + old.size());
			for (SearchDocument document : documents) {
				written.add(document.id());
				operations.add(indexOperation(ElasticsearchDocument.of(document)));
			}
			for (String id : old) {
				if (!written.contains(id)) {
					operations.add(deleteOperation(id));
				}
			}
			this.unpublished.computeIfAbsent(sourceFile, (file) -> ConcurrentHashMap.newKeySet()).addAll(written);
			String failure;
			try {
				failure = failureOf(bulk(operations));
			}
			catch (IOException | RuntimeException ex) {
				restorePublished(sourceFile);
				throw ex;
			}
			if (failure != null) {
				restorePublished(sourceFile);
				throw new IllegalStateException("Elasticsearch refused a document of " + sourceFile + ": " + failure);
			}
		});
	}

	/**
	 * Puts a file back as searches see it after a replacement failed part-way
	 * (Elasticsearch applies a bulk item by item): its published documents again, and
	 * nothing written since.
	 */
	private void restorePublished(String sourceFile) throws IOException {
		List<ElasticsearchDocument> published = publishedDocumentsOf(sourceFile);
		Set<String> keep = new HashSet<>();
		List<BulkOperation> operations = new ArrayList<>();
		for (ElasticsearchDocument document : published) {
			keep.add(document.id());
			operations.add(indexOperation(document));
		}
		for (String id : this.unpublished.getOrDefault(sourceFile, Set.of())) {
			if (!keep.contains(id)) {
				operations.add(deleteOperation(id));
			}
		}
		String failure = failureOf(bulk(operations));
		if (failure != null) {
			throw new IllegalStateException("cannot restore " + sourceFile + " in Elasticsearch: " + failure);
		}
		this.unpublished.remove(sourceFile);
	}

	@Override
	public void deleteSourceFile(String sourceFile) {
		change(() -> {
			List<BulkOperation> operations = idsOf(sourceFile).stream().map(this::deleteOperation).toList();
			String failure = failureOf(bulk(operations));
			if (failure != null) {
				throw new IllegalStateException("Elasticsearch did not delete " + sourceFile + ": " + failure);
			}
			this.unpublished.remove(sourceFile);
		});
	}

	private BulkOperation indexOperation(ElasticsearchDocument document) {
		return BulkOperation.of((operation) -> operation.index((index) -> index.id(document.id()).document(document)));
	}

	private BulkOperation deleteOperation(String id) {
		return BulkOperation.of((operation) -> operation.delete((delete) -> delete.id(id)));
	}

	private BulkResponse bulk(List<BulkOperation> operations) throws IOException {
		if (operations.isEmpty()) {
			return null;
		}
		return this.client.bulk((bulk) -> bulk.index(this.alias).operations(operations));
	}

	/** The first item's failure, or {@code null} when every item was applied. */
	private static String failureOf(BulkResponse response) {
		if (response == null || !response.errors()) {
			return null;
		}
		return response.items()
			.stream()
			.filter((item) -> item.error() != null)
			.findFirst()
			.map((item) -> item.id() + ": " + shortened(item.error().reason()))
			.orElse("unknown error");
	}

	/**
	 * Elasticsearch quotes the refused value in its reason; a long one would bury the
	 * message.
	 */
	static String shortened(String reason) {
		return (reason != null && reason.length() > MAX_REASON) ? reason.substring(0, MAX_REASON) + "…" : reason;
	}

	/** The file's ids as searches see them, plus those written since the last refresh. */
	private Set<String> idsOf(String sourceFile) throws IOException {
		Set<String> ids = new LinkedHashSet<>();
		for (Hit<ElasticsearchDocument> hit : publishedHitsOf(sourceFile, false)) {
			ids.add(hit.id());
		}
		ids.addAll(this.unpublished.getOrDefault(sourceFile, Set.of()));
		return ids;
	}

	private List<ElasticsearchDocument> publishedDocumentsOf(String sourceFile) throws IOException {
		return publishedHitsOf(sourceFile, true).stream().map(Hit::source).toList();
	}

	/** Every document of the file, page by page in id order. */
	private List<Hit<ElasticsearchDocument>> publishedHitsOf(String sourceFile, boolean withSource) throws IOException {
		List<Hit<ElasticsearchDocument>> hits = new ArrayList<>();
		List<FieldValue> after = null;
		while (true) {
			List<FieldValue> from = after;
			SearchResponse<ElasticsearchDocument> page = this.client.search((search) -> {
				search.index(this.alias)
					.query((query) -> query.term((term) -> term.field(Fields.SOURCE_FILE).value(sourceFile)))
					.source((source) -> source.fetch(withSource))
					.size(BULK_DOCUMENTS)
					.sort((sort) -> sort.field((field) -> field.field(Fields.ID).order(SortOrder.Asc)));
				if (from != null) {
					search.searchAfter(from);
				}
				return search;
			}, ElasticsearchDocument.class);
			List<Hit<ElasticsearchDocument>> found = page.hits().hits();
			hits.addAll(found);
			if (found.size() < BULK_DOCUMENTS) {
				return hits;
			}
			after = found.get(found.size() - 1).sort();
		}
	}

	@Override
	public void publish() {
		exclusively(() -> {
			this.client.indices().refresh((refresh) -> refresh.index(this.alias));
			this.unpublished.clear();
		});
	}

	/**
	 * Imports commit once per batch; Elasticsearch keeps each change in its translog, and
	 * a flush makes the batch part of its segments.
	 */
	@Override
	public void commit() {
		exclusively(() -> {
			this.client.indices().refresh((refresh) -> refresh.index(this.alias));
			this.unpublished.clear();
			this.client.indices().flush((flush) -> flush.index(this.alias));
		});
	}

	@Override
	public void commit(String storeVersion) {
		exclusively(() -> {
			this.client.indices()
				.putMapping((mapping) -> mapping.index(this.alias)
					.meta(Map.of(SCHEMA_META, JsonData.of(SCHEMA), STORE_VERSION_META, JsonData.of(storeVersion))));
			this.client.indices().refresh((refresh) -> refresh.index(this.alias));
			this.unpublished.clear();
			this.client.indices().flush((flush) -> flush.index(this.alias));
		});
	}

	/**
	 * {@code null} also for an index of an older mapping, which must be rebuilt into the
	 * current one.
	 */
	@Override
	public String storeVersion() {
		return call(() -> {
			Map<String, JsonData> meta = this.client.indices()
				.getMapping((mapping) -> mapping.index(this.alias))
				.result()
				.values()
				.iterator()
				.next()
				.mappings()
				.meta();
			JsonData schema = meta.get(SCHEMA_META);
			JsonData storeVersion = meta.get(STORE_VERSION_META);
			if (schema == null || schema.to(Integer.class) != SCHEMA || storeVersion == null) {
				return null;
			}
			return storeVersion.to(String.class);
		});
	}

	@Override
	public void rebuild(Consumer<Consumer<SearchDocument>> producer) {
		exclusively(() -> {
			String index = createIndex();
			try {
				try (ElasticsearchBulkLoad load = new ElasticsearchBulkLoad(this.client, index, BULK_DOCUMENTS,
						BULK_BYTES)) {
					producer.accept((document) -> load.add(indexOperation(ElasticsearchDocument.of(document))));
				}
				this.client.indices().refresh((refresh) -> refresh.index(index));
				swapAliasTo(index);
				this.unpublished.clear();
			}
			catch (IOException | RuntimeException ex) {
				this.client.indices().delete((delete) -> delete.index(index));
				throw ex;
			}
		});
	}

	/** Points the alias at the new index in one step, then drops the indexes it left. */
	private void swapAliasTo(String index) throws IOException {
		Set<String> previous = this.client.indices().getAlias((get) -> get.name(this.alias)).result().keySet();
		this.client.indices().updateAliases((update) -> {
			update.actions((action) -> action.add((add) -> add.index(index).alias(this.alias)));
			for (String old : previous) {
				update.actions((action) -> action.remove((remove) -> remove.index(old).alias(this.alias)));
			}
			return update;
		});
		if (!previous.isEmpty()) {
			this.client.indices().delete((delete) -> delete.index(List.copyOf(previous)));
		}
		logger.info("search index {} rebuilt; the alias {} now points at it", index, this.alias);
	}

	private String createIndex() throws IOException {
		String index = this.alias + "-s" + SCHEMA + "-" + INDEX_TIME.format(this.clock.instant());
		try (InputStream mapping = ElasticsearchSearchIndex.class.getResourceAsStream(MAPPING)) {
			if (mapping == null) {
				throw new IllegalStateException("missing " + MAPPING);
			}
			this.client.indices().create((create) -> create.index(index).withJson(mapping));
		}
		return index;
	}

	@Override
	public SearchResult search(SearchQuery search) {
		long from = (long) search.page() * search.pageSize();
		boolean beyond = from >= LuceneSearchIndex.MAX_DEPTH;
		int size = beyond ? 0 : (int) Math.min(search.pageSize(), LuceneSearchIndex.MAX_DEPTH - from);
		SearchRequest.Builder request = new SearchRequest.Builder().index(this.alias)
			.query(this.queries.build(search))
			.from(beyond ? 0 : (int) from)
			.size(size)
			.trackTotalHits((total) -> total.enabled(true))
			.trackScores(true);
		if (search.sort() == SearchSort.YEAR) {
			request.sort((sort) -> sort.field((field) -> field.field(Fields.YEAR_SORT).order(SortOrder.Desc)))
				.sort((sort) -> sort.score((score) -> score.order(SortOrder.Desc)));
		}
		for (SearchFacet facet : SearchFacet.values()) {
			request.aggregations(facet.name(), byCount(ElasticsearchDocument.facetField(facet), MAX_FACET_VALUES));
		}
		request.highlight((highlight) -> highlight.type(HighlighterType.Unified)
			.encoder(HighlighterEncoder.Html)
			.preTags(LuceneHighlights.PRE_TAG)
			.postTags(LuceneHighlights.POST_TAG)
			.fields(Fields.NAME, (field) -> field.numberOfFragments(0))
			.fields(Fields.TARGET, (field) -> field.numberOfFragments(0))
			.fields(Fields.GOAL, (field) -> field.numberOfFragments(1).fragmentSize(200)));
		SearchResponse<ElasticsearchDocument> response = call(
				() -> this.client.search(request.build(), ElasticsearchDocument.class));
		List<SearchHit> hits = new ArrayList<>();
		for (Hit<ElasticsearchDocument> hit : response.hits().hits()) {
			hits.add(new SearchHit(hit.source().toSearchDocument(),
					(hit.score() != null) ? hit.score().floatValue() : 0f, snippets(hit)));
		}
		Map<SearchFacet, List<FacetCount>> facets = new EnumMap<>(SearchFacet.class);
		for (SearchFacet facet : SearchFacet.values()) {
			facets.put(facet, countsOf(response.aggregations().get(facet.name())));
		}
		return new SearchResult(response.hits().total().value(), hits, facets);
	}

	/** The values most used first, ties in name order, as the Lucene facets count. */
	private static Aggregation byCount(String field, int size) {
		return Aggregation.of((aggregation) -> aggregation.terms((terms) -> terms.field(field)
			.size(size)
			.order(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc))));
	}

	private static List<FacetCount> countsOf(Aggregate aggregate) {
		List<FacetCount> counts = new ArrayList<>();
		for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
			counts.add(new FacetCount(bucket.key().stringValue(), bucket.docCount()));
		}
		return counts;
	}

	private static Map<String, String> snippets(Hit<ElasticsearchDocument> hit) {
		Map<String, String> snippets = new HashMap<>();
		hit.highlight().forEach((field, fragments) -> {
			if (!fragments.isEmpty() && fragments.get(0).contains(LuceneHighlights.PRE_TAG)) {
				snippets.put(field, fragments.get(0));
			}
		});
		return snippets;
	}

	@Override
	public List<String> suggest(String text, int limit) {
		String wanted = (text != null) ? text.strip() : "";
		if (wanted.isEmpty() || limit <= 0 || wanted.length() > MAX_SUGGESTION_TEXT) {
			return List.of();
		}
		Aggregation names = Aggregation.of((aggregation) -> aggregation.terms((terms) -> terms.field(Fields.NAME_EXACT)
			.size(Math.min(limit, LuceneSearchIndex.MAX_DEPTH))
			.include((include) -> include.regexp(containing(wanted)))
			.order(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc))));
		SearchResponse<Void> response = call(() -> this.client
			.search((search) -> search.index(this.alias).size(0).aggregations("names", names), Void.class));
		return countsOf(response.aggregations().get("names")).stream().map(FacetCount::value).toList();
	}

	/**
	 * A regular expression (Lucene's syntax) for names containing the text literally:
	 * every character but letters and digits escaped, so {@code .*} or {@code (满意|鉴定)}
	 * are just characters. Letters stay bare because Lucene reads {@code \\s},
	 * {@code \\d} and {@code \\w} as classes.
	 */
	static String containing(String text) {
		StringBuilder regexp = new StringBuilder(".*");
		text.codePoints().forEach((codePoint) -> {
			if (!Character.isLetterOrDigit(codePoint)) {
				regexp.append('\\');
			}
			regexp.appendCodePoint(codePoint);
		});
		return regexp.append(".*").toString();
	}

	@Override
	public long count(DocumentType type) {
		return call(() -> this.client
			.count((count) -> count.index(this.alias)
				.query((query) -> query.term((term) -> term.field(Fields.TYPE).value(type.name()))))
			.count());
	}

	/** Closes only the analyser: the client belongs to whoever made it. */
	@Override
	public void close() {
		this.analyzer.close();
	}

	private interface IndexCall<T> {

		T run() throws IOException;

	}

	private interface IndexWrite {

		void run() throws IOException;

	}

	private static <T> T call(IndexCall<T> call) {
		try {
			return call.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch is unreachable", ex);
		}
		catch (ElasticsearchException ex) {
			throw new IllegalStateException("Elasticsearch refused the request: " + ex.getMessage(), ex);
		}
	}

	/** A file change: runs alongside other file changes, never alongside a refresh. */
	private void change(IndexWrite change) {
		this.changes.readLock().lock();
		try {
			change.run();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("search index update failed: " + ex.getMessage(), ex);
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
			throw new IllegalStateException("search index update failed: " + ex.getMessage(), ex);
		}
		finally {
			this.changes.writeLock().unlock();
		}
	}

}
