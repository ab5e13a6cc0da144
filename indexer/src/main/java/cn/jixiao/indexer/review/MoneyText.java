package cn.jixiao.indexer.review;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** An amount in 元 as the review's explanations state it: 2,371,629.28元. */
final class MoneyText {

	private MoneyText() {
	}

	static String yuan(BigDecimal amount) {
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(amount) + "元";
	}

}
