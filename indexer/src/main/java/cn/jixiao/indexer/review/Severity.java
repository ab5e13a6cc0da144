package cn.jixiao.indexer.review;

import cn.jixiao.indexer.filing.Glossary;

/**
 * How much a finding matters: an error must be fixed before the filing is accepted, a
 * warning needs a look, a note is advice.
 */
public enum Severity {

	ERROR, WARNING, NOTE;

	/** The Chinese name, from the glossary: 错误, 警告, 提示. */
	public String label() {
		return switch (this) {
			case ERROR -> Glossary.SEVERITY_ERROR;
			case WARNING -> Glossary.SEVERITY_WARNING;
			case NOTE -> Glossary.SEVERITY_NOTE;
		};
	}

}
