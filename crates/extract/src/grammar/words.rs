//! The words the frames are read with: which verbs open a frame, which words make a sentence
//! about a contest and which objects are its prize, which offices are won by election (so
//! taking one is an `elect`, not an `appoint`).

use floorcross_model::EventType;

use crate::doc::Analysed;

/// Verbs of the frames, lower-cased: a sentence without any is not parsed. They are the
/// office and contest verbs below and these.
const OTHER_FRAME_VERBS: &[&str] = &["stripped", "be", "is", "was", "are", "were"];

/// A word list as a hashed set: asked once per token of every sentence, where a scan of the
/// list compared each entry in turn.
type WordSet = std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>>;

static FRAME_VERB_SET: WordSet = WordSet::new(|| {
    OFFICE_VERBS
        .iter()
        .chain(CONTEST_VERBS)
        .chain(OTHER_FRAME_VERBS)
        .copied()
        .collect()
});
static OFFICE_VERB_SET: WordSet = WordSet::new(|| OFFICE_VERBS.iter().copied().collect());
static CONTEST_VERB_SET: WordSet = WordSet::new(|| CONTEST_VERBS.iter().copied().collect());
static CONTEST_SET: WordSet = WordSet::new(|| CONTEST.iter().copied().collect());

/// Whether `w` is a verb of a frame.
pub(crate) fn is_frame_verb(w: &str) -> bool {
    FRAME_VERB_SET.contains(w)
}

/// Whether `w` is one of [`OFFICE_VERBS`].
pub(crate) fn is_office_verb(w: &str) -> bool {
    OFFICE_VERB_SET.contains(w)
}

/// Whether `w` is one of [`CONTEST_VERBS`].
pub(crate) fn is_contest_verb(w: &str) -> bool {
    CONTEST_VERB_SET.contains(w)
}

/// Whether `w` is one of [`CONTEST`].
pub(crate) fn is_contest_word(w: &str) -> bool {
    CONTEST_SET.contains(w)
}

/// The frame verbs of new offices.
pub(crate) const OFFICE_VERBS: &[&str] = &[
    "became",
    "becomes",
    "become",
    "becoming",
    "took",
    "takes",
    "take",
    "taking",
    "taken",
    "replaces",
    "replaced",
    "replace",
    "replacing",
    "succeeds",
    "succeeded",
    "succeed",
    "succeeding",
    "moves",
    "moved",
    "move",
    "moving",
    "promoted",
    "promotes",
    "promoting",
    "handed",
    "given",
    "awarded",
    "named",
    "made",
    "confirmed",
    "installed",
    "chosen",
    "returned",
    "returns",
    "return",
    "serve",
    "appointed",
    "unveiled",
    "announced",
];

/// The frame verbs of contests.
pub(crate) const CONTEST_VERBS: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "beaten",
    "defeated",
    "defeats",
    "defeat",
    "defeating",
    "ousted",
    "ousts",
    "oust",
    "won",
    "wins",
    "win",
    "winning",
    "lost",
    "loses",
    "lose",
    "losing",
    "eliminated",
    "knocked",
    "came",
    "comes",
    "coming",
    "finished",
    "finishes",
    "finishing",
    "trailed",
];

/// Words that make a sentence about a contest (so "beat" is an election, not a match).
pub(crate) const CONTEST: &[&str] = &[
    "leadership",
    "election",
    "elections",
    "contest",
    "race",
    "ballot",
    "vote",
    "votes",
    "seat",
    "by-election",
    "poll",
    "polls",
    "nomination",
    "mayor",
    "mayoral",
    "leader",
    "run-off",
    "hustings",
    "majority",
    "candidate",
    "candidates",
    "constituency",
    "count",
];

/// Participles of a party's choosing a candidate: "was selected …, beating X" won a selection,
/// not an election.
pub(crate) const SELECTION_PARTICIPLES: &[&str] =
    &["selected", "chosen", "picked", "adopted", "nominated"];

/// What "won" must take as its object to be an election.
pub(crate) const PRIZES: &[&str] = &[
    "leadership",
    "election",
    "contest",
    "race",
    "seat",
    "by-election",
    "ballot",
    "mayoralty",
    "nomination",
    "vote",
    "crown",
    "deputy",
    "majority",
];

/// Roles whose holder is elected rather than appointed.
pub(crate) const ELECTED_ROLES: &[&str] = &[
    "leader",
    "party leader",
    "prime minister",
    "pm",
    "speaker",
    "mayor",
    "mp",
    "mep",
    "msp",
    "am",
    "councillor",
    "first minister",
    "deputy leader",
];

/// Roles one holds by election or standing, not by appointment: "Tom Hale is an MP" is no
/// news of a post given.
pub(crate) const SEAT_ROLES_HELD: &[&str] =
    &["mp", "mep", "msp", "am", "mla", "councillor", "candidate"];

/// Whether taking `role` is an election (leader, Speaker, mayor, MP …) or an appointment.
pub(crate) fn kind_for(role: &str) -> EventType {
    let r = role.to_ascii_lowercase();
    // ("became the Labour candidate": a candidacy taken is a selection, no office given)
    if r.ends_with("candidate") {
        return EventType::Select;
    }
    // The leader of the Commons or the Lords is a minister, appointed.
    if ["commons", "house", "lords"].iter().any(|h| r.contains(h)) {
        return EventType::Appoint;
    }
    // ("mayor of London": an elected office named with its place)
    let leader_like = ELECTED_ROLES
        .iter()
        .any(|e| r == *e || r.ends_with(&format!(" {e}")) || r.starts_with(&format!("{e} of ")));
    // ("deputy prime minister" is a minister, appointed; a party's deputy leader is elected)
    if leader_like
        && !r.contains("shadow")
        && !r.contains("acting")
        && !r.contains("interim")
        && !r.ends_with("deputy prime minister")
    {
        EventType::Elect
    } else {
        EventType::Appoint
    }
}

/// Whether sentence `si`, the one before it or the headline names a contest (a constituency
/// named in the sentence is the contest: "gained Hull North, where X beat Y").
pub(crate) fn about_contest(a: &Analysed, si: usize) -> bool {
    let here = |s: usize| a.names_contest(s);
    here(si) || (si > 0 && here(si - 1)) || a.headline_sentences.clone().any(here)
}

/// [`about_contest`], by a word other than the votes themselves: "lost the vote" is a
/// defeat in a story about a ballot, a leadership or a seat, not in one about a motion.
pub(crate) fn about_contest_beyond_votes(a: &Analysed, si: usize) -> bool {
    let here = |s: usize| {
        a.seg.sentences[s].tokens.clone().any(|k| {
            is_contest_word(a.w(k)) && !matches!(a.w(k), "vote" | "votes" | "majority" | "count")
                || a.m.post_at(k).is_some()
        })
    };
    here(si) || (si > 0 && here(si - 1)) || a.headline_sentences.clone().any(here)
}
