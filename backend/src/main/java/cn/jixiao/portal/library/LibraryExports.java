package cn.jixiao.portal.library;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.portal.export.Table;
import cn.jixiao.portal.library.GroupDetail.Actual;
import cn.jixiao.portal.library.GroupDetail.Example;
import cn.jixiao.portal.library.GroupRow.Reason;
import cn.jixiao.portal.library.GroupRow.TargetShare;
import cn.jixiao.portal.library.GroupRow.UnitStats;
import cn.jixiao.portal.library.GroupRow.Variant;
import cn.jixiao.portal.system.BadRequestException;
import cn.jixiao.portal.system.MessageBundle;

/** The library's tables as analysts download them, with the page's Chinese headers. */
@Component
class LibraryExports {

	/** The tables of a group's detail view. */
	enum DetailTable {

		TARGETS, STATS, VARIANTS, REASONS, EXAMPLES, ACTUALS;

		static DetailTable of(String name) {
			return BadRequestException.constant(DetailTable.class, "table", name);
		}

	}

	private final MessageBundle messages;

	LibraryExports(MessageBundle messages) {
		this.messages = messages;
	}

	Table groups(List<GroupRow> groups) {
		List<List<Object>> rows = new ArrayList<>();
		for (GroupRow g : groups) {
			rows.add(Arrays.asList(g.level1(), g.level2(), g.name(), otherNames(g), g.filings(), g.units(), g.uses(),
					years(g),
					g.targets().stream().map((t) -> t.label() + " ×" + t.filings()).collect(Collectors.joining("；")),
					g.stats().stream().map(this::quartiles).collect(Collectors.joining("；")), attainment(g), g.score(),
					percent(g.fullScoreShare()),
					g.reasons().stream().map((r) -> r.text() + " ×" + r.uses()).collect(Collectors.joining("；"))));
		}
		return new Table(msg("library.export.name"),
				List.of(Glossary.LEVEL1, Glossary.LEVEL2, msg("library.col.name"), msg("library.col.variants"),
						msg("library.col.filings"), msg("library.col.units"), msg("library.col.uses"),
						Glossary.BUDGET_YEAR, msg("library.col.targets"), msg("library.col.quartiles"),
						msg("library.col.attainment"), msg("library.col.score"), msg("library.col.fullScore"),
						msg("library.col.reasons")),
				rows);
	}

	Table detail(GroupRow group, DetailTable which) {
		List<List<Object>> rows = new ArrayList<>();
		List<String> headers = switch (which) {
			case TARGETS -> {
				for (TargetShare t : group.targets()) {
					rows.add(Arrays.asList(t.label(), msg("library.valueKind." + t.kind()), t.filings(), t.uses(),
							percent(t.share()), t.score(), String.join("；", t.reasons())));
				}
				yield List.of(Glossary.TARGET_VALUE, msg("library.col.valueKind"), msg("library.col.filings"),
						msg("library.col.uses"), msg("library.col.share"), msg("library.col.score"),
						msg("library.col.reasons"));
			}
			case STATS -> {
				for (UnitStats s : group.stats()) {
					rows.add(Arrays.asList(unit(s.unit()), s.count(), s.min(), s.q1(), s.median(), s.q3(), s.max()));
				}
				yield List.of(msg("library.col.unitOfMeasure"), msg("library.col.count"), msg("library.col.min"),
						msg("library.col.q1"), msg("library.col.median"), msg("library.col.q3"),
						msg("library.col.max"));
			}
			case VARIANTS -> {
				for (Variant v : group.variants()) {
					rows.add(Arrays.asList(v.name(), v.uses()));
				}
				yield List.of(msg("library.col.name"), msg("library.col.uses"));
			}
			default -> {
				for (Reason r : group.reasons()) {
					rows.add(Arrays.asList(r.text(), r.deduction(), r.uses()));
				}
				yield List.of(msg("library.col.reason"), msg("library.col.deduction"), msg("library.col.uses"));
			}
		};
		return new Table(name(group, which), headers, rows);
	}

	Table examples(GroupRow group, List<Example> examples) {
		List<List<Object>> rows = new ArrayList<>();
		for (Example e : examples) {
			rows.add(Arrays.asList(e.filingId(), e.projectName(), e.unit(), e.year(), formKind(e.kind()), e.name(),
					e.target(), e.score()));
		}
		return new Table(name(group, DetailTable.EXAMPLES),
				List.of(msg("library.col.filingId"), Glossary.PROJECT_NAME, Glossary.UNIT, Glossary.BUDGET_YEAR,
						msg("library.col.kind"), Glossary.LEVEL3, Glossary.TARGET_VALUE, msg("library.col.score")),
				rows);
	}

	Table actuals(GroupRow group, List<Actual> actuals) {
		List<List<Object>> rows = new ArrayList<>();
		for (Actual a : actuals) {
			rows.add(Arrays.asList(a.filingId(), a.projectName(), a.unit(), a.year(), a.period(), a.name(), a.target(),
					a.planned(), a.actual(), msg("library.outcome." + a.outcome()), a.deviation()));
		}
		return new Table(name(group, DetailTable.ACTUALS),
				List.of(msg("library.col.filingId"), Glossary.PROJECT_NAME, Glossary.UNIT, Glossary.BUDGET_YEAR,
						Glossary.TRACKING_PERIOD, Glossary.LEVEL3, Glossary.TARGET_VALUE, Glossary.PLANNED_VALUE,
						Glossary.ACTUAL_VALUE, msg("library.col.outcome"), Glossary.DEVIATION),
				rows);
	}

	private String name(GroupRow group, DetailTable which) {
		return msg("library.export.name") + "-" + group.name() + "-"
				+ msg("library.export." + which.name().toLowerCase(Locale.ROOT));
	}

	private static String years(GroupRow group) {
		if (group.firstYear() == null || group.firstYear().equals(group.lastYear())) {
			return (group.lastYear() != null) ? String.valueOf(group.lastYear()) : null;
		}
		return group.firstYear() + "–" + group.lastYear();
	}

	private String otherNames(GroupRow group) {
		return group.variants().stream().skip(1).map(Variant::name).collect(Collectors.joining("；"));
	}

	private String quartiles(UnitStats s) {
		return this.messages.get("library.export.quartiles", unit(s.unit()), s.q1().toPlainString(),
				s.median().toPlainString(), s.q3().toPlainString(), s.count());
	}

	private String attainment(GroupRow group) {
		Attainment a = group.attainment();
		return (a != null) ? this.messages.get("library.attainment", a.reached(), a.reported(), a.missed()) : null;
	}

	private String unit(String unit) {
		return unit.isEmpty() ? msg("library.unit.none") : unit;
	}

	private String formKind(String kind) {
		return "tracking".equals(kind) ? Glossary.TRACKING_FORM : Glossary.TARGET_FORM;
	}

	private static BigDecimal percent(double share) {
		return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
	}

	private String msg(String key) {
		return this.messages.get(key);
	}

}
