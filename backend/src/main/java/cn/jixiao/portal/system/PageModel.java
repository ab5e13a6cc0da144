package cn.jixiao.portal.system;

import java.security.Principal;

import cn.jixiao.portal.accounts.Role;
import cn.jixiao.portal.accounts.UserStore;

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

	private final UserStore users;

	PageModel(MessageBundle messages, UserStore users) {
		this.messages = messages;
		this.users = users;
	}

	@ModelAttribute("portalMessages")
	Map<String, String> portalMessages() {
		return this.messages.all();
	}

	/** The signed-in user the top bar names, or {@code null} before login. */
	@ModelAttribute("currentUser")
	CurrentUser currentUser(Principal principal) {
		if (principal == null) {
			return null;
		}
		return this.users.find(principal.getName())
			.map((user) -> new CurrentUser(user.username(), user.displayName(), user.role().name(),
					user.role() == Role.ADMIN))
			.orElse(null);
	}

	/** Who the top bar names and whether it offers the administrators' pages. */
	public record CurrentUser(String username, String displayName, String role, boolean admin) {

	}

	@ModelAttribute("glossary")
	Map<String, Object> glossary() {
		return GlossaryTerms.all();
	}

}
