//! Who a pronoun means: the teller of reported speech, the speaker a relative clause
//! quotes, the subject that binds a possessive, else the most salient agreeing person of
//! the last few sentences; and who a description names ("the Bexley MP", "the veteran
//! councillor").

use super::*;

/// The person a singular personal pronoun at token `k` refers to: the closest earlier person
/// mention whose gender agrees, preferring the subject of the current or previous sentence.
pub fn resolve_pronoun(a: &Analysed, k: usize) -> Option<usize> {
    resolve_pronoun_depth(a, k, 0)
}

/// The gender a subject pronoun names.
pub(crate) fn pronoun_gender(w: &str) -> Option<floorcross_mention::Gender> {
    match w {
        "he" => Some(floorcross_mention::Gender::Male),
        "she" => Some(floorcross_mention::Gender::Female),
        _ => None,
    }
}

/// How many pronouns back a chain of subject pronouns is followed ("she … she … she" through
/// a profile's paragraphs, each sentence's latest one).
const CHAIN_DEPTH: usize = 10;

/// [`resolve_pronoun`] inside a chain `depth` pronouns deep. A pronoun is resolved once per
/// document, whatever the depth it is first asked at: a chain then reads the same antecedent
/// for it that every stage reads (a depth-keyed cache had one pronoun mean two people, the
/// deeper answer skipping binding and the continued topic).
pub(crate) fn resolve_pronoun_depth(a: &Analysed, k: usize, depth: usize) -> Option<usize> {
    if let Some(&p) = a.pronouns.borrow().get(&k) {
        return p;
    }
    let p = resolve_pronoun_uncached(a, k, depth);
    a.pronouns.borrow_mut().insert(k, p);
    p
}

/// The person the story is about as sentence `si` opens: whom a description inside it ("said
/// the MP was deselected") stands for, read as a pronoun of no gender standing before its
/// first word would be (so never one of the sentence's own people).
pub(crate) fn story_person_at(a: &Analysed, si: usize) -> Option<usize> {
    let s0 = a.seg.sentences[si].tokens.start;
    resolve_with_gender(a, s0, 0, floorcross_mention::Gender::Unknown)
}

fn resolve_pronoun_uncached(a: &Analysed, k: usize, depth: usize) -> Option<usize> {
    let gender = match a.w(k) {
        "he" | "him" | "his" | "himself" => floorcross_mention::Gender::Male,
        "she" | "her" | "hers" | "herself" => floorcross_mention::Gender::Female,
        // ("the mother-of-three", "the businessman": a description read as a pronoun)
        w if w.starts_with("mother-of-") || w.starts_with("grandmother-of-") => {
            floorcross_mention::Gender::Female
        }
        w if w.starts_with("father-of-") || w.starts_with("grandfather-of-") => {
            floorcross_mention::Gender::Male
        }
        "businesswoman" | "grandmother" => floorcross_mention::Gender::Female,
        "businessman" | "grandfather" => floorcross_mention::Gender::Male,
        w if !matches!(
            w,
            "they" | "them" | "their" | "i" | "me" | "my" | "we" | "us" | "our"
        ) =>
        {
            relative_clause_gender(a, k)
        }
        _ => floorcross_mention::Gender::Unknown,
    };
    resolve_with_gender(a, k, depth, gender)
}

/// The gender a relative clause on a description gives it ("The 44-year-old, who held his
/// Brookvale seat comfortably, …": male): a "his", "her", "himself" or "herself" in the
/// clause, before it closes or names anyone.
fn relative_clause_gender(a: &Analysed, k: usize) -> floorcross_mention::Gender {
    use floorcross_mention::Gender;
    let end = a.seg.sentences[a.sentence_of(k)].tokens.end;
    let who = match (a.w(k + 1), a.w(k + 2)) {
        (",", "who") => k + 3,
        _ => return Gender::Unknown,
    };
    for j in who..(who + 14).min(end) {
        if a.person_at(j).is_some() || matches!(a.w(j), "," | ";" | "\"" | "“" | "”") {
            break;
        }
        match a.w(j) {
            "his" | "himself" => return Gender::Male,
            "her" | "herself" => return Gender::Female,
            _ => {}
        }
    }
    Gender::Unknown
}

