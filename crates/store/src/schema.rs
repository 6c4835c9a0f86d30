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
];
