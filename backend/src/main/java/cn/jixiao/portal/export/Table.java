package cn.jixiao.portal.export;

import java.util.List;

/**
 * A table as an analyst downloads it: a name (the file's), Chinese column headers and
 * rows of cell values (text, numbers, dates; {@code null} for an empty cell).
 */
public record Table(String name, List<String> headers, List<List<Object>> rows) {

	public Table {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

}