fn resolve_with_gender(
    a: &Analysed,
    k: usize,
    depth: usize,
    gender: floorcross_mention::Gender,
) -> Option<usize> {
    let si = a.sentence_of(k);
    if let Some(p) = teller(a, k, gender, depth) {
        return Some(p);
    }
    // "He told the BBC's editor his resignation was…": a possessive pronoun is bound by the
    // subject of its clause when that subject agrees, whoever was named nearer.
    // ("Elin Morgan beat her in 2007": an object "her" is no possessive, and never its own
    // clause's subject)
    let object_subject = object_pronoun_subject(a, k);
    if matches!(a.w(k), "his" | "her") && object_subject.is_none() && depth < 3 {
        if let Some(p) = crate::grammar::binding_subject(a, si, k, gender, depth) {
            return Some(p);
        }
    }
    if let Some(p) = relative_speaker(a, k, gender) {
        return Some(p);
    }
    if let Some(p) = circle_reports(a, k, gender) {
        return Some(p);
    }
    if let Some(p) = event_noun_antecedent(a, k, gender) {
        return Some(p);
    }
    let speaker = quote_speaker(a, k, depth);
    let mut fallback = None;
    // The last three sentences, not counting those a quotation fills (a long quote between
    // a name and the pronoun outside it that goes on about them holds none of the narrator's
    // people: "Ms Tredgold said: \"I … I … I …\" A former headteacher, she …"), at most a
    // dozen sentences back.
    let quoted_here = super::in_open_quote(a, si);
    let mut lo = si;
    let mut counted = 0;
    while lo > 0 && counted < 3 && si - lo < 12 {
        lo -= 1;
        // (a sentence of quotation alone counts no more than one inside a quotation: "\"I'm
        // the same chap,\" he tells her. \"Same views, same face. Just a different rosette.\"
        // She takes a leaflet.")
        if quoted_here || !super::in_open_quote(a, lo) && !super::quote_filled(a, lo) {
            counted += 1;
        }
    }
    for s in (lo..=si).rev() {
        // ("By Helen Marsh, Political Editor": who wrote the piece is no one in it)
        if a.is_byline(s) {
            continue;
        }
        let sent = &a.seg.sentences[s];
        let end = if s == si { k } else { sent.tokens.end };
        // candidates in this sentence, most recent first: (person, weakness, mention tokens)
        // weakness 0: subject-like; 1: possessive modifier ("Mr Blair's decision");
        // 2: a complement ("the death of leader John Smith")
        let mut cands: Vec<(usize, u8, std::ops::Range<usize>)> = Vec::new();
        let mut chained = false;
        let mut topic = None;
        let mut j = end;
        while j > sent.tokens.start {
            j -= 1;
            // a definite office ("the prime minister") stands for its holder
            if let Some(r) = a.m.role_at(j) {
                // ("chaired by the chief whip, Morag Tulloch": an office with its holder named
                // in apposition stands for that name, read as a name)
                let named = a.person_at(r.tokens.end).is_some()
                    || a.w(r.tokens.end) == "," && a.person_at(r.tokens.end + 1).is_some();
                if r.tokens.end == j + 1 && a.w(r.tokens.start.wrapping_sub(1)) == "the" && !named {
                    if let Some(p) = a.holder(r.role) {
                        if a.gender(p).agrees(gender) && !cands.iter().any(|(q, ..)| *q == p) {
                            cands.push((p, 0, r.tokens.start - 1..r.tokens.end));
                        }
                    }
                }
                // "The MP, who was first elected in 2005, announced the move alongside Nigel
                // Farage. He said …": a description opening an earlier sentence is its
                // subject, and stands for whom it describes
                let the = (sent.tokens.start..r.tokens.start)
                    .rev()
                    .take(3)
                    .find(|&t| a.w(t) == "the");
                if r.tokens.end == j + 1
                    && s < si
                    && depth < 3
                    && the == Some(sent.tokens.start)
                    && (sent.tokens.start + 1..r.tokens.start)
                        .all(|t| a.person_at(t).is_none() && a.is_word(t) && a.w(t) != "of")
                    && a.person_at(r.tokens.end).is_none()
                    && !a.is_possessive(r.tokens.end)
                {
                    if let Some(p) = resolve_pronoun_depth(a, sent.tokens.start, depth + 1) {
                        if a.gender(p).agrees(gender) && !cands.iter().any(|(q, ..)| *q == p) {
                            cands.push((p, 0, sent.tokens.start..r.tokens.end));
                        }
                    }
                }
                continue;
            }
            // an earlier subject pronoun of the same gender continues the chain: "he" and
            // "she" are nominative, so wherever they stand they are a clause's subject ("It
            // emerged that he had held talks with Tony Blair. ... after he was sacked")
            // (one per sentence, the latest, to keep the chain linear)
            if s < si && depth < CHAIN_DEPTH && !chained && pronoun_gender(a.w(j)) == Some(gender) {
                chained = true;
                if let Some(p) = resolve_pronoun_depth(a, j, depth + 1) {
                    if !cands.iter().any(|(q, ..)| *q == p) && speaker != Some(p) {
                        cands.push((p, 0, j..j + 1));
                    }
                }
                continue;
            }
            // "Gordon Brown later made him a minister. He stood down in 2010.": a person the
            // sentence before refers to by a pronoun is the one the story goes on about
            // (centering's continued topic), over that sentence's named subject
            if s + 1 == si
                && depth < CHAIN_DEPTH
                && topic.is_none()
                && gender != floorcross_mention::Gender::Unknown
                && matches!(
                    (a.w(j), gender),
                    ("him" | "his", floorcross_mention::Gender::Male)
                        | ("her", floorcross_mention::Gender::Female)
                )
            {
                // (a possessive bound by its own clause's named subject continues no topic:
                // "His friend Tom Reed shared many of his doubts": "his doubts" is Reed's by
                // binding, "His friend" the topic's)
                let p = resolve_pronoun_depth(a, j, depth + 1).filter(|&p| speaker != Some(p));
                let named_there =
                    p.is_some_and(|p| sent.tokens.clone().any(|t| a.person_at(t) == Some(p)));
                if !named_there {
                    topic = p;
                }
                continue;
            }
            let Some(p) = a.person_at(j) else { continue };
            let ms = mention_start(a, j);
            j = ms;
            if !a.gender(p).agrees(gender)
                || cands.iter().any(|(q, ..)| *q == p)
                || speaker == Some(p)
                || object_subject == Some(p)
            {
                continue;
            }
            // "Two councillors, Wendell Ashby and Priya Mott, are said to be wavering. … She
            // was elected in 2009": one of a coordinated pair of people is no antecedent for a
            // singular pronoun in a later sentence
            if s < si && in_pair(a, ms) {
                continue;
            }
            // "X, whom he congratulated": the subject of a relative clause whose relative
            // pronoun is its object is not that pronoun's antecedent (binding)
            let me = mention_end(a, ms);
            if s == si
                && a.w(k.wrapping_sub(1)) == "whom"
                && (me == k - 1 || me + 1 == k - 1 && a.w(me) == ",")
            {
                continue;
            }
            let mut b = ms;
            let mut possessed = false;
            loop {
                if b > sent.tokens.start && matches!(a.tag(b - 1), Tag::Role(_) | Tag::Party(_)) {
                    b -= 1;
                } else if !possessed
                    && b > sent.tokens.start + 1
                    && matches!(a.w(b - 1), "'" | "’" | "'s" | "’s")
                    && matches!(a.tag(b - 2), Tag::Party(_))
                {
                    // ("to the Conservatives' Julian X": past a party's possessive)
                    possessed = true;
                    b -= 1;
                } else {
                    break;
                }
            }
            // (and its article, so that the word before them decides: "to the
            // Conservatives' X" is a prepositional object, "colleague, the UUP's X," not)
            if possessed && b > sent.tokens.start && a.w(b - 1) == "the" {
                b -= 1;
            }
            // "For Cllr Sallis, the move is a return to independent politics. He first
            // stood …": a person in a prepositional phrase that opens the sentence and
            // closes with a comma is the frame the sentence is about, salient as a subject
            let s0 = sent.tokens.start;
            let frame = a.w(me) == ","
                && match b - s0 {
                    1 => matches!(a.w(s0), "for" | "like" | "unlike"),
                    2 => a.w(s0) == "as" && a.w(s0 + 1) == "for",
                    _ => false,
                };
            // ("a majority over the Conservative candidate, Nigel Strathdee": a name apposed
            // to a prepositional object is as weak as it; the determiner that opens the
            // anchor, a few words before the comma)
            let anchor = (b > sent.tokens.start + 2 && a.w(b - 1) == ",")
                .then(|| {
                    (b.saturating_sub(6).max(sent.tokens.start)..b - 1)
                        .rev()
                        .find(|&t| matches!(a.w(t), "the" | "a" | "an"))
                })
                .flatten()
                .filter(|&d| {
                    (d + 1..b - 1).all(|t| a.person_at(t).is_none() && a.is_word(t))
                        && a.m.role_at(b - 2).is_some()
                });
            let b = anchor.unwrap_or(b);
            let weakness = if frame {
                0
            } else if a.is_possessive(me) {
                1
            } else if b > 0 && matches!(a.w(b - 1), "of" | "the" | "a") {
                2
            } else if b > 0
                && matches!(
                    a.w(b - 1),
                    "to" | "by"
                        | "against"
                        | "from"
                        | "with"
                        | "alongside"
                        | "beside"
                        | "behind"
                        | "under"
                        | "for"
                        | "about"
                        | "than"
                        | "like"
                        | "towards"
                        | "after"
                        | "before"
                        | "over"
                        | "beat"
                        | "defeated"
                )
            {
                // the object of a preposition or of a contest ("lost the ballot to
                // Dennison"): less salient than the subject
                2
            } else {
                0
            };
            cands.push((p, weakness, ms..mention_end(a, ms)));
        }
        // Several people before the pronoun in one sentence: their grammatical roles decide
        // who is salient ("Cook took the opportunity to support the prime minister and
        // denounced those wishing to displace Tony Blair. He…": the subject, not the last
        // object; "talks with the Prime Minister": a prepositional object).
        if cands.len() >= 2 && !a.is_cut(s) {
            let p = crate::grammar::Parsed::new(a, s);
            for c in cands.iter_mut() {
                if let Some(w) = role_weakness(&p, &c.2) {
                    c.1 = w;
                }
            }
        }
        if let Some(p) = topic {
            return Some(p);
        }
        // "Gordon Brown made him a minister": an object pronoun is never the subject of its
        // own clause (binding's principle B): a person before it in the sentence with no
        // clause boundary between is someone else
        if s == si && a.w(k) == "him" {
            cands.retain(|(_, _, m)| {
                (m.end..k).any(|t| {
                    matches!(
                        a.w(t),
                        "," | ";"
                            | "that"
                            | "who"
                            | "which"
                            | "and"
                            | "but"
                            | "said"
                            | "says"
                            | "because"
                            | "after"
                            | "before"
                            | "when"
                            | "if"
                            | "as"
                            | "while"
                    )
                })
            });
        }
        let strong: Vec<usize> = cands
            .iter()
            .filter(|(_, w, _)| *w == 0)
            .map(|(p, ..)| *p)
            .collect();
        if strong.len() >= 2 && s == si {
            // several people in the pronoun's own sentence: the one the article is about
            let salience = |p: usize| a.m.people[p].mentions.len();
            return strong.iter().copied().max_by_key(|&p| {
                (
                    salience(p),
                    std::cmp::Reverse(strong.iter().position(|&q| q == p)),
                )
            });
        }
        if let Some(&p) = strong.first() {
            return Some(p);
        }
        if let Some((p, ..)) = cands.iter().find(|(_, w, _)| *w == 1) {
            if s == si {
                return Some(*p);
            }
        }
        if let Some((p, ..)) = cands.first() {
            fallback.get_or_insert(*p);
        }
    }
    fallback
}

