package cn.jixiao.portal.accounts;

/**
 * What a user may do: analysts read everything and draft their own filings;
 * administrators also import, decide lineage links, and manage users and the synonym
 * list.
 */
public enum Role {

	ANALYST, ADMIN;

	/** The Spring Security authority the filter chain's rules name. */
	String authority() {
		return "ROLE_" + name();
	}

}
