package cn.jixiao.indexer.filing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The closed indicator taxonomy (一级指标 → 二级指标). A level-2 label fixes its level-1, which
 * is what makes shifted table columns recoverable.
 */
public final class Taxonomy {

	public static final String COST = "成本指标";

	public static final String OUTPUT = "产出指标";

	public static final String BENEFIT = "效益指标";

	public static final String SATISFACTION = "满意度指标";

	/** 二级指标 数量指标 (under 产出指标). */
	public static final String QUANTITY = "数量指标";

	/** 二级指标 时效指标 (under 产出指标). */
	public static final String TIMELINESS = "时效指标";

	/** 二级指标 服务对象满意度指标 (under 满意度指标). */
	public static final String SERVICE_SATISFACTION = "服务对象满意度指标";

	private static final Map<String, List<String>> LEVELS = levels();

	private static final Map<String, String> PARENT = parents();

	private Taxonomy() {
	}

	private static Map<String, List<String>> levels() {
		Map<String, List<String>> levels = new LinkedHashMap<>();
		levels.put(COST, List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));
		levels.put(OUTPUT, List.of("数量指标", "质量指标", "时效指标"));
		levels.put(BENEFIT, List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
		levels.put(SATISFACTION, List.of("服务对象满意度指标"));
		return levels;
	}

	private static Map<String, String> parents() {
		Map<String, String> parents = new LinkedHashMap<>();
		LEVELS.forEach((level1, children) -> children.forEach((level2) -> parents.put(level2, level1)));
		return parents;
	}

	public static List<String> level1Labels() {
		return List.copyOf(LEVELS.keySet());
	}

	public static List<String> level2Labels(String level1) {
		return LEVELS.getOrDefault(level1, List.of());
	}

	public static List<String> level2Labels() {
		return List.copyOf(PARENT.keySet());
	}

	public static boolean isLevel1(String label) {
		return LEVELS.containsKey(label);
	}

	public static Optional<String> parentOf(String level2) {
		return Optional.ofNullable(PARENT.get(level2));
	}

}
