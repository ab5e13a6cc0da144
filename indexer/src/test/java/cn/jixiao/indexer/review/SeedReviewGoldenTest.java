package cn.jixiao.indexer.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.jixiao.indexer.EmbeddedStoreTest;
import cn.jixiao.indexer.filing.FilingJson;
import cn.jixiao.indexer.importing.FilingImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The review of all 62 seed forms, with the seeds imported into a scratch store for the
 * history rules, against the golden file
 * {@code src/test/resources/review/seeds-review.json} (forms in file and position order,
 * each form's findings in the review's order, and the count of findings by rule at the
 * top).
 * <p>
 * When a rule changes on purpose, rewrite the file with
 * {@code mvn -pl indexer test -Dtest=SeedReviewGoldenTest -Dreview.golden.update=true},
 * read the diff, and run the test again without the property: the rewriting run fails, so
 * it can never pass unnoticed.
 */
class SeedReviewGoldenTest extends EmbeddedStoreTest {

	private static final Path GOLDEN = Path.of("src", "test", "resources", "review", "seeds-review.json");

	@Autowired
	private FilingReview review;

	@Autowired
	private ReviewContext context;

	@BeforeAll
	static void importSeeds(@Autowired FilingImporter importer) throws IOException {
		importer.importPaths(List.of(SeedForms.DIRECTORY));
	}

	@Test
	void theReviewOfEverySeedFormIsTheGoldenOne() throws IOException {
		List<ReviewedForm> forms = SeedForms.all()
			.stream()
			.map((form) -> ReviewedForm.of(form, this.review.review(form, this.context)))
			.toList();
		assertThat(forms).hasSize(62);
		String actual = json(forms);
		if (Boolean.getBoolean("review.golden.update")) {
			Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
			fail("rewrote " + GOLDEN + ": check its diff, then run again without -Dreview.golden.update");
		}
		assertThat(actual).as("the review of the seeds; see this test's comment to rewrite the golden file")
			.isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
	}

	private static String json(List<ReviewedForm> forms) throws IOException {
		Map<String, Long> byRule = new TreeMap<>();
		forms.forEach((form) -> form.findings().forEach((finding) -> byRule.merge(finding.rule(), 1L, Long::sum)));
		Map<String, Object> golden = new LinkedHashMap<>();
		golden.put("findingsByRule", byRule);
		golden.put("forms", forms);
		return FilingJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(golden) + "\n";
	}

}
