//! What around a run of capitalised words says it is a person's name: a cue word or role
//! before it, a speech verb or a person's change after it, an apposition that describes a
//! person, an age, a pronoun speech tag; and what says a cued word is a place instead.

use super::*;

/// Whether the words before token `i` cue a person name there.
/// `multiword`: the run has two words or more (a verb's object, "replacing A-Levels", is a
/// person only as a full name).
pub(super) fn cued(
    text: &str,
    seg: &Segmented,
    m: &Mentions,
    sentence: usize,
    i: usize,
    multiword: bool,
) -> bool {
    let s = &seg.sentences[sentence];
    let tokens = &seg.tokens;
    if i == s.tokens.start {
        return false;
    }
    let p = i - 1;
    // ("My constituency chairman, Rodric Phelps-Gage, has resigned": a name in apposition to
    // a person's role before it)
    // ("the Conservative MP for Upper Dunmore, Eirlys Asante-Holm,": past the seat the role
    // is for; "Her predecessor, Rehana Moss,": a noun only a person is)
    let closed = tokens.get(i + 2).is_some_and(|t| t.text(text) == ",")
        || tokens.get(i + 3).is_some_and(|t| t.text(text) == ",");
    // ("ahead of the Conservative, Pouquith Avery", "over the Conservative, X Y."): the
    // party's candidate, however the sentence goes on
    if multiword
        && tokens[p].text(text) == ","
        && p >= s.tokens.start + 2
        && matches!(m.tags[p - 1], Tag::Party(_))
        && tokens[p - 2].text(text) == "the"
    {
        return true;
    }
    let p = if tokens[p].text(text) == "," && p > s.tokens.start && closed {
        let mut q = p - 1;
        let capitalised = |k: usize| tokens[k].text(text).starts_with(|c: char| c.is_uppercase());
        while q > s.tokens.start + 1
            && (capitalised(q) && matches!(m.tags[q], Tag::None | Tag::Party(_) | Tag::Org(_))
                || tokens[q].text(text) == "the" && q + 1 < p)
        {
            q -= 1;
        }
        let seat = q + 1 < p && matches!(tokens[q].text(text), "for" | "of");
        if seat && matches!(m.tags[q - 1], Tag::Role(_)) {
            q - 1
        } else if matches!(m.tags[p - 1], Tag::Role(_)) {
            p - 1
        } else if APPOSED_PERSON_NOUNS.contains(&tokens[p - 1].text(text)) {
            return true;
        } else {
            p
        }
    } else {
        p
    };
    match m.tags[p] {
        Tag::Role(r) => {
            let r = &m.roles[r as usize];
            return is_person_cue_role(r.role, r.kind);
        }
        Tag::Party(_) => return true,
        _ => {}
    }
    // ("the Liberal Democrats' Vequei Annesley": a plural's possessive apostrophe alone)
    if multiword
        && matches!(tokens[p].text(text), "'" | "’")
        && p > s.tokens.start
        && tokens[p].start == tokens[p - 1].end
        && matches!(m.tags[p - 1], Tag::Party(_))
    {
        return true;
    }
    if tokens[p].kind == TokenKind::Possessive {
        // "Labour's Thangam Debbonaire", "Newsnight's Nicholas Watt"
        return p > s.tokens.start && matches!(m.tags[p - 1], Tag::Party(_) | Tag::Org(_));
    }
    let w = tokens[p].text(text);
    // ("Labour – Bilal Adeyemi.": a party heading its candidate)
    if matches!(w, "–" | "—" | "-" | ":")
        && p > s.tokens.start
        && matches!(m.tags[p - 1], Tag::Party(_))
        && (s.tokens.start..p - 1).all(|k| matches!(m.tags[k], Tag::Party(_)))
    {
        return true;
    }
    // ("Chancellor of the Exchequer – Nodera Hamworth", "Commons leader - X Y"): a role
    // heading its holder at the start of a line
    if multiword && matches!(w, "–" | "—" | "-" | ":") && p > s.tokens.start {
        let line_start = (s.tokens.start + 1..p)
            .rev()
            .find(|&k| text[tokens[k - 1].end..tokens[k].start].contains('\n'))
            .unwrap_or(s.tokens.start);
        let heading = (line_start..p).all(|k| {
            let x = tokens[k].text(text);
            matches!(m.tags[k], Tag::Role(_) | Tag::Post(_) | Tag::Org(_))
                || x.starts_with(|c: char| c.is_uppercase())
                || matches!(x, "of" | "the" | "for" | "and" | "&")
        });
        if heading && (line_start..p).any(|k| person_role_at(m, k)) {
            return true;
        }
    }
    // ("She replaces X Y", "beating X Y"): the object of a verb only a person is
    if multiword
        && matches!(
            w,
            "replaces"
                | "replaced"
                | "replacing"
                | "succeeds"
                | "succeeded"
                | "succeeding"
                | "beating"
                | "beat"
                | "defeated"
                | "defeating"
                | "unseat"
                | "unseated"
                | "unseating"
                | "ousting"
                | "selected"
                | "picked"
                | "chose"
                | "expelled"
                | "suspended"
                | "sacked"
                | "appointed"
                | "co-opted"
                | "deselected"
                | "reselected"
                | "nominated"
        )
    {
        return true;
    }
    // ("retired headteacher Fionnuala Tilsley", "the pharmacist Eoghan Qadir")
    if occupation(w) && w.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
        return true;
    }
    // ("a rival Eurosceptic movement": after an indefinite article the cue word is an
    // adjective, and the capitalised word after it one too)
    let indefinite = p > s.tokens.start && matches!(tokens[p - 1].text(text), "a" | "an");
    CUE_WORDS.contains(&w.to_ascii_lowercase().as_str()) && !indefinite
        || matches!(w, "said" | "says" | "told" | "according")
}