/// How salient a mention is by its grammatical role in the parse: 0 for a clause's subject
/// (or a name in apposition to one, or a conjunct of one), 1 for a possessor, 2 for anything
/// else (an object, a prepositional object, a modifier). `None` when the parse does not hold
/// the mention as one phrase.
fn role_weakness(p: &crate::grammar::Parsed, toks: &std::ops::Range<usize>) -> Option<u8> {
    let lo = toks.start.checked_sub(p.first)?;
    let hi = toks.end.checked_sub(p.first)?.min(p.parse.len());
    // the mention's head: its one word whose head lies outside it
    let mut heads = (lo..hi).filter(|&n| !p.parse.head(n).is_some_and(|h| (lo..hi).contains(&h)));
    let mut n = heads.next()?;
    if heads.next().is_some() {
        return None;
    }
    for _ in 0..4 {
        match floorcross_syntax::tree::base(p.parse.label(n)) {
            "appos" | "conj" | "flat" | "compound" => n = p.parse.head(n)?,
            _ => break,
        }
    }
    Some(match p.parse.label(n) {
        "nsubj" | "nsubj:pass" | "csubj" => 0,
        "nmod:poss" => 1,
        _ => 2,
    })
}

/// "Lord Lane will receive a letter of resignation from Mr Moss. His resignation is expected
/// to be followed by others": a possessive on a change noun that an earlier sentence already
/// gave its person ("resignation from X", "resignation of X", "X's resignation") is that person.
fn event_noun_antecedent(
    a: &Analysed,
    k: usize,
    gender: floorcross_mention::Gender,
) -> Option<usize> {
    if !matches!(a.w(k), "his" | "her") {
        return None;
    }
    let noun = a.w(k + 1);
    if !CHANGE_NOUNS.contains(&noun) {
        return None;
    }
    let si = a.sentence_of(k);
    for s in (si.saturating_sub(2)..si).rev() {
        let sent = &a.seg.sentences[s];
        for j in sent.tokens.clone().filter(|&j| a.w(j) == noun) {
            // "X's resignation"
            let before = j
                .checked_sub(2)
                .filter(|&b| b >= sent.tokens.start && a.is_possessive_any(b + 1));
            let owner = before
                .and_then(|b| a.person_at(b))
                // "resignation of / from X"
                .or_else(|| {
                    matches!(a.w(j + 1), "of" | "from" | "by")
                        .then(|| a.person_at(j + 2))
                        .flatten()
                });
            if let Some(p) = owner.filter(|&p| a.gender(p).agrees(gender)) {
                return Some(p);
            }
        }
    }
    None
}

