package cn.jixiao.indexer.filing;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of statement an indicator's target (指标值) makes.
 */
public enum ValueKind {

	/** Operator, number and unit: {@code ≥90.00(%)}, {@code =9块}. */
	QUANTITATIVE("quantitative"),
	/** A word or short phrase: 及时, 有效, 建立健全. */
	QUALITATIVE("qualitative"),
	/** A date or a rhythm: 2025 年 10 月底前, 每月10日, 一季度一次. */
	DEADLINE("deadline"),
	/** Anything longer that none of the above reads. */
	FREE_TEXT("free_text");

	private final String code;

	ValueKind(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

}