/// Nouns only a person is that a name in apposition after them completes ("Her predecessor,
/// Rehana Moss,", "the previous deputy, Eirlys Marwood,").
const APPOSED_PERSON_NOUNS: &[&str] = &[
    "predecessor",
    "successor",
    "deputy",
    "replacement",
    "challenger",
    "rival",
    "opponent",
    "candidate",
    "husband",
    "wife",
    "partner",
];

/// Followed by a change only a person makes to an office ("Chiamaka Ranjitsinh becomes shadow
/// health secretary", "X Y takes over as", "X Y moves from Transport") or by its party and
/// votes in a results line ("Xiaoling Petherick (UKIP) 1,206"): a person.
pub(super) fn acts(text: &str, tokens: &[Token], m: &Mentions, end: usize) -> bool {
    let w = |k: usize| tokens.get(k).map(|t| t.text(text)).unwrap_or("");
    let person_role = |k: usize| person_role_at(m, k);
    // ("X Y will become Foreign Secretary")
    let become_at = if w(end) == "will" { end + 1 } else { end };
    let becomes = matches!(w(become_at), "becomes" | "became" | "becoming" | "become")
        && (become_at > end || w(become_at) != "become")
        && (become_at + 1..become_at + 5).any(person_role);
    // ("X Y takes over as", "is taking over as prime minister", "leaving X Y to take over
    // the post of")
    let at = if matches!(w(end), "is" | "was") && w(end + 1) == "taking"
        || w(end) == "to" && w(end + 1) == "take"
    {
        end + 1
    } else {
        end
    };
    let takes_over = matches!(w(at), "takes" | "took" | "taking" | "take") && w(at + 1) == "over";
    // ("Negoum Killick - 248" on a results line of its own)
    let dashed_tally = matches!(w(end), "-" | "–" | "—")
        && tokens
            .get(end + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
        && tokens
            .get(end + 2)
            .is_none_or(|n| text[tokens[end + 1].end..n.start].contains('\n'));
    // ("appointing X Y as deputy chief whip", "Conservatives A B as Health Secretary and C D
    // as Education Secretary"): what a role only a person holds is given to, past a few
    // modifiers; never a seat's member ("served Upper Dunmore as its MP")
    let as_role = w(end) == "as"
        && !matches!(w(end + 1), "its" | "their")
        && (end + 1..end + 8)
            .take_while(|&k| !matches!(w(k), "," | "." | ";" | "and" | ""))
            .any(person_role);
    let moves = matches!(w(end), "moves" | "moved") && matches!(w(end + 1), "from" | "to");
    let steps_down = matches!(w(end), "steps" | "stepped" | "stood" | "stands")
        && matches!(w(end + 1), "down" | "aside");
    // (its party's capitalised words in brackets: "(UK Independence Party) 1,206", "(Green)
    // 788", "(Official Monster Raving Loony) 311")
    let party_end = (end + 1..(end + 7).min(tokens.len()))
        .find(|&k| !w(k).starts_with(|c: char| c.is_uppercase()))
        .unwrap_or(end + 1);
    let results_line = w(end) == "("
        && party_end > end + 1
        && w(party_end) == ")"
        && tokens
            .get(party_end + 1)
            .is_some_and(|t| t.kind == TokenKind::Number);
    // ("The candidates were: A B (Natural Law Party), C D (Liberal Democrats) and E F
    // (Labour)."): a party alone in brackets, the list going on or ending after them
    let listed = w(end) == "("
        && party_end > end + 1
        && w(party_end) == ")"
        && (end + 1..party_end)
            .any(|k| matches!(m.tags.get(k), Some(Tag::Party(_))) || w(k) == "Independent")
        && matches!(
            w(party_end + 1),
            "," | ";" | "and" | "." | "" | "-" | "–" | "—"
        );
    // ("X Y is the only founder who …", "X Y was a retired headteacher"): a predicate noun only
    // a person is, past its determiner and a few modifiers
    // ("is the new Home Secretary": a role's own capitalised words too)
    let predicate = matches!(w(end), "is" | "was")
        && matches!(w(end + 1), "a" | "an" | "the")
        && (end + 2..end + 6)
            .take_while(|&k| {
                person_role(k)
                    || tokens.get(k).is_some_and(|t| {
                        t.text(text)
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
                    })
            })
            .any(|k| person_role(k) || PERSON_NOUNS.contains(&w(k)) || occupation(w(k)));
    let announces = matches!(w(end), "announced" | "announces");
    // ("X Y is promoted to", "has been handed the health brief", "stays on as")
    let moved = matches!(w(end), "is" | "was" | "has" | "had")
        && (matches!(
            w(end + 1),
            "promoted" | "demoted" | "handed" | "named" | "reshuffled"
        ) || w(end + 1) == "been"
            && matches!(
                w(end + 2),
                "promoted" | "demoted" | "handed" | "named" | "appointed" | "elected" | "sacked"
            ));
    let stays = matches!(w(end), "stays" | "stayed" | "steps" | "stepped")
        && matches!(w(end + 1), "on" | "up")
        // ("X Y is in line for shadow Scotland secretary", "is tipped to")
        || matches!(w(end), "is" | "was")
            && (w(end + 1) == "in" && w(end + 2) == "line" || w(end + 1) == "tipped");
    // ("X Y named as chancellor", "X Y elected leader of UKIP": a headline's bare participle
    // of a change only a person undergoes, before the office)
    let headline_change = matches!(
        w(end),
        "named" | "appointed" | "elected" | "sacked" | "promoted" | "re-elected" | "confirmed"
    ) && (end + 1..end + 4).any(&person_role);
    // ("X Y has replaced Z as chancellor"): taking over another's office
    let replaces = {
        let v = if matches!(w(end), "has" | "had") {
            end + 1
        } else {
            end
        };
        matches!(w(v), "replaced" | "replaces" | "succeeded" | "succeeds")
            && (v + 1..v + 8)
                .take_while(|&k| !matches!(w(k), "," | "." | ";" | ""))
                .any(|k| w(k) == "as" && (k + 1..k + 4).any(person_role))
    };
    // ("X Y came second with 30.8%", "finished third", "X Y polled 1,204 votes", "X Y's
    // 60,399"): a place or a tally in a contest
    let placed = matches!(w(end), "came" | "finished" | "comes" | "finishes")
        && matches!(
            w(end + 1),
            "first" | "second" | "third" | "fourth" | "fifth" | "last" | "a"
        );
    let number_at = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    let tally = matches!(
        w(end),
        "polled" | "secured" | "received" | "won" | "took" | "got"
    ) && number_at(end + 1)
        && matches!(w(end + 2), "votes" | "vote" | "%" | "per");
    let possessed_tally = tokens
        .get(end)
        .is_some_and(|t| t.kind == TokenKind::Possessive)
        && number_at(end + 1);
    // ("X Y beat Z W to become leader"): the winner of a contest against a named rival
    let beat = matches!(
        w(end),
        "beat" | "defeated" | "ousted" | "unseated" | "trounced"
    ) && tokens
        .get(end + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised(text))
        && tokens
            .get(end + 2)
            .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised(text));
    becomes
        || takes_over
        || dashed_tally
        || beat
        || placed
        || tally
        || possessed_tally
        || headline_change
        || replaces
        || as_role
        || listed
        || moves
        || steps_down
        || results_line
        || predicate
        || announces
        || moved
        || stays
}

