package cn.jixiao.indexer.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.index.SearchResult.FacetCount;
import cn.jixiao.indexer.index.SearchResult.SearchHit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The contract every {@link SearchIndex} implementation passes, on the documents of the
 * seed files: what analysts' searches find and in which order, facets, snippets, safety
 * against query syntax and markup, file replacement, rebuilds and suggestions.
 * Implementations extend it and hand over a fresh, empty index per test.
 */
abstract class SearchIndexContract {

	/** The target declarations of the 闵行区社会保障服务中心 for 2026: 7 forms, 61 documents. */
	static final String FILE_2026 = "000_84ecacd54c532934.txt";

	/** The 2024 tracking forms of the 闵行区社会保障服务中心: 9 forms, 87 documents. */
	private static final String TRACKING_FILE = "001_eaeb872d98338714.txt";

	/** The 2022 layout of the 社会保险事业管理中心: 3 forms, 62 documents. */
	private static final String FILE_2022 = "002_a412ae7c9559c2f7.txt";

	/**
	 * The 2025 targets of the 松江区人社局 and four of its centres: 33 forms, 421 documents.
	 */
	private static final String SONGJIANG_FILE = "004_791103693362f411.txt";

	private static final String EMPLOYMENT_CENTRE = "上海市松江区就业促进中心";

	private static final int ALL_DOCUMENTS = 787;

	private static final int FILINGS = 62;

	private static final int INDICATORS = 725;

	private static final int MAX_PAGE = SearchQuery.MAX_PAGE_SIZE;

	protected SearchIndex index;

	/** A new index holding nothing; the contract closes it after each test. */
	protected abstract SearchIndex createIndex();

	@BeforeEach
	void indexSeedFiles() {
		this.index = createIndex();
		SeedDocuments.bySourceFile().forEach(this.index::replaceSourceFile);
		this.index.publish();
	}

	@AfterEach
	void closeIndex() {
		this.index.close();
	}

	@Test
	void seedDocumentsAreTheFormsAndIndicatorsOfTheSeedFiles() {
		assertThat(SeedDocuments.all()).hasSize(ALL_DOCUMENTS);
		assertThat(ofType(SeedDocuments.all(), DocumentType.FILING)).hasSize(FILINGS);
		assertThat(SeedDocuments.bySourceFile()).containsOnlyKeys(FILE_2026, TRACKING_FILE, FILE_2022,
				"003_bf248a867c0d17a1.txt", SONGJIANG_FILE);
		assertThat(SeedDocuments.bySourceFile().get(FILE_2026)).hasSize(61);
	}

	@Test
	void satisfactionDegreeFindsEveryIndicatorNamedWithIt() {
		List<SearchDocument> named = indicatorsNamedWith("满意度");
		assertThat(named).hasSize(70);
		SearchResult result = this.index.search(all("满意度"));
		assertThat(result.total()).isBetween(70L, 120L);
		assertThat(ids(result)).containsAll(idsOf(named));
		assertThat(names(result)).contains("鉴定对象满意度", "群众满意度", "仲裁案件服务对象满意度");
		assertThat(documents(result)).allSatisfy((document) -> assertThat(words(document)).contains("满意度"));
	}

	@Test
	void everyWordMustMatch() {
		SearchResult result = this.index.search(all("鉴定 完成率"));
		assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(idsContainingAll("鉴定", "完成率"));
		assertThat(ids(result)).contains("indicator:1", "indicator:65")
			.doesNotContain(idOfIndicatorNamed(FILE_2026, "鉴定结果准确性"), idOfIndicatorNamed(FILE_2026, "宣传品制作完成率"));
		assertThat(names(result).subList(0, 2)).containsOnly("鉴定工作完成率");
		assertThat(result.total()).isEqualTo(6);
	}

	@Test
	void satisfactionFindsIndicatorsNamedWithSatisfactionDegreeOrRate() {
		List<SearchDocument> named = indicatorsNamedWith("满意");
		assertThat(named).hasSize(76).extracting(SearchDocument::name).contains("参保单位经办服务满意率", "鉴定对象满意度");
		assertThat(ids(this.index.search(all("满意")))).containsAll(idsOf(named));
	}

	@Test
	void satisfactionRanksIndicatorNamesAboveGoalMentions() {
		List<SearchHit> hits = this.index.search(all("满意")).hits();
		List<String> ranked = hits.stream().map((hit) -> hit.document().id() + " " + hit.document().name()).toList();
		assertThat(ranked).hasSizeGreaterThan(20);
		assertThat(ranked.subList(0, 20)).allSatisfy((hit) -> assertThat(hit).startsWith("indicator:").contains("满意"));
		int lastNamed = lastIndexOf(hits, (hit) -> hit.document().name().contains("满意"));
		int firstGoalOnly = firstIndexOf(hits, (hit) -> hit.document().type() == DocumentType.FILING);
		assertThat(lastNamed).isLessThan(firstGoalOnly);
	}

