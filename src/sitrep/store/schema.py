"""The schema: every table, as a list of migrations (applied by :mod:`.migrate`).

The schema version is SQLite's ``user_version``: migration *n* brings a store from version
*n* to *n + 1*. A migration is never edited once released (a store made by an older sitrep
must come out the same), so a change of schema is a new entry at the end.
"""

from __future__ import annotations

from . import schema_keys

_MIGRATIONS: tuple[str, ...] = (
    # 1: captures, articles, provenance, duplicate detection, refusals
    """
    CREATE TABLE IF NOT EXISTS captures (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        raw TEXT NOT NULL,
        encoding TEXT NOT NULL,
        source TEXT NOT NULL,
        locator TEXT NOT NULL,
        url TEXT,
        hints TEXT NOT NULL,
        captured_at TEXT NOT NULL,
        captured_at_source TEXT NOT NULL,
        note TEXT
    );
    CREATE TABLE IF NOT EXISTS capture_sources (
        capture_id TEXT NOT NULL REFERENCES captures(id),
        locator TEXT NOT NULL,
        PRIMARY KEY (capture_id, locator)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS articles (
        id TEXT PRIMARY KEY,
        capture_id TEXT NOT NULL REFERENCES captures(id),
        part TEXT NOT NULL,
        text TEXT NOT NULL,
        offsets TEXT NOT NULL,
        title TEXT,
        outlet TEXT,
        outlet_source TEXT,
        published TEXT,
        published_source TEXT,
        captured_at TEXT NOT NULL,
        language TEXT,
        related_to TEXT REFERENCES articles(id),
        text_hash TEXT NOT NULL,
        signature BLOB,
        group_id TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS articles_text_hash ON articles(text_hash);
    CREATE INDEX IF NOT EXISTS articles_group ON articles(group_id);
    CREATE INDEX IF NOT EXISTS articles_capture ON articles(capture_id);
    CREATE TABLE IF NOT EXISTS lsh_bands (
        band INTEGER NOT NULL,
        key INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (band, key, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS line_labels (
        capture_id TEXT NOT NULL REFERENCES captures(id),
        line INTEGER NOT NULL,
        label TEXT NOT NULL,
        reason TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        PRIMARY KEY (capture_id, line)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS refusals (
        id TEXT PRIMARY KEY,
        locator TEXT NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        last_seen TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid'
    );
    """,
    # 2: extraction results, redone per article when the extractor version changes
    """
    CREATE TABLE IF NOT EXISTS extractions (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        version TEXT NOT NULL,
        main_event TEXT
    );
    CREATE TABLE IF NOT EXISTS mentions (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        key TEXT NOT NULL,
        role TEXT,
        country TEXT,
        lat REAL,
        lon REAL,
        via TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
    CREATE INDEX IF NOT EXISTS mentions_key ON mentions(kind, key);
    CREATE TABLE IF NOT EXISTS figures (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        kind TEXT NOT NULL,
        subject TEXT,
        measure TEXT,
        family TEXT,
        low REAL,
        high REAL,
        unit TEXT,
        qualifier TEXT,
        change TEXT,
        start_date TEXT,
        end_date TEXT,
        vague INTEGER NOT NULL,
        speaker TEXT,
        role TEXT,
        org TEXT,
        speaker_key TEXT,
        stated_on TEXT,
        to_whom TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS figures_article ON figures(article_id);
    CREATE INDEX IF NOT EXISTS figures_subject ON figures(subject, family);
    CREATE TABLE IF NOT EXISTS statements (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        speaker TEXT,
        role TEXT,
        org TEXT,
        speaker_key TEXT,
        stated_on TEXT,
        to_whom TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS statements_article ON statements(article_id);
    CREATE TABLE IF NOT EXISTS events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        what TEXT NOT NULL,
        when_start TEXT,
        when_end TEXT,
        place TEXT,
        who TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
    """,
    # 3: the analyst's corrections; kept apart from derived data so re-ingest keeps them
    """
    CREATE TABLE IF NOT EXISTS corrections (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        value TEXT,
        note TEXT
    );
    CREATE INDEX IF NOT EXISTS corrections_target ON corrections(action, target);
    """,
    # 4: the findings computed once and kept, keyed by the state of what they are computed
    # from: every write to articles, extractions or corrections moves the generation on.
    # Figures and mentions are only written with their article's row of extractions (see
    # Extractions.save_extraction), so a trigger per extraction covers them at a fraction
    # of the cost of one per figure or mention
    """
    CREATE TABLE IF NOT EXISTS ledger_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        generation INTEGER NOT NULL
    );
    INSERT OR IGNORE INTO ledger_state(id, generation) VALUES (1, 0);
    CREATE TABLE IF NOT EXISTS ledger_cache (
        key TEXT PRIMARY KEY,
        findings TEXT NOT NULL
    );
    CREATE TRIGGER IF NOT EXISTS ledger_articles_insert AFTER INSERT ON articles
    BEGIN UPDATE ledger_state SET generation = generation + 1; END;
    CREATE TRIGGER IF NOT EXISTS ledger_articles_update AFTER UPDATE ON articles
    BEGIN UPDATE ledger_state SET generation = generation + 1; END;
    CREATE TRIGGER IF NOT EXISTS ledger_articles_delete AFTER DELETE ON articles
    BEGIN UPDATE ledger_state SET generation = generation + 1; END;
    CREATE TRIGGER IF NOT EXISTS ledger_extractions_insert AFTER INSERT ON extractions
    BEGIN UPDATE ledger_state SET generation = generation + 1; END;
    CREATE TRIGGER IF NOT EXISTS ledger_extractions_update AFTER UPDATE ON extractions
    BEGIN UPDATE ledger_state SET generation = generation + 1; END;
    CREATE TRIGGER IF NOT EXISTS ledger_extractions_delete AFTER DELETE ON extractions
    BEGIN UPDATE ledger_state SET generation = generation + 1; END;
    CREATE TRIGGER IF NOT EXISTS ledger_corrections_insert AFTER INSERT ON corrections
    BEGIN UPDATE ledger_state SET generation = generation + 1; END;
    CREATE TRIGGER IF NOT EXISTS ledger_corrections_update AFTER UPDATE ON corrections
    BEGIN UPDATE ledger_state SET generation = generation + 1; END;
    CREATE TRIGGER IF NOT EXISTS ledger_corrections_delete AFTER DELETE ON corrections
    BEGIN UPDATE ledger_state SET generation = generation + 1; END;
    """,
    # 5: alerts: the findings as the last `sitrep alerts` saw them, and what it reported
    """
    CREATE TABLE IF NOT EXISTS alert_findings (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        measure TEXT NOT NULL,
        explanation TEXT NOT NULL,
        seen_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS alerts (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        change TEXT NOT NULL,
        finding_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        measure TEXT NOT NULL,
        explanation TEXT NOT NULL,
        previous TEXT
    );
    CREATE INDEX IF NOT EXISTS alerts_at ON alerts(at);
    """,
    # 6: feeds the analyst added, and the entries already taken from each
    """
    CREATE TABLE IF NOT EXISTS feeds (
        url TEXT PRIMARY KEY,
        added_at TEXT NOT NULL,
        fetch_pages INTEGER NOT NULL,
        allow_private INTEGER NOT NULL,
        title TEXT,
        etag TEXT,
        last_modified TEXT,
        last_polled TEXT,
        last_status TEXT
    );
    CREATE TABLE IF NOT EXISTS feed_entries (
        feed_url TEXT NOT NULL REFERENCES feeds(url),
        entry_key TEXT NOT NULL,
        link TEXT,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed_url, entry_key)
    ) WITHOUT ROWID;
    """,
    # 7: how two articles relate (copy, same source), decided on their passages, and the
    # sampled passage keys that find the candidates (filled for stored articles by
    # store/relations.py right after this migration)
    """
    CREATE TABLE IF NOT EXISTS article_relations (
        a TEXT NOT NULL REFERENCES articles(id),
        b TEXT NOT NULL REFERENCES articles(id),
        kind TEXT NOT NULL,
        coverage REAL NOT NULL,
        PRIMARY KEY (a, b)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS article_relations_b ON article_relations(b);
    CREATE TABLE IF NOT EXISTS passage_keys (
        key INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID;
    """,
    # 8: translations across languages (store/translations.py): the keys each article is
    # indexed by (numbers, transliterated names), which articles were looked at by which
    # version of the rules (with the language, read here without the article's long row),
    # and the pairs found, the smaller id first
    """
    CREATE TABLE IF NOT EXISTS translation_keys (
        key TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS translation_keys_article ON translation_keys(article_id);
    CREATE TABLE IF NOT EXISTS translation_checked (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        language TEXT NOT NULL,
        version TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS translation_links (
        a TEXT NOT NULL REFERENCES articles(id),
        b TEXT NOT NULL REFERENCES articles(id),
        method TEXT NOT NULL,
        aligned INTEGER NOT NULL,
        sentences INTEGER NOT NULL,
        similarity REAL NOT NULL,
        PRIMARY KEY (a, b)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS translation_links_b ON translation_links(b);
    """,
    # 9: the outlets, for the filters of the workspace's search (store/search.py): read off
    # an index instead of every article row, where the outlet sits after the long text
    # (140 ms on a store of 30,000 articles, at every search page)
    """
    CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
    """,
    schema_keys.KEY_LEVELS,  # 10
    schema_keys.KEY_MIDDLE,  # 11
    schema_keys.SIGNATURES_APART,  # 12
    # 13: the articles' languages, for finding the articles whose translations are not yet
    # looked at (store/translations.articles_to_link): read off the article rows, where the
    # language sits after the long text, that walked every row's overflow pages, the whole
    # store (20 minutes from a cold cache at a million articles)
    """
    CREATE INDEX IF NOT EXISTS articles_language ON articles(language, id);
    """,
    # 14: the same for the publication days every extraction run reads
    # (store/extractions.publication_days) and the count of related articles the status
    # reads: both walked every text of the store (26 GB at a million captures)
    """
    CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
    CREATE INDEX IF NOT EXISTS articles_related ON articles(related_to)
        WHERE related_to IS NOT NULL;
    """,
    # 15: the matter a figure belongs to where no event instance is its subject (a cup
    # final, a trade deal: extract/figure_matters.py); filled when an article is extracted
    """
    ALTER TABLE figures ADD COLUMN matter TEXT;
    """,
    schema_keys.SIGNATURES_COMPACT,  # 16
    schema_keys.TRANSLATION_LEVELS,  # 17
    schema_keys.SIGNATURES_BYTES,  # 18
    schema_keys.KEY_SEGMENTS,  # 19
    # 20: a capture's line labels in its own row (store/rows.labels_json). In their table,
    # keyed by the capture's content hash, each capture's labels went in at a random place
    # of a B-tree that grows with the store (some 1.5 GB at a million captures): of the
    # writer's statements, the one whose cost grew most with the store (BENCHMARKS.md, "The
    # million in session 37"). The table stays, and is still read, for the captures stored
    # before.
    """
    ALTER TABLE captures ADD COLUMN labels TEXT;
    """,
    schema_keys.CHECKED_BY_ARRIVAL,  # 21
    # 22: the full-text index merges its segments sixteen at a time, not four (FTS5's
    # default). Every batch an ingest stores becomes a segment, and each merge reads its
    # inputs again: with four, an article's postings were read and written again about
    # five times by a million captures, the later merges reading segments long out of
    # every cache (38% of the pages the writer read from the disk at a million captures:
    # BENCHMARKS.md, "The million in session 40"); with sixteen, two or three times. A
    # search reads a few more segments. Crisis merges (all of a level at once) wait for
    # twice as many.
    """
    INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);
    INSERT INTO articles_fts(articles_fts, rank) VALUES ('crisismerge', 32);
    """,
    schema_keys.MINHASH_BY_ARRIVAL,  # 23
)
SCHEMA_VERSION = len(_MIGRATIONS)
