package cn.jixiao.indexer.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import cn.jixiao.indexer.TestIndexerApplication;
import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.parse.FilingParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed files mutated at random (lines dropped, duplicated, swapped or cut short, cells
 * inserted, the file re-encoded): the parser never throws, and an import of the result
 * stores all of its forms and indicators as the parser reads them, or nothing, with the
 * index in step.
 */
class MutatedSeedsPropertyTest {

	private static final FilingParser parser = new FilingParser();

	private static final AtomicInteger imports = new AtomicInteger();

	private static ConfigurableApplicationContext context;

	private static Path data;

	enum Change {

		DROP, DUPLICATE, SWAP, TRUNCATE, INSERT_CELL

	}

	enum Encoding {

		UTF_8(StandardCharsets.UTF_8, new byte[0]),
		UTF_8_BOM(StandardCharsets.UTF_8, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }),
		UTF_16(StandardCharsets.UTF_16, new byte[0]),
		UTF_16LE_BOM(StandardCharsets.UTF_16LE, new byte[] { (byte) 0xFF, (byte) 0xFE }),
		GBK(Charset.forName("GBK"), new byte[0]);

		private final Charset charset;

		private final byte[] bom;

		Encoding(Charset charset, byte[] bom) {
			this.charset = charset;
			this.bom = bom;
		}

		byte[] encode(String text) {
			byte[] body = text.getBytes(this.charset);
			byte[] bytes = new byte[this.bom.length + body.length];
			System.arraycopy(this.bom, 0, bytes, 0, this.bom.length);
			System.arraycopy(body, 0, bytes, this.bom.length, body.length);
			return bytes;
		}

	}

	record Mutation(Change change, int at, int other, String cell) {

		void apply(List<String> lines) {
			if (lines.isEmpty()) {
				return;
			}
			int i = Math.floorMod(this.at, lines.size());
			int j = Math.floorMod(this.other, lines.size());
			switch (this.change) {
				case DROP -> lines.remove(i);
				case DUPLICATE -> lines.add(i, lines.get(i));
				case SWAP -> {
					String line = lines.get(i);
					lines.set(i, lines.get(j));
					lines.set(j, line);
				}
				case TRUNCATE ->
					lines.set(i, lines.get(i).substring(0, Math.floorMod(this.other, lines.get(i).length() + 1)));
				case INSERT_CELL -> {
					String line = lines.get(i);
					int tab = nthTab(line, Math.floorMod(this.other, 8));
					lines.set(i, line.substring(0, tab) + "\t" + this.cell + line.substring(tab));
				}
			}
		}

		private static int nthTab(String line, int n) {
			int at = 0;
			for (int k = 0; k < n; k++) {
				int next = line.indexOf('\t', at);
				if (next < 0) {
					return line.length();
				}
				at = next + 1;
			}
			return Math.max(0, at - 1);
		}

	}

	@BeforeContainer
	static void start() throws Exception {
		data = Files.createTempDirectory("jixiao-mutated-seeds");
		context = new SpringApplicationBuilder(TestIndexerApplication.class).web(WebApplicationType.NONE)
			.run("--jixiao.data-dir=" + data);
	}

	@AfterContainer
	static void stop() throws IOException {
		if (context != null) {
			context.close();
		}
		FileSystemUtils.deleteRecursively(data);
	}

	@Property(tries = 200)
	void theParserNeverThrowsOnAMutatedSeed(@ForAll("seedName") String name,
			@ForAll @Size(max = 8) List<@From("mutation") Mutation> mutations, @ForAll Encoding encoding) {
		byte[] mutated = mutate(name, mutations, encoding);
		ParseResult parsed = parser.parse(name, mutated);
		assertThat(parsed).isNotNull();
		assertThat(parsed.forms()).isNotNull();
		assertThat(parsed.problems()).isNotNull();
	}

	@Property(tries = 30)
	void anImportStoresAMutatedSeedWholeOrNotAtAll(@ForAll("seedName") String name,
			@ForAll @Size(min = 1, max = 6) List<@From("mutation") Mutation> mutations, @ForAll Encoding encoding) {
		byte[] mutated = mutate(name, mutations, encoding);
		String fileName = "mutated-" + imports.incrementAndGet() + "-" + name;
		ParseResult parsed = parser.parse(fileName, mutated);
		ImportOutcome outcome = context.getBean(FilingImporter.class).importFile(fileName, mutated);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Long forms = jdbc.queryForObject(
				"SELECT COUNT(*) FROM filing f JOIN source_file s ON f.source_file_id = s.id" + " WHERE s.name = ?",
				Long.class, fileName);
		Long indicators = jdbc.queryForObject("SELECT COUNT(*) FROM indicator i JOIN filing f ON i.filing_id = f.id"
				+ " JOIN source_file s ON f.source_file_id = s.id WHERE s.name = ?", Long.class, fileName);
		if (outcome.status() == ImportStatus.REJECTED) {
			assertThat(forms).isZero();
			assertThat(indicators).isZero();
		}
		else {
			assertThat(forms).isEqualTo(parsed.forms().size());
			assertThat(indicators)
				.isEqualTo(parsed.forms().stream().mapToLong((form) -> form.indicators().size()).sum());
		}
		assertThat(context.getBean(Reindexer.class).inStep()).isTrue();
	}

	@Provide
	Arbitrary<String> seedName() {
		return Arbitraries.of(SeedFiles.NAMES);
	}

	@Provide
	Arbitrary<Mutation> mutation() {
		return Combinators
			.combine(Arbitraries.of(Change.values()), Arbitraries.integers().between(0, 5000),
					Arbitraries.integers().between(0, 5000), Arbitraries.strings().ofMaxLength(12))
			.as(Mutation::new);
	}

	private static byte[] mutate(String name, List<Mutation> mutations, Encoding encoding) {
		byte[] seed = SeedFiles.bytes(name);
		List<String> lines = new ArrayList<>(parser.text(name, seed).lines().toList());
		mutations.forEach((mutation) -> mutation.apply(lines));
		return encoding.encode(String.join("\n", lines) + "\n");
	}

}
