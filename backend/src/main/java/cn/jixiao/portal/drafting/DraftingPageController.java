package cn.jixiao.portal.drafting;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 起草: the saved drafts and a new one's start, or one draft in the editor
 * ({@code ?draft=id}); the page works on the drafting API.
 */
@Controller
class DraftingPageController {

	@GetMapping("/drafting")
	String drafting() {
		return "drafting/drafting";
	}

}
