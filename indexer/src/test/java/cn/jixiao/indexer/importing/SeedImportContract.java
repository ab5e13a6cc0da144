package cn.jixiao.indexer.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jixiao.indexer.EmbeddedStoreTest;
import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.indexer.filing.ParseProblem;
import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.index.DocumentType;
import cn.jixiao.indexer.index.SearchIndex;
import cn.jixiao.indexer.index.SearchQuery;
import cn.jixiao.indexer.parse.FilingParser;
import cn.jixiao.indexer.parse.FilingTextWriter;
import cn.jixiao.indexer.store.SourceTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What importing the seed files does to the store and the index, whatever database holds
 * the store: {@link SeedImportTest} runs it on H2, {@link SeedImportMySqlIT} on
 * MariaDB/MySQL. The seeds are imported once per class; a test that changes a file puts
 * the seeds back afterwards.
 */
abstract class SeedImportContract extends EmbeddedStoreTest {

	private static final String LOCAL_UNIT = "上海市松江区人力资源和社会保障局（本级）";

	private static ImportSummary firstImport;

	@Autowired
	private FilingImporter importer;

	@Autowired
	private FilingParser parser;

	@Autowired
	private SearchIndex searchIndex;

	@Autowired
	private Reindexer reindexer;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SourceTexts sourceTexts;

	@BeforeAll
	static void importSeeds(@Autowired FilingImporter importer) throws IOException {
		firstImport = importer.importPaths(List.of(SeedFiles.DIRECTORY));
	}

	@AfterEach
	void restoreSeeds() throws IOException {
		this.importer.importPaths(List.of(SeedFiles.DIRECTORY));
	}

	@Test
	void importsEveryFormAndIndicatorOfTheSeedsIntoTheStoreAndTheIndex() {
		assertThat(firstImport.outcomes()).extracting(ImportOutcome::fileName).isEqualTo(SeedFiles.NAMES);
		assertThat(firstImport.outcomes()).extracting(ImportOutcome::status).containsOnly(ImportStatus.IMPORTED);
		assertThat(firstImport.describe()).startsWith("files 5 (imported 5, replaced 0, unchanged 0, rejected 0)")
			.contains("forms 62, indicators 725, problems 3, time ");
		assertThat(count("filing")).isEqualTo(62);
		assertThat(count("indicator")).isEqualTo(725);
		assertThat(count("source_file")).isEqualTo(5);
		assertThat(this.searchIndex.count(DocumentType.FILING)).isEqualTo(62);
		assertThat(this.searchIndex.count(DocumentType.INDICATOR)).isEqualTo(725);
	}

	@Test
	void keepsEachFilesTextSoThatFormLinesPointIntoIt() {
		for (String name : SeedFiles.NAMES) {
			long fileId = this.jdbc.queryForObject("SELECT id FROM source_file WHERE name = ?", Long.class, name);
			String text = this.sourceTexts.find(fileId).orElseThrow();
			assertThat(text).isEqualTo(this.parser.text(name, SeedFiles.bytes(name)));
			List<String> lines = text.lines().toList();
			this.jdbc.query("SELECT project_name, first_line FROM filing WHERE source_file_id = ?", (row) -> {
				assertThat(lines.get(row.getInt(2) - 1)).as(name).isNotBlank();
			}, fileId);
		}
		assertThat(count("source_text")).isGreaterThanOrEqualTo(SeedFiles.NAMES.size());
	}

	@Test
	void storesFourDepartmentsAndEightUnitsAsFirstWritten() {
		assertThat(this.jdbc.queryForList("SELECT name FROM department", String.class)).containsExactlyInAnyOrder(
				"上海市闵行区人力资源和社会保障局(汇总)", "上海市人力资源和社会保障局", "上海市闵行区浦锦街道办事处(汇总)", "上海市松江区人力资源和社会保障局");
		assertThat(this.jdbc.queryForList("SELECT name FROM unit", String.class)).containsExactlyInAnyOrder(
				"上海市闵行区社会保障服务中心", "上海市社会保险事业管理中心", "上海市闵行区浦锦街道社区事务受理服务中心", LOCAL_UNIT, "上海市松江区劳动人事争议仲裁院",
				"上海市松江区就业促进中心", "上海市松江区社会保障服务中心", "上海市松江区人力资源发展中心（上海市松江区机关事业单位福利事业中心）");
	}

