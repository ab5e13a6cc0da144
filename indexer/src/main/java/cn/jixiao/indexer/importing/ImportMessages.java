package cn.jixiao.indexer.importing;

/**
 * What the import tells analysts about a file it could not take, in one place.
 */
final class ImportMessages {

	static final String NOT_STORED = "文件未能存入数据库（%s），已导入的内容未受影响";

	static final String NO_NAMED_FORM = "文件中没有带项目名称的表单，未导入";

	private ImportMessages() {
	}

}
