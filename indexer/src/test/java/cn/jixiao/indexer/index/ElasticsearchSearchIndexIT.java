package cn.jixiao.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.jixiao.indexer.ElasticsearchAvailable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Elasticsearch index on the search index contract, against the node {@code .ci/run}
 * starts ({@code JIXIAO_TEST_ES_URL}), plus what only this backend promises: versioned
 * indexes behind an alias, the store version in the mapping, and a file put back whole
 * when Elasticsearch refuses one of its documents.
 */
@ExtendWith(ElasticsearchAvailable.class)
class ElasticsearchSearchIndexIT extends SearchIndexContract {

	private static RestClient restClient;

	private static ElasticsearchClient client;

	private final List<String> aliases = new ArrayList<>();

	@BeforeAll
	static void connect() {
		restClient = RestClient.builder(HttpHost.create(ElasticsearchAvailable.url().toString())).build();
		client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
	}

	@AfterAll
	static void disconnect() throws IOException {
		restClient.close();
	}

	@Override
	protected SearchIndex createIndex() {
		String alias = "jixiao-contract-" + UUID.randomUUID();
		this.aliases.add(alias);
		return new ElasticsearchSearchIndex(client, alias);
	}

	@AfterEach
	void deleteIndexes() throws IOException {
		for (String alias : this.aliases) {
			List<String> indexes = List
				.copyOf(client.indices().get((get) -> get.index(alias + "-*")).result().keySet());
			if (!indexes.isEmpty()) {
				client.indices().delete((delete) -> delete.index(indexes));
			}
		}
	}

	private String alias() {
		return this.aliases.get(0);
	}

	private Set<String> indexesBehindAlias() throws IOException {
		return client.indices().getAlias((get) -> get.name(alias())).result().keySet();
	}

	@Test
	void aliasPointsAtOneVersionedIndexAndARebuildSwapsIt() throws IOException {
		Set<String> before = indexesBehindAlias();
		assertThat(before).singleElement()
			.asString()
			.startsWith(alias() + "-s" + ElasticsearchSearchIndex.SCHEMA + "-");
		this.index.rebuild((sink) -> SeedDocuments.all().forEach(sink));
		Set<String> after = indexesBehindAlias();
		assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
		assertThat(client.indices().exists((exists) -> exists.index(List.copyOf(before))).value()).isFalse();
	}

	@Test
	void failedRebuildLeavesNoIndexBehind() throws IOException {
		Set<String> before = indexesBehindAlias();
		assertThatThrownBy(() -> this.index.rebuild((sink) -> {
			SeedDocuments.all().stream().limit(10).forEach(sink);
			throw new IllegalStateException("the store went away");
		})).isInstanceOf(RuntimeException.class);
		assertThat(indexesBehindAlias()).isEqualTo(before);
		assertThat(client.indices().get((get) -> get.index(alias() + "-*")).result().keySet()).isEqualTo(before);
	}

	@Test
	void storeVersionIsKeptInTheMappingAndSurvivesReopening() {
		assertThat(this.index.storeVersion()).isNull();
		this.index.commit("62:725:2026-11-23T05:00");
		assertThat(this.index.storeVersion()).isEqualTo("62:725:2026-11-23T05:00");
		try (SearchIndex reopened = new ElasticsearchSearchIndex(client, alias())) {
			assertThat(reopened.storeVersion()).isEqualTo("62:725:2026-11-23T05:00");
			assertThat(reopened.count(DocumentType.INDICATOR)).isEqualTo(725);
		}
	}

	@Test
	void anIndexOfAnotherSchemaReadsAsNewSoThatItIsRebuilt() throws IOException {
		this.index.commit("v1");
		client.indices()
			.putMapping((mapping) -> mapping.index(alias())
				.meta("schema", co.elastic.clients.json.JsonData.of(ElasticsearchSearchIndex.SCHEMA + 1))
				.meta("storeVersion", co.elastic.clients.json.JsonData.of("v1")));
		assertThat(this.index.storeVersion()).isNull();
	}

	@Test
	void aConcreteIndexNamedLikeTheAliasIsRefused() throws IOException {
		String taken = "jixiao-contract-taken-" + UUID.randomUUID();
		this.aliases.add(taken);
		client.indices().create((create) -> create.index(taken + "-plain"));
		assertThatThrownBy(() -> new ElasticsearchSearchIndex(client, taken + "-plain"))
			.hasMessageContaining("is an index, not an alias");
	}

	@Test
	void fileIsPutBackWholeWhenElasticsearchRefusesOneOfItsDocuments() {
		String file = "002_a412ae7c9559c2f7.txt";
		List<SearchDocument> old = SeedDocuments.bySourceFile().get(file);
		List<SearchDocument> revised = new ArrayList<>();
		for (SearchDocument document : old) {
			revised.add(withUnit(document, document.unit() + "（更名）"));
		}
		// An exact unit longer than any keyword term can hold.
		revised.set(30, withUnit(old.get(30), "单位".repeat(6000)));
		assertThatThrownBy(() -> this.index.replaceSourceFile(file, revised)).hasMessageContaining(file);
		this.index.publish();
		SearchResult result = this.index
			.search(SearchQuery.of("").withFilter(SearchFacet.YEAR, "2022").withPage(0, 200));
		assertThat(result.hits()).extracting((hit) -> hit.document()).containsExactlyInAnyOrderElementsOf(old);
	}

	private static SearchDocument withUnit(SearchDocument document, String unit) {
		return new SearchDocument(document.id(), document.type(), document.filingId(), document.indicatorId(),
				document.sourceFile(), document.kind(), document.year(), document.department(), unit,
				document.projectName(), document.name(), document.level1(), document.level2(), document.target(),
				document.valueOperator(), document.valueNumber(), document.valueUnit(), document.goal(),
				document.budget());
	}

}
