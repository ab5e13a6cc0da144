package cn.jixiao.portal.compare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.jixiao.indexer.store.LineageDecision;
import cn.jixiao.indexer.store.LinkReason;
import cn.jixiao.portal.system.NotFoundException;

/**
 * Reads a project's lineage from the store: its unit's filings (one query, partitioned by
 * project), its links and the unit's decisions.
 */
@Component
class LineageQueries {

	private final JdbcTemplate jdbc;

	private final BudgetQueries budgets;

	LineageQueries(JdbcTemplate jdbc, BudgetQueries budgets) {
		this.jdbc = jdbc;
		this.budgets = budgets;
	}

	Lineage lineage(long projectId) {
		Map.Entry<Long, String> unit = this.jdbc
			.query("select u.id, u.name_key from project p join unit u on u.id = p.unit_id where p.id = ?",
					(rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)), projectId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("common.notFound.project", projectId));
		Map<Long, List<BudgetFiling>> byProject = new LinkedHashMap<>();
		List<BudgetFiling> unitFilings = this.budgets.byUnit(unit.getKey());
		unitFilings
			.forEach((filing) -> byProject.computeIfAbsent(filing.projectId(), (id) -> new ArrayList<>()).add(filing));
		List<BudgetFiling> own = byProject.getOrDefault(projectId, List.of())
			.stream()
			.sorted(Comparator.comparingInt(BudgetFiling::year)
				.thenComparing(BudgetFiling::kind)
				.thenComparingLong(BudgetFiling::filingId))
			.toList();
		if (own.isEmpty()) {
			throw new NotFoundException("common.notFound.project", projectId);
		}
		Set<Long> counted = new HashSet<>();
		BudgetRule.choose(own).forEach((choice) -> counted.add(choice.counted().filingId()));
		List<Lineage.Step> steps = own.stream()
			.map((f) -> new Lineage.Step(f.filingId(), f.year(), f.kind(), f.filedName(), f.periodFrom(), f.periodTo(),
					f.budget(), counted.contains(f.filingId())))
			.toList();
		Map<Long, String> keyOf = new LinkedHashMap<>();
		unitFilings.forEach((filing) -> keyOf.put(filing.filingId(), filing.projectKey()));
		List<Lineage.Link> links = this.jdbc.query("""
				select from_filing_id, to_filing_id, reason, score from lineage_link where project_id = ?
				order by id""", (rs, row) -> link(rs, keyOf), projectId);
		List<Lineage.Sibling> siblings = new ArrayList<>();
		byProject.forEach((id, filings) -> {
			if (id != projectId) {
				siblings.add(sibling(own, filings));
			}
		});
		siblings.sort(Comparator.comparing(Lineage.Sibling::name, Comparator.nullsLast(Comparator.naturalOrder())));
		BudgetFiling latest = own.get(own.size() - 1);
		return new Lineage(projectId, latest.projectName(), latest.unitId(), latest.unitName(), latest.departmentName(),
				own.stream().map(BudgetFiling::year).distinct().toList(), steps, links, siblings,
				splits(unit.getValue(), own, byProject));
	}

	/** A filing as a decision on its lineage needs it: its unit and project name key. */
	record Decidable(long filingId, Long unitId, String projectKey) {

	}

	/** The filings with these ids, as many as exist. */
	List<Decidable> decidable(long filingId, long otherFilingId) {
		return this.jdbc.query("select id, unit_id, project_key from filing where id in (?, ?)",
				(rs, row) -> new Decidable(rs.getLong("id"), BudgetQueries.nullableLong(rs, "unit_id"),
						rs.getString("project_key")),
				filingId, otherFilingId);
	}

	/** The project the filing belongs to, {@code null} when it has none or is gone. */
	Long projectOf(long filingId) {
		return this.jdbc
			.query("select project_id from filing where id = ?",
					(rs, row) -> BudgetQueries.nullableLong(rs, "project_id"), filingId)
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private static Lineage.Link link(ResultSet rs, Map<Long, String> keyOf) throws SQLException {
		long from = rs.getLong("from_filing_id");
		long to = rs.getLong("to_filing_id");
		String fromKey = keyOf.get(from);
		boolean decidable = fromKey != null && keyOf.get(to) != null && !fromKey.equals(keyOf.get(to));
		return new Lineage.Link(from, to, LinkReason.valueOf(rs.getString("reason")), rs.getBigDecimal("score"),
				decidable);
	}

	private static Lineage.Sibling sibling(List<BudgetFiling> own, List<BudgetFiling> other) {
		Optional<BudgetFiling[]> pair = nearestPair(own, other);
		BudgetFiling latest = other.get(other.size() - 1);
		return new Lineage.Sibling(latest.projectId(), latest.projectName(),
				other.stream().map(BudgetFiling::year).distinct().sorted().toList(),
				pair.map((p) -> p[0].filingId()).orElse(null), pair.map((p) -> p[1].filingId()).orElse(null));
	}

	/** The two filings nearest in year whose name keys differ, one from each list. */
	private static Optional<BudgetFiling[]> nearestPair(List<BudgetFiling> own, List<BudgetFiling> other) {
		BudgetFiling[] best = null;
		for (BudgetFiling a : own) {
			for (BudgetFiling b : other) {
				if (a.projectKey() != null && b.projectKey() != null && !a.projectKey().equals(b.projectKey())
						&& (best == null
								|| Math.abs(a.year() - b.year()) < Math.abs(best[0].year() - best[1].year()))) {
					best = new BudgetFiling[] { a, b };
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The unit's SPLIT decisions that name one of this project's keys, each with filings
	 * of both sides so that it can be undone.
	 */
	private List<Lineage.Split> splits(String unitKey, List<BudgetFiling> own,
			Map<Long, List<BudgetFiling>> byProject) {
		Map<String, BudgetFiling> ownByKey = new LinkedHashMap<>();
		own.forEach((filing) -> ownByKey.putIfAbsent(filing.projectKey(), filing));
		Map<String, BudgetFiling> unitByKey = new LinkedHashMap<>();
		byProject.values().forEach((filings) -> filings.forEach((f) -> unitByKey.putIfAbsent(f.projectKey(), f)));
		List<Lineage.Split> splits = new ArrayList<>();
		this.jdbc.query("select from_key, to_key, decision, decided_at from lineage_decision where unit_key = ?",
				(ResultSet rs) -> {
					LineageDecision.Verdict verdict = LineageDecision.Verdict.valueOf(rs.getString("decision"));
					String fromKey = rs.getString("from_key");
					String toKey = rs.getString("to_key");
					String mine = ownByKey.containsKey(fromKey) ? fromKey
							: (ownByKey.containsKey(toKey) ? toKey : null);
					if (verdict != LineageDecision.Verdict.SPLIT || mine == null) {
						return;
					}
					String otherKey = mine.equals(fromKey) ? toKey : fromKey;
					BudgetFiling other = unitByKey.get(otherKey);
					Timestamp decidedAt = rs.getTimestamp("decided_at");
					splits.add(new Lineage.Split(ownByKey.get(mine).filedName(),
							(other != null) ? other.filedName() : otherKey, (other != null) ? other.projectId() : null,
							ownByKey.get(mine).filingId(), (other != null) ? other.filingId() : null, verdict,
							(decidedAt != null) ? decidedAt.toInstant() : null));
				}, unitKey);
		return splits;
	}

}
