package cn.jixiao.portal.review;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.jixiao.indexer.review.FilingReview;
import cn.jixiao.indexer.review.FilingRule;
import cn.jixiao.portal.system.MessageBundle;

/**
 * The review's rules as the portal names them: their ids in the review's order, and each
 * id's Chinese name ({@code finding.rule.<id>} in the message bundle; the id itself where
 * the bundle has none).
 */
@Component
public class ReviewRules {

	private static final String NAME_KEY = "finding.rule.";

	private final FilingReview review;

	private final MessageBundle messages;

	ReviewRules(FilingReview review, MessageBundle messages) {
		this.review = review;
		this.messages = messages;
	}

	/** A rule as the filters and the summary list it. */
	public record Rule(String id, String name) {
	}

	public List<String> ids() {
		return this.review.rules().stream().map(FilingRule::id).toList();
	}

	public String name(String id) {
		return this.messages.all().getOrDefault(NAME_KEY + id, id);
	}

	public Rule rule(String id) {
		return new Rule(id, name(id));
	}

	/**
	 * What the stored findings must have been computed with to be current (review_state
	 * keeps up to 2,000 characters: some 80 rules).
	 */
	String fingerprint() {
		return String.join(",", ids());
	}

}
