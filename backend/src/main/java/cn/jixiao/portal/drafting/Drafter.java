package cn.jixiao.portal.drafting;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is drafting: their own drafts are theirs to see and change; an administrator sees
 * everyone's.
 */
record Drafter(String username, boolean admin) {

	static Drafter current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return new Drafter("", false);
		}
		boolean admin = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
		return new Drafter(authentication.getName(), admin);
	}

}
