package cn.jixiao.indexer.filing;

import java.time.YearMonth;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The months a tracking form reports on, e.g. 2024年1月 至 2024年8月.
 */
public record TrackingPeriod(YearMonth from, YearMonth to) {

	/**
	 * Months of the budget year that have passed by the end of the period (8 for
	 * Jan–Aug).
	 */
	public int monthsElapsed() {
		return this.to.getMonthValue();
	}

	@JsonValue
	@Override
	public String toString() {
		return this.from + ".." + this.to;
	}

}
