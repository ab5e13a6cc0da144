package cn.jixiao.portal.drafting;

import java.util.List;

/**
 * The values the form's 项目性质 and 项目类别 take, as the current (2024–2026) layout prints
 * them.
 */
final class DraftChoices {

	static final List<String> NATURES = List.of("经常性项目", "一次性项目", "其他经常性项目", "其他一次性项目");

	static final List<String> CATEGORIES = List.of("特定目标类", "其他运转类");

	/** Years a draft may be for. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private DraftChoices() {
	}

}
