"""The migrations of the duplicate look-up tables: the levels of the band and passage keys
and the MinHash signatures the look-ups compare (:mod:`.schema` lists them in order).

Kept apart from :mod:`.schema` because they are many and each carries its why; a migration
is never edited once released, so these are the texts stores were made with.
"""

from __future__ import annotations

# 10: the recent level of the band and passage keys (store/recent.py): small tables
# that take the inserts, folded into lsh_bands and passage_keys in key order, so that
# ingest does not slow down as those trees outgrow the page cache
KEY_LEVELS = (
    """
    CREATE TABLE IF NOT EXISTS lsh_recent (
        band INTEGER NOT NULL,
        key INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (band, key, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS passage_recent (
        key INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID;
    """
)

# 11: the middle level of the band and passage keys (store/recent.py): the recent
# tables fold into these, and these into the big tables once they hold enough rows,
# so a fold does not rewrite the whole big table; and the rows each level holds, as
# counted by the folds (the big tables counted once here)
KEY_MIDDLE = (
    """
    CREATE TABLE IF NOT EXISTS lsh_middle (
        band INTEGER NOT NULL,
        key INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (band, key, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS passage_middle (
        key INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS key_level_rows (
        level TEXT PRIMARY KEY,
        rows INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO key_level_rows(level, rows) VALUES ('middle', 0);
    INSERT OR IGNORE INTO key_level_rows(level, rows)
        SELECT 'big', (SELECT count(*) FROM lsh_bands) + (SELECT count(*) FROM passage_keys);
    """
)

# 12: the MinHash signatures apart (store/relations._close reads ~80 per new article):
# in the article row a signature sits behind the text, so each read walked the text's
# overflow pages, and the look-ups of a big store read across the whole articles table.
# Triggers keep the copy for every way articles come in (ingest and merged parts).
SIGNATURES_APART = (
    """
    CREATE TABLE IF NOT EXISTS article_signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        signature BLOB NOT NULL
    );
    CREATE TRIGGER IF NOT EXISTS article_signature_kept AFTER INSERT ON articles
    WHEN NEW.signature IS NOT NULL BEGIN
        INSERT OR REPLACE INTO article_signatures VALUES (NEW.id, NEW.signature);
    END;
    CREATE TRIGGER IF NOT EXISTS article_signature_dropped BEFORE DELETE ON articles BEGIN
        DELETE FROM article_signatures WHERE article_id = OLD.id;
    END;
    INSERT OR IGNORE INTO article_signatures
        SELECT id, signature FROM articles WHERE signature IS NOT NULL;
    """
)

#: The MinHash values are below 2**32 (datasketch masks every value to 32 bits, and
#: ``dedupe.minhash`` keeps them as uint64), so the low four bytes of each little-endian
#: uint64 are the value whole: the compact copy holds the same numbers in half the bytes.
_NUM_PERM = 128
#: ``||`` makes text of its operands (their bytes unchanged, NULs included): cast back.
_COMPACT = "CAST(" + " || ".join(f"substr(NEW.signature, {8 * i + 1}, 4)"
                                 for i in range(_NUM_PERM)) + " AS BLOB)"

# 16: the signatures the look-ups compare, compact (store/relations._close reads ~80 per
# new article, at random): uint32 values in a table keyed by the article id itself
# (WITHOUT ROWID). Before, 1 KiB of uint64 per article in a rowid table, read through its
# own index of ids: two trees to descend per read, and rows too long to share a page with
# more than three others; at a million captures 2.2 GiB that the page cache had to hold.
# Now one tree of some 0.9 GiB. The trigger converts in SQL, so every way articles come
# in (ingest, merged parts) keeps the copy. (The wide table is made first if it is missing, so
# that the migration runs again on a store marked older than it is, as the others do.)
SIGNATURES_COMPACT = f"""
    CREATE TABLE IF NOT EXISTS article_signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        signature BLOB NOT NULL
    );
    CREATE TABLE IF NOT EXISTS article_minhash (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        signature BLOB NOT NULL
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO article_minhash
        SELECT article_id, {_COMPACT.replace("NEW.signature", "signature")}
        FROM article_signatures;
    DROP TRIGGER IF EXISTS article_signature_kept;
    DROP TRIGGER IF EXISTS article_signature_dropped;
    DROP TABLE IF EXISTS article_signatures;
    CREATE TRIGGER IF NOT EXISTS article_minhash_kept AFTER INSERT ON articles
    WHEN NEW.signature IS NOT NULL BEGIN
        INSERT OR REPLACE INTO article_minhash VALUES (NEW.id, {_COMPACT});
    END;
    CREATE TRIGGER IF NOT EXISTS article_minhash_dropped BEFORE DELETE ON articles BEGIN
        DELETE FROM article_minhash WHERE article_id = OLD.id;
    END;
    """

# 17: the translation keys in three levels, as the band and passage keys (store/recent.py).
# Some fifty keys an article, keyed by the key: each new row landed on a random leaf page
# of a tree that outgrew the page cache (19 million rows at 220,000 captures), and its
# index by article did the same; together a sixth of the store, and the largest share of
# the pages an ingest batch dirtied. Now new keys go into a small recent table, folded
# with the other keys; each article's own keys are one row (translation_checked.key_set),
# which is what reading an article's keys and dropping them need, so the index by
# article goes. An article's keys sit in one level, as a whole.
TRANSLATION_LEVELS = (
    """
    ALTER TABLE translation_checked ADD COLUMN key_set TEXT;
    UPDATE translation_checked SET key_set = coalesce((
        SELECT group_concat(key, char(10)) FROM (
            SELECT k.key FROM translation_keys k
            WHERE k.article_id = translation_checked.article_id ORDER BY k.key)), '')
        WHERE key_set IS NULL;
    DROP INDEX IF EXISTS translation_keys_article;
    CREATE TABLE IF NOT EXISTS translation_middle (
        key TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS translation_recent (
        key TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID;
    """
)

