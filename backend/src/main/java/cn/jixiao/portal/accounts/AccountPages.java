package cn.jixiao.portal.accounts;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jixiao.portal.audit.AuditLog;

/** The login page and every user's own password. */
@Controller
class AccountPages {

	static final int MIN_PASSWORD_LENGTH = 8;

	private final UserStore users;

	private final AuditLog audit;

	AccountPages(UserStore users, AuditLog audit) {
		this.users = users;
		this.audit = audit;
	}

	@GetMapping("/login")
	String login() {
		return "accounts/login";
	}

	@GetMapping(PasswordChangeFilter.PAGE)
	String password(Principal principal, Model model) {
		model.addAttribute("mustChange",
				this.users.find(principal.getName()).map(PortalUser::mustChangePassword).orElse(false));
		return "accounts/password";
	}

	@PostMapping(PasswordChangeFilter.PAGE)
	String changePassword(Principal principal, @RequestParam String current, @RequestParam String password,
			@RequestParam String repeat, Model model) {
		PortalUser user = this.users.find(principal.getName()).orElseThrow();
		String problem = problem(user, current, password, repeat);
		if (problem != null) {
			model.addAttribute("mustChange", user.mustChangePassword());
			model.addAttribute("problem", problem);
			return "accounts/password";
		}
		this.users.setPassword(user.username(), password, false);
		this.audit.record("password.change", user.username(), "ok", null);
		return "redirect:/?passwordChanged";
	}

	private String problem(PortalUser user, String current, String password, String repeat) {
		if (!this.users.matches(user, current)) {
			return "account.password.wrongCurrent";
		}
		if (password.length() < MIN_PASSWORD_LENGTH) {
			return "account.password.tooShort";
		}
		if (!password.equals(repeat)) {
			return "account.password.mismatch";
		}
		if (password.equals(current)) {
			return "account.password.same";
		}
		return null;
	}

}
