package cn.jixiao.indexer.parse;

import cn.jixiao.indexer.filing.Taxonomy;

/**
 * Resolves each row's 一级/二级指标 from the labels it carries, wherever they sit, under the
 * closed taxonomy: an explicit level-2 label wins and fixes its level-1; a row without
 * one inherits the previous row's.
 */
final class LevelResolver {

	/** The levels of one row; either may be null when the table never said. */
	record Levels(String level1, String level2) {
	}

	private String level1;

	private String level2;

	/**
	 * @param label1 the row's level-1 label or null
	 * @param label2 the row's level-2 label or null
	 */
	Levels next(String label1, String label2) {
		if (label2 != null) {
			this.level2 = label2;
			this.level1 = Taxonomy.parentOf(label2).orElse(label1);
		}
		else if (label1 != null) {
			boolean sameGroup = this.level2 != null && Taxonomy.parentOf(this.level2).orElseThrow().equals(label1);
			this.level1 = label1;
			if (!sameGroup) {
				this.level2 = onlyChild(label1);
			}
		}
		return current();
	}

	Levels current() {
		return new Levels(this.level1, this.level2);
	}

	/** 满意度指标 has a single level-2, so a bare level-1 label still says which. */
	private static String onlyChild(String level1) {
		var children = Taxonomy.level2Labels(level1);
		return (children.size() == 1) ? children.get(0) : null;
	}

}
