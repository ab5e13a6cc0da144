-- The text of each imported file as the parser decoded it (lines joined by LF), so that analysts can check a form
-- against what was filed, line by line. It is kept in chunks of at most 4,000 characters in a VARCHAR column: H2
-- keeps those in the row, where TEXT would go to its separate LOB storage and make imports markedly slower, and
-- 4,000 characters of utf8mb4 (16,000 bytes) sit well within MySQL's row size limit.
CREATE TABLE source_text (
    source_file_id BIGINT NOT NULL,
    chunk_no       INT    NOT NULL,
    content        VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_source_text PRIMARY KEY (source_file_id, chunk_no),
    CONSTRAINT fk_source_text_file FOREIGN KEY (source_file_id) REFERENCES source_file (id) ON DELETE CASCADE
) ${table_options};
