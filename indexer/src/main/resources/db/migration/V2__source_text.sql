-- The text of each imported file as the parser decoded it (lines joined by LF), so that analysts can check a form
-- against what was filed, line by line. MySQL's TEXT holds 64 KiB, so the text is kept in chunks of at most 16,000
-- characters (64,000 bytes in utf8mb4): the same plain TEXT column on H2 and MySQL, no LONGTEXT/CLOB split.
CREATE TABLE source_text (
    source_file_id BIGINT NOT NULL,
    chunk_no       INT    NOT NULL,
    content        TEXT   NOT NULL,
    CONSTRAINT pk_source_text PRIMARY KEY (source_file_id, chunk_no),
    CONSTRAINT fk_source_text_file FOREIGN KEY (source_file_id) REFERENCES source_file (id) ON DELETE CASCADE
) ${table_options};