/// Whether `w` names a person by occupation ("pharmacist", "headteacher", "officer"): a
/// listed noun, or one of the person-forming endings "-ist" and "-ician".
pub(super) fn occupation(w: &str) -> bool {
    let w = w
        .strip_suffix('s')
        .filter(|s| s.ends_with("ist") || s.ends_with("ician"))
        .unwrap_or(w);
    OCCUPATIONS.contains(&w)
        || w.len() > 5
            && (w.ends_with("ist")
                && !matches!(
                    w,
                    "exist"
                        | "assist"
                        | "resist"
                        | "insist"
                        | "persist"
                        | "consist"
                        | "twist"
                        | "wrist"
                        | "whilst"
                )
                || w.ends_with("ician"))
}

/// Whether `w` is an age written as one word ("34-year-old").
fn is_age_word(w: &str) -> bool {
    matches!(w, "-" | "year-old" | "-year-old")
        || w.strip_suffix("-year-old")
            .unwrap_or(w)
            .chars()
            .all(|c| c.is_ascii_digit())
            && !w.is_empty()
}

/// Occupations only a person has (the "-ist" and "-ician" ones are read off their ending).
const OCCUPATIONS: &[&str] = &[
    "headteacher",
    "headmaster",
    "headmistress",
    "officer",
    "manager",
    "organiser",
    "organizer",
    "engineer",
    "lecturer",
    "professor",
    "academic",
    "accountant",
    "consultant",
    "surgeon",
    "dentist",
    "midwife",
    "paramedic",
    "firefighter",
    "plumber",
    "electrician",
    "builder",
    "shopkeeper",
    "publican",
    "landlord",
    "landlady",
    "student",
    "pensioner",
    "retiree",
    "volunteer",
    "magistrate",
    "vicar",
    "priest",
    "rabbi",
    "imam",
    "minister",
    "entrepreneur",
    "executive",
    "banker",
    "trader",
    "writer",
    "novelist",
    "author",
    "editor",
    "reporter",
    "producer",
    "director",
    "actor",
    "actress",
    "singer",
    "footballer",
    "cricketer",
    "athlete",
    "soldier",
    "veteran",
    "officer",
    "worker",
    "trustee",
    "governor",
    "chairwoman",
    "chairman",
    "member",
    "mother",
    "father",
];

