package cn.jixiao.portal.library;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The library's pages; their scripts read the filters from the URL and fetch the data
 * from {@link LibraryApi}, so every view can be bookmarked.
 */
@Controller
class LibraryViews {

	@GetMapping("/library")
	String list() {
		return "library/list";
	}

	@GetMapping("/library/indicator")
	String indicator() {
		return "library/indicator";
	}

}
