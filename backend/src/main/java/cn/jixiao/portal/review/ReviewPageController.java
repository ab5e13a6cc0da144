package cn.jixiao.portal.review;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The review summary page; it fills itself from the review API. */
@Controller
class ReviewPageController {

	@GetMapping("/review")
	String summary() {
		return "review/summary";
	}

}
