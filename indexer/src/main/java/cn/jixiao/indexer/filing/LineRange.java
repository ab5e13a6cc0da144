package cn.jixiao.indexer.filing;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * First and last 1-based source line of a form or an indicator row; a rejoined split cell
 * spans several.
 */
public record LineRange(int first, int last) {

	public LineRange {
		if (first < 1 || last < first) {
			throw new IllegalArgumentException("bad line range " + first + ".." + last);
		}
	}

	public static LineRange of(int line) {
		return new LineRange(line, line);
	}

	public LineRange extendTo(int line) {
		return new LineRange(Math.min(this.first, line), Math.max(this.last, line));
	}

	@JsonValue
	List<Integer> asJson() {
		return List.of(this.first, this.last);
	}

}
