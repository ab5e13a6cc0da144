package cn.jixiao.indexer.parse;

import java.time.LocalDate;

import cn.jixiao.indexer.filing.TrackingPeriod;

/**
 * What the header of a form says, before funds and indicators.
 */
record HeaderFields(Integer year, TrackingPeriod trackingPeriod, String projectName, String department, String unit,
		String projectNature, String projectCategory, LocalDate startDate, LocalDate endDate) {

}
