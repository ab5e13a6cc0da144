package cn.jixiao.indexer.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.indexer.filing.Execution;
import cn.jixiao.indexer.filing.Funds;
import cn.jixiao.indexer.filing.Glossary;

/**
 * Reads a tracking form's 预算执行情况 block (in 万元): rows 年度资金总额, 当年财政拨款, 上年结转资金, 其他资金, each
 * with 年初预算数, 跟踪期预算数, 跟踪期执行数 and 执行率(%).
 */
final class ExecutionReader {

	private static final List<String> ROWS = List.of(Glossary.ANNUAL_TOTAL, Glossary.FISCAL, Glossary.CARRYOVER,
			Glossary.OTHER);

	/**
	 * Funds (年初预算数 of each row) and the execution of the 年度资金总额 row; execution is null if
	 * absent.
	 */
	record Read(Funds funds, Execution execution) {
	}

	Read read(List<Row> header) {
		Map<String, List<BigDecimal>> figures = new HashMap<>();
		for (Row row : header) {
			for (int i = 0; i < row.size(); i++) {
				String key = row.key(i);
				if (ROWS.contains(key) && !figures.containsKey(key)) {
					List<BigDecimal> numbers = numbersAfter(row, i);
					if (!numbers.isEmpty()) {
						figures.put(key, numbers);
					}
					break;
				}
			}
		}
		Funds funds = new Funds(initial(figures, Glossary.ANNUAL_TOTAL), initial(figures, Glossary.FISCAL),
				initial(figures, Glossary.CARRYOVER), initial(figures, Glossary.OTHER), null);
		List<BigDecimal> total = figures.get(Glossary.ANNUAL_TOTAL);
		Execution execution = (total != null) ? new Execution(Amounts.wanToYuan(at(total, 0)),
				Amounts.wanToYuan(at(total, 1)), Amounts.wanToYuan(at(total, 2)), at(total, 3)) : null;
		return new Read(funds, execution);
	}

	private static List<BigDecimal> numbersAfter(Row row, int label) {
		List<BigDecimal> numbers = new ArrayList<>();
		for (int i = label + 1; i < row.size(); i++) {
			BigDecimal number = Amounts.parse(row.cell(i));
			if (number == null) {
				break;
			}
			numbers.add(number);
		}
		return numbers;
	}

	private static BigDecimal initial(Map<String, List<BigDecimal>> figures, String row) {
		List<BigDecimal> numbers = figures.get(row);
		return (numbers != null) ? Amounts.wanToYuan(numbers.get(0)) : null;
	}

	private static BigDecimal at(List<BigDecimal> numbers, int i) {
		return (i < numbers.size()) ? numbers.get(i) : null;
	}

}
