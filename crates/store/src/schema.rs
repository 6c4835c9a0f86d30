//! The schema as an ordered list of migrations; `PRAGMA user_version` records how many ran.

/// Migration `i` (0-based) takes the database from version `i` to `i + 1`. Append only.
pub const MIGRATIONS: &[&str] = &[
    // 1: sources, people, claims; the reconciled record derived from them
    r#"
CREATE TABLE source (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('article', 'register')),
    key     TEXT NOT NULL UNIQUE,
    path    TEXT,
    title   TEXT,
    date    TEXT,
    url     TEXT,
    hash    TEXT NOT NULL
);
CREATE TABLE person (
    id      INTEGER PRIMARY KEY,
    key     TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    origin  TEXT NOT NULL CHECK (origin IN ('register', 'article'))
);
CREATE TABLE person_name (
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    name_key  TEXT NOT NULL,
    source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, name, source_id)
) WITHOUT ROWID;
CREATE INDEX person_name_by_key ON person_name(name_key);
CREATE TABLE person_identifier (
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    scheme     TEXT NOT NULL,
    identifier TEXT NOT NULL,
    source_id  INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, scheme, identifier, source_id)
) WITHOUT ROWID;
CREATE TABLE org (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);
CREATE TABLE claim (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    person_id    INTEGER REFERENCES person(id),
    person_name  TEXT NOT NULL,
    link         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    org_id       INTEGER REFERENCES org(id),
    from_org_id  INTEGER REFERENCES org(id),
    on_behalf_of_id INTEGER REFERENCES org(id),
    post         TEXT,
    role         TEXT,
    start_date   TEXT,
    end_date     TEXT,
    start_reason TEXT,
    end_reason   TEXT,
    date         TEXT,
    modality     TEXT NOT NULL,
    evidence     TEXT,
    ev_start     INTEGER,
    ev_end       INTEGER,
    UNIQUE (source_id, seq)
);
CREATE INDEX claim_by_person ON claim(person_id);
CREATE TABLE diagnostic (
    source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    code      TEXT NOT NULL,
    message   TEXT NOT NULL,
    PRIMARY KEY (source_id, seq, code)
) WITHOUT ROWID;
CREATE TABLE dirty (person_id INTEGER PRIMARY KEY);

CREATE TABLE membership (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    org_id          INTEGER REFERENCES org(id),
    post            TEXT,
    role            TEXT,
    on_behalf_of_id INTEGER REFERENCES org(id),
    since           TEXT,
    until           TEXT,
    start_reason    TEXT,
    end_reason      TEXT,
    status          TEXT NOT NULL,
    sources         TEXT NOT NULL,
    conflicts       TEXT NOT NULL
);
CREATE INDEX membership_by_person ON membership(person_id);
CREATE VIRTUAL TABLE membership_span USING rtree_i32(id, org_lo, org_hi, day_lo, day_hi);
CREATE TABLE happening (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    from_org_id INTEGER REFERENCES org(id),
    to_org_id   INTEGER REFERENCES org(id),
    post        TEXT,
    role        TEXT,
    date        TEXT,
    day         INTEGER,
    reason      TEXT,
    status      TEXT NOT NULL,
    modality    TEXT NOT NULL,
    sources     TEXT NOT NULL,
    denials     TEXT NOT NULL,
    conflicts   TEXT NOT NULL
);
CREATE INDEX happening_by_person ON happening(person_id, day);
CREATE INDEX happening_by_day ON happening(day);
CREATE INDEX happening_by_status ON happening(status, day);
"#,
    // 2: seats held for a party, indexed with the party beside them, so `seats` reads the
    //    interval index alone
    r#"
CREATE VIRTUAL TABLE seat_span USING rtree_i32(id, org_lo, org_hi, day_lo, day_hi, +party_id);
INSERT INTO seat_span (id, org_lo, org_hi, day_lo, day_hi, party_id)
    SELECT m.id, s.org_lo, s.org_hi, s.day_lo, s.day_hi, m.on_behalf_of_id
    FROM membership m JOIN membership_span s ON s.id = m.id
    WHERE m.kind = 'seat' AND m.status = 'member';
"#,
    // 3: seat counts as runs per (body, party) (see `seats.rs`), so `seats` reads one row per
    //    pair; they replace the per-membership `seat_span`
    r#"
