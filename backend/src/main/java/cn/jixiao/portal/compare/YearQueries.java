package cn.jixiao.portal.compare;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.jixiao.portal.system.BadRequestException;
import cn.jixiao.portal.system.NotFoundException;

/**
 * Loads two years of a project for {@link YearComparison}: each year is represented by
 * the filing whose budget counts (see {@link BudgetRule}).
 */
@Component
class YearQueries {

	private final BudgetQueries budgets;

	private final JdbcTemplate jdbc;

	YearQueries(BudgetQueries budgets, JdbcTemplate jdbc) {
		this.budgets = budgets;
		this.jdbc = jdbc;
	}

	/** Without years, the project's last two. */
	YearComparison compare(long projectId, Integer from, Integer to) {
		List<BudgetFiling> filings = this.budgets.byProject(projectId);
		if (filings.isEmpty()) {
			throw new NotFoundException("common.notFound.project", projectId);
		}
		Map<Integer, BudgetRule.Choice> byYear = new TreeMap<>();
		BudgetRule.choose(filings).forEach((choice) -> byYear.put(choice.counted().year(), choice));
		List<Integer> years = List.copyOf(byYear.keySet());
		if (years.size() < 2) {
			throw new BadRequestException("compare.years.single");
		}
		int fromYear = (from != null) ? from : years.get(years.size() - 2);
		int toYear = (to != null) ? to : years.get(years.size() - 1);
		if (!byYear.containsKey(fromYear) || !byYear.containsKey(toYear)) {
			throw new BadRequestException("compare.years.missing", fromYear, toYear, years);
		}
		YearComparison.Side fromSide = side(byYear.get(fromYear));
		YearComparison.Side toSide = side(byYear.get(toYear));
		BudgetFiling latest = filings.get(filings.size() - 1);
		return YearComparison.of(projectId, latest.projectName(), latest.unitName(), fromSide, toSide,
				indicators(fromSide.filingId()), indicators(toSide.filingId()), years);
	}

	private static YearComparison.Side side(BudgetRule.Choice choice) {
		BudgetFiling filing = choice.counted();
		return new YearComparison.Side(filing.year(), filing.filingId(), filing.kind(), filing.filedName(),
				choice.amount());
	}

	private List<YearComparison.Indicator> indicators(long filingId) {
		return this.jdbc.query("""
				select level1, level2, name, name_key, target, value_operator, value_number, value_unit
				from indicator where filing_id = ? order by position""",
				(rs, row) -> new YearComparison.Indicator(rs.getString("level1"), rs.getString("level2"),
						rs.getString("name"), rs.getString("name_key"), rs.getString("target"),
						rs.getString("value_operator"), rs.getBigDecimal("value_number"), rs.getString("value_unit")),
				filingId);
	}

}