/// Followed by a speech verb ("X Y said"), a verb only a person does to an office or party
/// ("Feryal Clark resigned as treasurer", "X Y defected", "Ash Reid has quit") or a relative
/// "who" ("X Y, who"): a person.
pub(super) fn speaks(text: &str, tokens: &[Token], end: usize) -> bool {
    let next = tokens.get(end).map(|t| t.text(text)).unwrap_or("");
    let next2 = tokens.get(end + 1).map(|t| t.text(text)).unwrap_or("");
    matches!(
        next,
        "said"
            | "says"
            | "told"
            | "added"
            | "insisted"
            | "claimed"
            | "argued"
            | "warned"
            | "admitted"
            | "resigned"
            | "resigns"
            | "defected"
            | "defects"
    ) || matches!(next, "has" | "had") && matches!(next2, "quit" | "resigned" | "defected")
        // ("Ann Oduya was elected in 2010": a change only a person undergoes)
        || matches!(next, "was" | "has" | "had" | "is")
            && matches!(
                next2,
                "elected" | "appointed" | "sacked" | "expelled" | "suspended" | "deselected"
                    | "reselected" | "re-elected"
            )
        || next == ","
            && matches!(
                next2,
                "who" | "whose" | "previously" | "formerly" | "herself" | "himself"
            )
        // ("include X Y who will serve as Foreign Secretary": a relative "who" right after)
        || next == "who" && !matches!(next2, "." | ",")
        || attributed(text, tokens, end)
}

