package cn.jixiao.indexer.review;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.jixiao.indexer.EmbeddedStoreTest;
import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.importing.FilingImporter;

import static cn.jixiao.indexer.review.SeedForms.MINHANG_2026;
import static cn.jixiao.indexer.review.SeedForms.SONGJIANG_2025;
import static cn.jixiao.indexer.review.SeedForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The review's context on a store with the seeds imported: lineage, the library's usual
 * targets and other units' numbers, whatever database holds the store:
 * {@link StoreReviewContextTest} runs it on H2, {@link StoreReviewContextMySqlIT} on
 * MariaDB/MySQL.
 */
abstract class StoreReviewContextContract extends EmbeddedStoreTest {

	@Autowired
	private ReviewContext context;

	@BeforeAll
	static void importSeeds(@Autowired FilingImporter importer) throws IOException {
		importer.importPaths(List.of(SeedForms.DIRECTORY));
	}

	@Test
	void isTheStoreBackedContextInTheIndexersConfiguration() {
		assertThat(this.context).isInstanceOf(StoreReviewContext.class);
	}

	@Test
	void findsAProjectInOtherYearsThroughLineageUnderAnotherName() {
		// 邮寄费 (2024) became 保障工作经费 (2026) with the same indicators.
		List<Filing> others = this.context.sameProjectInOtherYears(form(MINHANG_2026, 7));
		assertThat(others).extracting(Filing::projectName, Filing::year, Filing::kind, Filing::source)
			.containsExactly(tuple("邮寄费", 2024, FormKind.TRACKING, SeedForms.MINHANG_TRACKING_2024));
		assertThat(others.get(0).indicators()).hasSize(6);
		assertThat(others.get(0).execution().periodExecuted()).isEqualByComparingTo("99300");
	}

	@Test
	void aDraftFindsItsProjectByUnitAndNameNearestYearFirst() {
		Filing draft = Forms.target("上海市闵行区社会保障服务中心", "鉴定、认定费", 2027, form(MINHANG_2026, 1).funds(),
				Forms.wellFormed());
		assertThat(this.context.sameProjectInOtherYears(draft)).extracting(Filing::year, Filing::kind)
			.containsExactly(tuple(2026, FormKind.TARGET), tuple(2024, FormKind.TRACKING));
	}

	@Test
	void neverTheFormItselfAndNothingForAnUnknownProject() {
		assertThat(this.context.sameProjectInOtherYears(form(MINHANG_2026, 1))).extracting(Filing::year)
			.containsExactly(2024);
		Filing elsewhere = Forms.target("上海市徐汇区社会保障服务中心", "鉴定、认定费", 2027, form(MINHANG_2026, 1).funds(),
				Forms.wellFormed());
		assertThat(this.context.sameProjectInOtherYears(elsewhere)).isEmpty();
	}

	@Test
	void theUsualTargetIsTheQuantifiedOneMostFilingsUse() {
		// 使用者满意度: ≥95.00(%) in two filings, ≥90.00(%) in one, 满意 in one.
		assertThat(this.context.usualTarget("服务对象满意度指标", "使用者满意度")).contains(new Suggestion("使用者满意度", "≥95%", 2));
		assertThat(this.context.usualTarget("社会效益指标", "辅助日常业务办理")).isEmpty();
		assertThat(this.context.usualTarget("质量指标", "使用者满意度")).isEmpty();
	}

	@Test
	void peersAreOtherUnitsNumbersForTheSameNameAndUnit() {
		// 服务对象满意度 in %: four forms of 松江区人社局（本级）, one of 就业促进中心.
		assertThat(this.context.peerNumbers("服务对象满意度", "%", form(SONGJIANG_2025, 5)))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("90"));
		assertThat(this.context.peerNumbers("服务对象满意度", "%", form(SONGJIANG_2025, 23))).hasSize(4);
		assertThat(this.context.peerNumbers("服务对象满意度", "分", form(SONGJIANG_2025, 23))).isEmpty();
	}

}