	@Test
	void facetCountsOverAllDocumentsMatchTheSeeds() {
		SearchResult result = this.index.search(SearchQuery.of(""));
		for (SearchFacet facet : SearchFacet.values()) {
			assertThat(counts(result, facet)).as("%s", facet).isEqualTo(countsOf(SeedDocuments.all(), facet));
			assertThat(result.facets().get(facet)).as("%s", facet)
				.extracting(FacetCount::count)
				.isSortedAccordingTo((a, b) -> Long.compare(b, a));
		}
		assertThat(counts(result, SearchFacet.YEAR)).containsEntry("2025", 421L)
			.containsEntry("2024", 243L)
			.containsEntry("2022", 62L)
			.containsEntry("2026", 61L);
		assertThat(counts(result, SearchFacet.KIND)).containsEntry("TRACKING", 87L).containsEntry("TARGET", 700L);
		assertThat(counts(result, SearchFacet.UNIT)).containsEntry(EMPLOYMENT_CENTRE, 82L);
		assertThat(counts(result, SearchFacet.DEPARTMENT)).containsEntry("上海市松江区人力资源和社会保障局", 421L);
		assertThat(counts(result, SearchFacet.LEVEL1)).containsEntry("满意度指标", 78L).containsEntry("产出指标", 342L);
		assertThat(counts(result, SearchFacet.LEVEL2)).containsEntry("服务对象满意度指标", 78L).containsEntry("社会成本指标", 1L);
	}

	@Test
	void facetCountsOfATextSearchCountItsHits() {
		SearchResult result = this.index.search(all("满意度"));
		assertThat(result.total()).isLessThanOrEqualTo(MAX_PAGE);
		for (SearchFacet facet : SearchFacet.values()) {
			assertThat(counts(result, facet)).as("%s", facet).isEqualTo(countsOf(documents(result), facet));
		}
	}

	@Test
	void facetFilterKeepsOnlyDocumentsWithThatValue() {
		SearchResult result = this.index
			.search(all("").withFilter(SearchFacet.UNIT, EMPLOYMENT_CENTRE).withFilter(SearchFacet.YEAR, "2025"));
		assertThat(result.total()).isEqualTo(82);
		assertThat(documents(result)).allSatisfy((document) -> {
			assertThat(document.unit()).isEqualTo(EMPLOYMENT_CENTRE);
			assertThat(document.year()).isEqualTo(2025);
		});
		assertThat(counts(result, SearchFacet.UNIT)).containsExactly(Map.entry(EMPLOYMENT_CENTRE, 82L));
		assertThat(counts(result, SearchFacet.KIND)).containsExactly(Map.entry("TARGET", 82L));
		assertThat(counts(result, SearchFacet.LEVEL1)).isEqualTo(countsOf(documents(result), SearchFacet.LEVEL1));
	}

	@Test
	void facetFilterNarrowsATextSearch() {
		SearchResult result = this.index.search(all("满意度").withFilter(SearchFacet.KIND, "TRACKING"));
		assertThat(documents(result)).isNotEmpty()
			.allSatisfy((document) -> assertThat(document.kind()).isEqualTo(FormKind.TRACKING));
		assertThat(documents(result)).extracting(SearchDocument::name).contains("鉴定对象满意度");
		assertThat(result.total()).isEqualTo(
				countOf(documents(this.index.search(all("满意度"))), (document) -> document.kind() == FormKind.TRACKING));
	}

	@Test
	void valuesOfOneFacetAreAlternatives() {
		SearchResult result = this.index.search(all("").withFilter(SearchFacet.YEAR, "2022", "2026"));
		assertThat(result.total()).isEqualTo(62 + 61);
		assertThat(documents(result)).extracting(SearchDocument::year).containsOnly(2022, 2026);
		assertThat(counts(result, SearchFacet.YEAR)).containsOnly(Map.entry("2022", 62L), Map.entry("2026", 61L));
	}

	@Test
	void alternativesOfAWordFindDocumentsWithEitherWord() {
		SearchQuery synonyms = all("满意度").withAlternatives(Map.of("满意度", List.of("满意率")));
		SearchResult result = this.index.search(synonyms);
		assertThat(ids(result)).containsAll(idsOf(indicatorsNamedWith("满意度")))
			.containsAll(idsOf(indicatorsNamedWith("满意率")));
		assertThat(names(result)).contains("参保单位经办服务满意率", "鉴定对象满意度");
		assertThat(result.total()).isEqualTo(this.index.search(all("满意度")).total()
				+ idsContainingAll("满意率").stream().filter((id) -> !idsContainingAll("满意度").contains(id)).count());
		SearchHit rate = result.hits()
			.stream()
			.filter((hit) -> "参保单位经办服务满意率".equals(hit.document().name()))
			.findFirst()
			.orElseThrow();
		assertThat(rate.highlights().get("name")).contains("<mark>");
	}

	@Test
	void wordsAsTypedRankAboveTheirAlternatives() {
		List<SearchHit> hits = this.index
			.search(all("满意度").withAlternatives(Map.of("满意度", List.of("满意率"))).withTypes(DocumentType.INDICATOR))
			.hits();
		int lastTyped = lastIndexOf(hits, (hit) -> hit.document().name().contains("满意度"));
		int firstAlternative = firstIndexOf(hits, (hit) -> !words(hit.document()).contains("满意度"));
		assertThat(firstAlternative).isLessThan(hits.size());
		assertThat(lastTyped).isLessThan(firstAlternative);
	}

	@Test
	void alternativesDoNotLoosenTheOtherWords() {
		SearchResult result = this.index.search(all("鉴定 完成率").withAlternatives(Map.of("完成率", List.of("及时性", "及时率"))));
		List<String> expected = new ArrayList<>(idsContainingAll("鉴定", "完成率"));
		idsContainingAll("鉴定", "及时性").stream().filter((id) -> !expected.contains(id)).forEach(expected::add);
		idsContainingAll("鉴定", "及时率").stream().filter((id) -> !expected.contains(id)).forEach(expected::add);
		assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(names(result)).contains("鉴定工作完成率", "鉴定工作完成及时性");
	}

