package cn.jixiao.portal.drafting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.indexer.filing.Taxonomy;
import cn.jixiao.indexer.store.DraftHeader;
import cn.jixiao.portal.drafting.DraftingOptions.UnitOption;

/**
 * What helps an analyst write a draft: indicators proposed from past filings, the review
 * of the draft as it stands (saved or not), and the choices of its fields.
 */
@RestController
@RequestMapping("/api/drafting")
@Tag(name = "起草", description = "Drafts of new target forms, their suggestions, live review and exports")
class DraftingApi {

	private final IndicatorSuggestions suggestions;

	private final DraftReview review;

	private final DraftingOptions options;

	DraftingApi(IndicatorSuggestions suggestions, DraftReview review, DraftingOptions options) {
		this.suggestions = suggestions;
		this.review = review;
		this.options = options;
	}

	/** What the fields of a draft take. */
	record Choices(List<String> natures, List<String> categories, Map<String, List<String>> levels,
			List<UnitOption> units, List<String> departments, int firstYear, int lastYear) {
	}

	@PostMapping("/suggestions")
	@Operation(summary = "Indicators for a draft's header (unit, project name, goal) by 二级指标: the same project's "
			+ "in other years first, then from the filings most alike by name and goal, each with its usual target "
			+ "and how many filings use it")
	Suggestions suggestions(@RequestBody DraftHeader header) {
		return this.suggestions.suggest(header);
	}

	@PostMapping("/review")
	@Operation(summary = "Review a draft as it stands, with the rules and context every filing is reviewed with; "
			+ "findings on indicators name the draft's row")
	List<DraftFinding> review(@RequestBody DraftForm form) {
		return this.review.review(form);
	}

	@GetMapping("/choices")
	@Operation(summary = "项目性质, 项目类别, the indicator levels, the stored units (with their latest department), "
			+ "departments and the years a draft may be for")
	Choices choices() {
		Map<String, List<String>> levels = new LinkedHashMap<>();
		Taxonomy.level1Labels().forEach((level1) -> levels.put(level1, Taxonomy.level2Labels(level1)));
		return new Choices(DraftChoices.NATURES, DraftChoices.CATEGORIES, levels, this.options.units(),
				this.options.departments(), DraftChoices.FIRST_YEAR, DraftChoices.LAST_YEAR);
	}

	@GetMapping("/projects")
	@Operation(summary = "Stored project names containing q, the unit's own first, for type-ahead")
	List<String> projects(@RequestParam(required = false) String q, @RequestParam(required = false) String unit) {
		return this.options.projectNames(q, unit);
	}

}
