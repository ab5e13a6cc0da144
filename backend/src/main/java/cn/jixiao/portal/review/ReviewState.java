package cn.jixiao.portal.review;

import java.time.Instant;

/**
 * Which state of the store the stored findings reflect, and what computing them took.
 *
 * @param storeState the files and lineage decisions the store held when the review began
 * ({@link StoredFindings#storeState()})
 * @param rules the ids of the rules applied, in their order, comma-separated
 * @param reviewedAt when the findings were stored
 * @param filings forms reviewed
 * @param findings findings stored
 * @param millis how long reading, reviewing and storing took
 */
public record ReviewState(String storeState, String rules, Instant reviewedAt, int filings, int findings, long millis) {

}
