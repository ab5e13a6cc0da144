package cn.jixiao.portal.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portal's users in the store; passwords go in only as hashes. */
@Service
@Transactional
public class UserStore {

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock;

	UserStore(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.jdbc.sql("select count(*) from portal_user").query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public Optional<PortalUser> find(String username) {
		return this.jdbc.sql("select * from portal_user where username = ?")
			.param(username)
			.query(UserStore::user)
			.optional();
	}

	@Transactional(readOnly = true)
	public List<PortalUser> list() {
		return this.jdbc.sql("select * from portal_user order by username").query(UserStore::user).list();
	}

	/**
	 * Adds a user with an initial password that, when {@code mustChange}, they replace at
	 * first login.
	 */
	public void create(String username, String displayName, Role role, String password, boolean mustChange) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into portal_user (username, password_hash, display_name, role, enabled, must_change_password,
				  created_at, updated_at) values (?, ?, ?, ?, true, ?, ?, ?)""")
			.params(username, this.encoder.encode(password), displayName, role.name(), mustChange, now, now)
			.update();
	}

	/**
	 * Sets a new password; {@code mustChange} when an administrator set it for the user.
	 */
	public void setPassword(String username, String password, boolean mustChange) {
		this.jdbc.sql(
				"update portal_user set password_hash = ?, must_change_password = ?, updated_at = ? where username = ?")
			.params(this.encoder.encode(password), mustChange, this.clock.instant(), username)
			.update();
	}

	public void setRole(String username, Role role) {
		this.jdbc.sql("update portal_user set role = ?, updated_at = ? where username = ?")
			.params(role.name(), this.clock.instant(), username)
			.update();
	}

	public void setEnabled(String username, boolean enabled) {
		this.jdbc.sql("update portal_user set enabled = ?, updated_at = ? where username = ?")
			.params(enabled, this.clock.instant(), username)
			.update();
	}

	boolean matches(PortalUser user, String password) {
		return this.encoder.matches(password, user.passwordHash());
	}

	private static PortalUser user(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new PortalUser(row.getString("username"), row.getString("password_hash"), row.getString("display_name"),
				Role.valueOf(row.getString("role")), row.getBoolean("enabled"), row.getBoolean("must_change_password"),
				row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
	}

}