/// ("X Y and Z W were tipped to replace him", "both quit"): a plural subject's person verbs
/// after the second of two names joined by "and" (never after one name alone: "basic Human
/// Rights were suspended").
pub(super) fn speak_together(text: &str, tokens: &[Token], end: usize) -> bool {
    let next = tokens.get(end).map(|t| t.text(text)).unwrap_or("");
    let next2 = tokens.get(end + 1).map(|t| t.text(text)).unwrap_or("");
    matches!(next, "were" | "have")
        && matches!(
            next2,
            "tipped"
                | "elected"
                | "appointed"
                | "sacked"
                | "expelled"
                | "suspended"
                | "deselected"
                | "re-elected"
                | "quit"
                | "resigned"
                | "defected"
                | "joined"
                | "left"
        )
        || next == "both" && matches!(next2, "quit" | "resigned" | "defected" | "left" | "joined")
}

/// Whether a single capitalised word is followed by a role, a council word or an occupation,
/// so that it names a place or a body the role is in ("the former Humberside council deputy
/// leader", "the Bexley MP", "the former Unite organiser"), not a person.
pub(super) fn place_modifier(text: &str, tokens: &[Token], m: &Mentions, end: usize) -> bool {
    matches!(m.tags.get(end), Some(Tag::Role(_)))
        || tokens.get(end).is_some_and(|t| {
            let w = t.text(text);
            matches!(
                w,
                "council" | "county" | "borough" | "district" | "city" | "councillor"
            ) || occupation(w) && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        })
}

/// Followed, in its own sentence, by a speech tag with a personal pronoun ("Eilidh Rourke does
/// not do nostalgia, she insists"): the name is the speaker's.
pub(super) fn attributed(text: &str, tokens: &[Token], end: usize) -> bool {
    let w = |k: usize| tokens.get(k).map(|t| t.text(text)).unwrap_or("");
    (end..end + 14)
        .take_while(|&k| !matches!(w(k), "." | "!" | "?" | "" | "\"" | "“" | "”"))
        .any(|k| {
            w(k) == ","
                && matches!(w(k + 1), "she" | "he")
                && matches!(
                    w(k + 2),
                    "insists"
                        | "says"
                        | "said"
                        | "adds"
                        | "added"
                        | "admits"
                        | "recalls"
                        | "explains"
                        | "insisted"
                        | "admitted"
                        | "recalled"
                )
        })
}