	@Test
	void localUnitWrittenWithBothBracketWidthsIsOneUnit() {
		List<Filing> forms = this.parser.parse(SeedFiles.SONGJIANG_2025, SeedFiles.bytes(SeedFiles.SONGJIANG_2025))
			.forms();
		assertThat(forms).extracting(Filing::unit)
			.contains(LOCAL_UNIT, "上海市松江区人力资源和社会保障局(本级)")
			.filteredOn((unit) -> unit.contains("本级"))
			.hasSize(15);
		Map<String, Long> filingsByUnit = new TreeMap<>();
		this.jdbc.query("SELECT u.name, COUNT(*) FROM filing f JOIN unit u ON u.id = f.unit_id GROUP BY u.name",
				(row) -> {
					filingsByUnit.put(row.getString(1), row.getLong(2));
				});
		assertThat(filingsByUnit).contains(entry(LOCAL_UNIT, 15L)).hasSize(8);
		assertThat(this.jdbc.queryForObject("SELECT name_key FROM unit WHERE name = ?", String.class, LOCAL_UNIT))
			.isEqualTo(NameKeys.organisation("上海市松江区人力资源和社会保障局(本级)"));
	}

	@Test
	void keepsNamesAsWrittenAndMatchesThemByKey() {
		assertThat(this.jdbc.queryForMap("SELECT name, name_key FROM department WHERE name LIKE ?", "上海市闵行区人力%"))
			.containsEntry("name", "上海市闵行区人力资源和社会保障局(汇总)")
			.containsEntry("name_key", "上海市闵行区人力资源和社会保障局");
		assertThat(this.jdbc.queryForMap("SELECT project_name, project_key FROM filing WHERE project_name LIKE ?",
				"工伤认定%"))
			.containsEntry("project_name", "工伤认定和劳动能力鉴定业务系统（2024年运维）")
			.containsEntry("project_key", "工伤认定和劳动能力鉴定业务系统");
		assertThat(this.jdbc.queryForList("SELECT project_name FROM filing WHERE project_name LIKE ?", String.class,
				"%(历年已批复)"))
			.containsExactly("网络信息系统开发、升级、建设(历年已批复)");
	}

	@Test
	void recordsEachFileWithItsShaAndTheParsersProblems() {
		for (String name : SeedFiles.NAMES) {
			byte[] content = SeedFiles.bytes(name);
			ParseResult parsed = this.parser.parse(name, content);
			Map<String, Object> row = this.jdbc.queryForMap(
					"SELECT sha256, size_bytes, imported_at, form_count, indicator_count FROM source_file WHERE name = ?",
					name);
			assertThat(row.get("sha256")).as(name).isEqualTo(sha256(content));
			assertThat(((Number) row.get("size_bytes")).longValue()).as(name).isEqualTo(content.length);
			assertThat(row.get("imported_at")).as(name).isNotNull();
			assertThat(((Number) row.get("form_count")).intValue()).as(name).isEqualTo(parsed.forms().size());
			assertThat(((Number) row.get("indicator_count")).intValue()).as(name)
				.isEqualTo(parsed.forms().stream().mapToInt((form) -> form.indicators().size()).sum());
		}
		List<ParseProblem> stored = this.jdbc.query("""
				SELECT s.name, p.line_no, p.message FROM source_problem p JOIN source_file s ON s.id = p.source_file_id
				ORDER BY s.name, p.position""", (row, i) -> new ParseProblem(row.getString(1),
				(Integer) row.getObject(2, Integer.class), row.getString(3)));
		assertThat(stored).extracting(ParseProblem::file, ParseProblem::line)
			.containsExactly(tuple(SeedFiles.TRACKING_2024, 3), tuple(SeedFiles.SONGJIANG_2025, 98),
					tuple(SeedFiles.SONGJIANG_2025, 692));
		List<ParseProblem> parsed = new ArrayList<>();
		SeedFiles.NAMES.forEach((name) -> parsed.addAll(this.parser.parse(name, SeedFiles.bytes(name)).problems()));
		assertThat(stored).isEqualTo(parsed);
	}

