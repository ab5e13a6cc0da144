package cn.jixiao.indexer.store;

import java.time.Instant;

/** A draft as the list of drafts shows it. */
public record DraftSummary(long id, String projectName, String unit, int year, int indicators, Instant updatedAt) {

}
