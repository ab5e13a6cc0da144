package cn.jixiao.indexer.cli;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.jixiao.indexer.filing.Execution;
import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Funds;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.LineRange;
import cn.jixiao.indexer.filing.Taxonomy;
import cn.jixiao.indexer.filing.TrackingPeriod;
import cn.jixiao.indexer.parse.FilingTextWriter;

/**
 * A deterministic corpus of filings built from the seeds' vocabulary (project names,
 * goals, indicators and targets) for many districts, units and years, written as files in
 * the published layout so that a benchmark runs the whole pipeline.
 */
final class SyntheticCorpus {

	private static final List<String> DISTRICTS = List.of("闵行", "松江", "浦东新", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "宝山",
			"嘉定", "金山", "青浦", "奉贤", "崇明", "黄浦");

	private static final List<String> UNIT_KINDS = List.of("社会保障服务中心", "就业促进中心", "劳动人事争议仲裁院", "人力资源发展中心");

	private static final int FIRST_YEAR = 2019;

	private static final int LAST_YEAR = 2026;

	private static final int PROJECTS_PER_UNIT = 12;

	/** One generated file: a unit's forms of one year. */
	record CorpusFile(String name, byte[] content, int forms) {
	}

	private final List<Filing> seeds;

	private final Random random = new Random(20261123L);

	SyntheticCorpus(List<Filing> seeds) {
		this.seeds = seeds;
	}

	List<CorpusFile> generate(int forms) {
		List<CorpusFile> files = new ArrayList<>();
		int made = 0;
		FilingTextWriter writer = new FilingTextWriter();
		int wave = 0;
		while (made < forms) {
			wave++;
			for (int year = LAST_YEAR; year >= FIRST_YEAR && made < forms; year--) {
				made += yearOfFilings(forms - made, year, wave, files, writer);
			}
		}
		return files;
	}

	/**
	 * One year's files for every district and unit kind; later waves add further units.
	 */
	private int yearOfFilings(int wanted, int year, int wave, List<CorpusFile> files, FilingTextWriter writer) {
		int made = 0;
		for (String district : DISTRICTS) {
			for (String unitKind : UNIT_KINDS) {
				String department = "上海市" + district + "区人力资源和社会保障局";
				String unit = "上海市" + district + "区" + ((wave > 1) ? "第" + wave : "") + unitKind;
				List<Filing> unitForms = new ArrayList<>();
				for (int p = 0; p < PROJECTS_PER_UNIT && made < wanted; p++) {
					unitForms.add(form(unitForms.size() + 1, year, department, unit, p));
					made++;
				}
				String name = "synthetic-" + unit + "-" + year + ".txt";
				files.add(new CorpusFile(name, writer.write(unitForms).getBytes(StandardCharsets.UTF_8),
						unitForms.size()));
				if (made >= wanted) {
					return made;
				}
			}
		}
		return made;
	}

	private Filing form(int index, int year, String department, String unit, int project) {
		Filing template = this.seeds.get(Math.floorMod(unit.hashCode() + project * 7, this.seeds.size()));
		boolean tracking = this.random.nextInt(5) == 0;
		BigDecimal total = BigDecimal.valueOf(10_000L + this.random.nextInt(5_000_000)).setScale(2);
		Funds funds = new Funds(total, total, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), null);
		List<Indicator> indicators = indicators(template, tracking);
		String name = template.projectName();
		if (tracking) {
			BigDecimal executed = total.multiply(BigDecimal.valueOf(this.random.nextInt(100)))
				.divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
			BigDecimal rate = executed.multiply(BigDecimal.valueOf(100)).divide(total, 2, java.math.RoundingMode.DOWN);
			return new Filing("", index, FormKind.TRACKING, year,
					new TrackingPeriod(YearMonth.of(year, 1), YearMonth.of(year, 8)), name, department, unit, null,
					null, null, null, funds, new Execution(total, total, executed, rate), template.annualGoal(),
					"按计划推进。", "确定能完成", "确定能完成", "无", new LineRange(1, 1), indicators);
		}
		return new Filing("", index, FormKind.TARGET, year, null, name, department, unit, "经常性项目", "特定目标类",
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), funds, null, template.annualGoal(), null, null,
				null, null, new LineRange(1, 1), indicators);
	}

	/**
	 * The template's indicators with fresh numbers, and a few borrowed from other seeds.
	 */
	private List<Indicator> indicators(Filing template, boolean tracking) {
		List<Indicator> indicators = new ArrayList<>();
		for (Indicator indicator : template.indicators()) {
			if (indicator.level2() != null && indicator.target() != null) {
				indicators.add(withTarget(indicator, tracking));
			}
		}
		Filing other = this.seeds.get(this.random.nextInt(this.seeds.size()));
		for (Indicator indicator : other.indicators()) {
			if (indicators.size() >= 20) {
				break;
			}
			if (Taxonomy.OUTPUT.equals(indicator.level1()) && indicator.target() != null && this.random.nextBoolean()) {
				indicators.add(withTarget(indicator, tracking));
			}
		}
		indicators
			.sort(java.util.Comparator.comparingInt((Indicator i) -> Taxonomy.level1Labels().indexOf(i.level1())));
		return indicators;
	}

	private Indicator withTarget(Indicator indicator, boolean tracking) {
		String target = indicator.target();
		if (indicator.value() != null && indicator.value().isQuantitative() && indicator.value().operator() != null) {
			BigDecimal number = indicator.value().number();
			BigDecimal varied = number.multiply(BigDecimal.valueOf(80 + this.random.nextInt(41)))
				.divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
			if ("%".equals(indicator.value().unit())) {
				varied = varied.min(BigDecimal.valueOf(100).setScale(2));
			}
			String unit = (indicator.value().unit() != null) ? "(" + indicator.value().unit() + ")" : "";
			target = indicator.value().operator() + varied.toPlainString() + unit;
		}
		String planned = tracking ? plannedOf(indicator) : null;
		return new Indicator(indicator.level1(), indicator.level2(), indicator.name(), target, null, planned,
				tracking ? planned : null, tracking ? "无偏差" : null, indicator.lines());
	}

	private static String plannedOf(Indicator indicator) {
		return (indicator.value() != null && indicator.value().number() != null)
				? indicator.value().number().toPlainString() : indicator.target();
	}

}
