-- The portal's accounts and what they did. A user signs in with a BCrypt-hashed password (stored with its
-- {bcrypt} prefix so the hash scheme can change later); an account given an initial password must choose its
-- own before anything else. Users are disabled rather than deleted, so the audit log keeps naming them.
CREATE TABLE portal_user (
    username             VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash        VARCHAR(100) NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    role                 VARCHAR(16)  NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    created_at           TIMESTAMP    NOT NULL,
    updated_at           TIMESTAMP    NOT NULL
) ${table_options};

-- Who did what to which file, link, user or list, when, and how it ended. 'who' is a portal username, or
-- 'cli:' and the operating-system user for the command-line indexer.
CREATE TABLE audit_log (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at         TIMESTAMP     NOT NULL,
    who        VARCHAR(100)  NOT NULL,
    action     VARCHAR(40)   NOT NULL,
    target     VARCHAR(500),
    result     VARCHAR(40)   NOT NULL,
    details    VARCHAR(2000)
) ${table_options};

CREATE INDEX ix_audit_log_at ON audit_log (at);

-- A draft belongs to the analyst who started it; drafts saved before accounts existed have no owner and only
-- administrators see them.
ALTER TABLE draft ADD COLUMN owner VARCHAR(64);
