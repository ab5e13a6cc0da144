package cn.jixiao.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import cn.jixiao.indexer.ElasticsearchAvailable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elasticsearch's {@code smartcn} analyzer (the project's plugin) cuts every seed text
 * exactly as the Lucene index's {@link SmartChineseAnalyzer} does: same terms, offsets
 * and positions. Otherwise the two backends would find and highlight different things.
 */
@ExtendWith(ElasticsearchAvailable.class)
class SmartCnTokenisationIT {

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void elasticsearchTokenisesEverySeedTextAsLucene() throws Exception {
		Set<String> texts = seedTexts();
		Map<String, String> mismatches = new LinkedHashMap<>();
		try (Analyzer lucene = new SmartChineseAnalyzer()) {
			for (String text : texts) {
				List<Token> expected = lucene(lucene, text);
				List<Token> actual = elasticsearch(text);
				if (!actual.equals(expected)) {
					mismatches.put(text, "Lucene " + expected + "\nElasticsearch " + actual);
				}
			}
		}
		System.out.printf("SmartCnTokenisationIT: %d seed texts compared, %d differ%n", texts.size(),
				mismatches.size());
		assertThat(texts).hasSizeGreaterThan(700);
		assertThat(mismatches).isEmpty();
	}

	/** Indicator names and targets, project names and goal texts, each once. */
	private static Set<String> seedTexts() {
		Set<String> texts = new LinkedHashSet<>();
		for (SearchDocument document : SeedDocuments.all()) {
			Stream.of(document.name(), document.target(), document.projectName(), document.goal())
				.filter(Objects::nonNull)
				.filter((text) -> !text.isBlank())
				.forEach(texts::add);
		}
		return texts;
	}

	private static List<Token> lucene(Analyzer analyzer, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private List<Token> elasticsearch(String text) throws IOException, InterruptedException {
		String body = this.json.writeValueAsString(Map.of("analyzer", "smartcn", "text", text));
		HttpRequest request = HttpRequest.newBuilder(URI.create(ElasticsearchAvailable.url() + "/_analyze"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<Token> tokens = new ArrayList<>();
		for (JsonNode token : this.json.readTree(response.body()).path("tokens")) {
			tokens.add(new Token(token.path("token").asText(), token.path("start_offset").asInt(),
					token.path("end_offset").asInt(), token.path("position").asInt()));
		}
		return tokens;
	}

	private record Token(String term, int start, int end, int position) {

		@Override
		public String toString() {
			return this.term + "[" + this.start + "-" + this.end + "]@" + this.position;
		}

	}

}
