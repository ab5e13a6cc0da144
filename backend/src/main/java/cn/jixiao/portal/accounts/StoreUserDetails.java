package cn.jixiao.portal.accounts;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Form login and HTTP Basic both sign users in against the store. */
@Component
class StoreUserDetails implements UserDetailsService {

	private final UserStore users;

	StoreUserDetails(UserStore users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		PortalUser user = this.users.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(user.username())
			.password(user.passwordHash())
			.disabled(!user.enabled())
			.authorities(List.of(new SimpleGrantedAuthority(user.role().authority())))
			.build();
	}

}
