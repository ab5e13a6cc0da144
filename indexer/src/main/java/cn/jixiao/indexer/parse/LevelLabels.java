package cn.jixiao.indexer.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.indexer.filing.Taxonomy;

/**
 * Tells the taxonomy labels and the table's own headings apart from indicator names and
 * values. A page break can split "社会效益" from its "指标", so level-2 stems of four
 * characters or more count too; not 服务对象满意度, which is also a common indicator name.
 */
final class LevelLabels {

	private static final int MIN_STEM_LENGTH = 4;

	private static final Map<String, String> LEVEL2 = level2Spellings();

	/**
	 * Row headings of the table that carry no data: the 绩效指标 column label, split in two
	 * by page breaks.
	 */
	private static final Set<String> HEADINGS = Set.of(Glossary.INDICATORS, "绩效", "指标", Glossary.LEVEL1,
			Glossary.LEVEL2, Glossary.LEVEL3);

	private LevelLabels() {
	}

	private static Map<String, String> level2Spellings() {
		Map<String, String> spellings = new HashMap<>();
		for (String label : Taxonomy.level2Labels()) {
			spellings.put(label, label);
			String stem = label.substring(0, label.length() - 2);
			boolean alsoAName = Taxonomy.SATISFACTION.equals(Taxonomy.parentOf(label).orElseThrow());
			if (stem.length() >= MIN_STEM_LENGTH && !alsoAName) {
				spellings.put(stem, label);
			}
		}
		return spellings;
	}

	static String level1(String compactCell) {
		return Taxonomy.isLevel1(compactCell) ? compactCell : null;
	}

	static String level2(String compactCell) {
		return LEVEL2.get(compactCell);
	}

	static boolean isHeading(String compactCell) {
		return HEADINGS.contains(compactCell);
	}

}