	@Test
	void importingTheSameBytesAgainChangesNothing() throws IOException {
		StoreState before = storeState();
		ImportSummary again = this.importer.importPaths(List.of(SeedFiles.DIRECTORY));
		assertThat(again.outcomes()).extracting(ImportOutcome::status).containsOnly(ImportStatus.UNCHANGED);
		assertThat(again.outcomes()).extracting(ImportOutcome::forms).containsExactly(7, 9, 3, 10, 33);
		assertThat(again.forms()).isZero();
		ImportOutcome single = this.importer.importFile(SeedFiles.TARGETS_2026,
				SeedFiles.bytes(SeedFiles.TARGETS_2026));
		assertThat(single.status()).isEqualTo(ImportStatus.UNCHANGED);
		assertThat(storeState()).isEqualTo(before);
	}

	@Test
	void changedFileReplacesItsEarlierFormsAsAWhole() {
		StoreState before = storeState();
		byte[] withoutLastForm = SeedFiles.firstLines(SeedFiles.TARGETS_2026, 130);
		ImportOutcome outcome = this.importer.importFile(SeedFiles.TARGETS_2026, withoutLastForm);
		assertThat(outcome.status()).isEqualTo(ImportStatus.REPLACED);
		assertThat(outcome.forms()).isEqualTo(6);
		StoreState after = storeState();
		assertThat(after.files.get(SeedFiles.TARGETS_2026)).startsWith(sha256(withoutLastForm) + " imported at ");
		assertThat(after.filingIds.get(SeedFiles.TARGETS_2026)).hasSize(6)
			.doesNotContainAnyElementsOf(before.filingIds.get(SeedFiles.TARGETS_2026));
		assertThat(withoutFile(after.filingIds, SeedFiles.TARGETS_2026))
			.isEqualTo(withoutFile(before.filingIds, SeedFiles.TARGETS_2026));
		assertThat(count("filing")).isEqualTo(61);
		assertThat(count("indicator")).isEqualTo(725 - 6);
		assertThat(this.jdbc.queryForList("SELECT project_name FROM filing WHERE project_name = ?", String.class,
				"保障工作经费"))
			.isEmpty();
		assertThat(this.searchIndex.count(DocumentType.FILING)).isEqualTo(61);
		assertThat(this.searchIndex.count(DocumentType.INDICATOR)).isEqualTo(725 - 6);
		assertThat(this.searchIndex.search(SearchQuery.of("保障工作经费").withTypes(DocumentType.FILING)).total()).isZero();
	}