/// Nouns that name a change of party or post.
const CHANGE_NOUNS: &[&str] = &[
    "resignation",
    "defection",
    "departure",
    "expulsion",
    "suspension",
    "sacking",
    "dismissal",
    "appointment",
    "promotion",
    "selection",
    "deselection",
];

/// "Friends of Mr Oakley said he was weighing whether to stand down", "Allies of Ann Cole say
/// she will quit": the subject pronoun of what someone's circle reports is that someone (a
/// person in an of-phrase of the reporting verb's subject, otherwise never salient).
fn circle_reports(a: &Analysed, k: usize, gender: floorcross_mention::Gender) -> Option<usize> {
    if !matches!(a.w(k), "he" | "she") {
        return None;
    }
    let s0 = a.seg.sentences[a.sentence_of(k)].tokens.start;
    let mut v = k.checked_sub(1).filter(|&v| v > s0)?;
    if a.w(v) == "that" {
        v = v.checked_sub(1).filter(|&v| v > s0)?;
    }
    let reporting = matches!(
        a.w(v),
        "said"
            | "say"
            | "says"
            | "believe"
            | "believed"
            | "claim"
            | "claimed"
            | "insist"
            | "insisted"
            | "suggest"
            | "suggested"
            | "think"
            | "thought"
            | "fear"
            | "feared"
    );
    if !reporting {
        return None;
    }
    let p = a.person_at(v - 1)?;
    // (past the person's title: "sources close to Business Secretary Owen Grieve said he")
    let mut ms = mention_start(a, v - 1);
    while ms > s0 && matches!(a.tag(ms - 1), Tag::Role(_) | Tag::Party(_)) {
        ms -= 1;
    }
    // "friends of", "allies of", "those close to", "sources close to"
    let circle = ms >= s0 + 2
        && (a.w(ms - 1) == "of"
            && matches!(
                a.w(ms - 2),
                "friends"
                    | "allies"
                    | "aides"
                    | "supporters"
                    | "colleagues"
                    | "associates"
                    | "advisers"
                    | "advisors"
                    | "backers"
                    | "confidants"
            )
            || a.w(ms - 1) == "to" && a.w(ms - 2) == "close");
    (circle && a.gender(p).agrees(gender)).then_some(p)
}

