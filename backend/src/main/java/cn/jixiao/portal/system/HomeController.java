package cn.jixiao.portal.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal opens on search, the page analysts use most. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/search";
	}

}