CREATE TABLE seat_step (
    body     INTEGER NOT NULL,   -- org id of the body the seats are in, 0 for none
    party    INTEGER NOT NULL,   -- org id the seats are held for, 0 for none
    day_from INTEGER NOT NULL,
    day_to   INTEGER NOT NULL,
    n        INTEGER NOT NULL,
    -- the run's place in a hierarchy of aligned blocks of 2^lvl days (days offset by 2^27 to
    -- be positive): the smallest block that holds the whole run, so a day query looks in
    -- one block per level (set by `seats.rs`; plain columns, so the index below covers)
    lvl      INTEGER NOT NULL,
    blk      INTEGER NOT NULL,
    PRIMARY KEY (body, party, day_from)
) WITHOUT ROWID;
CREATE INDEX seat_step_by_block ON seat_step (lvl, blk, day_to, day_from, party, n);
CREATE TABLE seat_pair (
    body  INTEGER NOT NULL,
    party INTEGER NOT NULL,
    PRIMARY KEY (body, party)
) WITHOUT ROWID;
INSERT INTO seat_step (body, party, day_from, day_to, n, lvl, blk)
    WITH edge AS (
        SELECT org_lo AS body, coalesce(party_id, 0) AS party, day_lo AS day, 1 AS d FROM seat_span
        UNION ALL
        SELECT org_lo, coalesce(party_id, 0), day_hi + 1, -1 FROM seat_span
    ),
    net AS (
        SELECT body, party, day, sum(d) AS d FROM edge GROUP BY body, party, day HAVING sum(d) != 0
    ),
    run AS (
        SELECT body, party, day AS day_from, lead(day) OVER w - 1 AS day_to, sum(d) OVER w AS n
        FROM net WINDOW w AS (PARTITION BY body, party ORDER BY day)
    )
    SELECT body, party, day_from, day_to, n, lvl, (day_from + 134217728) >> lvl
    FROM (
        SELECT body, party, day_from, day_to, n, CASE
            WHEN span = 0 THEN 0
            WHEN span < 2 THEN 1
            WHEN span < 4 THEN 2
            WHEN span < 8 THEN 3
            WHEN span < 16 THEN 4
            WHEN span < 32 THEN 5
            WHEN span < 64 THEN 6
            WHEN span < 128 THEN 7
            WHEN span < 256 THEN 8
            WHEN span < 512 THEN 9
            WHEN span < 1024 THEN 10
            WHEN span < 2048 THEN 11
            WHEN span < 4096 THEN 12
            WHEN span < 8192 THEN 13
            WHEN span < 16384 THEN 14
            WHEN span < 32768 THEN 15
            WHEN span < 65536 THEN 16
            WHEN span < 131072 THEN 17
            WHEN span < 262144 THEN 18
            WHEN span < 524288 THEN 19
            WHEN span < 1048576 THEN 20
            WHEN span < 2097152 THEN 21
            WHEN span < 4194304 THEN 22
            WHEN span < 8388608 THEN 23
            WHEN span < 16777216 THEN 24
            WHEN span < 33554432 THEN 25
            WHEN span < 67108864 THEN 26
            WHEN span < 134217728 THEN 27
            WHEN span < 268435456 THEN 28
            ELSE 29
        END AS lvl
        FROM (
            SELECT *, ((day_from + 134217728) | (day_to + 134217728))
                    - ((day_from + 134217728) & (day_to + 134217728)) AS span
            FROM run WHERE n != 0
        )
    );
INSERT INTO seat_pair (body, party) SELECT DISTINCT body, party FROM seat_step;
DROP TABLE seat_span;
"#,
    // 4: registers' snapshot dates; each register spell's own id (a parlparse member id), so
    //    a people file can say whose spell it is; the people files' identities
    r#"
ALTER TABLE source ADD COLUMN as_of TEXT;
ALTER TABLE source ADD COLUMN as_of_from TEXT;
ALTER TABLE claim ADD COLUMN ident_scheme TEXT;
ALTER TABLE claim ADD COLUMN ident TEXT;
CREATE INDEX claim_by_ident ON claim(ident_scheme, ident) WHERE ident IS NOT NULL;
CREATE TABLE identity (
    source_id  INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    scheme     TEXT NOT NULL,
    identifier TEXT NOT NULL,
    person_key TEXT NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (scheme, identifier, source_id)
) WITHOUT ROWID;
CREATE INDEX identity_by_person ON identity(person_key);
"#,
    // 5: memberships by post (the seat or office `holders` asks about by name)
    r#"
CREATE INDEX membership_by_post ON membership(post COLLATE NOCASE) WHERE post IS NOT NULL;
"#,
    // 6: each article's text as read (the server shows it with its evidence highlighted);
    //    happenings by organisation (an organisation's joins and leaves). `IF NOT EXISTS`: a
    //    database taken back to an older version by hand keeps these.
    r#"
CREATE TABLE IF NOT EXISTS source_text (
    source_id INTEGER PRIMARY KEY REFERENCES source(id) ON DELETE CASCADE,
    text      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS happening_by_to_org ON happening(to_org_id) WHERE to_org_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS happening_by_from_org ON happening(from_org_id) WHERE from_org_id IS NOT NULL;
"#,
    // 7: each membership's roster row (every kind but whips) as the JSON `roster` answers with,
    //    and what it is ordered by, kept by organisation and block of days like `seat_step`
    //    (see `roster.rs`); filled for the memberships on record by `roster::write_all` in the
    //    same transaction
    r#"
CREATE TABLE roster_entry (
    org    INTEGER NOT NULL,   -- org id of the membership, 0 for none
    lvl    INTEGER NOT NULL,   -- the smallest aligned block of 2^lvl days holding the spell
    blk    INTEGER NOT NULL,
    day_lo INTEGER NOT NULL,
    id     INTEGER NOT NULL,   -- the membership's id
    day_hi INTEGER NOT NULL,
    status TEXT NOT NULL,
    person TEXT NOT NULL,      -- the person's name
    since  TEXT,
    json   TEXT NOT NULL,
    PRIMARY KEY (org, lvl, blk, day_lo, id)
) WITHOUT ROWID;
-- the levels an organisation has rows at, and the longest spell (day_hi - day_lo) each has
-- had (a level once used stays listed, a length only grows), so a query seeks only there,
-- and only from the day less that length
CREATE TABLE roster_level (
    org     INTEGER NOT NULL,
    lvl     INTEGER NOT NULL,
    max_len INTEGER NOT NULL,
    PRIMARY KEY (org, lvl)
) WITHOUT ROWID;
"#,
    // 8: seat counts over every body, per party, under the body -1 (see `seats.rs`), so that
    //    `seats` without a body reads one run per party; written by `seats::write_every_body`
    //    in the same transaction. The index by block read every body's runs: nothing does now.
    r#"
DROP INDEX seat_step_by_block;
"#,
];

/// The version whose migration also writes every membership's roster row (in Rust, after
/// its SQL).
pub const ROSTER_ENTRIES: i64 = 7;

/// The version whose migration also writes the seat counts over every body (in Rust, after
/// its SQL).
pub const SEATS_EVERY_BODY: i64 = 8;