/// Where a name ends before an age set off by commas that ends at `j` ("Tom Hale, 54, who …"),
/// or `j` when there is none.
pub(crate) fn past_age(a: &Analysed, s0: usize, j: usize) -> usize {
    let age = j >= s0 + 2
        && a.w(j - 2) == ","
        && a.w(j - 1).len() <= 3
        && a.w(j - 1).bytes().all(|b| b.is_ascii_digit());
    if age {
        j - 2
    } else {
        j
    }
}

/// The person a "who" at `who` refers back to, past commas and dashes: "Alan Milburn, who…".
pub(crate) fn who_antecedent(a: &Analysed, s0: usize, who: usize) -> Option<(usize, usize)> {
    let mut j = who;
    while j > s0 && matches!(a.w(j - 1), "," | "-" | "–" | "—") {
        j -= 1;
    }
    // ("Dan Reeve (left), who …": past the photo note)
    if j >= s0 + 3 && super::name_lists::photo_note(a, j - 3) {
        j -= 3;
    }
    let j = past_age(a, s0, j);
    j.checked_sub(1)
        .filter(|&q| q >= s0)
        .and_then(|q| a.person_at(q).map(|pp| (pp, q)))
}

/// The person the story ties to seat `post` by name ("Islington North MP Jeremy Corbyn",
/// "Jeremy Corbyn, the MP for Islington North").
pub(crate) fn post_holder(a: &Analysed, post: &str) -> Option<usize> {
    let is_post = |k: usize| match a.tag(k) {
        Tag::Post(p) => a.m.posts[p as usize].name == post,
        _ => false,
    };
    a.m.person_mentions.iter().find_map(|pm| {
        let s = pm.tokens.start;
        let before = s >= 2 && matches!(a.tag(s - 1), Tag::Role(_)) && is_post(s - 2);
        let e = pm.tokens.end;
        let after = a.w(e) == ","
            && (e + 1..(e + 6).min(a.seg.tokens.len())).any(|k| is_post(k) && a.w(k - 1) == "for");
        (before || after).then_some(pm.person)
    })
}

