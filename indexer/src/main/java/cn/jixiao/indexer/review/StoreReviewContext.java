package cn.jixiao.indexer.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.NameKeys;
import cn.jixiao.indexer.filing.Taxonomy;
import cn.jixiao.indexer.store.StoredFiling;
import cn.jixiao.indexer.store.StoredFilingRepository;

/**
 * What the store knows about a form under review: its project's other years through
 * lineage, the indicator library's usual targets, and other units' numbers for the same
 * indicator. A form need not be stored: a draft or a file checked from the command line
 * finds its project by unit and project name.
 */
@Component
@Transactional(readOnly = true)
public class StoreReviewContext implements ReviewContext {

	/**
	 * The stored copy of the form itself (same file, position and project), whose project
	 * lineage may have linked under another name.
	 */
	private static final String STORED_PROJECT = """
			SELECT f.project_id FROM filing f JOIN source_file s ON s.id = f.source_file_id
			WHERE s.name = ? AND f.form_index = ? AND f.project_key = ? AND f.project_id IS NOT NULL""";

	private static final String NAMED_PROJECT = """
			SELECT f.project_id FROM filing f JOIN unit u ON u.id = f.unit_id
			WHERE u.name_key = ? AND f.project_key = ? AND f.project_id IS NOT NULL
			ORDER BY f.budget_year DESC, f.id""";

	private static final String PROJECT_FILINGS = """
			SELECT id, budget_year, kind FROM filing WHERE project_id = ? AND budget_year IS NOT NULL AND budget_year <> ?""";

	/** The most used quantified targets of one library group, most filings first. */
	private static final String USUAL_TARGETS = """
			SELECT MIN(name) AS name, value_operator, value_number, value_unit, COUNT(DISTINCT filing_id) AS filings
			FROM indicator
			WHERE level2 = ? AND name_key = ? AND value_kind = 'QUANTITATIVE' AND value_number IS NOT NULL
			GROUP BY value_operator, value_number, value_unit
			ORDER BY filings DESC, value_unit, value_operator, value_number""";

	/**
	 * Peers are rows of the library, which groups them under the taxonomy's 二级指标; naming
	 * those labels lets the index on (level2, name_key) find the name.
	 */
	private static final String PEER_NUMBERS = """
			SELECT i.value_number FROM indicator i JOIN filing f ON f.id = i.filing_id JOIN unit u ON u.id = f.unit_id
			WHERE i.level2 IN (%s) AND i.name_key = ? AND i.value_unit = ? AND i.value_kind = 'QUANTITATIVE'
			  AND i.value_number IS NOT NULL AND u.name_key <> ?"""
		.formatted(String.join(", ", Taxonomy.level2Labels().stream().map((label) -> "?").toList()));

	private final JdbcTemplate jdbc;

	private final StoredFilingRepository filings;

	StoreReviewContext(JdbcTemplate jdbc, StoredFilingRepository filings) {
		this.jdbc = jdbc;
		this.filings = filings;
	}

	/**
	 * Nearest year first, the earlier of two equally near years first, a year's target
	 * form before its tracking form.
	 */
	@Override
	public List<Filing> sameProjectInOtherYears(Filing filing) {
		if (filing.year() == null || filing.projectName() == null) {
			return List.of();
		}
		Optional<Long> project = project(filing);
		if (project.isEmpty()) {
			return List.of();
		}
		List<OtherYear> others = this.jdbc.query(PROJECT_FILINGS, (rs, row) -> new OtherYear(rs.getLong("id"),
				rs.getInt("budget_year"), FormKind.valueOf(rs.getString("kind"))), project.get(), filing.year());
		if (others.isEmpty()) {
			return List.of();
		}
		Map<Long, StoredFiling> stored = this.filings.findByIdIn(others.stream().map(OtherYear::id).toList())
			.stream()
			.collect(Collectors.toMap(StoredFiling::getId, Function.identity()));
		return others.stream()
			.sorted(Comparator.comparingInt((OtherYear other) -> Math.abs(other.year() - filing.year()))
				.thenComparingInt(OtherYear::year)
				.thenComparing(OtherYear::kind)
				.thenComparingLong(OtherYear::id))
			.map((other) -> stored.get(other.id()).toFiling())
			.toList();
	}

	@Override
	public Optional<Suggestion> usualTarget(String level2, String name) {
		if (level2 == null || name == null) {
			return Optional.empty();
		}
		List<Suggestion> usual = this.jdbc.query(USUAL_TARGETS,
				(rs, row) -> new Suggestion(rs.getString("name"), TargetText.of(rs.getString("value_operator"),
						rs.getBigDecimal("value_number"), rs.getString("value_unit")), rs.getLong("filings")),
				level2, NameKeys.indicator(name));
		return usual.stream().findFirst();
	}

	@Override
	public List<BigDecimal> peerNumbers(String name, String unit, Filing excluding) {
		List<Object> arguments = new ArrayList<>(Taxonomy.level2Labels());
		arguments.add(NameKeys.indicator(name));
		arguments.add(unit);
		arguments.add(NameKeys.organisation(excluding.unit()));
		return this.jdbc.queryForList(PEER_NUMBERS, BigDecimal.class, arguments.toArray());
	}

	private Optional<Long> project(Filing filing) {
		String projectKey = NameKeys.project(filing.projectName());
		List<Long> stored = this.jdbc.queryForList(STORED_PROJECT, Long.class, filing.source(), filing.index(),
				projectKey);
		if (!stored.isEmpty()) {
			return Optional.of(stored.get(0));
		}
		return this.jdbc.queryForList(NAMED_PROJECT, Long.class, NameKeys.organisation(filing.unit()), projectKey)
			.stream()
			.findFirst();
	}

	private record OtherYear(long id, int year, FormKind kind) {
	}

}
