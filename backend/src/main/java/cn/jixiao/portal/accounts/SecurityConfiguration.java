package cn.jixiao.portal.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what: the one place the portal's access rules live. Every page and GET
 * needs a signed-in user (or none in the read-only anonymous mode); each state-changing
 * endpoint is named here with the roles allowed to call it, and any request not named is
 * refused, so a new endpoint is closed until it is given a rule.
 */
@Configuration
class SecurityConfiguration {

	private static final String ADMIN = Role.ADMIN.name();

	private static final String ANALYST = Role.ANALYST.name();

	/** Pages and APIs only administrators reach, whatever the method. */
	static final String[] ADMIN_PATHS = { "/import", "/api/import", "/api/import/**", "/users", "/users/**", "/audit",
			"/api/audit", "/api/audit/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The filter runs inside the security chain only, not a second time as a servlet
	 * filter.
	 */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	FilterRegistrationBean<PasswordChangeFilter> passwordChangeOutsideTheChain(PasswordChangeFilter filter) {
		FilterRegistrationBean<PasswordChangeFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Only a portal serving requests has a filter chain (not a test context without a web
	 * server).
	 */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain portalSecurity(HttpSecurity http, PasswordChangeFilter passwordChange,
			@Value("${jixiao.security.anonymous-read:false}") boolean anonymousRead) throws Exception {
		http.authorizeHttpRequests((rules) -> {
			rules
				.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health", "/actuator/health/**")
				.permitAll();
			rules.requestMatchers(ADMIN_PATHS).hasRole(ADMIN);
			rules.requestMatchers(HttpMethod.POST, "/api/compare/decisions").hasRole(ADMIN);
			rules.requestMatchers(HttpMethod.PUT, "/api/search/synonyms").hasRole(ADMIN);
			rules.requestMatchers(HttpMethod.POST, "/api/drafting/suggestions", "/api/drafting/review", "/api/drafts")
				.hasAnyRole(ANALYST, ADMIN);
			rules.requestMatchers(HttpMethod.PUT, "/api/drafts/*").hasAnyRole(ANALYST, ADMIN);
			rules.requestMatchers(HttpMethod.DELETE, "/api/drafts/*").hasAnyRole(ANALYST, ADMIN);
			rules.requestMatchers(HttpMethod.POST, "/account/password").authenticated();
			rules.requestMatchers(HttpMethod.GET, "/account/password").authenticated();
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl reads = rules.requestMatchers(HttpMethod.GET,
					"/**");
			if (anonymousRead) {
				reads.permitAll();
			}
			else {
				reads.authenticated();
			}
			rules.requestMatchers(HttpMethod.HEAD, "/**").authenticated();
			rules.anyRequest().denyAll();
		});
		http.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll());
		http.httpBasic((basic) -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		http.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
				new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
				PathPatternRequestMatcher.withDefaults().matcher("/api/**")));
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(SecurityConfiguration::basicAuthenticated));
		http.addFilterAfter(passwordChange, BasicAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * A request carrying its own Basic credentials needs no CSRF token: a forged
	 * cross-site request cannot set that header, and the portal never asks a browser for
	 * Basic credentials (its 401 carries no {@code WWW-Authenticate}), so a browser never
	 * holds them to send on its own.
	 */
	static boolean basicAuthenticated(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

}
