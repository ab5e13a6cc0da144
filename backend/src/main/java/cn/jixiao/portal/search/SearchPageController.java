package cn.jixiao.portal.search;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The search page; its state lives in the URL and its data comes from the search API. */
@Controller
class SearchPageController {

	@GetMapping("/search")
	String search() {
		return "search/search";
	}

}
