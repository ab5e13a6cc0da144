package cn.jixiao.indexer.importing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.jixiao.indexer.EmbeddedStoreTest;
import cn.jixiao.indexer.index.DocumentType;
import cn.jixiao.indexer.index.SearchDocument;
import cn.jixiao.indexer.index.SearchFacet;
import cn.jixiao.indexer.index.SearchIndex;
import cn.jixiao.indexer.index.SearchQuery;
import cn.jixiao.indexer.index.SearchResult;
import cn.jixiao.indexer.index.SearchSort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding the search index from the store gives the index that importing built, and
 * the index tells when it is out of step with the store.
 */
class ReindexTest extends EmbeddedStoreTest {

	private static final List<SearchQuery> SEARCHES = List.of(SearchQuery.of("满意度"), SearchQuery.of("鉴定 完成率"),
			SearchQuery.of("满意度").withFilter(SearchFacet.UNIT, "上海市闵行区社会保障服务中心"),
			SearchQuery.of("培训").withTypes(DocumentType.INDICATOR).withFilter(SearchFacet.YEAR, "2025").withPage(1, 5),
			SearchQuery.of("").withTypes(DocumentType.FILING).withSort(SearchSort.YEAR).withPage(0, 100));

	@Autowired
	private Reindexer reindexer;

	@Autowired
	private SearchIndex searchIndex;

	@Autowired
	private FilingImporter importer;

	/** Which of two byte variants of the seeds the store holds. */
	private static boolean touched;

	/**
	 * Every test starts from documents indexed by an import: the seeds imported anew,
	 * alternately with and without a trailing blank line, so that every file is replaced.
	 */
	@BeforeEach
	void importSeedsAnew() {
		touched = !touched;
		List<FilingImporter.FileContent> seeds = SeedFiles.NAMES.stream()
			.map((name) -> new FilingImporter.FileContent(name,
					touched ? SeedFiles.touched(name) : SeedFiles.bytes(name)))
			.toList();
		ImportSummary summary = this.importer.importBatch(seeds);
		assertThat(summary.count(ImportStatus.IMPORTED) + summary.count(ImportStatus.REPLACED)).isEqualTo(5);
		assertThat(summary.forms()).isEqualTo(62);
	}

	@Test
	void searchesFindTheSameHitsInTheSameOrderAfterReindexing() {
		List<Answer> before = answers();
		assertThat(before).allSatisfy((answer) -> assertThat(answer.ids()).isNotEmpty());
		assertThat(before.get(2).total()).isPositive().isLessThan(before.get(0).total());
		assertThat(before.get(4).total()).isEqualTo(62);
		assertThat(this.reindexer.reindex()).isEqualTo(62 + 725);
		assertThat(answers()).isEqualTo(before);
	}

	/**
	 * The index is a projection of the store: what a hit shows must not depend on whether
	 * the document was indexed on import or rebuilt from the store.
	 */
	@Test
	void hitsShowTheSameValuesAfterReindexing() {
		List<SearchDocument> before = hitDocuments();
		this.reindexer.reindex();
		List<SearchDocument> after = hitDocuments();
		assertThat(after).hasSameSizeAs(before);
		for (int i = 0; i < before.size(); i++) {
			assertThat(after.get(i)).usingRecursiveComparison().isEqualTo(before.get(i));
		}
	}

	/**
	 * What each of the searches found: the total, the hits in order, the facet counts.
	 */
	private List<Answer> answers() {
		return SEARCHES.stream()
			.map(this.searchIndex::search)
			.map((result) -> new Answer(result.total(),
					result.hits().stream().map((hit) -> hit.document().id()).toList(), result.facets()))
			.toList();
	}

	private List<SearchDocument> hitDocuments() {
		return SEARCHES.stream()
			.flatMap((query) -> this.searchIndex.search(query).hits().stream())
			.map(SearchResult.SearchHit::document)
			.toList();
	}

	@Test
	void indexIsInStepAfterImportAndNotWhenAFilesDocumentsAreMissing() {
		assertThat(this.reindexer.inStep()).isTrue();
		this.searchIndex.deleteSourceFile(SeedFiles.TRACKING_2024);
		this.searchIndex.publish();
		assertThat(this.reindexer.inStep()).isFalse();
		this.reindexer.reindex();
		assertThat(this.reindexer.inStep()).isTrue();
		assertThat(this.searchIndex.count(DocumentType.FILING)).isEqualTo(62);
	}

	@Test
	void indexCommittedForAnotherStoreStateIsOutOfStepThoughItsCountsAgree() {
		String version = this.searchIndex.storeVersion();
		assertThat(version).isNotNull();
		this.searchIndex.commit("0/0");
		assertThat(this.reindexer.inStep()).as("same counts, an older store state").isFalse();
		this.reindexer.reindex();
		assertThat(this.reindexer.inStep()).isTrue();
		assertThat(this.searchIndex.storeVersion()).isEqualTo(version);
	}

	private record Answer(long total, List<String> ids, Map<SearchFacet, List<SearchResult.FacetCount>> facets) {
	}

}
