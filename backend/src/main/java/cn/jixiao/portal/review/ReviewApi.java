package cn.jixiao.portal.review;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/review")
@Tag(name = "审核", description = "The review's findings: rules, filters, and a summary per unit and year")
class ReviewApi {

	private final StoredFindings findings;

	private final ReviewRules rules;

	ReviewApi(StoredFindings findings, ReviewRules rules) {
		this.findings = findings;
		this.rules = rules;
	}

	/** A rule with its Chinese name and how many filings have a finding of it. */
	record RuleCount(String id, String name, long filings) {
	}

	@GetMapping("/rules")
	@Operation(summary = "The review's rules with their Chinese names and how many filings have a finding of each, "
			+ "for the finding filters (finding=<id> on the search and library APIs)")
	List<RuleCount> rules() {
		List<RuleCount> counts = new ArrayList<>();
		this.findings.filingsByRule()
			.forEach((id, filings) -> counts.add(new RuleCount(id, this.rules.name(id), filings)));
		return counts;
	}

}