/// Where a definite description of a person that ends right before `end` starts (its "the"):
/// an age ("the 69-year-old"), a family standing ("the mother-of-three"), a former standing
/// ("the ex-minister") or a describing noun ("the veteran", "the barrister"), with standing
/// adjectives before it ("the former teacher"). Relational nouns ("the successor", "the
/// deputy") describe someone else and are not read.
pub(crate) fn description_before(a: &Analysed, s0: usize, end: usize) -> Option<usize> {
    let last = end.checked_sub(1).filter(|&l| l > s0)?;
    let w = a.w(last);
    let head_start = if w.ends_with("year-old")
        && last >= s0 + 3
        && a.w(last - 1) == "-"
        && a.seg.tokens[last - 2].kind == floorcross_text::TokenKind::Number
    {
        last - 2
    } else if family_standing(w)
        || w.starts_with("ex-") && w.len() > 4
        || DESCRIBING_NOUNS.contains(&w)
    {
        last
    } else {
        return None;
    };
    let mut j = head_start;
    // ("the former union organiser", "the former Unite organiser": one noun or a body's name
    // modifying the describing noun, after "former")
    if head_start == last
        && j >= s0 + 3
        && a.w(j - 2) == "former"
        && a.is_word(j - 1)
        && matches!(a.tag(j - 1), Tag::None | Tag::Org(_))
        && !matches!(a.w(j - 1), "the" | "a" | "an" | "his" | "her" | "their")
    {
        j -= 1;
    }
    loop {
        if j > s0
            && (matches!(
                a.w(j - 1),
                "former" | "veteran" | "young" | "local" | "popular"
            ) || a.w(j - 1).ends_with("-born") && a.w(j - 1).len() > 5)
        {
            j -= 1;
            continue;
        }
        // ("the 58-year-old veteran": an age before the describing noun)
        if j >= s0 + 4
            && head_start == last
            && a.w(j - 1).ends_with("year-old")
            && a.w(j - 2) == "-"
            && a.seg.tokens[j - 3].kind == floorcross_text::TokenKind::Number
        {
            j -= 3;
            continue;
        }
        break;
    }
    (j > s0 && a.w(j - 1) == "the").then(|| j - 1)
}

/// "mother-of-three", "father-of-two", "grandmother-of-five".
fn family_standing(w: &str) -> bool {
    [
        "mother-of-",
        "father-of-",
        "grandmother-of-",
        "grandfather-of-",
    ]
    .iter()
    .any(|f| w.starts_with(f) && w.len() > f.len())
}

