package cn.jixiao.indexer.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.indexer.EmbeddedStoreTest;
import cn.jixiao.indexer.filing.Funds;
import cn.jixiao.indexer.store.DraftRow.Origin;
import cn.jixiao.indexer.store.DraftRow.SuggestedFrom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drafts as the store keeps them, whatever database holds it: {@link DraftStoreTest} on
 * H2, {@link DraftStoreMySqlIT} on MariaDB/MySQL (the V5 migration and the mappings agree
 * on both).
 */
abstract class DraftStoreContract extends EmbeddedStoreTest {

	private static final Instant MORNING = Instant.parse("2026-11-02T01:00:00Z");

	private static final Instant NOON = Instant.parse("2026-11-02T04:00:00Z");

	/** Longer than any VARCHAR, as a goal may be. */
	private static final String LONG_GOAL = "通过开展鉴定、认定工作，保障区劳动能力鉴定和工伤认定工作的顺利实施。".repeat(150);

	private static final DraftHeader HEADER = new DraftHeader("鉴定、认定费", "上海市闵行区社会保障服务中心", "上海市闵行区人力资源和社会保障局", 2027,
			"经常性项目", "特定目标类",
			new Funds(new BigDecimal("510000.00"), new BigDecimal("500000.00"), null, new BigDecimal("10000.00"), null),
			LONG_GOAL);

	private static final DraftRow SUGGESTED = new DraftRow("产出指标", "数量指标", "鉴定工作完成率", "=100.00(%)", Origin.SUGGESTED,
			new SuggestedFrom(42L, "鉴定、认定费", 2026, 2, true));

	private static final DraftRow OWN = new DraftRow("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", Origin.OWN, null);

	private static final DraftRow UNTARGETED = new DraftRow("效益指标", "社会效益指标", "鉴定公平公正性", null, Origin.SUGGESTED,
			new SuggestedFrom(7L, "劳动能力鉴定", 2025, 1, false));

	@Autowired
	private DraftRepository drafts;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void removeDrafts() {
		this.jdbc.update("DELETE FROM draft");
	}

	@Test
	void keepsTheHeaderAndTheRowsInTheirOrder() {
		long id = save(HEADER, List.of(SUGGESTED, OWN, UNTARGETED), MORNING);
		Draft draft = read(id);
		assertThat(draft.header()).isEqualTo(HEADER);
		assertThat(draft.rows()).containsExactly(SUGGESTED, OWN, UNTARGETED);
		assertThat(draft.getCreatedAt()).isEqualTo(MORNING);
		assertThat(draft.getUpdatedAt()).isEqualTo(MORNING);
	}

	@Test
	void savingAgainReplacesTheRowsAsAWhole() {
		long id = save(HEADER, List.of(SUGGESTED, OWN, UNTARGETED), MORNING);
		DraftHeader renamed = new DraftHeader("鉴定认定经费", HEADER.unit(), null, 2028, null, null, Funds.NONE, null);
		this.transactions.executeWithoutResult((status) -> this.drafts.findWithIndicatorsById(id)
			.orElseThrow()
			.change(renamed, List.of(UNTARGETED, SUGGESTED), NOON));
		Draft draft = read(id);
		assertThat(draft.header()).isEqualTo(renamed);
		assertThat(draft.rows()).containsExactly(UNTARGETED, SUGGESTED);
		assertThat(draft.getCreatedAt()).isEqualTo(MORNING);
		assertThat(draft.getUpdatedAt()).isEqualTo(NOON);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM draft_indicator", Integer.class)).isEqualTo(2);
	}

	@Test
	void listsDraftsLastChangedFirstWithTheirRowCounts() {
		long older = save(HEADER, List.of(SUGGESTED), MORNING);
		long newer = save(new DraftHeader("宣传费", HEADER.unit(), null, 2027, null, null, null, null), List.of(), NOON);
		assertThat(this.drafts.findSummaries()).containsExactly(
				new DraftSummary(newer, "宣传费", HEADER.unit(), 2027, 0, NOON),
				new DraftSummary(older, "鉴定、认定费", HEADER.unit(), 2027, 1, MORNING));
	}

	@Test
	void removingADraftInTheDatabaseRemovesItsRows() {
		long id = save(HEADER, List.of(SUGGESTED, OWN), MORNING);
		this.jdbc.update("DELETE FROM draft WHERE id = ?", id);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM draft_indicator", Integer.class)).isZero();
	}

	private long save(DraftHeader header, List<DraftRow> rows, Instant at) {
		return this.transactions.execute((status) -> this.drafts.save(new Draft(header, rows, at)).getId());
	}

	private Draft read(long id) {
		return this.transactions.execute((status) -> {
			Draft draft = this.drafts.findWithIndicatorsById(id).orElseThrow();
			draft.rows();
			return draft;
		});
	}

}
