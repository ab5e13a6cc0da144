package cn.jixiao.indexer.parse;

import java.util.List;

import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.LineRange;

/**
 * The rows of one form, from its title line to the line before the next title.
 */
record FormBlock(FormKind kind, LineRange lines, List<Row> rows) {

	FormBlock {
		rows = List.copyOf(rows);
	}

}
