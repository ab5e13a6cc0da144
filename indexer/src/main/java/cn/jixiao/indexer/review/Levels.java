package cn.jixiao.indexer.review;

import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.Taxonomy;

/** The 一级指标 a row belongs to: as written, or fixed by its 二级指标 when it has none. */
final class Levels {

	private Levels() {
	}

	static String level1(Indicator indicator) {
		if (indicator.level1() != null) {
			return indicator.level1();
		}
		return (indicator.level2() != null) ? Taxonomy.parentOf(indicator.level2()).orElse(null) : null;
	}

}
