package cn.jixiao.portal.drafting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import cn.jixiao.indexer.filing.Funds;
import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.indexer.filing.Taxonomy;
import cn.jixiao.indexer.parse.FilingParser;
import cn.jixiao.indexer.store.DraftHeader;
import cn.jixiao.indexer.store.DraftRow;
import cn.jixiao.indexer.store.DraftRow.SuggestedFrom;
import cn.jixiao.portal.system.BadRequestException;

/**
 * What a draft must be to be saved, and the form it is saved in. Text is kept as the
 * parser reads a cell, so that the draft's file reads back to the same draft; rows are
 * put in the taxonomy's order, as the form's table groups them under merged level cells.
 */
final class DraftCheck {

	static final int MAX_ROWS = 100;

	private static final int MAX_NAME = 300;

	private static final int MAX_ORGANISATION = 200;

	private static final int MAX_GOAL = 2000;

	private static final int MAX_INDICATOR_NAME = 500;

	private static final int MAX_TARGET = 1000;

	/** DECIMAL(20, 2): 18 digits before the point. */
	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e18");

	private static final List<String> LEVEL2_ORDER = Taxonomy.level2Labels();

	private DraftCheck() {
	}

	static DraftForm checked(DraftForm form) {
		DraftHeader header = header(form.header());
		List<DraftRow> rows = new ArrayList<>();
		List<DraftRow> given = form.indicators();
		if (given.size() > MAX_ROWS) {
			throw new BadRequestException("drafting.invalid.rows", MAX_ROWS);
		}
		for (int i = 0; i < given.size(); i++) {
			rows.add(row(i + 1, given.get(i)));
		}
		rows.sort(Comparator.comparingInt((DraftRow row) -> LEVEL2_ORDER.indexOf(row.level2())));
		return new DraftForm(header, rows);
	}

	/**
	 * The draft in the form it would be saved in, as far as it goes: a draft being
	 * written is reviewed as it is, unfinished rows and all, and keeps its rows where the
	 * editor shows them.
	 */
	static DraftForm normalised(DraftForm form) {
		DraftHeader header = form.header();
		DraftHeader normalised = new DraftHeader(cell(header.projectName()), cell(header.unit()),
				cell(header.department()), header.year(), cell(header.projectNature()), cell(header.projectCategory()),
				header.funds(), cell(header.annualGoal()));
		List<DraftRow> rows = form.indicators().stream().map((row) -> {
			String level2 = cell(row.level2());
			String level1 = (level2 != null) ? Taxonomy.parentOf(level2).orElse(cell(row.level1()))
					: cell(row.level1());
			return new DraftRow(level1, level2, cell(row.name()), cell(row.target()), row.origin(), row.source());
		}).toList();
		return new DraftForm(normalised, rows);
	}

	private static DraftHeader header(DraftHeader header) {
		String projectName = required(Glossary.PROJECT_NAME, header.projectName(), MAX_NAME);
		String unit = required(Glossary.UNIT, header.unit(), MAX_ORGANISATION);
		String department = optional(Glossary.DEPARTMENT, header.department(), MAX_ORGANISATION);
		Integer year = header.year();
		if (year == null || year < DraftChoices.FIRST_YEAR || year > DraftChoices.LAST_YEAR) {
			throw new BadRequestException("drafting.invalid.year", DraftChoices.FIRST_YEAR, DraftChoices.LAST_YEAR);
		}
		String nature = choice(Glossary.PROJECT_NATURE, header.projectNature(), DraftChoices.NATURES);
		String category = choice(Glossary.PROJECT_CATEGORY, header.projectCategory(), DraftChoices.CATEGORIES);
		Funds funds = header.funds();
		Funds checked = new Funds(amount(Glossary.TOTAL_REQUESTED, funds.total()),
				amount(Glossary.FISCAL, funds.fiscal()), amount(Glossary.CARRYOVER, funds.carryover()),
				amount(Glossary.OTHER, funds.other()), null);
		String goal = optional(Glossary.ANNUAL_GOAL, header.annualGoal(), MAX_GOAL);
		return new DraftHeader(projectName, unit, department, year, nature, category, checked, goal);
	}

	private static DraftRow row(int number, DraftRow row) {
		String level2 = cell(row.level2());
		String parent = (level2 != null) ? Taxonomy.parentOf(level2).orElse(null) : null;
		if (parent == null) {
			throw new BadRequestException("drafting.invalid.level2", number, (level2 != null) ? level2 : "");
		}
		String level1 = cell(row.level1());
		if (level1 != null && !level1.equals(parent)) {
			throw new BadRequestException("drafting.invalid.level1", number, level2, level1, parent);
		}
		String name = cell(row.name());
		if (name == null) {
			throw new BadRequestException("drafting.invalid.indicatorName", number);
		}
		checkLength(name, MAX_INDICATOR_NAME,
				(max) -> new BadRequestException("drafting.invalid.rowTooLong", number, Glossary.LEVEL3, max));
		String target = cell(row.target());
		checkLength(target, MAX_TARGET,
				(max) -> new BadRequestException("drafting.invalid.rowTooLong", number, Glossary.TARGET_VALUE, max));
		DraftRow.Origin origin = (row.origin() != null) ? row.origin() : DraftRow.Origin.OWN;
		return new DraftRow(parent, level2, name, target, origin,
				(origin == DraftRow.Origin.SUGGESTED) ? source(row.source()) : null);
	}

	/**
	 * Where a suggestion came from is a note, not part of the form: a project name longer
	 * than the store keeps is cut rather than refused.
	 */
	private static SuggestedFrom source(SuggestedFrom source) {
		if (source == null) {
			return null;
		}
		String project = cell(source.projectName());
		if (project != null && project.length() > MAX_NAME) {
			project = project.substring(0, MAX_NAME);
		}
		return new SuggestedFrom(source.filingId(), project, source.year(), source.filings(), source.sameLineage());
	}

	private static String required(String field, String value, int max) {
		String text = optional(field, value, max);
		if (text == null) {
			throw new BadRequestException("drafting.invalid.required", field);
		}
		return text;
	}

	private static String optional(String field, String value, int max) {
		String text = cell(value);
		checkLength(text, max, (limit) -> new BadRequestException("drafting.invalid.tooLong", field, limit));
		return text;
	}

	private static String choice(String field, String value, List<String> allowed) {
		String text = cell(value);
		if (text != null && !allowed.contains(text)) {
			throw new BadRequestException("drafting.invalid.choice", field, text, String.join("、", allowed));
		}
		return text;
	}

	private static BigDecimal amount(String field, BigDecimal amount) {
		if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) >= 0
				|| amount.stripTrailingZeros().scale() > 2)) {
			throw new BadRequestException("drafting.invalid.amount", field);
		}
		return amount;
	}

	private static void checkLength(String text, int max, Function<Integer, BadRequestException> tooLong) {
		if (text != null && text.codePointCount(0, text.length()) > max) {
			throw tooLong.apply(max);
		}
	}

	/** A cell's text as the parser reads it; blank is not stated. */
	static String cell(String value) {
		String text = FilingParser.cellText(value);
		return (text == null || text.isEmpty()) ? null : text;
	}

}
