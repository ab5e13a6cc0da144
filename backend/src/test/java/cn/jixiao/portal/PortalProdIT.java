package cn.jixiao.portal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jixiao.indexer.index.ElasticsearchSearchIndex;
import cn.jixiao.indexer.index.LuceneSearchIndex;
import cn.jixiao.indexer.index.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production stack as an operator runs it: the portal with the {@code prod} profile,
 * configured only through the environment variables that profile reads, on an empty
 * MariaDB/MySQL database ({@code JIXIAO_TEST_MYSQL_URL}) and an Elasticsearch node
 * ({@code JIXIAO_TEST_ES_URL}) under an alias of its own, so that it imports the shipped
 * seeds on start. It then answers the search index contract's queries exactly as the
 * embedded portal (H2 + Lucene) that imported the same seeds: the same hits in the same
 * order, the same totals, facet counts and suggestions; each compared request leaves one
 * line in the log ({@code request | total | ids compared | same}). Skipped without both
 * services, except in CI, where it fails.
 */
@ExtendWith(ProductionServicesAvailable.class)
class PortalProdIT {

	private static final String ALIAS = "jixiao-portal-prod-it-" + UUID.randomUUID();

	private static final String SEEDS = "--jixiao.seeds.dir=../seeds";

	private static final int FILINGS = 62;

	private static final int INDICATORS = 725;

	private static RestClient restClient;

	private static ElasticsearchClient elasticsearch;

	private static StartedPortal production;

	private static StartedPortal embedded;

	@BeforeAll
	static void startTheProductionAndTheEmbeddedPortal() {
		String node = System.getenv(ProductionServicesAvailable.ELASTICSEARCH_URL).replaceAll("/+$", "");
		restClient = RestClient.builder(HttpHost.create(node)).build();
		elasticsearch = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
		String url = System.getenv(ProductionServicesAvailable.MYSQL_URL);
		String user = System.getenv().getOrDefault(ProductionServicesAvailable.MYSQL_USER, "root");
		String password = System.getenv().getOrDefault(ProductionServicesAvailable.MYSQL_PASSWORD, "");
		// The database is shared with the other MySQL tests: start from an empty one.
		Flyway.configure().dataSource(url, user, password).cleanDisabled(false).load().clean();
		production = StartedPortal.start("--spring.profiles.active=prod", "--MYSQL_URL=" + url, "--MYSQL_USER=" + user,
				"--MYSQL_PASSWORD=" + password, "--ELASTICSEARCH_URL=" + node, "--ELASTICSEARCH_INDEX=" + ALIAS,
				"--jixiao.data-dir=" + SeededPortalTest.newDataDir("jixiao-portal-prod"), SEEDS);
		embedded = StartedPortal.start("--jixiao.data-dir=" + SeededPortalTest.newDataDir("jixiao-portal-embedded"),
				SEEDS);
	}

	@AfterAll
	static void stopThePortalsAndDeleteTheIndexes() throws IOException {
		try {
			for (StartedPortal portal : new StartedPortal[] { production, embedded }) {
				if (portal != null) {
					portal.close();
				}
			}
		}
		finally {
			if (elasticsearch != null) {
				// By name: the node refuses wildcard deletes.
				List<String> indexes = List
					.copyOf(elasticsearch.indices().get((get) -> get.index(ALIAS + "-*")).result().keySet());
				if (!indexes.isEmpty()) {
					elasticsearch.indices().delete((delete) -> delete.index(indexes));
				}
				restClient.close();
			}
		}
	}

