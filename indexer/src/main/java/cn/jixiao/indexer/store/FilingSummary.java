package cn.jixiao.indexer.store;

import cn.jixiao.indexer.filing.FormKind;

/**
 * The few columns of a filing that lineage needs, read without loading the entity.
 */
public record FilingSummary(long id, String projectName, String projectKey, Integer year, FormKind kind,
		String annualGoal, Long projectId) {

}
