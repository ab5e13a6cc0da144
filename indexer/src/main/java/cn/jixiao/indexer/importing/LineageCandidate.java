package cn.jixiao.indexer.importing;

import java.util.List;

import cn.jixiao.indexer.filing.FormKind;

/**
 * What lineage needs to know of one filing of a unit: its name, key, slot (year and form
 * kind) and the evidence (goal text and indicator names as bigram sets).
 */
record LineageCandidate(long id, String name, String key, int year, FormKind kind, Bigrams goal,
		List<Bigrams> indicators) {

	/** A unit files one form of each kind per project and year. */
	String slot() {
		return this.year + "/" + this.kind;
	}

}
