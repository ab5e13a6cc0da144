package cn.jixiao.portal.filing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.review.Severity;
import cn.jixiao.indexer.review.StatedRateCheck;
import cn.jixiao.indexer.store.SourceTexts;
import cn.jixiao.portal.filing.FilingView.ExecutionView;
import cn.jixiao.portal.filing.FilingView.Funds;
import cn.jixiao.portal.filing.FilingView.IndicatorRow;
import cn.jixiao.portal.filing.FilingView.Review;
import cn.jixiao.portal.filing.FilingView.SourceRef;
import cn.jixiao.portal.review.FindingView;
import cn.jixiao.portal.review.StoredFindings;
import cn.jixiao.portal.system.NotFoundException;

/**
 * Reads a form and a source file straight from the store's tables: one query for the
 * header, one for the rows, one for the review's findings, in SQL that H2 and MySQL both
 * run.
 */
@Component
class FilingReads {

	private static final String FILING = """
			SELECT f.id, f.kind, f.budget_year, f.project_name, f.project_id, d.name AS department_name,
			       u.name AS unit_name, f.project_nature, f.project_category, f.start_date, f.end_date,
			       f.period_from, f.period_to, f.funds_total, f.funds_fiscal, f.funds_carryover, f.funds_other,
			       f.funds_project_total, f.exec_initial_budget, f.exec_period_budget, f.exec_period_executed,
			       f.exec_rate_percent, f.annual_goal, f.goal_progress, f.budget_completion_likelihood,
			       f.goal_completion_likelihood, f.corrective_measures, f.first_line, f.last_line,
			       s.id AS file_id, s.name AS file_name
			FROM filing f
			JOIN source_file s ON s.id = f.source_file_id
			LEFT JOIN department d ON d.id = f.department_id
			LEFT JOIN unit u ON u.id = f.unit_id
			WHERE f.id = ?""";

	private static final String INDICATORS = """
			SELECT id, level1, level2, name, target, value_kind, value_operator, value_number, value_unit, planned,
			       actual, deviation, first_line, last_line
			FROM indicator WHERE filing_id = ? ORDER BY position""";

	private final JdbcTemplate jdbc;

	private final SourceTexts texts;

	private final StoredFindings findings;

	FilingReads(JdbcTemplate jdbc, SourceTexts texts, StoredFindings findings) {
		this.jdbc = jdbc;
		this.texts = texts;
		this.findings = findings;
	}

	FilingView filing(long id) {
		List<FindingView> found = this.findings.ofFiling(id);
		Map<Long, List<FindingView>> byIndicator = found.stream()
			.filter((finding) -> finding.indicatorId() != null)
			.collect(Collectors.groupingBy(FindingView::indicatorId));
		List<IndicatorRow> rows = this.jdbc.query(INDICATORS,
				(rs, n) -> indicator(rs, byIndicator.getOrDefault(rs.getLong("id"), List.of())), id);
		Review review = review(found);
		return this.jdbc.query(FILING, (rs, n) -> filing(rs, rows, review), id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("common.notFound.filing", id));
	}

	private Review review(List<FindingView> found) {
		StoredFindings.Status status = this.findings.status();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Severity severity : Severity.values()) {
			String code = severity.name().toLowerCase(Locale.ROOT);
			counts.put(code, found.stream().filter((finding) -> finding.severity().equals(code)).count());
		}
		List<FindingView> form = found.stream().filter((finding) -> finding.indicatorId() == null).toList();
		return new Review(status.current(), (status.state() != null) ? status.state().reviewedAt() : null, counts,
				form);
	}

	SourceView source(String fileName) {
		List<Long> ids = this.jdbc.queryForList("SELECT id FROM source_file WHERE name = ?", Long.class, fileName);
		if (ids.isEmpty()) {
			throw new NotFoundException("common.notFound.sourceFile", fileName);
		}
		long fileId = ids.get(0);
		Optional<String> text = this.texts.find(fileId);
		List<SourceView.Form> forms = this.jdbc.query("""
				SELECT id, project_name, kind, budget_year, first_line, last_line
				FROM filing WHERE source_file_id = ? ORDER BY form_index""",
				(rs, n) -> new SourceView.Form(rs.getLong("id"), rs.getString("project_name"),
						FormKind.valueOf(rs.getString("kind")), integer(rs, "budget_year"), rs.getInt("first_line"),
						rs.getInt("last_line")),
				fileId);
		List<SourceView.Problem> problems = this.jdbc.query(
				"SELECT line_no, message FROM source_problem WHERE source_file_id = ? ORDER BY position",
				(rs, n) -> new SourceView.Problem(integer(rs, "line_no"), rs.getString("message")), fileId);
		return new SourceView(fileId, fileName, text.isPresent(), text.map((t) -> t.lines().toList()).orElse(List.of()),
				forms, problems);
	}

	private static FilingView filing(ResultSet rs, List<IndicatorRow> rows, Review review) throws SQLException {
		Funds funds = new Funds(rs.getBigDecimal("funds_total"), rs.getBigDecimal("funds_fiscal"),
				rs.getBigDecimal("funds_carryover"), rs.getBigDecimal("funds_other"),
				rs.getBigDecimal("funds_project_total"));
		FormKind kind = FormKind.valueOf(rs.getString("kind"));
		ExecutionView execution = (kind == FormKind.TRACKING) ? execution(rs) : null;
		SourceRef source = new SourceRef(rs.getLong("file_id"), rs.getString("file_name"), rs.getInt("first_line"),
				rs.getInt("last_line"));
		long project = rs.getLong("project_id");
		Long projectId = rs.wasNull() ? null : project;
		return new FilingView(rs.getLong("id"), kind, integer(rs, "budget_year"), rs.getString("project_name"),
				projectId, rs.getString("department_name"), rs.getString("unit_name"), rs.getString("project_nature"),
				rs.getString("project_category"), date(rs, "start_date"), date(rs, "end_date"),
				rs.getString("period_from"), rs.getString("period_to"), funds, execution, rs.getString("annual_goal"),
				rs.getString("goal_progress"), rs.getString("budget_completion_likelihood"),
				rs.getString("goal_completion_likelihood"), rs.getString("corrective_measures"), source, rows.size(),
				IndicatorTable.group(rows), review);
	}

	private static ExecutionView execution(ResultSet rs) throws SQLException {
		BigDecimal periodBudget = rs.getBigDecimal("exec_period_budget");
		BigDecimal executed = rs.getBigDecimal("exec_period_executed");
		BigDecimal stated = rs.getBigDecimal("exec_rate_percent");
		BigDecimal computed = StatedRateCheck.computed(executed, periodBudget);
		return new ExecutionView(rs.getBigDecimal("exec_initial_budget"), periodBudget, executed, stated,
				(computed != null) ? computed.setScale(2, RoundingMode.HALF_UP) : null,
				StatedRateCheck.mismatch(stated, executed, periodBudget));
	}

	private static IndicatorRow indicator(ResultSet rs, List<FindingView> findings) throws SQLException {
		BigDecimal number = rs.getBigDecimal("value_number");
		return new IndicatorRow(rs.getLong("id"), rs.getString("level1"), rs.getString("level2"), rs.getString("name"),
				rs.getString("target"), rs.getString("value_kind"), rs.getString("value_operator"),
				(number != null) ? number.stripTrailingZeros() : null, rs.getString("value_unit"),
				rs.getString("planned"), rs.getString("actual"), rs.getString("deviation"), rs.getInt("first_line"),
				rs.getInt("last_line"), findings);
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date value = rs.getDate(column);
		return (value != null) ? value.toLocalDate() : null;
	}

}
