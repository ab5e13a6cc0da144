package cn.jixiao.indexer.parse;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.indexer.filing.Funds;
import cn.jixiao.indexer.filing.Glossary;

/**
 * Reads a target form's 项目资金 block. Each amount follows its label on the same line; the
 * block prints 其他资金 twice on one line (the 项目资金总额 side, then the 年度资金申请总额 side) and only
 * the second is the year's.
 */
final class FundsReader {

	Funds read(List<Row> header) {
		Map<String, BigDecimal> amounts = new HashMap<>();
		boolean inWan = false;
		for (Row row : header) {
			int others = countOthers(row);
			int othersSeen = 0;
			for (int i = 0; i < row.size(); i++) {
				String key = row.key(i);
				if (key.startsWith(Glossary.FUNDS) && "万元".equals(Labels.unitSuffix(row.cell(i)))) {
					inWan = true;
				}
				if (!Labels.FUND_FIELDS.contains(key)) {
					continue;
				}
				if (key.equals(Glossary.OTHER) && ++othersSeen < others) {
					continue;
				}
				BigDecimal amount = Amounts.parse(HeaderReader.valueAfter(row, i));
				if (amount != null) {
					amounts.put(key, amount);
				}
			}
		}
		return new Funds(scaled(amounts.get(Glossary.TOTAL_REQUESTED), inWan),
				scaled(amounts.get(Glossary.FISCAL), inWan), scaled(amounts.get(Glossary.CARRYOVER), inWan),
				scaled(amounts.get(Glossary.OTHER), inWan), scaled(amounts.get(Glossary.PROJECT_TOTAL), inWan));
	}

	private static int countOthers(Row row) {
		int count = 0;
		for (String key : row.keys()) {
			if (key.equals(Glossary.OTHER)) {
				count++;
			}
		}
		return count;
	}

	private static BigDecimal scaled(BigDecimal amount, boolean inWan) {
		return inWan ? Amounts.wanToYuan(amount) : amount;
	}

}
