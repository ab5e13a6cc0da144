package cn.jixiao.indexer.review;

import java.util.List;

import cn.jixiao.indexer.filing.Filing;

/**
 * One rule analysts apply when they review a form. A rule is a small class with its own
 * tests; it reads the form, and the context for history and the library, and says what it
 * found, if anything.
 */
public interface FilingRule {

	/** The id its findings carry, e.g. {@code vague-target}. */
	String id();

	List<ReviewFinding> check(Filing filing, ReviewContext context);

}