/// Followed by an apposition that gives a person's role ("Ayo Adeyemi, a Labour
/// councillor,", "Kit Moss, the former mayor,"), or by joining or quitting a party ("Wera
/// Hobhouse joined the Liberal Democrats"): a person.
/// `multiword`: the run has two words or more; only then may capitalised words or a bare role
/// make the apposition ("Nonetheless, the former Scottish Justice Secretary" is no name).
pub(super) fn described(
    text: &str,
    tokens: &[Token],
    m: &Mentions,
    end: usize,
    multiword: bool,
) -> bool {
    let w = |k: usize| tokens.get(k).map(|t| t.text(text)).unwrap_or("");
    let party = |k: usize| matches!(m.tags.get(k), Some(Tag::Party(_)));
    let possessive = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
    };
    let word = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word);
    // ("X Y, leader of Tewford council;": a role right after the comma; "X Y, SNP MP for
    // Rutherglen,": past the party)
    if multiword && w(end) == "," {
        let r = if party(end + 1) {
            (end + 2..end + 5).find(|&k| !party(k)).unwrap_or(end + 2)
        } else {
            end + 1
        };
        if matches!(m.tags.get(r), Some(Tag::Role(_)))
            && matches!(w(r + 1), "of" | "for" | "," | ";")
            && person_role_at(m, r)
        {
            return true;
        }
    }
    // ("X Y, until now deputy minister for transport,", ", previously a junior whip,")
    if multiword && w(end) == "," {
        let after = match (w(end + 1), w(end + 2)) {
            ("until", "now") => Some(end + 3),
            ("previously" | "formerly", _) => Some(end + 2),
            _ => None,
        };
        if let Some(k) = after {
            let k = if matches!(w(k), "a" | "an" | "the") {
                k + 1
            } else {
                k
            };
            let role = (k..(k + 3).min(tokens.len())).any(|j| person_role_at(m, j));
            if role {
                return true;
            }
        }
    }
    // (", the former mayor," or between dashes: "X Y - the chancellor's closest ally -")
    if matches!(w(end), "," | "-" | "–" | "—") && matches!(w(end + 1), "a" | "an" | "the") {
        // (a few modifiers: "a 34-year-old management consultant", "the Wales Office minister")
        for k in end + 2..(end + 8).min(tokens.len()) {
            match m.tags[k] {
                Tag::Role(r) => {
                    // ("Upper Dunmore, the Tory leader's seat": a role that owns the noun
                    // after it describes someone else)
                    if possessive(k + 1) {
                        return false;
                    }
                    let r = &m.roles[r as usize];
                    return is_person_cue_role(r.role, r.kind);
                }
                Tag::Party(_) => {}
                // "Tate, an opponent of leader Hale,", "Moss, a close ally of the mayor,": a
                // noun only a person is
                _ if PERSON_NOUNS.contains(&w(k)) || occupation(w(k)) => return true,
                // ("the party's finance spokesman", "a 34-year-old barrister")
                _ if possessive(k) || is_age_word(w(k)) => {}
                // ("the Wales Office minister": a capitalised word of the role's name)
                _ if multiword
                    && w(k).starts_with(|c: char| c.is_uppercase())
                    && matches!(m.tags[k], Tag::None | Tag::Org(_))
                    && word(k) => {}
                _ if matches!(
                    w(k),
                    "former"
                        | "new"
                        | "veteran"
                        | "senior"
                        | "local"
                        | "sitting"
                        | "serving"
                        | "close"
                        | "staunch"
                        | "vocal"
                        | "fierce"
                        | "prominent"
                        | "leading"
                        | "outspoken"
                        | "long-time"
                        | "longtime"
                        | "key"
                ) => {}
                // ("Eilidh Quist, the transport minister,": a lower-case word that qualifies
                // the role before it; not a function word that starts another phrase: "Hallam
                // Ford, the seat the minister held")
                _ if w(k).chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    && !matches!(
                        w(k),
                        "of" | "the"
                            | "a"
                            | "an"
                            | "that"
                            | "which"
                            | "who"
                            | "whose"
                            | "where"
                            | "in"
                            | "for"
                            | "to"
                            | "and"
                            | "or"
                            | "with"
                            | "by"
                            | "on"
                            | "at"
                    ) => {}
                _ => return false,
            }
        }
        return false;
    }
    matches!(w(end), "joined" | "rejoined" | "quit" | "left")
        && (party(end + 1) || w(end + 1) == "the" && party(end + 2))
}

