package cn.jixiao.indexer.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.indexer.filing.Glossary;

/**
 * Reads a tracking form's closing rows: 绩效跟踪总体判断 (the two likelihoods) and 纠偏措施.
 */
final class ClosingReader {

	record Closing(String budgetCompletionLikelihood, String goalCompletionLikelihood, String correctiveMeasures) {
	}

	Closing read(List<Row> closingRows) {
		Map<String, String> values = new HashMap<>();
		for (Row row : closingRows) {
			for (int i = 0; i < row.size(); i++) {
				String key = row.key(i);
				if (Labels.CLOSING_FIELDS.contains(key) && !values.containsKey(key)) {
					String value = HeaderReader.valueAfter(row, i);
					if (value != null) {
						values.put(key, value);
					}
				}
			}
		}
		return new Closing(values.get(Glossary.BUDGET_COMPLETION_LIKELIHOOD),
				values.get(Glossary.GOAL_COMPLETION_LIKELIHOOD), values.get(Glossary.CORRECTIVE_MEASURES));
	}

}
