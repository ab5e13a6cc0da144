package cn.jixiao.portal.execution;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The monitoring page and a tracking form's detail; both load their data from the API.
 */
@Controller
class ExecutionPageController {

	@GetMapping("/execution")
	String list() {
		return "execution/list";
	}

	@GetMapping("/execution/{filingId}")
	String detail(@PathVariable long filingId, Model model) {
		model.addAttribute("filingId", filingId);
		return "execution/detail";
	}

}
