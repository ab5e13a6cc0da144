package cn.jixiao.portal.importing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The upload page; it posts to the import API and shows the recent imports. */
@Controller
class ImportPageController {

	@GetMapping("/import")
	String upload(Model model) {
		model.addAttribute("maxFileBytes", UploadCheck.MAX_FILE_BYTES);
		return "import/upload";
	}

}
