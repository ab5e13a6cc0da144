package cn.jixiao.indexer.importing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.jixiao.indexer.EmbeddedStoreTest;
import cn.jixiao.indexer.store.LineageDecision;
import cn.jixiao.indexer.store.StoredFiling;
import cn.jixiao.indexer.store.StoredFilingRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is derived from the whole store hears of each change: an import that stored files
 * and a lineage decision publish {@link StoreChanged}; an import that changed nothing
 * does not. Work between imports holds them off.
 */
@RecordApplicationEvents
class StoreChangedTest extends EmbeddedStoreTest {

	@Autowired
	private FilingImporter importer;

	@Autowired
	private LineageDecisions decisions;

	@Autowired
	private StoredFilingRepository filings;

	@Autowired
	private ApplicationEvents events;

	private List<StoreChanged> changes() {
		return this.events.stream(StoreChanged.class).toList();
	}

	@Test
	void importsThatStoreAndLineageDecisionsPublishAChange() {
		this.importer.importBatch(List.of(file(SeedFiles.TARGETS_2026), file(SeedFiles.TRACKING_2024)));
		assertThat(changes()).containsExactly(new StoreChanged(StoreChanged.Cause.IMPORT));

		this.importer.importBatch(List.of(file(SeedFiles.TARGETS_2026)));
		this.importer.importFile(SeedFiles.TRACKING_2024, SeedFiles.bytes(SeedFiles.TRACKING_2024));
		assertThat(changes()).as("unchanged files store nothing").hasSize(1);

		this.importer.importFile(SeedFiles.TRACKING_2024, SeedFiles.touched(SeedFiles.TRACKING_2024));
		assertThat(changes()).hasSize(2).last().isEqualTo(new StoreChanged(StoreChanged.Cause.IMPORT));

		StoredFiling travel = named("外省市差旅费");
		StoredFiling investigation = named("案件调查经费");
		this.decisions.decide(travel.getId(), investigation.getId(), LineageDecision.Verdict.SPLIT, "analyst");
		assertThat(changes()).hasSize(3).last().isEqualTo(new StoreChanged(StoreChanged.Cause.LINEAGE_DECISION));
	}

	@Test
	void anImportWaitsForWorkBetweenImports() throws Exception {
		CountDownLatch working = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> work = CompletableFuture.runAsync(() -> this.importer.betweenImports(() -> {
			working.countDown();
			await(release);
			return null;
		}));
		assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<ImportOutcome> importing = CompletableFuture.supplyAsync(
				() -> this.importer.importFile(SeedFiles.SONGJIANG_2025, SeedFiles.bytes(SeedFiles.SONGJIANG_2025)));
		Thread.sleep(Duration.ofMillis(500).toMillis());
		assertThat(importing).isNotDone();
		release.countDown();
		work.get(10, TimeUnit.SECONDS);
		assertThat(importing.get(60, TimeUnit.SECONDS).stored()).isTrue();
	}

	private StoredFiling named(String projectName) {
		return this.filings.findAll()
			.stream()
			.filter((filing) -> projectName.equals(filing.getProjectName()))
			.findFirst()
			.orElseThrow();
	}

	private static FilingImporter.FileContent file(String name) {
		return new FilingImporter.FileContent(name, SeedFiles.bytes(name));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
