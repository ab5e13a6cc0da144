-- Filings an analyst drafts in the portal before a unit submits them: the form's header, funds and goal, and its
-- indicator rows, each either proposed from past filings or the analyst's own. A draft names its unit and
-- department as typed (a new unit is not yet in the store), so they are text, not references.
CREATE TABLE draft (
    id               BIGINT         NOT NULL PRIMARY KEY,
    project_name     VARCHAR(300)   NOT NULL,
    unit             VARCHAR(200)   NOT NULL,
    department       VARCHAR(200),
    budget_year      INT            NOT NULL,
    project_nature   VARCHAR(100),
    project_category VARCHAR(100),
    funds_total      DECIMAL(20, 2),
    funds_fiscal     DECIMAL(20, 2),
    funds_carryover  DECIMAL(20, 2),
    funds_other      DECIMAL(20, 2),
    annual_goal      TEXT,
    created_at       TIMESTAMP      NOT NULL,
    updated_at       TIMESTAMP      NOT NULL
) ${table_options};

CREATE INDEX ix_draft_updated ON draft (updated_at);

-- Where a suggested row came from is kept as it was when the analyst took it: the filing it was seen in (no foreign
-- key, since a re-import replaces filings and the draft must stay), that filing's project and year, how many filings
-- used the indicator, and whether it was the same project in another year.
CREATE TABLE draft_indicator (
    id               BIGINT         NOT NULL PRIMARY KEY,
    draft_id         BIGINT         NOT NULL,
    position         INT            NOT NULL,
    level1           VARCHAR(20)    NOT NULL,
    level2           VARCHAR(20)    NOT NULL,
    name             VARCHAR(500)   NOT NULL,
    target           VARCHAR(1000),
    origin           VARCHAR(16)    NOT NULL,
    source_filing_id BIGINT,
    source_project   VARCHAR(300),
    source_year      INT,
    source_filings   INT,
    same_lineage     BOOLEAN        NOT NULL,
    CONSTRAINT fk_draft_indicator_draft FOREIGN KEY (draft_id) REFERENCES draft (id) ON DELETE CASCADE
) ${table_options};
