package cn.jixiao.indexer.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.indexer.EmbeddedStoreTest;
import cn.jixiao.indexer.filing.Execution;
import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Funds;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.LineRange;
import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.indexer.filing.TargetValue;
import cn.jixiao.indexer.filing.TrackingPeriod;
import cn.jixiao.indexer.filing.ValueKind;
import cn.jixiao.indexer.importing.FilingImporter;
import cn.jixiao.indexer.parse.FilingParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms written by the import (JDBC batches, {@link FilingRows}) read back through the
 * entity mappings hold what the parser read: the column lists and the mappings agree.
 */
class FilingRowsTest extends EmbeddedStoreTest {

	private static final Path SEEDS = Path.of("..", "seeds");

	@Autowired
	private FilingParser parser;

	@Autowired
	private SourceFileRepository sourceFiles;

	@Autowired
	private StoredFilingRepository filings;

	@Autowired
	private TransactionTemplate transactions;

	@BeforeAll
	static void importSeeds(@Autowired FilingImporter importer) throws IOException {
		importer.importPaths(List.of(SEEDS));
	}

	@Test
	void everySeedFormReadsBackAsParsed() throws IOException {
		for (Path seed : seeds()) {
			String name = seed.getFileName().toString();
			List<FormView> parsed = this.parser.parse(seed).forms().stream().map(FormView::of).toList();
			List<FormView> stored = this.transactions.execute((status) -> {
				long sourceFileId = this.sourceFiles.findByName(name).orElseThrow().getId();
				return this.filings.findBySourceFileId(sourceFileId)
					.stream()
					.sorted((a, b) -> Integer.compare(a.getFormIndex(), b.getFormIndex()))
					.map(FormView::of)
					.toList();
			});
			assertThat(stored).as(name).hasSameSizeAs(parsed);
			for (int i = 0; i < parsed.size(); i++) {
				assertThat(stored.get(i)).as(name + " form " + (i + 1)).isEqualTo(parsed.get(i));
			}
		}
	}

	@Test
	void everyStoredFormTurnsBackIntoTheParsedForm() throws IOException {
		for (Path seed : seeds()) {
			String name = seed.getFileName().toString();
			List<Filing> parsed = this.parser.parse(seed).forms();
			List<Filing> stored = this.transactions.execute((status) -> {
				long sourceFileId = this.sourceFiles.findByName(name).orElseThrow().getId();
				return this.filings.findBySourceFileId(sourceFileId)
					.stream()
					.sorted((a, b) -> Integer.compare(a.getFormIndex(), b.getFormIndex()))
					.map((filing) -> filing.toFiling(filing.getIndicators()))
					.toList();
			});
			assertThat(stored).as(name).hasSameSizeAs(parsed);
			for (int i = 0; i < parsed.size(); i++) {
				Filing form = stored.get(i);
				assertThat(FormView.of(form)).as(name + " form " + (i + 1)).isEqualTo(FormView.of(parsed.get(i)));
				assertThat(form.source()).isEqualTo(name);
			}
		}
	}

	@Test
	void trackingFormKeepsItsPeriodAndExecutionInYuan() {
		StoredFiling stored = this.transactions.execute((status) -> this.filings.findAll()
			.stream()
			.filter((filing) -> "鉴定、认定费".equals(filing.getProjectName()) && filing.getKind() == FormKind.TRACKING)
			.findFirst()
			.orElseThrow());
		assertThat(stored.getTrackingPeriod()).hasToString("2024-01..2024-08");
		assertThat(stored.getExecution().periodExecuted()).isEqualByComparingTo("360400");
		assertThat(stored.getFunds().total()).isEqualByComparingTo("400500");
		assertThat(stored.getLines()).isEqualTo(new LineRange(37, 62));
	}

	private static List<Path> seeds() throws IOException {
		try (Stream<Path> files = Files.list(SEEDS)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
		}
	}

	/**
	 * Amounts compare by value: the columns have a fixed scale, the parser keeps the
	 * written one.
	 */
	private static BigDecimal amount(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros() : null;
	}

	private record FormView(int index, FormKind kind, Integer year, TrackingPeriod period, String projectName,
			String projectKey, String departmentKey, String unitKey, String nature, String category,
			LocalDate startDate, LocalDate endDate, List<BigDecimal> funds, List<BigDecimal> execution,
			String annualGoal, String goalProgress, String budgetLikelihood, String goalLikelihood,
			String correctiveMeasures, LineRange lines, List<IndicatorView> indicators) {

		static FormView of(Filing form) {
			return new FormView(form.index(), form.kind(), form.year(), form.trackingPeriod(), form.projectName(),
					NameKeys.project(form.projectName()), NameKeys.organisation(form.department()),
					NameKeys.organisation(form.unit()), form.projectNature(), form.projectCategory(), form.startDate(),
					form.endDate(), funds(form.funds()), execution(form.execution()), form.annualGoal(),
					form.goalProgress(), form.budgetCompletionLikelihood(), form.goalCompletionLikelihood(),
					form.correctiveMeasures(), form.lines(),
					form.indicators().stream().map(IndicatorView::of).toList());
		}

		static FormView of(StoredFiling form) {
			return new FormView(form.getFormIndex(), form.getKind(), form.getYear(), form.getTrackingPeriod(),
					form.getProjectName(), form.getProjectKey(), form.getDepartment().getNameKey(),
					form.getUnit().getNameKey(), form.getProjectNature(), form.getProjectCategory(),
					form.getStartDate(), form.getEndDate(), funds(form.getFunds()), execution(form.getExecution()),
					form.getAnnualGoal(), form.getGoalProgress(), form.getBudgetCompletionLikelihood(),
					form.getGoalCompletionLikelihood(), form.getCorrectiveMeasures(), form.getLines(),
					form.getIndicators().stream().map(IndicatorView::of).toList());
		}

		private static List<BigDecimal> funds(Funds funds) {
			return Stream.of(funds.total(), funds.fiscal(), funds.carryover(), funds.other(), funds.projectTotal())
				.map(FilingRowsTest::amount)
				.toList();
		}

		private static List<BigDecimal> execution(Execution execution) {
			return (execution != null) ? Stream
				.of(execution.initialBudget(), execution.periodBudget(), execution.periodExecuted(),
						execution.ratePercent())
				.map(FilingRowsTest::amount)
				.toList() : null;
		}

	}

	private record IndicatorView(String level1, String level2, String name, String nameKey, String target,
			ValueKind valueKind, String operator, BigDecimal number, String unit, String planned, String actual,
			String deviation, LineRange lines) {

		static IndicatorView of(Indicator indicator) {
			TargetValue value = indicator.value();
			return new IndicatorView(indicator.level1(), indicator.level2(), indicator.name(),
					NameKeys.indicator(indicator.name()), indicator.target(), (value != null) ? value.kind() : null,
					(value != null) ? value.operator() : null, (value != null) ? amount(value.number()) : null,
					(value != null) ? value.unit() : null, indicator.planned(), indicator.actual(),
					indicator.deviation(), indicator.lines());
		}

		static IndicatorView of(StoredIndicator indicator) {
			TargetValue value = indicator.getValue();
			return new IndicatorView(indicator.getLevel1(), indicator.getLevel2(), indicator.getName(),
					indicator.getNameKey(), indicator.getTarget(), (value != null) ? value.kind() : null,
					(value != null) ? value.operator() : null, (value != null) ? amount(value.number()) : null,
					(value != null) ? value.unit() : null, indicator.getPlanned(), indicator.getActual(),
					indicator.getDeviation(), indicator.getLines());
		}

	}

}
