package cn.jixiao.indexer.review;

/**
 * What part of a form a finding is about: the form as a whole (its set of indicators),
 * its funds, its budget execution (tracking forms), or one indicator row.
 */
public enum Concern {

	FORM, FUNDS, EXECUTION, INDICATOR

}
