package cn.jixiao.indexer.parse;

/**
 * What the parser tells analysts when it cannot read something, in one place.
 */
final class ParseMessages {

	static final String EMPTY_FILE = "文件为空，没有可读取的内容";

	static final String BINARY_FILE = "不是文本文件（可能是图片、压缩包或表格文件），请导出为文本后再导入";

	static final String UNKNOWN_ENCODING = "无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030）";

	static final String CUT_INSIDE_CHARACTER = "文件在最后一个字符中间被截断，可能不完整";

	static final String NOT_A_FILING = "不是绩效目标申报表或绩效跟踪表：文件中没有“财政项目支出绩效目标申报表”或“财政项目支出绩效跟踪表”表头";

	static final String ORPHAN_FRAGMENT = "这段内容不属于任何表单（前面没有表头，也没有项目名称），未导入";

	static final String NO_PROJECT_NAME = "表单缺少项目名称";

	static final String NO_YEAR = "表单缺少年度";

	static final String NO_UNIT = "表单缺少实施单位";

	static final String NO_INDICATOR_TABLE = "表单没有绩效指标表，可能被截断";

	static final String NO_SATISFACTION_ROWS = "指标表在满意度指标之前结束，表单可能被截断";

	static final String NO_TRACKING_END = "跟踪表缺少“绩效跟踪总体判断”和“纠偏措施”，表单可能被截断";

	static final String NO_EXECUTION = "跟踪表缺少预算执行情况（年度资金总额）";

	static final String UNKNOWN_LEVEL = "无法确定指标“%s”的一级/二级指标";

	static final String MISSING_TARGET = "指标“%s”缺少指标值";

	static final String ROW_WITHOUT_NAME = "指标行缺少三级指标名称，已忽略：%s";

	private ParseMessages() {
	}

}
