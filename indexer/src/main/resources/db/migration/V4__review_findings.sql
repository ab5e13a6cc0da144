-- What the review found in each filing, stored so that the filing view, the search and library filters and the
-- summary per unit and year read them instead of reviewing thousands of forms per request. The findings are
-- derived (rules over the store, history through lineage), so the portal recomputes all of them after each import
-- and lineage decision and replaces them in one transaction; review_state says which state of the store they
-- reflect.
CREATE TABLE review_finding (
    filing_id          BIGINT        NOT NULL,
    position           INT           NOT NULL,
    rule_id            VARCHAR(64)   NOT NULL,
    severity           VARCHAR(16)   NOT NULL,
    concern            VARCHAR(16)   NOT NULL,
    indicator_id       BIGINT,
    indicator_name     VARCHAR(500),
    explanation        VARCHAR(2000) NOT NULL,
    suggestion_name    VARCHAR(500),
    suggestion_target  VARCHAR(1000),
    suggestion_filings BIGINT,
    CONSTRAINT pk_review_finding PRIMARY KEY (filing_id, position),
    CONSTRAINT fk_finding_filing FOREIGN KEY (filing_id) REFERENCES filing (id) ON DELETE CASCADE,
    CONSTRAINT fk_finding_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ${table_options};

-- The filters ask for the filings with a finding of a rule; the primary key serves a filing's findings.
CREATE INDEX ix_review_finding_rule ON review_finding (rule_id, filing_id);

-- One row: the state of the store and the rules the stored findings reflect, and when they were computed.
CREATE TABLE review_state (
    id          INT           NOT NULL PRIMARY KEY,
    store_state VARCHAR(200)  NOT NULL,
    rules       VARCHAR(2000) NOT NULL,
    reviewed_at TIMESTAMP     NOT NULL,
    filings     INT           NOT NULL,
    findings    INT           NOT NULL,
    millis      BIGINT        NOT NULL
) ${table_options};
