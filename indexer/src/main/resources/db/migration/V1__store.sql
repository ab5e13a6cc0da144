-- The relational store: the source of truth. Written once for H2 and MySQL 8 / MariaDB; ${table_options}
-- carries MySQL's character set and is empty on H2.

CREATE TABLE id_sequence (
    sequence_name VARCHAR(64) NOT NULL PRIMARY KEY,
    next_val      BIGINT      NOT NULL
) ${table_options};

-- 'ids' is Hibernate's pooled generator (created on first use); 'rows' hands out blocks for the bulk-written
-- filing, indicator and problem rows.
INSERT INTO id_sequence (sequence_name, next_val) VALUES ('rows', 1);

CREATE TABLE department (
    id       BIGINT       NOT NULL PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    name_key VARCHAR(200) NOT NULL,
    CONSTRAINT uk_department_name_key UNIQUE (name_key)
) ${table_options};

CREATE TABLE unit (
    id       BIGINT       NOT NULL PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    name_key VARCHAR(200) NOT NULL,
    CONSTRAINT uk_unit_name_key UNIQUE (name_key)
) ${table_options};

CREATE TABLE project (
    id         BIGINT       NOT NULL PRIMARY KEY,
    unit_id    BIGINT       NOT NULL,
    name       VARCHAR(300) NOT NULL,
    anchor_key VARCHAR(300) NOT NULL,
    CONSTRAINT uk_project_anchor UNIQUE (unit_id, anchor_key),
    CONSTRAINT fk_project_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ${table_options};

CREATE TABLE source_file (
    id              BIGINT       NOT NULL PRIMARY KEY,
    name            VARCHAR(255) NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    imported_at     TIMESTAMP    NOT NULL,
    form_count      INT          NOT NULL,
    indicator_count INT          NOT NULL,
    CONSTRAINT uk_source_file_name UNIQUE (name)
) ${table_options};

CREATE TABLE source_problem (
    id             BIGINT        NOT NULL PRIMARY KEY,
    source_file_id BIGINT        NOT NULL,
    position       INT           NOT NULL,
    line_no        INT,
    message        VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_problem_source FOREIGN KEY (source_file_id) REFERENCES source_file (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE filing (
    id                           BIGINT        NOT NULL PRIMARY KEY,
    source_file_id               BIGINT        NOT NULL,
    form_index                   INT           NOT NULL,
    kind                         VARCHAR(16)   NOT NULL,
    budget_year                  INT,
    period_from                  VARCHAR(7),
    period_to                    VARCHAR(7),
    project_name                 VARCHAR(300),
    project_key                  VARCHAR(300),
    department_id                BIGINT,
    unit_id                      BIGINT,
    project_id                   BIGINT,
    project_nature               VARCHAR(100),
    project_category             VARCHAR(100),
    start_date                   DATE,
    end_date                     DATE,
    funds_total                  DECIMAL(20, 2),
    funds_fiscal                 DECIMAL(20, 2),
    funds_carryover              DECIMAL(20, 2),
    funds_other                  DECIMAL(20, 2),
    funds_project_total          DECIMAL(20, 2),
    exec_initial_budget          DECIMAL(20, 2),
    exec_period_budget           DECIMAL(20, 2),
    exec_period_executed         DECIMAL(20, 2),
    exec_rate_percent            DECIMAL(9, 2),
    annual_goal                  TEXT,
    goal_progress                TEXT,
    budget_completion_likelihood VARCHAR(200),
    goal_completion_likelihood   VARCHAR(200),
    corrective_measures          TEXT,
    first_line                   INT           NOT NULL,
    last_line                    INT           NOT NULL,
    CONSTRAINT fk_filing_source FOREIGN KEY (source_file_id) REFERENCES source_file (id) ON DELETE CASCADE,
    CONSTRAINT fk_filing_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_filing_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_filing_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE SET NULL
) ${table_options};

-- Foreign keys bring their own indexes (H2 and InnoDB create one when none exists), so only the query index
-- for a unit's years is added here.
CREATE INDEX ix_filing_unit_year ON filing (unit_id, budget_year);

CREATE TABLE indicator (
    id             BIGINT         NOT NULL PRIMARY KEY,
    filing_id      BIGINT         NOT NULL,
    position       INT            NOT NULL,
    level1         VARCHAR(20),
    level2         VARCHAR(20),
    name           VARCHAR(500)   NOT NULL,
    name_key       VARCHAR(500)   NOT NULL,
    target         VARCHAR(1000),
    value_kind     VARCHAR(16),
    value_operator VARCHAR(4),
    value_number   DECIMAL(24, 4),
    value_unit     VARCHAR(100),
    planned        VARCHAR(500),
    actual         VARCHAR(500),
    deviation      VARCHAR(1000),
    first_line     INT            NOT NULL,
    last_line      INT            NOT NULL,
    CONSTRAINT fk_indicator_filing FOREIGN KEY (filing_id) REFERENCES filing (id) ON DELETE CASCADE
) ${table_options};

-- How a project's filings follow one another across years, each link with its reason and score.
CREATE TABLE lineage_link (
    id             BIGINT        NOT NULL PRIMARY KEY,
    project_id     BIGINT        NOT NULL,
    from_filing_id BIGINT        NOT NULL,
    to_filing_id   BIGINT        NOT NULL,
    reason         VARCHAR(32)   NOT NULL,
    score          DECIMAL(5, 4) NOT NULL,
    CONSTRAINT fk_link_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_link_from FOREIGN KEY (from_filing_id) REFERENCES filing (id) ON DELETE CASCADE,
    CONSTRAINT fk_link_to FOREIGN KEY (to_filing_id) REFERENCES filing (id) ON DELETE CASCADE
) ${table_options};

-- An analyst's confirmation or split of a link, keyed by names (not ids) so that a re-import keeps it. The
-- three keys together exceed MySQL's 3072-byte index limit in utf8mb4, so their SHA-256 is what is unique.
CREATE TABLE lineage_decision (
    id         BIGINT       NOT NULL PRIMARY KEY,
    unit_key   VARCHAR(200) NOT NULL,
    from_key   VARCHAR(300) NOT NULL,
    to_key     VARCHAR(300) NOT NULL,
    pair_hash  CHAR(64)     NOT NULL,
    decision   VARCHAR(16)  NOT NULL,
    decided_by VARCHAR(100),
    decided_at TIMESTAMP    NOT NULL,
    CONSTRAINT uk_lineage_decision UNIQUE (pair_hash)
) ${table_options};

CREATE INDEX ix_lineage_decision_unit ON lineage_decision (unit_key);
