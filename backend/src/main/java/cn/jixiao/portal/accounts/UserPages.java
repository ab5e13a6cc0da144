package cn.jixiao.portal.accounts;

import java.security.Principal;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jixiao.portal.audit.AuditLog;
import cn.jixiao.portal.system.NotFoundException;

/**
 * The administrators' 用户 page: list users, add one with a role and an initial password
 * they must change, change a role, disable or enable, reset a password. An administrator
 * cannot disable or demote themselves, so the portal always keeps one.
 */
@Controller
class UserPages {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

	private final UserStore users;

	private final AuditLog audit;

	UserPages(UserStore users, AuditLog audit) {
		this.users = users;
		this.audit = audit;
	}

	@GetMapping("/users")
	String users(Model model) {
		model.addAttribute("users", this.users.list());
		model.addAttribute("roles", Role.values());
		return "accounts/users";
	}

	@PostMapping("/users")
	String add(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
			@RequestParam String password, Model model) {
		String name = username.strip();
		String problem = !USERNAME.matcher(name).matches() ? "users.problem.username"
				: this.users.find(name).isPresent() ? "users.problem.exists"
						: (password.length() < AccountPages.MIN_PASSWORD_LENGTH) ? "account.password.tooShort" : null;
		if (problem != null) {
			this.audit.record("user.create", name, "refused", problem);
			return problem(model, problem);
		}
		this.users.create(name, displayName.isBlank() ? name : displayName.strip(), role, password, true);
		this.audit.record("user.create", name, "ok", role.name());
		return "redirect:/users?saved";
	}

	@PostMapping("/users/{username}/role")
	String role(@PathVariable String username, @RequestParam Role role, Principal principal, Model model) {
		if (username.equals(principal.getName())) {
			return problem(model, "users.problem.self");
		}
		this.users.setRole(existing(username), role);
		this.audit.record("user.role", username, "ok", role.name());
		return "redirect:/users?saved";
	}

	@PostMapping("/users/{username}/enabled")
	String enabled(@PathVariable String username, @RequestParam boolean enabled, Principal principal, Model model) {
		if (username.equals(principal.getName())) {
			return problem(model, "users.problem.self");
		}
		this.users.setEnabled(existing(username), enabled);
		this.audit.record(enabled ? "user.enable" : "user.disable", username, "ok", null);
		return "redirect:/users?saved";
	}

	@PostMapping("/users/{username}/password")
	String resetPassword(@PathVariable String username, @RequestParam String password, Model model) {
		if (password.length() < AccountPages.MIN_PASSWORD_LENGTH) {
			return problem(model, "account.password.tooShort");
		}
		this.users.setPassword(existing(username), password, true);
		this.audit.record("user.password.reset", username, "ok", null);
		return "redirect:/users?saved";
	}

	private String existing(String username) {
		return this.users.find(username)
			.map(PortalUser::username)
			.orElseThrow(() -> new NotFoundException("users.notFound", username));
	}

	private String problem(Model model, String problem) {
		model.addAttribute("problem", problem);
		return users(model);
	}

}
