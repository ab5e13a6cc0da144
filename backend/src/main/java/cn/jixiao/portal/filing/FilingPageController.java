package cn.jixiao.portal.filing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The filing view and the source view; both fill themselves from the filing API, so the
 * pages only carry what to ask for.
 */
@Controller
class FilingPageController {

	@GetMapping("/filings/{id}")
	String filing(@PathVariable long id, Model model) {
		model.addAttribute("filingId", id);
		return "filing/filing";
	}

	@GetMapping("/sources/{fileName}")
	String source(@PathVariable String fileName, Model model) {
		model.addAttribute("fileName", fileName);
		return "filing/source";
	}

}