	@Test
	void storeIsTheDatabaseAndSearchesGoToElasticsearch() {
		assertThat(production.bean(SearchIndex.class)).isInstanceOf(ElasticsearchSearchIndex.class);
		assertThat(embedded.bean(SearchIndex.class)).isInstanceOf(LuceneSearchIndex.class);
		JdbcTemplate jdbc = production.bean(JdbcTemplate.class);
		String url = jdbc.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getURL());
		assertThat(url).startsWith("jdbc:mysql:");
		assertThat(jdbc.queryForObject("select database()", String.class))
			.isEqualTo(System.getenv(ProductionServicesAvailable.MYSQL_URL).replaceAll(".*/([^/?]+).*", "$1"));
		assertThat(jdbc.queryForObject("select count(*) from filing", Long.class)).isEqualTo(FILINGS);
		assertThat(jdbc.queryForObject("select count(*) from indicator", Long.class)).isEqualTo(INDICATORS);
	}

	@Test
	void aliasPointsAtOneIndexHoldingTheSeedFilingsAndIndicators() throws IOException {
		Set<String> indexes = elasticsearch.indices().getAlias((get) -> get.name(ALIAS)).result().keySet();
		assertThat(indexes).singleElement().asString().matches(ALIAS + "-s\\d+-.+");
		String index = indexes.iterator().next();
		assertThat(countOfType(index, "FILING")).isEqualTo(FILINGS);
		assertThat(countOfType(index, "INDICATOR")).isEqualTo(INDICATORS);
		assertThat(elasticsearch.count((count) -> count.index(index)).count()).isEqualTo(FILINGS + INDICATORS);
	}

	@Test
	void satisfactionSearchFindsIndicatorsWithMarkedSnippetsAndFacets() {
		JsonNode result = production.get("/api/search", List.of(Map.entry("q", "满意度"), Map.entry("size", "200")));
		assertThat(result.path("total").asLong()).isGreaterThanOrEqualTo(70);
		assertThat(values(result.path("hits"), "name")).contains("鉴定对象满意度", "群众满意度", "仲裁案件服务对象满意度");
		result.path("hits")
			.forEach((hit) -> assertThat(hit.path("highlights").toString()).as(hit.path("id").asText())
				.contains("<mark>"));
		assertThat(values(result.path("facets").path("level1"), "value")).contains("满意度指标");
		long yearCounts = 0;
		for (JsonNode year : result.path("facets").path("year")) {
			yearCounts += year.path("count").asLong();
		}
		assertThat(yearCounts).isEqualTo(result.path("total").asLong());
	}

	@Test
	void healthIsUpIncludingElasticsearch() {
		assertThat(production.get("/actuator/health").path("status").asText()).isEqualTo("UP");
		// Over HTTP the components stay hidden (show-components defaults to never).
		HealthEndpoint health = production.bean(HealthEndpoint.class);
		assertThat(health.healthForPath("elasticsearch")).isNotNull()
			.satisfies((component) -> assertThat(component.getStatus()).isEqualTo(Status.UP));
		assertThat(health.healthForPath("db").getStatus()).isEqualTo(Status.UP);
		assertThat(embedded.bean(HealthEndpoint.class).healthForPath("elasticsearch")).isNull();
	}

	/**
	 * The queries of the search index contract ({@code SearchIndexContract}), as the
	 * search page sends them; every word goes through the shipped synonyms (满意度 with 满意率,
	 * 完成率 with 完成情况 and 完成度).
	 */
	static Stream<ContractSearch> contractSearches() {
		return Stream.of(search("满意度", "size=200"), search("满意", "size=200"), search("鉴定 完成率", "size=200"),
				search("满意度", "type=indicator", "size=200"), search("满意度", "type=project", "size=200"),
				search("满意度", "kind=TRACKING", "size=200"), search("满意度", "sort=year", "size=200"),
				search("满意度", "page=1"), search("就业", "sort=year", "size=200"), search("培训", "level1=产出指标", "size=200"),
				search("", "type=project", "size=200"), search(""), search("", "page=2", "size=50"),
				search("", "page=3", "size=200"), search("", "unit=上海市松江区就业促进中心", "year=2025", "size=200"),
				search("", "year=2022", "year=2026", "size=200"), search("满意度 指标值>=95%", "size=200"),
				search("指标值>90% 指标值<100", "year=2025", "size=200"), search("单位=元/人", "size=200"));
	}

	@ParameterizedTest
	@MethodSource("contractSearches")
	void searchesFindWhatTheEmbeddedPortalFinds(ContractSearch search) {
		JsonNode expected = embedded.get("/api/search", search.parameters());
		JsonNode actual = production.get("/api/search", search.parameters());
		List<String> expectedIds = values(expected.path("hits"), "id");
		List<String> actualIds = values(actual.path("hits"), "id");
		JsonNode expectedHits = withoutSnippets(expected.path("hits"));
		JsonNode actualHits = withoutSnippets(actual.path("hits"));
		boolean same = actualIds.equals(expectedIds) && actual.path("total").equals(expected.path("total"))
				&& actual.path("facets").equals(expected.path("facets")) && actualHits.equals(expectedHits);
		System.out.printf("%s | %d | %d | %s%n", search, expected.path("total").asLong(), expectedIds.size(),
				same ? "same" : "DIFFERENT");
		assertThat(expectedIds).as("hits of %s", search).isNotEmpty();
		assertThat(actualIds).as("hits of %s", search).containsExactlyElementsOf(expectedIds);
		assertThat(actual.path("total").asLong()).as("total of %s", search).isEqualTo(expected.path("total").asLong());
		assertThat(actual.path("facets")).as("facets of %s", search).isEqualTo(expected.path("facets"));
		assertThat(actualHits).as("hits of %s read from the store", search).isEqualTo(expectedHits);
	}

	/**
	 * The hits as read from the store, without their snippets: the two highlighters cut
	 * long goals into different fragments around the same marked words.
	 */
	private static JsonNode withoutSnippets(JsonNode hits) {
		JsonNode copy = hits.deepCopy();
		copy.forEach((hit) -> ((ObjectNode) hit).remove("highlights"));
		return copy;
	}

	static Stream<ContractSearch> contractSuggestions() {
		return Stream.of(search("满意", "limit=5"), search("满意", "limit=20"), search("征地养老", "limit=20"),
				search("鉴定工作", "limit=10"));
	}

	@ParameterizedTest
	@MethodSource("contractSuggestions")
	void suggestionsAreTheEmbeddedPortals(ContractSearch suggestion) {
		List<String> expected = texts(embedded.get("/api/search/suggest", suggestion.parameters()));
		List<String> actual = texts(production.get("/api/search/suggest", suggestion.parameters()));
		System.out.printf("suggest %s | %d | %d | %s%n", suggestion, expected.size(), expected.size(),
				actual.equals(expected) ? "same" : "DIFFERENT");
		assertThat(expected).as("suggestions for %s", suggestion).isNotEmpty();
		assertThat(actual).as("suggestions for %s", suggestion).containsExactlyElementsOf(expected);
	}

	private static long countOfType(String index, String type) throws IOException {
		return elasticsearch
			.count((count) -> count.index(index).query((query) -> query.term((term) -> term.field("type").value(type))))
			.count();
	}

	private static List<String> values(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach((node) -> values.add(node.path(field).asText(null)));
		return values;
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asText()));
		return texts;
	}

	/** The box's text and further parameters written {@code name=value}. */
	private static ContractSearch search(String q, String... parameters) {
		List<Map.Entry<String, String>> entries = new ArrayList<>();
		entries.add(Map.entry("q", q));
		for (String parameter : parameters) {
			int equals = parameter.indexOf('=');
			entries.add(Map.entry(parameter.substring(0, equals), parameter.substring(equals + 1)));
		}
		return new ContractSearch(List.copyOf(entries));
	}

	/** One request of the contract, named in the log by its parameters. */
	record ContractSearch(List<Map.Entry<String, String>> parameters) {

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder();
			for (Map.Entry<String, String> parameter : this.parameters) {
				text.append((text.length() > 0) ? " " : "").append(parameter.getKey()).append('=');
				text.append(parameter.getValue().isEmpty() ? "''" : parameter.getValue());
			}
			return text.toString();
		}

	}

}