	@ParameterizedTest
	@ValueSource(strings = { "*:*", "name:(a OR b)", "' OR 1=1 --", "", "   " })
	void alternativesAreSearchedAsWords(String alternative) {
		SearchResult result = this.index.search(all("满意度").withAlternatives(Map.of("满意度", List.of(alternative))));
		assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(ids(this.index.search(all("满意度"))));
	}

	@ParameterizedTest
	@EnumSource(TargetFilter.Comparison.class)
	void targetFilterComparesTheParsedNumber(TargetFilter.Comparison comparison) {
		BigDecimal number = new BigDecimal("95");
		SearchResult result = this.index.search(all("").withTargetFilters(TargetFilter.of(comparison, number, null)));
		List<SearchDocument> expected = SeedDocuments.all()
			.stream()
			.filter((document) -> document.valueNumber() != null
					&& holds(comparison, document.valueNumber().compareTo(number)))
			.toList();
		assertThat(expected).isNotEmpty();
		assertThat(result.total()).isEqualTo(expected.size());
		assertThat(documents(result)).allSatisfy((document) -> {
			assertThat(document.type()).isEqualTo(DocumentType.INDICATOR);
			assertThat(holds(comparison, document.valueNumber().compareTo(number))).isTrue();
		});
	}

	@Test
	void targetFilterWithAUnitKeepsOnlyThatUnit() {
		SearchResult result = this.index.search(
				all("满意度").withTargetFilters(TargetFilter.of(TargetFilter.Comparison.GE, new BigDecimal("95"), "%")));
		List<String> expected = documents(this.index.search(all("满意度"))).stream()
			.filter((document) -> "%".equals(document.valueUnit())
					&& document.valueNumber().compareTo(new BigDecimal("95")) >= 0)
			.map(SearchDocument::id)
			.toList();
		assertThat(expected).isNotEmpty();
		assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void unitFilterMatchesTheUnitExactly() {
		SearchResult result = this.index.search(all("").withTargetFilters(TargetFilter.unit("元/人")));
		assertThat(result.total()).isPositive()
			.isEqualTo(SeedDocuments.all().stream().filter((document) -> "元/人".equals(document.valueUnit())).count());
		assertThat(documents(result)).extracting(SearchDocument::valueUnit).containsOnly("元/人");
		assertThat(this.index.search(all("").withTargetFilters(TargetFilter.unit("元/"))).total()).isZero();
		assertThat(this.index.search(all("").withTargetFilters(TargetFilter.unit("*"))).total()).isZero();
	}

	@Test
	void targetFiltersAllHoldAndCombineWithFacets() {
		SearchQuery between = all("")
			.withTargetFilters(TargetFilter.of(TargetFilter.Comparison.GT, new BigDecimal("90"), "%"),
					TargetFilter.of(TargetFilter.Comparison.LT, new BigDecimal("100"), null))
			.withFilter(SearchFacet.YEAR, "2025");
		SearchResult result = this.index.search(between);
		assertThat(documents(result)).isNotEmpty().allSatisfy((document) -> {
			assertThat(document.valueUnit()).isEqualTo("%");
			assertThat(document.valueNumber()).isGreaterThan(new BigDecimal("90")).isLessThan(new BigDecimal("100"));
			assertThat(document.year()).isEqualTo(2025);
		});
		assertThat(counts(result, SearchFacet.YEAR)).containsOnlyKeys("2025");
		assertThat(counts(result, SearchFacet.KIND)).containsOnlyKeys("TARGET");
	}

	@Test
	void filtersOfDifferentFacetsMustAllMatch() {
		SearchResult result = this.index
			.search(all("").withFilter(SearchFacet.UNIT, EMPLOYMENT_CENTRE).withFilter(SearchFacet.YEAR, "2024"));
		assertThat(result.total()).isZero();
		assertThat(result.hits()).isEmpty();
	}

	@Test
	void filingIdsKeepTheDocumentsOfThoseFilingsAndTheirIndicators() {
		Set<Long> chosen = Set.of(filingIdOf(FILE_2026, 0), filingIdOf(SONGJIANG_FILE, 3));
		List<SearchDocument> expected = SeedDocuments.all()
			.stream()
			.filter((document) -> chosen.contains(document.filingId()))
			.toList();
		SearchResult result = this.index.search(all("").withFilingIds(chosen));
		assertThat(result.total()).isEqualTo(expected.size());
		assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(idsOf(expected));
		assertThat(ofType(documents(result), DocumentType.FILING)).hasSize(2);
		assertThat(counts(result, SearchFacet.YEAR)).isEqualTo(countsOf(expected, SearchFacet.YEAR));
	}

	@Test
	void filingIdsCombineWithWordsFacetsAndTypes() {
		Set<Long> songjiang = SeedDocuments.bySourceFile()
			.get(SONGJIANG_FILE)
			.stream()
			.map(SearchDocument::filingId)
			.collect(Collectors.toSet());
		SearchQuery satisfaction = all("满意度").withTypes(DocumentType.INDICATOR)
			.withFilter(SearchFacet.UNIT, EMPLOYMENT_CENTRE)
			.withFilingIds(songjiang);
		SearchResult result = this.index.search(satisfaction);
		assertThat(ids(result)).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(ids(this.index.search(satisfaction.withFilingIds(null))));
		Set<Long> others = SeedDocuments.bySourceFile()
			.get(FILE_2026)
			.stream()
			.map(SearchDocument::filingId)
			.collect(Collectors.toSet());
		assertThat(this.index.search(satisfaction.withFilingIds(others)).total()).isZero();
	}

	@Test
	void anEmptySetOfFilingIdsKeepsNothing() {
		SearchResult result = this.index.search(all("").withFilingIds(Set.of()));
		assertThat(result.total()).isZero();
		assertThat(result.hits()).isEmpty();
		assertThat(this.index.search(all("").withFilingIds(null)).total()).isEqualTo(ALL_DOCUMENTS);
	}

	/**
	 * A finding may concern most filings of a large store: more ids than Elasticsearch
	 * takes in one terms query.
	 */
	@Test
	void aLargeSetOfFilingIdsKeepsTheFilingsInIt() {
		Set<Long> ids = new HashSet<>();
		for (long id = 1_000_000; ids.size() < 70_000; id++) {
			ids.add(id);
		}
		ids.add(filingIdOf(TRACKING_FILE, 0));
		List<SearchDocument> expected = SeedDocuments.all()
			.stream()
			.filter((document) -> ids.contains(document.filingId()))
			.toList();
		SearchResult result = this.index.search(all("").withFilingIds(ids));
		assertThat(result.total()).isEqualTo(expected.size()).isGreaterThan(1);
		assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(idsOf(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "*:*", "' OR 1=1 --", "上海市松江区就业促进", "*", "上海市松江区就业促进中心 OR 1=1" })
	void facetFilterValuesMatchExactly(String value) {
		SearchResult result = this.index.search(all("").withFilter(SearchFacet.UNIT, value));
		assertThat(result.total()).isZero();
		assertThat(result.hits()).isEmpty();
	}

	@Test
	void typesFilterReturnsOnlyDocumentsOfThoseTypes() {
		SearchResult indicators = this.index.search(all("").withTypes(DocumentType.INDICATOR));
		assertThat(indicators.total()).isEqualTo(INDICATORS);
		assertThat(documents(indicators)).extracting(SearchDocument::type).containsOnly(DocumentType.INDICATOR);
		SearchResult filings = this.index.search(all("满意度").withTypes(DocumentType.FILING));
		assertThat(documents(filings)).isNotEmpty().extracting(SearchDocument::type).containsOnly(DocumentType.FILING);
		assertThat(this.index.search(all("").withTypes(DocumentType.FILING)).total()).isEqualTo(FILINGS);
		assertThat(this.index.search(all("").withTypes(DocumentType.FILING, DocumentType.INDICATOR)).total())
			.isEqualTo(ALL_DOCUMENTS);
	}

	@Test
	void documentsComeBackAsIndexed() {
		List<SearchDocument> found = new ArrayList<>();
		for (int page = 0; page * MAX_PAGE < ALL_DOCUMENTS; page++) {
			found.addAll(documents(this.index.search(SearchQuery.of("").withPage(page, MAX_PAGE))));
		}
		assertThat(found).containsExactlyInAnyOrderElementsOf(SeedDocuments.all());
		SearchDocument filing = documents(this.index.search(all("残疾人就业保障金").withTypes(DocumentType.FILING))).get(0);
		assertThat(filing.budget()).isEqualByComparingTo("109787");
		assertThat(filing.goal()).contains("保障区域残疾人就业工作正常运行");
	}

	@Test
	void pagesAreDisjointAndKeepTheTotal() {
		for (String text : List.of("", "满意度")) {
			SearchResult first = this.index.search(SearchQuery.of(text).withPage(0, 20));
			SearchResult second = this.index.search(SearchQuery.of(text).withPage(1, 20));
			SearchResult both = this.index.search(SearchQuery.of(text).withPage(0, 40));
			assertThat(first.hits()).hasSize(20);
			assertThat(second.hits()).hasSize(20);
			assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
			assertThat(second.total()).isEqualTo(first.total());
			assertThat(Stream.concat(ids(first).stream(), ids(second).stream())).containsExactlyElementsOf(ids(both));
		}
	}

	@Test
	void lastPageIsPartialAndPagesBeyondItAreEmpty() {
		assertThat(this.index.search(SearchQuery.of("").withPage(3, MAX_PAGE)).hits()).hasSize(ALL_DOCUMENTS - 600);
		SearchResult beyond = this.index.search(SearchQuery.of("").withPage(4, MAX_PAGE));
		assertThat(beyond.hits()).isEmpty();
		assertThat(beyond.total()).isEqualTo(ALL_DOCUMENTS);
	}

	@ParameterizedTest
	@ValueSource(ints = { 100_000, 20_000_000, Integer.MAX_VALUE })
	void hugePageNumberGivesAnEmptyPage(int page) {
		SearchResult result = this.index.search(SearchQuery.of("满意度").withPage(page, MAX_PAGE));
		assertThat(result.hits()).isEmpty();
		assertThat(result.total()).isEqualTo(this.index.search(SearchQuery.of("满意度")).total());
	}

	@Test
	void yearSortPutsNewestYearsFirstAndBestMatchesFirstWithinAYear() {
		List<SearchHit> hits = this.index.search(all("满意度").withSort(SearchSort.YEAR)).hits();
		assertThat(hits).extracting((hit) -> hit.document().year()).isSortedAccordingTo((a, b) -> b - a);
		assertThat(hits.get(0).document().year()).isEqualTo(2026);
		for (int i = 1; i < hits.size(); i++) {
			if (hits.get(i).document().year().equals(hits.get(i - 1).document().year())) {
				assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
			}
		}
		assertThat(this.index.search(SearchQuery.of("").withSort(SearchSort.YEAR).withPage(0, 61)).hits())
			.allSatisfy((hit) -> assertThat(hit.document().year()).isEqualTo(2026));
	}

	@Test
	void snippetsMarkTheMatchedWords() {
		SearchResult result = this.index.search(all("满意度"));
		assertThat(result.hits()).allSatisfy((hit) -> assertThat(hit.highlights().values())
			.anySatisfy((snippet) -> assertThat(snippet).contains("<mark>")));
		assertThat(hitOf(result, "indicator:8").highlights().get("name")).contains("<mark>满意度</mark>").contains("鉴定对象");
		SearchHit filing = this.index.search(all("鉴定 完成率").withTypes(DocumentType.FILING))
			.hits()
			.stream()
			.filter((hit) -> hit.document().id().equals("filing:1"))
			.findFirst()
			.orElseThrow();
		assertThat(filing.highlights().get("goal")).contains("<mark>完成率</mark>");
	}

	@Test
	void snippetsEscapeMarkupInStoredText() {
		String name = "<script>alert(1)</script>满意度";
		String goal = "提升<img src=x onerror=alert(1)>服务对象满意度 & 质量";
		this.index.replaceSourceFile("injected.txt",
				List.of(new SearchDocument("filing:9001", DocumentType.FILING, 9001, null, "injected.txt",
						FormKind.TARGET, 2025, "测试部门", "测试单位", name, name, null, null, null, null, null, null, goal,
						null)));
		this.index.publish();
		SearchResult result = this.index.search(all("满意度").withFilter(SearchFacet.UNIT, "测试单位"));
		assertThat(result.total()).isOne();
		SearchHit hit = result.hits().get(0);
		assertThat(hit.document().name()).isEqualTo(name);
		assertThat(hit.highlights().get("name")).contains("&lt;script&gt;")
			.contains("<mark>满意度</mark>")
			.doesNotContain("<script>");
		assertThat(hit.highlights().get("goal")).contains("&lt;img").contains("&amp;").doesNotContain("<img");
		assertThat(hit.highlights().values()).allSatisfy(
				(snippet) -> assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "*:*", "name:(a OR b)", "' OR 1=1 --", "\"unbalanced", "\\", "AND OR NOT", "*", "?",
			"name:*", "(", ")", "[* TO *]", "{!lucene}*:*", "<script>alert(1)</script>", "%", "_", "; DROP TABLE x;" })
	void querySyntaxIsSearchedAsWords(String text) {
		SearchResult result = this.index.search(all(text));
		assertThat(result.total()).isLessThan(ALL_DOCUMENTS);
		assertThat((long) result.hits().size()).isLessThanOrEqualTo(result.total());
	}

	@Test
	void matchAllSyntaxMatchesNothing() {
		assertThat(this.index.search(all("*:*")).total()).isZero();
		assertThat(this.index.search(all("name:(a OR b)")).total()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"满意度\"", "(满意度)", "满意度*", "《满意度》", "满意度。" })
	void punctuationAroundAWordFindsTheWord(String text) {
		assertThat(ids(this.index.search(all(text)))).containsExactlyElementsOf(ids(this.index.search(all("满意度"))));
	}

	@Test
	void veryLongQueriesAreSafe() {
		String repeatedWords = "满意度 ".repeat(1250);
		assertThat(repeatedWords).hasSizeGreaterThanOrEqualTo(5000);
		assertThat(ids(this.index.search(all(repeatedWords))))
			.containsExactlyElementsOf(ids(this.index.search(all("满意度"))));
		for (String text : List.of("满".repeat(5000), "鉴定工作完成率".repeat(715), "a".repeat(5000), "x ".repeat(2500),
				"*:* OR ".repeat(700))) {
			assertThatCode(() -> this.index.search(all(text))).doesNotThrowAnyException();
			assertThat(this.index.search(all(text)).total()).isLessThan(ALL_DOCUMENTS);
		}
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t\n", "\u3000" })
	void blankTextMatchesEverything(String text) {
		SearchResult result = this.index.search(SearchQuery.of(text));
		assertThat(result.total()).isEqualTo(ALL_DOCUMENTS);
		assertThat(result.hits()).hasSize(20);
	}

	@Test
	void replacingAFileWithFewerDocumentsChangesTheCounts() {
		List<SearchDocument> firstForm = firstForm(FILE_2026);
		assertThat(firstForm).hasSize(9);
		this.index.replaceSourceFile(FILE_2026, firstForm);
		this.index.publish();
		assertThat(this.index.count(DocumentType.FILING)).isEqualTo(FILINGS - 6);
		assertThat(this.index.count(DocumentType.INDICATOR)).isEqualTo(INDICATORS - 54 + 8);
		SearchResult result = this.index.search(all(""));
		assertThat(result.total()).isEqualTo(ALL_DOCUMENTS - 61 + 9);
		assertThat(counts(result, SearchFacet.YEAR)).containsEntry("2026", 9L).containsEntry("2025", 421L);
		assertThat(this.index.search(all("宣传费").withFilter(SearchFacet.YEAR, "2026")).total()).isZero();
		assertThat(ids(this.index.search(all("").withFilter(SearchFacet.YEAR, "2026"))))
			.containsExactlyInAnyOrderElementsOf(firstForm.stream().map(SearchDocument::id).toList());
	}

	@Test
	void replacingAFileWithItsOwnDocumentsChangesNothing() {
		List<String> before = ids(this.index.search(all("满意度")));
		this.index.replaceSourceFile(SONGJIANG_FILE, SeedDocuments.bySourceFile().get(SONGJIANG_FILE));
		this.index.replaceSourceFile(SONGJIANG_FILE, SeedDocuments.bySourceFile().get(SONGJIANG_FILE));
		this.index.publish();
		assertThat(this.index.search(all("")).total()).isEqualTo(ALL_DOCUMENTS);
		assertThat(ids(this.index.search(all("满意度")))).containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void deletingAFileRemovesOnlyItsDocuments() {
		this.index.deleteSourceFile(FILE_2022);
		this.index.publish();
		SearchResult result = this.index.search(all(""));
		assertThat(result.total()).isEqualTo(ALL_DOCUMENTS - 62);
		assertThat(counts(result, SearchFacet.YEAR)).doesNotContainKey("2022").containsEntry("2025", 421L);
		assertThat(counts(result, SearchFacet.UNIT)).doesNotContainKey("上海市社会保险事业管理中心");
		assertThat(this.index.search(all("社会保险经办业务费")).total()).isZero();
		assertThat(this.index.count(DocumentType.FILING)).isEqualTo(FILINGS - 3);
		assertThat(this.index.count(DocumentType.INDICATOR)).isEqualTo(INDICATORS - 59);
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", "*:*", "", "000_*", "000_84ecacd54c532934", "' OR 1=1 --", "unknown.txt" })
	void deletingAnUnknownSourceFileRemovesNothing(String sourceFile) {
		this.index.deleteSourceFile(sourceFile);
		this.index.publish();
		assertThat(this.index.search(all("")).total()).isEqualTo(ALL_DOCUMENTS);
	}

	@Test
	void searchesSeeAReplacedFileWholeBeforeAndAfterPublishing() {
		SearchQuery file2026 = all("").withFilter(SearchFacet.YEAR, "2026");
		Set<String> oldIds = Set.copyOf(idsOf(SeedDocuments.bySourceFile().get(FILE_2026)));
		Set<String> newIds = Set.copyOf(idsOf(firstForm(FILE_2026)));
		this.index.replaceSourceFile(FILE_2026, firstForm(FILE_2026));
		assertThat(Set.copyOf(ids(this.index.search(file2026)))).isIn(oldIds, newIds);
		this.index.publish();
		assertThat(Set.copyOf(ids(this.index.search(file2026)))).isEqualTo(newIds);
	}

	@Test
	void concurrentSearchesNeverSeePartOfAFile() throws Exception {
		SearchQuery file2026 = SearchQuery.of("").withFilter(SearchFacet.YEAR, "2026");
		List<SearchDocument> whole = SeedDocuments.bySourceFile().get(FILE_2026);
		List<SearchDocument> part = firstForm(FILE_2026);
		Set<Long> seen = new HashSet<>();
		ExecutorService writer = Executors.newSingleThreadExecutor();
		try {
			Future<?> writes = writer.submit(() -> {
				for (int i = 0; i < 30; i++) {
					this.index.replaceSourceFile(FILE_2026, part);
					this.index.publish();
					this.index.replaceSourceFile(FILE_2026, whole);
					this.index.publish();
				}
			});
			while (!writes.isDone()) {
				seen.add(this.index.search(file2026).total());
			}
			writes.get();
		}
		finally {
			writer.shutdownNow();
		}
		assertThat(seen).isSubsetOf(61L, 9L);
	}

	@Test
	void replacementThatFailsLeavesTheFileWhole() {
		List<SearchDocument> old = SeedDocuments.bySourceFile().get(FILE_2022);
		List<SearchDocument> revised = new ArrayList<>();
		for (SearchDocument document : old) {
			revised.add(renamed(document, document.name() + "（修订）"));
		}
		// A name longer than any exact-match term can hold: an index may refuse it.
		revised.set(30, renamed(old.get(30), "满意度".repeat(4000) + "（修订）"));
		Throwable refused = catchThrowable(() -> this.index.replaceSourceFile(FILE_2022, revised));
		this.index.publish();
		List<String> names = names(this.index.search(all("").withFilter(SearchFacet.YEAR, "2022")));
		List<String> expected = ((refused != null) ? old : revised).stream().map(SearchDocument::name).toList();
		assertThat(names).as("file's names after a replacement that %s", (refused != null) ? "failed" : "succeeded")
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void rebuildGivesTheSameResultsAsIndexingFileByFile() {
		List<SearchQuery> queries = List.of(all("满意度"), all("鉴定 完成率"), all("就业").withSort(SearchSort.YEAR),
				all("培训").withFilter(SearchFacet.LEVEL1, "产出指标"), all("").withTypes(DocumentType.FILING),
				SearchQuery.of("").withPage(2, 50));
		List<SearchResult> incremental = queries.stream().map(this.index::search).toList();
		this.index.rebuild((sink) -> SeedDocuments.all().forEach(sink));
		for (int i = 0; i < queries.size(); i++) {
			SearchResult rebuilt = this.index.search(queries.get(i));
			assertThat(ids(rebuilt)).as("%s", queries.get(i)).containsExactlyElementsOf(ids(incremental.get(i)));
			assertThat(rebuilt.total()).isEqualTo(incremental.get(i).total());
			assertThat(rebuilt.facets()).isEqualTo(incremental.get(i).facets());
		}
		assertThat(this.index.count(DocumentType.INDICATOR)).isEqualTo(INDICATORS);
		assertThat(this.index.count(DocumentType.FILING)).isEqualTo(FILINGS);
	}

	@Test
	void rebuildReplacesEverythingAndSearchesSeeThePreviousIndexUntilItIsComplete() {
		List<Long> totalsDuringRebuild = new ArrayList<>();
		this.index.rebuild((sink) -> {
			for (String file : List.of(FILE_2026, TRACKING_FILE, FILE_2022)) {
				SeedDocuments.bySourceFile().get(file).forEach(sink);
				totalsDuringRebuild.add(this.index.search(SearchQuery.of("")).total());
			}
		});
		assertThat(totalsDuringRebuild).containsOnly((long) ALL_DOCUMENTS);
		assertThat(this.index.search(SearchQuery.of("")).total()).isEqualTo(61 + 87 + 62);
		assertThat(counts(this.index.search(SearchQuery.of("")), SearchFacet.YEAR)).doesNotContainKey("2025");
	}

	@Test
	void failedRebuildKeepsThePreviousIndex() {
		assertThatThrownBy(() -> this.index.rebuild((sink) -> {
			SeedDocuments.all().stream().limit(10).forEach(sink);
			throw new IllegalStateException("the store went away");
		})).isInstanceOf(RuntimeException.class);
		assertThat(this.index.search(SearchQuery.of("")).total()).isEqualTo(ALL_DOCUMENTS);
		this.index.publish();
		assertThat(this.index.search(SearchQuery.of("")).total()).isEqualTo(ALL_DOCUMENTS);
		assertThat(this.index.count(DocumentType.INDICATOR)).isEqualTo(INDICATORS);
	}

	@Test
	void suggestionsAreNamesContainingTheTextMostUsedFirst() {
		Map<String, Long> uses = nameUses(SeedDocuments.all(), "满意");
		List<String> suggested = this.index.suggest("满意", 5);
		assertThat(suggested).hasSize(5).doesNotHaveDuplicates().allSatisfy((name) -> assertThat(name).contains("满意"));
		assertThat(suggested.get(0)).isEqualTo("服务对象满意度");
		assertThat(uses.get("服务对象满意度")).isEqualTo(5);
		assertThat(suggested).extracting(uses::get).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		long fifth = uses.get(suggested.get(4));
		assertThat(uses.values().stream().filter((count) -> count > fifth).count()).isLessThan(5);
		assertThat(this.index.suggest("满意", 1000)).containsExactlyInAnyOrderElementsOf(uses.keySet());
	}

	@Test
	void suggestionsIncludeProjectNames() {
		assertThat(this.index.suggest("征地养老", 20)).contains("征地养老慰问经费", "征地养老费支出", "征地养老管理信息系统（2024年运维）");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  ", "\u3000" })
	void blankTextSuggestsNothing(String text) {
		assertThat(this.index.suggest(text, 10)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", ".*", "满意*", "(满意|鉴定)", "[满]", "' OR 1=1 --", "%" })
	void suggestionTextIsMatchedLiterally(String text) {
		assertThat(this.index.suggest(text, 10)).isEmpty();
	}

	@Test
	void suggestionsForgetDeletedFiles() {
		assertThat(this.index.suggest("鉴定工作", 10)).contains("鉴定工作完成率", "鉴定工作完成及时性");
		this.index.deleteSourceFile(FILE_2026);
		this.index.deleteSourceFile(TRACKING_FILE);
		this.index.publish();
		assertThat(this.index.suggest("鉴定工作", 10)).containsExactlyInAnyOrder("保障有序开展工伤认定和劳动能力鉴定工作", "劳动能力鉴定工作开展政策符合度");
	}

	@Test
	void suggestionsCountEachDocumentOnceAfterReimporting() {
		List<String> before = this.index.suggest("满意", 1000);
		for (int i = 0; i < 3; i++) {
			this.index.replaceSourceFile(SONGJIANG_FILE, SeedDocuments.bySourceFile().get(SONGJIANG_FILE));
			this.index.publish();
		}
		assertThat(this.index.suggest("满意", 1000)).containsExactlyElementsOf(before);
	}

	@Test
	void countsDocumentsOfEachType() {
		assertThat(this.index.count(DocumentType.INDICATOR)).isEqualTo(INDICATORS)
			.isEqualTo(ofType(SeedDocuments.all(), DocumentType.INDICATOR).size());
		assertThat(this.index.count(DocumentType.FILING)).isEqualTo(FILINGS)
			.isEqualTo(ofType(SeedDocuments.all(), DocumentType.FILING).size());
	}

	@Test
	void newIndexIsEmpty() {
		try (SearchIndex empty = createIndex()) {
			assertThat(empty.count(DocumentType.INDICATOR)).isZero();
			assertThat(empty.search(SearchQuery.of("满意度")).hits()).isEmpty();
			assertThat(empty.search(SearchQuery.of("")).total()).isZero();
			assertThat(empty.suggest("满意", 10)).isEmpty();
		}
	}

	/**
	 * A search for the text with a page large enough for every hit of a focused query.
	 */
	private static SearchQuery all(String text) {
		return SearchQuery.of(text).withPage(0, MAX_PAGE);
	}

	/** The filing id of a seed file's form (0-based). */
	private static long filingIdOf(String file, int form) {
		return ofType(SeedDocuments.bySourceFile().get(file), DocumentType.FILING).get(form).filingId();
	}

	private static List<SearchDocument> documents(SearchResult result) {
		return result.hits().stream().map(SearchHit::document).toList();
	}

	private static List<String> ids(SearchResult result) {
		return idsOf(documents(result));
	}

	private static List<String> idsOf(Collection<SearchDocument> documents) {
		return documents.stream().map(SearchDocument::id).toList();
	}

	private static List<String> names(SearchResult result) {
		return documents(result).stream().map(SearchDocument::name).toList();
	}

	private static SearchHit hitOf(SearchResult result, String id) {
		return result.hits().stream().filter((hit) -> hit.document().id().equals(id)).findFirst().orElseThrow();
	}

	/** The text of every field an analyst's words may match. */
	private static String words(SearchDocument document) {
		return Stream
			.of(document.name(), document.projectName(), document.target(), document.goal(), document.unit(),
					document.department())
			.filter(Objects::nonNull)
			.collect(Collectors.joining("\n"));
	}

	private static List<String> idsContainingAll(String... words) {
		return SeedDocuments.all()
			.stream()
			.filter((document) -> Stream.of(words).allMatch(words(document)::contains))
			.map(SearchDocument::id)
			.toList();
	}

	private static List<SearchDocument> indicatorsNamedWith(String text) {
		return ofType(SeedDocuments.all(), DocumentType.INDICATOR).stream()
			.filter((document) -> document.name().contains(text))
			.toList();
	}

	private static String idOfIndicatorNamed(String file, String name) {
		return SeedDocuments.all()
			.stream()
			.filter((document) -> file.equals(document.sourceFile()) && document.type() == DocumentType.INDICATOR
					&& name.equals(document.name()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static List<SearchDocument> ofType(List<SearchDocument> documents, DocumentType type) {
		return documents.stream().filter((document) -> document.type() == type).toList();
	}

	/** The first form of a file: its filing document and its indicators. */
	static List<SearchDocument> firstForm(String file) {
		List<SearchDocument> documents = SeedDocuments.bySourceFile().get(file);
		long filingId = documents.get(0).filingId();
		return documents.stream().filter((document) -> document.filingId() == filingId).toList();
	}

	private static Map<String, Long> counts(SearchResult result, SearchFacet facet) {
		Map<String, Long> counts = new TreeMap<>();
		result.facets().getOrDefault(facet, List.of()).forEach((count) -> counts.put(count.value(), count.count()));
		return counts;
	}

	private static Map<String, Long> countsOf(Collection<SearchDocument> documents, SearchFacet facet) {
		Function<SearchDocument, Object> value = switch (facet) {
			case UNIT -> SearchDocument::unit;
			case DEPARTMENT -> SearchDocument::department;
			case YEAR -> SearchDocument::year;
			case LEVEL1 -> SearchDocument::level1;
			case LEVEL2 -> SearchDocument::level2;
			case KIND -> (document) -> (document.kind() != null) ? document.kind().name() : null;
		};
		Map<String, Long> counts = new TreeMap<>();
		for (SearchDocument document : documents) {
			Object facetValue = value.apply(document);
			if (facetValue != null) {
				counts.merge(facetValue.toString(), 1L, Long::sum);
			}
		}
		return counts;
	}

	private static boolean holds(TargetFilter.Comparison comparison, int sign) {
		return switch (comparison) {
			case EQ -> sign == 0;
			case GT -> sign > 0;
			case GE -> sign >= 0;
			case LT -> sign < 0;
			case LE -> sign <= 0;
		};
	}

	private static long countOf(List<SearchDocument> documents, Predicate<SearchDocument> test) {
		return documents.stream().filter(test).count();
	}

	private static Map<String, Long> nameUses(List<SearchDocument> documents, String text) {
		Map<String, Long> uses = new LinkedHashMap<>();
		documents.stream()
			.map(SearchDocument::name)
			.filter((name) -> name != null && name.contains(text))
			.forEach((name) -> uses.merge(name, 1L, Long::sum));
		return uses;
	}

	private static int firstIndexOf(List<SearchHit> hits, Predicate<SearchHit> test) {
		for (int i = 0; i < hits.size(); i++) {
			if (test.test(hits.get(i))) {
				return i;
			}
		}
		return hits.size();
	}

	private static int lastIndexOf(List<SearchHit> hits, Predicate<SearchHit> test) {
		for (int i = hits.size() - 1; i >= 0; i--) {
			if (test.test(hits.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static SearchDocument renamed(SearchDocument document, String name) {
		return new SearchDocument(document.id(), document.type(), document.filingId(), document.indicatorId(),
				document.sourceFile(), document.kind(), document.year(), document.department(), document.unit(),
				document.projectName(), name, document.level1(), document.level2(), document.target(),
				document.valueOperator(), document.valueNumber(), document.valueUnit(), document.goal(),
				document.budget());
	}

}
