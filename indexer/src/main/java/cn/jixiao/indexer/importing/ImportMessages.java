package cn.jixiao.indexer.importing;

/**
 * What the import tells analysts about a file it could not take, in one place.
 */
final class ImportMessages {

	static final String NOT_STORED = "文件未能存入数据库（%s），已导入的内容未受影响";

	static final String NO_NAMED_FORM = "文件中没有带项目名称的表单，未导入";

	static final String UNREADABLE = "无法读取文件，未导入";

	static final String PARSER_FAILED = "解析时出现内部错误（%s），文件未导入";

	static final String SAME_NAME_IN_BATCH = "同一批导入中已有同名文件，此文件未导入（文件以名称区分，请改名后再导入）";

	private ImportMessages() {
	}

}
