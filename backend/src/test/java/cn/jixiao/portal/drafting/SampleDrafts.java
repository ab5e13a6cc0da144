package cn.jixiao.portal.drafting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.indexer.filing.Funds;
import cn.jixiao.indexer.filing.Taxonomy;
import cn.jixiao.indexer.store.DraftHeader;
import cn.jixiao.indexer.store.DraftRow;
import cn.jixiao.indexer.store.DraftRow.Origin;
import cn.jixiao.indexer.store.DraftRow.SuggestedFrom;

/** Drafts the drafting tests write, from a complete one to a bare and a messy one. */
final class SampleDrafts {

	static final String MINHANG_CENTRE = "上海市闵行区社会保障服务中心";

	static final String MINHANG_BUREAU = "上海市闵行区人力资源和社会保障局";

	static final String GOAL = "通过开展鉴定、认定工作，保障区劳动能力鉴定和工伤认定工作的顺利实施，鉴定、认定工作完成率100%，"
			+ "公平、公正地开展劳动能力鉴定，鉴定对象满意度达90%。2027年完成劳动能力鉴定3000件。";

	private SampleDrafts() {
	}

	/** 闵行's 鉴定、认定费 for 2027, with rows of every kind of 一级指标. */
	static DraftForm minhang() {
		DraftHeader header = new DraftHeader("鉴定、认定费", MINHANG_CENTRE, MINHANG_BUREAU, 2027, "经常性项目", "特定目标类",
				new Funds(new BigDecimal("510000.00"), new BigDecimal("500000"), new BigDecimal("0.00"),
						new BigDecimal("10000.5"), null),
				GOAL);
		return new DraftForm(header, List.of(row("成本指标", "经济成本指标", "人均鉴定成本", "≤170元/件"),
				suggested("产出指标", "数量指标", "鉴定工作完成率", "=100.00(%)", true), row("产出指标", "数量指标", "劳动能力鉴定件数", "≥3000件"),
				suggested("产出指标", "质量指标", "鉴定结果准确性", "≥99.00(%)", true), row("产出指标", "时效指标", "鉴定结论出具时限", "2027年12月底前"),
				suggested("效益指标", "社会效益指标", "鉴定公平公正性", "公平公正", false),
				suggested("满意度指标", "服务对象满意度指标", "鉴定对象满意度", "≥90%", true)));
	}

	/** Only what a draft must have, one row without a target. */
	static DraftForm bare() {
		return new DraftForm(new DraftHeader("宣传费", "上海市某新设单位", null, 2030, null, null, Funds.NONE, null),
				List.of(new DraftRow(null, "服务对象满意度指标", "群众满意度", null, null, null)));
	}

	/**
	 * Typed the way people type: spaces and line breaks inside Chinese text, full-width
	 * spaces, Latin text that needs its spaces, ASCII operators, one row under every 二级指标
	 * in reverse order.
	 */
	static DraftForm messy() {
		List<String> level2s = new ArrayList<>(Taxonomy.level2Labels());
		java.util.Collections.reverse(level2s);
		List<DraftRow> rows = new ArrayList<>();
		for (String level2 : level2s) {
			rows.add(new DraftRow(null, level2, " " + level2.replace("指标", "") + "  完成\u3000情况 ", ">= 95 %", Origin.OWN,
					null));
		}
		rows.add(new DraftRow(null, "质量指标", "OA system V3.0 运行\n稳定性", "稳定", Origin.OWN, null));
		DraftHeader header = new DraftHeader(" 工伤认定和劳动能力鉴定业务系统（2027年 运维） ", " 上海市闵行区 社会保障服务中心", "上海市闵行区人力资源和社会保障局 (汇总)",
				2027, null, "其他运转类", new Funds(new BigDecimal("1200000"), null, null, null, null),
				"保障系统\n稳定运行，\r\n全年可用率 ≥ 99.9%，\u3000Level 2 支持响应。");
		return new DraftForm(header, rows);
	}

	private static DraftRow row(String level1, String level2, String name, String target) {
		return new DraftRow(level1, level2, name, target, Origin.OWN, null);
	}

	private static DraftRow suggested(String level1, String level2, String name, String target, boolean lineage) {
		return new DraftRow(level1, level2, name, target, Origin.SUGGESTED,
				new SuggestedFrom(1L, "鉴定、认定费", 2026, 2, lineage));
	}

}
