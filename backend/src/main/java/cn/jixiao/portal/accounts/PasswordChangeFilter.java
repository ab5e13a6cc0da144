package cn.jixiao.portal.accounts;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a user who still has an initial password to the change-password page: pages
 * redirect there, API calls are refused, until they have chosen their own; and signs out
 * a user who has been disabled. Read from the store on each request, so what an
 * administrator changes takes effect at once.
 */
@Component
class PasswordChangeFilter extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	/**
	 * Looked up at the first request: the web server creates its filters before the
	 * store's settings are final (a test's own data folder, say), so the filter must not
	 * open the store then.
	 */
	private final ObjectProvider<UserStore> users;

	PasswordChangeFilter(ObjectProvider<UserStore> users) {
		this.users = users;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getServletPath();
		return path.equals(PAGE) || path.equals("/logout") || path.equals("/login") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/error");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Optional<PortalUser> user = (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken)
						? Optional.empty()
						: Optional.of(this.users.getObject()
							.find(authentication.getName())
							.orElse(new PortalUser(authentication.getName(), "", "", Role.ANALYST, false, false, null,
									null)));
		if (user.isPresent() && !user.get().enabled()) {
			signOut(request, response);
			return;
		}
		boolean mustChange = user.map(PortalUser::mustChangePassword).orElse(false);
		if (!mustChange) {
			chain.doFilter(request, response);
		}
		else if (request.getServletPath().startsWith("/api/")) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN, "password change required");
		}
		else {
			response.sendRedirect(request.getContextPath() + PAGE);
		}
	}

	/**
	 * A user disabled (or removed) while signed in loses the session at their next
	 * request.
	 */
	private static void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		if (request.getServletPath().startsWith("/api/")) {
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login");
		}
	}

}
