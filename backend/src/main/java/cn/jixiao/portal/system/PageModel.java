package cn.jixiao.portal.system;

import java.security.Principal;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.jixiao.portal.accounts.Role;
import cn.jixiao.portal.accounts.UserStore;

/**
 * What every page's layout hands its scripts (the message bundle and the glossary) and
 * its top bar (who is signed in, and whether the anonymous mode shows the pages).
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

	private final MessageBundle messages;

	private final UserStore users;

	private final boolean anonymousRead;

	PageModel(MessageBundle messages, UserStore users,
			@Value("${jixiao.security.anonymous-read:false}") boolean anonymousRead) {
		this.messages = messages;
		this.users = users;
		this.anonymousRead = anonymousRead;
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

	/**
	 * In the read-only anonymous mode the top bar offers the pages before anyone signs
	 * in.
	 */
	@ModelAttribute("anonymousRead")
	boolean anonymousRead() {
		return this.anonymousRead;
	}

	/** Who the top bar names and whether it offers the administrators' pages. */
	public record CurrentUser(String username, String displayName, String role, boolean admin) {

	}

	@ModelAttribute("glossary")
	Map<String, Object> glossary() {
		return GlossaryTerms.all();
	}

}
