package cn.jixiao.indexer.filing;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The two forms a unit files for a project: the 绩效目标申报表 with its budget request and the
 * in-year 绩效跟踪表.
 */
public enum FormKind {

	TARGET("target"), TRACKING("tracking");

	private final String code;

	FormKind(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

}
