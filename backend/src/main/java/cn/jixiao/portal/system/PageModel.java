package cn.jixiao.portal.system;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout hands its scripts: the message bundle and the glossary.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

	private final MessageBundle messages;

	PageModel(MessageBundle messages) {
		this.messages = messages;
	}

	@ModelAttribute("portalMessages")
	Map<String, String> portalMessages() {
		return this.messages.all();
	}

	@ModelAttribute("glossary")
	Map<String, Object> glossary() {
		return GlossaryTerms.all();
	}

}
