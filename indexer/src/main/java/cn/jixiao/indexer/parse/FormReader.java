package cn.jixiao.indexer.parse;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.indexer.filing.Execution;
import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Funds;
import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.ParseProblem;
import cn.jixiao.indexer.filing.Taxonomy;

/**
 * Reads one form block with the section readers and checks that nothing essential is
 * missing.
 */
final class FormReader {

	private final HeaderReader headerReader = new HeaderReader();

	private final FundsReader fundsReader = new FundsReader();

	private final ExecutionReader executionReader = new ExecutionReader();

	private final GoalReader goalReader = new GoalReader();

	private final IndicatorTableReader tableReader = new IndicatorTableReader();

	private final ClosingReader closingReader = new ClosingReader();

	/** The form and the problems found in it. */
	record Read(Filing filing, List<ParseProblem> problems) {
	}

	Read read(String fileName, int index, FormBlock block) {
		FormSections sections = FormSections.of(block);
		List<Row> titleAndHeader = block.rows().subList(0, 1 + sections.header().size());
		HeaderFields header = this.headerReader.read(titleAndHeader);
		Funds funds;
		Execution execution = null;
		if (block.kind() == FormKind.TRACKING) {
			ExecutionReader.Read read = this.executionReader.read(sections.header());
			funds = read.funds();
			execution = read.execution();
		}
		else {
			funds = this.fundsReader.read(sections.header());
		}
		GoalReader.Goals goals = this.goalReader.read(block.kind(), sections.goal());
		IndicatorTableReader.Table table = this.tableReader.read(fileName, block.kind(), sections.indicators());
		ClosingReader.Closing closing = this.closingReader.read(sections.closing());
		Filing filing = new Filing(fileName, index, block.kind(), header.year(), header.trackingPeriod(),
				header.projectName(), header.department(), header.unit(), header.projectNature(),
				header.projectCategory(), header.startDate(), header.endDate(), funds, execution, goals.annualGoal(),
				goals.goalProgress(), closing.budgetCompletionLikelihood(), closing.goalCompletionLikelihood(),
				closing.correctiveMeasures(), block.lines(), table.indicators());
		List<ParseProblem> problems = new ArrayList<>();
		checkComplete(fileName, filing, sections, problems);
		problems.addAll(table.problems());
		return new Read(filing, problems);
	}

	private static void checkComplete(String fileName, Filing filing, FormSections sections,
			List<ParseProblem> problems) {
		int first = filing.lines().first();
		int last = filing.lines().last();
		if (filing.projectName() == null) {
			problems.add(new ParseProblem(fileName, first, ParseMessages.NO_PROJECT_NAME));
		}
		if (filing.year() == null) {
			problems.add(new ParseProblem(fileName, first, ParseMessages.NO_YEAR));
		}
		if (filing.unit() == null) {
			problems.add(new ParseProblem(fileName, first, ParseMessages.NO_UNIT));
		}
		if (filing.kind() == FormKind.TRACKING && filing.execution() == null) {
			problems.add(new ParseProblem(fileName, first, ParseMessages.NO_EXECUTION));
		}
		if (!sections.hasIndicatorTable() || filing.indicators().isEmpty()) {
			problems.add(new ParseProblem(fileName, last, ParseMessages.NO_INDICATOR_TABLE));
			return;
		}
		if (filing.kind() == FormKind.TRACKING && !endsWithCorrectiveMeasures(sections.closing())) {
			problems.add(new ParseProblem(fileName, last, ParseMessages.NO_TRACKING_END));
		}
		else if (!hasSatisfactionRow(filing.indicators())) {
			problems.add(new ParseProblem(fileName, lastIndicatorLine(filing), ParseMessages.NO_SATISFACTION_ROWS));
		}
	}

	/** 纠偏措施 is the last row a tracking form prints; without it the form was cut short. */
	private static boolean endsWithCorrectiveMeasures(List<Row> closing) {
		return closing.stream().anyMatch((row) -> row.hasKey(Glossary.CORRECTIVE_MEASURES));
	}

	private static boolean hasSatisfactionRow(List<Indicator> indicators) {
		return indicators.stream().anyMatch((indicator) -> Taxonomy.SATISFACTION.equals(indicator.level1()));
	}

	private static int lastIndicatorLine(Filing filing) {
		return filing.indicators().get(filing.indicators().size() - 1).lines().last();
	}

}