/// Nouns only a person is, heading an apposition after a name.
pub(super) const PERSON_NOUNS: &[&str] = &[
    "newcomer",
    "veteran",
    "teacher",
    "doctor",
    "nurse",
    "farmer",
    "opponent",
    "ally",
    "critic",
    "supporter",
    "loyalist",
    "backbencher",
    "campaigner",
    "activist",
    "businessman",
    "businesswoman",
    "barrister",
    "solicitor",
    "lawyer",
    "journalist",
    "broadcaster",
    "founder",
    "co-founder",
    "donor",
    "colleague",
    "rival",
    "aide",
    "adviser",
    "advisor",
    "confidant",
    "protege",
    "protégé",
    "father",
    "mother",
    "grandfather",
    "grandmother",
    "widow",
    "widower",
];

/// Followed by an apposition that gives a person's role ("Tate, a Labour councillor,"):
/// [`described`]'s first half, strong enough for a single word.
pub(super) fn described_by_role(text: &str, tokens: &[Token], m: &Mentions, end: usize) -> bool {
    tokens.get(end).is_some_and(|t| t.text(text) == ",") && described(text, tokens, m, end, false)
}

/// Followed by ", 58," (an age): a person.
pub(super) fn aged(text: &str, tokens: &[Token], end: usize) -> bool {
    matches!(
        (tokens.get(end), tokens.get(end + 1), tokens.get(end + 2)),
        (Some(a), Some(n), Some(b)) if a.text(text) == "," && n.kind == TokenKind::Number
            && n.text(text).len() <= 2 && matches!(b.text(text), "," | ")" | ".")
    )
}

/// A name that is a heading of its own ("Veifapail Blanchflower." in a list of who has left a
/// party), the next sentence describing a person: it opens with a participle of a career
/// ("Elected on the regional list", "Born in") or with an article and, within its first words,
/// a noun only a person is ("The first to go was the East Midlands MEP", "A county councillor
/// in …"). (Not a bare "He" after it: "Ye Gods. He said …")
pub(super) fn heading(
    text: &str,
    seg: &Segmented,
    m: &Mentions,
    sentence: usize,
    run: std::ops::Range<usize>,
) -> bool {
    let tokens = &seg.tokens;
    let s = &seg.sentences[sentence];
    let alone = s.tokens.start == run.start
        && (run.end == s.tokens.end
            || run.end + 1 == s.tokens.end && tokens[run.end].text(text) == ".");
    let Some(next) = seg.sentences.get(sentence + 1) else {
        return false;
    };
    if !alone || next.tokens.is_empty() {
        return false;
    }
    let w = |k: usize| {
        tokens
            .get(k)
            .filter(|_| k < next.tokens.end)
            .map(|t| t.text(text))
            .unwrap_or("")
    };
    let first = next.tokens.start;
    let career = matches!(
        w(first),
        "Elected" | "Appointed" | "Born" | "Selected" | "First" | "Formerly" | "Previously"
    );
    let described = matches!(w(first), "The" | "A" | "An")
        && (first + 1..(first + 10).min(next.tokens.end))
            .any(|k| person_role_at(m, k) || PERSON_NOUNS.contains(&w(k)) || occupation(w(k)));
    career || described
}

/// Whether token `k` carries a role only a person holds ("minister", "MEP", not "seat").
fn person_role_at(m: &Mentions, k: usize) -> bool {
    match m.tags.get(k) {
        Some(Tag::Role(r)) => {
            let r = &m.roles[*r as usize];
            is_person_cue_role(r.role, r.kind)
        }
        _ => false,
    }
}
