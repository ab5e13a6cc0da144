package cn.jixiao.portal.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.review.Concern;
import cn.jixiao.indexer.review.FilingReview;
import cn.jixiao.indexer.review.FilingRule;
import cn.jixiao.indexer.review.ReviewContext;
import cn.jixiao.indexer.review.ReviewFinding;
import cn.jixiao.indexer.review.Severity;
import cn.jixiao.indexer.review.Suggestion;
import cn.jixiao.indexer.store.StoredFilingRepository;
import cn.jixiao.indexer.store.StoredIndicatorRepository;

/**
 * Two small rules in place of the standard review, so that the portal's tests do not
 * depend on which rules the review has: a 满意度 indicator without a number (an error on its
 * row, with the library's usual target as the fix) and a filing whose project has no
 * other year in the store (a note on the form, which follows lineage: a new file or a
 * split changes it). Their context reads the store.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestReviewRules {

	public static final String SATISFACTION = "satisfaction-target";

	public static final String NO_HISTORY = "no-history";

	@Bean
	@Primary
	FilingReview testReview() {
		return new FilingReview(List.of(new SatisfactionWithoutNumber(), new NoHistory()));
	}

	@Bean
	@Primary
	ReviewContext storeHistory(JdbcTemplate jdbc, StoredFilingRepository filings, StoredIndicatorRepository indicators,
			TransactionTemplate transactions) {
		return new StoreHistory(jdbc, filings, indicators, transactions);
	}

	static final class SatisfactionWithoutNumber implements FilingRule {

		@Override
		public String id() {
			return SATISFACTION;
		}

		@Override
		public List<ReviewFinding> check(Filing filing, ReviewContext context) {
			List<ReviewFinding> findings = new ArrayList<>();
			for (int i = 0; i < filing.indicators().size(); i++) {
				Indicator indicator = filing.indicators().get(i);
				boolean number = indicator.value() != null && indicator.value().number() != null;
				if (indicator.name().contains("满意度") && !number) {
					findings.add(new ReviewFinding(SATISFACTION, Severity.ERROR, Concern.INDICATOR, i, indicator.name(),
							"满意度指标应写比例（如 ≥90%），而不是“" + indicator.target() + "”",
							context.usualTarget(indicator.level2(), indicator.name()).orElse(null)));
				}
			}
			return findings;
		}

	}

	static final class NoHistory implements FilingRule {

		@Override
		public String id() {
			return NO_HISTORY;
		}

		@Override
		public List<ReviewFinding> check(Filing filing, ReviewContext context) {
			if (!context.sameProjectInOtherYears(filing).isEmpty()) {
				return List.of();
			}
			return List.of(new ReviewFinding(NO_HISTORY, Severity.NOTE, Concern.FORM, null, null,
					"库中没有该项目其他年度的申报，无法与往年对照", null));
		}

	}

	/**
	 * History through lineage (the filings of the same project in other years), usual
	 * targets as the most used quantified target of the same name.
	 */
	static final class StoreHistory implements ReviewContext {

		private final JdbcTemplate jdbc;

		private final StoredFilingRepository filings;

		private final StoredIndicatorRepository indicators;

		private final TransactionTemplate transactions;

		StoreHistory(JdbcTemplate jdbc, StoredFilingRepository filings, StoredIndicatorRepository indicators,
				TransactionTemplate transactions) {
			this.jdbc = jdbc;
			this.filings = filings;
			this.indicators = indicators;
			this.transactions = transactions;
		}

		@Override
		public List<Filing> sameProjectInOtherYears(Filing filing) {
			List<Long> ids = this.jdbc.queryForList("""
					SELECT o.id FROM filing f JOIN source_file s ON s.id = f.source_file_id
					JOIN filing o ON o.project_id = f.project_id AND o.id <> f.id AND o.budget_year <> f.budget_year
					WHERE s.name = ? AND f.form_index = ? ORDER BY ABS(o.budget_year - f.budget_year), o.id""",
					Long.class, filing.source(), filing.index());
			return this.transactions.execute((status) -> ids.stream().map((id) -> {
				var stored = this.filings.findById(id).orElseThrow();
				return stored.toFiling(this.indicators.findByFilingIdInOrderByFilingIdAscPositionAsc(List.of(id)));
			}).toList());
		}

		@Override
		public Optional<Suggestion> usualTarget(String level2, String name) {
			List<Map<String, Object>> usual = this.jdbc.queryForList("""
					SELECT MIN(i.name) AS name, i.target, COUNT(DISTINCT i.filing_id) AS filings FROM indicator i
					WHERE i.level2 = ? AND i.name = ? AND i.value_number IS NOT NULL
					GROUP BY i.target ORDER BY COUNT(DISTINCT i.filing_id) DESC, i.target""", level2, name);
			return usual.stream()
				.findFirst()
				.map((row) -> new Suggestion((String) row.get("name"), (String) row.get("target"),
						((Number) row.get("filings")).longValue()));
		}

		@Override
		public List<BigDecimal> peerNumbers(String name, String unit, Filing excluding) {
			return List.of();
		}

	}

}