#: One byte of each value, the low one (``dedupe.compact``): from the uint32 values of
#: schema 16 (little-endian, so byte ``4 * i + 1``), and from an article row's uint64 ones.
_BYTES_OF_UINT32 = "CAST(" + " || ".join(f"substr(signature, {4 * i + 1}, 1)"
                                         for i in range(_NUM_PERM)) + " AS BLOB)"
_BYTES_OF_UINT64 = "CAST(" + " || ".join(f"substr(NEW.signature, {8 * i + 1}, 1)"
                                         for i in range(_NUM_PERM)) + " AS BLOB)"

# 18: the signatures the look-ups compare, one byte a value (b-bit MinHash): the look-ups
# of a new article read some forty at random, and at half a million captures the 573 MiB
# of uint32 values took half of the reads that went to disk (BENCHMARKS.md, session 17).
# A new table, filled in key order, so that its pages are full; the triggers are made
# again around it.
SIGNATURES_BYTES = f"""
    DROP TRIGGER IF EXISTS article_minhash_kept;
    DROP TRIGGER IF EXISTS article_minhash_dropped;
    CREATE TABLE IF NOT EXISTS article_minhash_bytes (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        signature BLOB NOT NULL
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO article_minhash_bytes
        SELECT article_id, CASE length(signature) WHEN {4 * _NUM_PERM}
            THEN {_BYTES_OF_UINT32} ELSE signature END
        FROM article_minhash ORDER BY article_id;
    DROP TABLE article_minhash;
    ALTER TABLE article_minhash_bytes RENAME TO article_minhash;
    CREATE TRIGGER article_minhash_kept AFTER INSERT ON articles
    WHEN NEW.signature IS NOT NULL BEGIN
        INSERT OR REPLACE INTO article_minhash VALUES (NEW.id, {_BYTES_OF_UINT64});
    END;
    CREATE TRIGGER article_minhash_dropped BEFORE DELETE ON articles BEGIN
        DELETE FROM article_minhash WHERE article_id = OLD.id;
    END;
    """

# 19: sealed, size-tiered segments of the band, passage and translation keys
# (store/recent.py): the recent tables are sealed into new tables and those merged by tiers,
# instead of folded into a middle and a big table that grow with the store (a fold of the
# big tables at a million captures paused the ingest for minutes). The list of segments;
# the big and middle tables stay, read as segments of no tier.
KEY_SEGMENTS = (
    """
    CREATE TABLE IF NOT EXISTS key_segments (
        number INTEGER PRIMARY KEY,
        tier INTEGER NOT NULL,
        rows INTEGER NOT NULL
    );
    """
)

# 21: the rows of ``translation_checked`` in the order the articles arrived (a rowid table,
# its article id in an index of its own). Keyed by the article id, each new article's row
# (its language, version and key set, some 390 bytes) went in at a random leaf of a tree of
# 663 MiB at a million captures: once that tree outgrew the caches, a quarter of the pages
# the writer read from the disk were its leaves (BENCHMARKS.md, "The million in session
# 40"). Now a new row goes at the end, and only the narrow index of ids takes a random place.
CHECKED_BY_ARRIVAL = (
    """
    CREATE TABLE IF NOT EXISTS translation_checked_by_arrival (
        article_id TEXT NOT NULL UNIQUE REFERENCES articles(id),
        language TEXT NOT NULL,
        version TEXT NOT NULL,
        key_set TEXT
    );
    INSERT OR IGNORE INTO translation_checked_by_arrival(article_id, language, version, key_set)
        SELECT t.article_id, t.language, t.version, t.key_set FROM translation_checked t
        LEFT JOIN articles a ON a.id = t.article_id ORDER BY coalesce(a.rowid, 0), t.article_id;
    DROP TABLE translation_checked;
    ALTER TABLE translation_checked_by_arrival RENAME TO translation_checked;
    """
)

# 23: the compact signatures in the order the articles arrived, as the checked rows (21):
# keyed by the article id, a new article's 128 bytes went in at a random leaf of a tree of
# 302 MiB at a million captures, which the writer's page cache could not hold beside the
# indexes it must (the run's memo of the signatures, store/signature_memo.py, answers the
# look-ups; the table is written, and read when the memo is built). The triggers are made
# again around the new table, as in 18.
MINHASH_BY_ARRIVAL = f"""
    DROP TRIGGER IF EXISTS article_minhash_kept;
    DROP TRIGGER IF EXISTS article_minhash_dropped;
    CREATE TABLE IF NOT EXISTS article_minhash_by_arrival (
        article_id TEXT NOT NULL UNIQUE REFERENCES articles(id),
        signature BLOB NOT NULL
    );
    INSERT OR IGNORE INTO article_minhash_by_arrival(article_id, signature)
        SELECT m.article_id, m.signature FROM article_minhash m
        LEFT JOIN articles a ON a.id = m.article_id ORDER BY coalesce(a.rowid, 0), m.article_id;
    DROP TABLE article_minhash;
    ALTER TABLE article_minhash_by_arrival RENAME TO article_minhash;
    CREATE TRIGGER article_minhash_kept AFTER INSERT ON articles
    WHEN NEW.signature IS NOT NULL BEGIN
        INSERT OR REPLACE INTO article_minhash(article_id, signature)
        VALUES (NEW.id, {_BYTES_OF_UINT64});
    END;
    CREATE TRIGGER article_minhash_dropped BEFORE DELETE ON articles BEGIN
        DELETE FROM article_minhash WHERE article_id = OLD.id;
    END;
    """
