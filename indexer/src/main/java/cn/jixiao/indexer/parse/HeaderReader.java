package cn.jixiao.indexer.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.indexer.filing.TrackingPeriod;

/**
 * Reads the header fields: each printed label is followed, on the same line, by its value
 * in the next non-empty cell, wherever the columns have shifted to.
 */
final class HeaderReader {

	private static final Pattern YEAR = Pattern.compile("^[(（]?(\\d{4})年度[)）]?$");

	private static final Pattern PERIOD = Pattern
		.compile("跟踪时段[:：]?[(（]?(\\d{4})年(\\d{1,2})月(?:至|到|-|—|~|～)(\\d{4})年(\\d{1,2})月");

	private static final Pattern DATE = Pattern.compile("^(\\d{4})[-./年](\\d{1,2})[-./月](\\d{1,2})日?$");

	HeaderFields read(List<Row> titleAndHeader) {
		Map<String, String> values = new HashMap<>();
		Integer year = null;
		TrackingPeriod period = null;
		for (Row row : titleAndHeader) {
			for (int i = 0; i < row.size(); i++) {
				String key = row.key(i);
				if (Labels.HEADER_FIELDS.contains(key) && !values.containsKey(key)) {
					String value = valueAfter(row, i);
					if (value != null) {
						values.put(key, value);
					}
				}
				if (year == null) {
					year = yearOf(key);
				}
			}
			if (period == null) {
				period = periodOf(row);
			}
		}
		if (year == null && period != null) {
			year = period.to().getYear();
		}
		return new HeaderFields(year, period, values.get(Glossary.PROJECT_NAME), values.get(Glossary.DEPARTMENT),
				values.get(Glossary.UNIT), values.get(Glossary.PROJECT_NATURE), values.get(Glossary.PROJECT_CATEGORY),
				dateOf(values.get(Glossary.START_DATE)), dateOf(values.get(Glossary.END_DATE)));
	}

	/**
	 * The value of the label in cell {@code i}: the next cell, unless that is another
	 * label (blank value).
	 */
	static String valueAfter(Row row, int i) {
		if (i + 1 >= row.size()) {
			return null;
		}
		return Labels.isAnyLabelKey(row.key(i + 1)) ? null : row.cell(i + 1);
	}

	private static Integer yearOf(String key) {
		Matcher matcher = YEAR.matcher(key);
		return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
	}

	static TrackingPeriod periodOf(Row row) {
		String text = CellText.compact(String.join("", row.cells()));
		if (!text.contains(Glossary.TRACKING_PERIOD)) {
			return null;
		}
		Matcher matcher = PERIOD.matcher(text);
		if (!matcher.find()) {
			return null;
		}
		try {
			YearMonth from = YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
			YearMonth to = YearMonth.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
			return to.isBefore(from) ? null : new TrackingPeriod(from, to);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	static LocalDate dateOf(String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = DATE.matcher(CellText.compact(text));
		if (!matcher.matches()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
