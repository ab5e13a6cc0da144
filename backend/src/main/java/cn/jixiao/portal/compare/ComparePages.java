package cn.jixiao.portal.compare;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The comparison's pages; each reads its state (unit or department, project, years,
 * amount unit) from the URL and its data from {@code /api/compare}.
 */
@Controller
class ComparePages {

	@GetMapping("/compare")
	String budgets() {
		return "compare/budgets";
	}

	@GetMapping("/compare/lineage")
	String lineage() {
		return "compare/lineage";
	}

	@GetMapping("/compare/years")
	String years() {
		return "compare/years";
	}

}
