-- The indicator library reads one group at a time (a 二级指标 and a normalised name): its detail view, its
-- examples and its tracking values. Without this index each of those reads scans every indicator. Both columns
-- together stay under MySQL's 3072-byte key limit in utf8mb4 (20 + 500 characters).
CREATE INDEX ix_indicator_level2_name ON indicator (level2, name_key);
