package cn.jixiao.indexer.store;

import java.sql.Date;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.jixiao.indexer.filing.Execution;
import cn.jixiao.indexer.filing.Funds;
import cn.jixiao.indexer.filing.TargetValue;
import cn.jixiao.indexer.filing.TrackingPeriod;

/**
 * Writes a file's filings, indicators and problems in JDBC batches, inside the caller's
 * transaction. Imports write tens of thousands of rows; going through the persistence
 * context for each would cost several times more. The columns mirror the entity mappings,
 * which read them back ({@code FilingRowsTest} checks that).
 */
@Component
public class FilingRows {

	private static final int BATCH = 500;

	private static final String INSERT_FILING = """
			INSERT INTO filing (id, source_file_id, form_index, kind, budget_year, period_from, period_to, project_name,
			  project_key, department_id, unit_id, project_nature, project_category, start_date, end_date, funds_total,
			  funds_fiscal, funds_carryover, funds_other, funds_project_total, exec_initial_budget, exec_period_budget,
			  exec_period_executed, exec_rate_percent, annual_goal, goal_progress, budget_completion_likelihood,
			  goal_completion_likelihood, corrective_measures, first_line, last_line)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_INDICATOR = """
			INSERT INTO indicator (id, filing_id, position, level1, level2, name, name_key, target, value_kind,
			  value_operator, value_number, value_unit, planned, actual, deviation, first_line, last_line)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String ASSIGN_PROJECT = "UPDATE filing SET project_id = ? WHERE id = ?";

	private static final String INSERT_PROBLEM = """
			INSERT INTO source_problem (id, source_file_id, position, line_no, message) VALUES (?, ?, ?, ?, ?)""";

	/**
	 * Column types spare the driver a parameter-metadata look-up for every null it is
	 * given.
	 */
	private static final int[] FILING_TYPES = { Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.INTEGER,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
			Types.VARCHAR, Types.DATE, Types.DATE, Types.DECIMAL, Types.DECIMAL, Types.DECIMAL, Types.DECIMAL,
			Types.DECIMAL, Types.DECIMAL, Types.DECIMAL, Types.DECIMAL, Types.DECIMAL, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER };

	private static final int[] INDICATOR_TYPES = { Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DECIMAL,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER };

	private static final int[] PROBLEM_TYPES = { Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.INTEGER,
			Types.VARCHAR };

	private static final int[] ASSIGN_TYPES = { Types.BIGINT, Types.BIGINT };

	private final JdbcTemplate jdbc;

	private final RowIds ids;

	FilingRows(JdbcTemplate jdbc, RowIds ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	/**
	 * Assigns ids to the filings, their indicators and the problems, and inserts them
	 * all.
	 */
	public void insert(List<StoredFiling> filings, List<SourceProblem> problems) {
		List<Object[]> filingRows = new ArrayList<>();
		List<Object[]> indicatorRows = new ArrayList<>();
		for (StoredFiling filing : filings) {
			filing.assignId(this.ids.next());
			filingRows.add(filingRow(filing));
			for (StoredIndicator indicator : filing.getIndicators()) {
				indicator.assignId(this.ids.next());
				indicatorRows.add(indicatorRow(indicator));
			}
		}
		List<Object[]> problemRows = new ArrayList<>();
		for (SourceProblem problem : problems) {
			problem.assignId(this.ids.next());
			problemRows.add(new Object[] { problem.getId(), problem.getSourceFile().getId(), problem.getPosition(),
					problem.getLine(), problem.getMessage() });
		}
		batch(INSERT_FILING, filingRows, FILING_TYPES);
		batch(INSERT_INDICATOR, indicatorRows, INDICATOR_TYPES);
		batch(INSERT_PROBLEM, problemRows, PROBLEM_TYPES);
	}

	/**
	 * Points filings at their projects (filing id to project id), in batches: lineage
	 * moves a whole unit's filings at once.
	 */
	public void assignProjects(Map<Long, Long> projectOfFiling) {
		List<Object[]> rows = new ArrayList<>(projectOfFiling.size());
		projectOfFiling.forEach((filing, project) -> rows.add(new Object[] { project, filing }));
		batch(ASSIGN_PROJECT, rows, ASSIGN_TYPES);
	}

	private void batch(String sql, List<Object[]> rows, int[] types) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)), types);
		}
	}

	private static Object[] filingRow(StoredFiling filing) {
		TrackingPeriod period = filing.getTrackingPeriod();
		Funds funds = filing.getFunds();
		Execution execution = filing.getExecution();
		return new Object[] { filing.getId(), filing.getSourceFile().getId(), filing.getFormIndex(),
				filing.getKind().name(), filing.getYear(), (period != null) ? period.from().toString() : null,
				(period != null) ? period.to().toString() : null, filing.getProjectName(), filing.getProjectKey(),
				idOf(filing.getDepartment()), idOf(filing.getUnit()), filing.getProjectNature(),
				filing.getProjectCategory(), dateOf(filing.getStartDate()), dateOf(filing.getEndDate()), funds.total(),
				funds.fiscal(), funds.carryover(), funds.other(), funds.projectTotal(),
				(execution != null) ? execution.initialBudget() : null,
				(execution != null) ? execution.periodBudget() : null,
				(execution != null) ? execution.periodExecuted() : null,
				(execution != null) ? execution.ratePercent() : null, filing.getAnnualGoal(), filing.getGoalProgress(),
				filing.getBudgetCompletionLikelihood(), filing.getGoalCompletionLikelihood(),
				filing.getCorrectiveMeasures(), filing.getLines().first(), filing.getLines().last() };
	}

	private static Object[] indicatorRow(StoredIndicator indicator) {
		TargetValue value = indicator.getValue();
		return new Object[] { indicator.getId(), indicator.getFiling().getId(), indicator.getPosition(),
				indicator.getLevel1(), indicator.getLevel2(), indicator.getName(), indicator.getNameKey(),
				indicator.getTarget(), (value != null) ? value.kind().name() : null,
				(value != null) ? value.operator() : null, (value != null) ? value.number() : null,
				(value != null) ? value.unit() : null, indicator.getPlanned(), indicator.getActual(),
				indicator.getDeviation(), indicator.getLines().first(), indicator.getLines().last() };
	}

	private static Long idOf(StoredEntity entity) {
		return (entity != null) ? entity.getId() : null;
	}

	private static Date dateOf(java.time.LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}
