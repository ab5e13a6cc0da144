package cn.jixiao.portal.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 元 or 万元, as the page's toggle says ({@code amountUnit=wan}); the store keeps 元, exports
 * follow the page.
 */
enum AmountUnit {

	YUAN("common.amount.yuan"), WAN("common.amount.wan");

	private final String messageKey;

	AmountUnit(String messageKey) {
		this.messageKey = messageKey;
	}

	static AmountUnit of(String parameter) {
		return "wan".equals(parameter) ? WAN : YUAN;
	}

	String messageKey() {
		return this.messageKey;
	}

	BigDecimal convert(BigDecimal yuan) {
		if (yuan == null || this == YUAN) {
			return yuan;
		}
		return yuan.divide(BigDecimal.valueOf(10_000), 6, RoundingMode.HALF_UP).stripTrailingZeros();
	}

}