/// Nouns that describe the story's person by what they are (not by a relation to someone
/// else, as "successor" or "deputy" do).
const DESCRIBING_NOUNS: &[&str] = &[
    "businessman",
    "businesswoman",
    "lawyer",
    "barrister",
    "solicitor",
    "teacher",
    "headteacher",
    "campaigner",
    "activist",
    "veteran",
    "backbencher",
    "maverick",
    "politician",
    "grandmother",
    "grandfather",
    "gp",
    "doctor",
    "nurse",
    "accountant",
    "academic",
    "journalist",
    "broadcaster",
    "farmer",
    "entrepreneur",
    "economist",
    "lecturer",
    "surgeon",
    "organiser",
    "engineer",
    "official",
];

/// Whether the role starting at `rs` is a definite description with describing words between
/// "the" and the role: an age ("the 50-year-old councillor"), a standing ("the veteran MP",
/// "the embattled minister", "the former minister") or a party or seat ("the Labour
/// councillor", "the Bexley MP").
pub(crate) fn described_role(a: &Analysed, s0: usize, rs: usize) -> bool {
    let mut j = rs;
    let mut words = 0;
    while j > s0 && words < 4 {
        let w = a.w(j - 1);
        // ("50-year-old" is the tokens "50", "-", "year-old")
        let age = w.ends_with("-old")
            || w == "-" && a.w(j).ends_with("-old")
            || !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) && a.w(j) == "-";
        let describing = age
            // ("the Leeds-born MP")
            || w.ends_with("-born") && w.len() > 5
            || matches!(
                w,
                "veteran"
                    | "embattled"
                    | "outspoken"
                    | "popular"
                    | "long-serving"
                    | "rebel"
                    | "maverick"
                    | "disgraced"
                    | "beleaguered"
                    | "young"
                    | "local"
                    | "senior"
                    | "backbench"
                    | "tory"
                    | "labour"
                    | "former"
            ) || matches!(a.tag(j - 1), Tag::Party(_) | Tag::Post(_));
        if !describing {
            break;
        }
        j -= 1;
        words += 1;
    }
    words > 0 && j > s0 && a.w(j - 1) == "the"
}

/// Whether the person mention starting at `ms` is a conjunct of a list of people ("A and B",
/// "A, B and C", "A or B").
fn in_pair(a: &Analysed, ms: usize) -> bool {
    let me = mention_end(a, ms);
    let joined_after = matches!(a.w(me), "and" | "or" | ",")
        && (me + 1..me + 3).any(|k| a.person_at(k).is_some_and(|q| Some(q) != a.person_at(ms)));
    let joined_before = ms >= 2
        && matches!(a.w(ms - 1), "and" | "or")
        && (ms.saturating_sub(4)..ms - 1)
            .any(|k| a.person_at(k).is_some_and(|q| Some(q) != a.person_at(ms)));
    joined_after || joined_before
}

/// The person an object pronoun at `k` cannot be: the subject of the verb right before it
/// ("Elin Morgan beat her", "Elin Morgan, who beat her in 2007, …"). An object is "him",
/// "them", or a "her" that no noun follows.
fn object_pronoun_subject(a: &Analysed, k: usize) -> Option<usize> {
    let object = match a.w(k) {
        "him" | "them" => true,
        "her" => {
            let next = a.seg.tokens.get(k + 1);
            next.is_none_or(|t| t.kind != floorcross_text::TokenKind::Word)
                || matches!(
                    a.w(k + 1),
                    "in" | "by"
                        | "to"
                        | "at"
                        | "for"
                        | "with"
                        | "on"
                        | "and"
                        | "as"
                        | "after"
                        | "before"
                        | "from"
                        | "into"
                        | "over"
                        | "back"
                        | "out"
                        | "off"
                        | "again"
                        | "twice"
                        | "once"
                        | "since"
                        | "when"
                        | "because"
                        | "than"
                )
        }
        _ => false,
    };
    let si = a.sentence_of(k);
    let s0 = a.seg.sentences[si].tokens.start;
    if !object || k < s0 + 2 {
        return None;
    }
    // the parse's subject of the verb whose object the pronoun is (a relative "who" standing
    // for the name it follows)
    let p = a.parse(si);
    let node = k - s0;
    if !matches!(p.labels.get(node), Some(&"obj") | Some(&"iobj")) {
        return None;
    }
    let h = p.heads.get(node).copied().flatten()?;
    p.subject_of(h)
        .into_iter()
        .find_map(|t| a.person_at(s0 + t))
}