	@Test
	void binaryFileIsRejectedWithItsNameAndChangesNothing() {
		StoreState before = storeState();
		byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\u0000\u0001\u0002"
			.getBytes(StandardCharsets.ISO_8859_1);
		ImportOutcome outcome = this.importer.importFile("scan.pdf", pdf);
		assertThat(outcome.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(outcome.problems()).isNotEmpty()
			.allSatisfy((problem) -> assertThat(problem.toString()).startsWith("scan.pdf: "))
			.isEqualTo(this.parser.parse("scan.pdf", pdf).problems());
		assertThat(storeState()).isEqualTo(before);
	}

	@Test
	void textThatIsNotAFilingIsRejectedAndKeepsTheFileImportedBefore() {
		StoreState before = storeState();
		String minutes = "会议纪要\n\n项目\t预算\t说明\n鉴定、认定费\t510000\t按去年标准\n";
		ImportOutcome outcome = this.importer.importFile(SeedFiles.TARGETS_2026,
				minutes.getBytes(StandardCharsets.UTF_8));
		assertThat(outcome.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(outcome.problems()).isNotEmpty()
			.allSatisfy((problem) -> assertThat(problem.file()).isEqualTo(SeedFiles.TARGETS_2026))
			.isEqualTo(this.parser.parse(SeedFiles.TARGETS_2026, minutes.getBytes(StandardCharsets.UTF_8)).problems());
		assertThat(storeState()).isEqualTo(before);
	}

	@Test
	void fileTheStoreRefusesLeavesNothingAndKeepsItsEarlierVersion() {
		StoreState before = storeState();
		byte[] refused = withTooLongProjectName();
		ImportOutcome[] outcome = new ImportOutcome[1];
		Throwable failure = catchThrowable(
				() -> outcome[0] = this.importer.importFile(SeedFiles.TARGETS_2026, refused));
		if (failure == null) {
			assertThat(outcome[0].stored()).as("a file the store refuses is not stored").isFalse();
		}
		else {
			assertThat(failure).isInstanceOf(DataAccessException.class);
		}
		assertThat(storeState()).isEqualTo(before);
		assertThat(this.reindexer.inStep()).isTrue();
	}

	/**
	 * A batch in which the store refuses one file: the files stored before it keep their
	 * lineage (every filing in a project, every link) and are in the index.
	 */
	@Test
	void batchWithAFileTheStoreRefusesKeepsTheOtherFilesLinkedAndIndexed() {
		long links = count("lineage_link");
		List<FilingImporter.FileContent> batch = List.of(
				new FilingImporter.FileContent(SeedFiles.TRACKING_2024, SeedFiles.touched(SeedFiles.TRACKING_2024)),
				new FilingImporter.FileContent(SeedFiles.TARGETS_2026, withTooLongProjectName()));
		ImportSummary[] summary = new ImportSummary[1];
		Throwable failure = catchThrowable(() -> summary[0] = this.importer.importBatch(batch));
		if (failure == null) {
			assertThat(summary[0].outcomes()).extracting(ImportOutcome::status)
				.first()
				.isEqualTo(ImportStatus.REPLACED);
			assertThat(summary[0].outcomes().get(1).stored()).isFalse();
		}
		assertThat(this.jdbc.queryForList("SELECT project_name FROM filing WHERE project_id IS NULL", String.class))
			.as("filings left without a project")
			.isEmpty();
		assertThat(count("lineage_link")).isEqualTo(links);
		assertThat(this.reindexer.inStep()).isTrue();
	}

	/** Seed 000 written anew with a first project name longer than its column. */
	private byte[] withTooLongProjectName() {
		List<Filing> forms = new ArrayList<>(
				this.parser.parse(SeedFiles.TARGETS_2026, SeedFiles.bytes(SeedFiles.TARGETS_2026)).forms());
		Filing first = forms.get(0);
		forms.set(0, SeedFiles.renamed(first, "鉴定、认定费".repeat(60)));
		byte[] text = new FilingTextWriter().write(forms).getBytes(StandardCharsets.UTF_8);
		assertThat(this.parser.parse(SeedFiles.TARGETS_2026, text).forms()).hasSize(7)
			.first()
			.satisfies((form) -> assertThat(form.projectName()).hasSize(360));
		return text;
	}

	private long count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

	/**
	 * Each file's SHA-256, import time and filing ids, the row counts, and what the index
	 * holds.
	 */
	private StoreState storeState() {
		Map<String, String> files = new TreeMap<>();
		this.jdbc.query("SELECT name, sha256, imported_at FROM source_file", (row) -> {
			files.put(row.getString(1), row.getString(2) + " imported at " + row.getTimestamp(3).toInstant());
		});
		Map<String, List<Long>> filingIds = new TreeMap<>();
		this.jdbc.query("SELECT s.name, f.id FROM filing f JOIN source_file s ON s.id = f.source_file_id ORDER BY f.id",
				(row) -> {
					filingIds.computeIfAbsent(row.getString(1), (name) -> new ArrayList<>()).add(row.getLong(2));
				});
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("department", "unit", "project", "filing", "indicator", "source_problem",
				"lineage_link")) {
			counts.put(table, count(table));
		}
		counts.put("indexed filings", this.searchIndex.count(DocumentType.FILING));
		counts.put("indexed indicators", this.searchIndex.count(DocumentType.INDICATOR));
		counts.put("hits for 满意度", this.searchIndex.search(SearchQuery.of("满意度")).total());
		return new StoreState(files, filingIds, counts);
	}

	private static Map<String, List<Long>> withoutFile(Map<String, List<Long>> filingIds, String name) {
		Map<String, List<Long>> others = new TreeMap<>(filingIds);
		others.remove(name);
		return others;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record StoreState(Map<String, String> files, Map<String, List<Long>> filingIds, Map<String, Long> counts) {
	}

}
