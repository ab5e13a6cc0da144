package cn.jixiao.indexer.filing;

import java.time.YearMonth;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The months a tracking form reports on, e.g. 2024年1月 至 2024年8月.
 */
public record TrackingPeriod(YearMonth from, YearMonth to) {

	@JsonValue
	@Override
	public String toString() {
		return this.from + ".." + this.to;
	}

}
