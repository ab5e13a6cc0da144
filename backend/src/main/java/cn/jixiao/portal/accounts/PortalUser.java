package cn.jixiao.portal.accounts;

import java.time.Instant;

/** An account as the store keeps it. */
public record PortalUser(String username, String passwordHash, String displayName, Role role, boolean enabled,
		boolean mustChangePassword, Instant createdAt, Instant updatedAt) {

}
