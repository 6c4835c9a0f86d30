//! Who the subject of a trigger's clause is, read leftwards over the words: past
//! auxiliaries, appositions, relative clauses, "along with" lists and descriptions, to a name,
//! a pronoun, a description of the story's person, or a party or group that names nobody; and
//! who speaks a quotation ("I" in a quote is its speaker).

use super::*;

/// Whether the name starting at `ms` stands in apposition to a preposition's object ("met
/// with the Prime Minister, Tony Blair, about defecting"): a comma, then a role or a short
/// description, then the preposition.
pub(crate) fn apposed_to_prep_object(a: &Analysed, s0: usize, ms: usize) -> bool {
    if ms < s0 + 3 || a.w(ms - 1) != "," {
        return false;
    }
    let mut k = ms - 1;
    let mut role = false;
    while k > s0 && k + 7 > ms {
        k -= 1;
        match a.tag(k) {
            Tag::Role(_) | Tag::Party(_) => role |= matches!(a.tag(k), Tag::Role(_)),
            _ if matches!(a.w(k), "the" | "a" | "former" | "then" | "new" | "'s") => {}
            _ => return role && PREPOSITIONS.contains(&a.w(k)) && a.w(k) != "as",
        }
    }
    false
}

/// The subject of the verb starting at `start`: the nearest person (or pronoun) before it
/// that is not the object of a preposition or a possessive modifier.
pub(crate) fn subject(a: &Analysed, si: usize, start: usize) -> Vec<(usize, usize)> {
    let s0 = a.seg.sentences[si].tokens.start;
    if let Some(found) = member_of_group(a, si, start).or_else(|| named_after_copula(a, si, start))
    {
        return found;
    }
    if let Some(found) = noun_controller(a, si, start) {
        return found;
    }
    // "Penhaligon fills gaps after six walk out": a bare count right before the verb is its
    // subject and names nobody (not an age set off by commas: "Tom Hale, 54, resigned")
    let mut b = start;
    while b > s0 && AUX.contains(&a.w(b - 1)) {
        b -= 1;
    }
    if b > s0 {
        let w = a.w(b - 1);
        // ("who both quit": a floating "both" leaves the subject before it)
        let count = COUNTS.iter().any(|(c, _)| *c == w && *c != "both")
            || matches!(w, "several" | "dozens");
        if count && !(b >= s0 + 2 && a.w(b - 2) == ",") {
            return Vec::new();
        }
    }
    let mut k = start;
    let mut steps = 0;
    while k > s0 && steps < 30 {
        k -= 1;
        steps += 1;
        let w = a.w(k);
        // "Tom Ashby, a former chairman of the council, quit": the comma right before the
        // verb chain closes an apposition to the name before it; the subject is that name,
        // not the apposition's last noun
        if w == ","
            && (k + 1..start).all(|j| AUX.contains(&a.w(j)) || a.w(j).ends_with("ly"))
            && k > s0 + 2
            && a.person_at(k - 1).is_none()
        {
            if let Some(open) = super::dates::apposition_opened_at(a, si, k) {
                k = open;
                continue;
            }
        }
        // "have since been suspended": an adverb, not a clause
        // ... nor is "since 2010" ("Ann Hale, a councillor since 2010, has defected"): a
        // preposition before a time, not a clause
        let adverb_since = w == "since"
            && (k > s0 && matches!(a.w(k - 1), "have" | "has" | "had" | "having")
                || a.point_timex(k + 1).is_some()
                || a.seg
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == floorcross_text::TokenKind::Number));
        // "Both defectors – Ian Hale and Sara Owen – have joined": a parenthesis closed right
        // before the verb names who the subject is
        if matches!(w, "–" | "—" | "-")
            && (k + 1..start).all(|j| AUX.contains(&a.w(j)) || a.w(j).ends_with("n't"))
        {
            let open = (k.saturating_sub(16).max(s0)..k)
                .rev()
                .find(|&j| a.w(j) == w);
            if let Some(j) = open.and_then(|o| (o + 1..k).find(|&j| a.person_at(j).is_some())) {
                let p = a.person_at(j).unwrap_or_default();
                return with_list_right(a, si, p, j);
            }
        }
        // "had no choice but to quit": "but" is a preposition there, not a new clause
        let but_except = w == "but"
            && a.w(k + 1) == "to"
            && k > s0
            && matches!(a.w(k - 1), "choice" | "option" | "alternative");
        // "was appointed a minister in 1967 but was sacked two years later": a conjunct with
        // no subject of its own shares the first one's, as after "and"
        // ("was a Labour councillor but left the party in 2006": a verb right after "but" too)
        let subjectless_but = w == "but"
            && (k + 1..start).all(|j| {
                matches!(
                    a.w(j),
                    "was" | "were" | "had" | "has" | "then" | "later" | "been"
                )
            });
        if CLAUSE_BREAKS.contains(&w) && !adverb_since && !but_except && !subjectless_but {
            break;
        }
        // "a reshuffle that saw seven members of the cabinet leave government": a verb of
        // seeing or causing takes the bare infinitive's subject as its object; walking back to
        // it without meeting a person, the subject named nobody
        let perceives = matches!(
            w,
            "saw"
                | "see"
                | "sees"
                | "seen"
                | "seeing"
                | "watched"
                | "watch"
                | "watches"
                | "let"
                | "lets"
                | "made"
                | "make"
                | "makes"
        );
        if perceives
            && k + 2 < start
            && (k + 1..start)
                .all(|j| a.is_word(j) && !matches!(a.w(j), "to" | "and" | "or" | "but"))
        {
            break;
        }
        // a party or a group of people is the subject: "if Labour won a third term",
        // "40% of the party's candidates set to stand"
        let group_noun = PLURAL_PEOPLE.contains(&w)
            || a.m
                .role_at(k)
                .is_some_and(|r| r.role.ends_with('s') && r.tokens.end == k + 1);
        // ... but only as the subject: right before the verb chain
        // ("The 44-year-old, elected deputy leader earlier this month, …": the comma that
        // opens a reduced relative on the word before it)
        let before_chain =
            (k + 1..start).all(|j| {
                AUX.contains(&a.w(j))
                    || a.w(j).ends_with("n't")
                    || CHAIN_WORDS.contains(&a.w(j))
                    || matches!(a.w(j), "who" | "all" | "both" | "first" | "later")
            }) || k + 2 == start && a.w(k + 1) == "," && super::verb_forms::passive(a, si, start);
        // "said the Conservatives lost their majority": a party right before the verb chain is
        // the subject, and names nobody
        if before_chain
            && a.m.party_at(k).is_some_and(|p| p.tokens.end == k + 1)
            && !a.is_possessive(k + 1)
            && a.person_at(k + 1).is_none()
            && a.m.role_at(k + 1).is_none()
            // (not the object of the verb before an infinitive: "quit the Tories to join")
            && !(k + 1..start).any(|j| a.w(j) == "to")
            // (nor a party a person is "of": "Ann Cole of the Green Party won the seat")
            && a.m.party_at(k).is_some_and(|p| {
                let mut b = p.tokens.start;
                if b > s0 && a.w(b - 1) == "the" {
                    b -= 1;
                }
                !(b > s0 && matches!(a.w(b - 1), "of" | "for" | "from" | "with" | "("))
            })
        {
            return Vec::new();
        }
        if group_noun
            && a.person_at(k + 1).is_none()
            && !matches!(a.tag(k + 1), Tag::Role(_) | Tag::Party(_))
            && before_chain
        {
            // "Tom Hale and six other Labour MPs quit": the named one is among them
            let and = (k.saturating_sub(6).max(s0)..k)
                .rev()
                .find(|&j| a.w(j) == "and");
            if let Some(j) = and.filter(|&j| {
                j > s0
                    && matches!(
                        a.w(j + 1),
                        "six"
                            | "five"
                            | "four"
                            | "three"
                            | "two"
                            | "seven"
                            | "eight"
                            | "several"
                            | "other"
                            | "ten"
                            | "nine"
                    )
                    && (j + 1..k).any(|x| a.w(x) == "other")
            }) {
                if let Some(p) = a.person_at(j - 1) {
                    return with_list_left(a, si, p, j - 1);
                }
            }
            break;
        }
        // "said her deputy had resigned", "his wife has joined": a noun owned by a pronoun,
        // right before the verb chain, is the subject, and names nobody
        // (not one coordinated with a name: "Ann Cole and her husband have joined")
        let owner = if k > s0 && a.w(k - 1) == "own" {
            k - 1
        } else {
            k
        };
        if before_chain
            && owner > s0 + 1
            && a.person_at(k).is_none()
            && a.is_word(k)
            && matches!(
                a.w(owner - 1),
                "his" | "her" | "their" | "its" | "my" | "our" | "your"
            )
            && !matches!(a.w(owner - 2), "and" | "&" | ",")
            && !matches!(a.w(k), "party" | "group")
            && a.raw(k).chars().next().is_some_and(char::is_lowercase)
        {
            break;
        }
        // "She added that the party would contest the seat": a body, not a person, is the
        // subject, and names nobody
        // (not "after leaving the party to join Labour": an infinitive's subject is not the
        // noun before it)
        if before_chain
            && k > s0
            && !(k + 1..start).any(|j| a.w(j) == "to")
            && matches!(a.w(k - 1), "the" | "this" | "that" | "our" | "its")
            && matches!(
                w,
                "party"
                    | "council"
                    | "government"
                    | "committee"
                    | "board"
                    | "group"
                    | "executive"
                    | "association"
                    | "branch"
                    | "panel"
                    | "administration"
                    | "coalition"
                    | "union"
                    | "campaign"
                    | "movement"
                    | "organisation"
                    | "company"
            )
        {
            break;
        }
        // a singular role right before the verb, naming no one: "the previous Lib Dem
        // candidate stood aside". A definite office the story names a holder for stands for
        // that holder; any other such subject is not one of our people.
        // "The 50-year-old was sacked in 2019": an age standing for a person is the person
        // the story is about, as a pronoun would be
        // ... and so is "the mother-of-three", "the ex-minister", "the barrister"
        if before_chain && a.person_at(k).is_none() && description_before(a, s0, k + 1).is_some() {
            return resolve_pronoun(a, k)
                .map(|p| vec![(p, k)])
                .unwrap_or_default();
        }
        // ("Tom Hale MP has been suspended": a role after a name is the name's, and the name
        // is the subject)
        if let Some(pm) =
            a.m.role_at(k)
                .and_then(|r| a.person_at(r.tokens.start.wrapping_sub(1)).map(|p| (p, r)))
                .filter(|(_, r)| r.tokens.end == k + 1 && before_chain)
                .map(|(p, r)| (p, r.tokens.start - 1))
        {
            return with_list_left(a, si, pm.0, pm.1);
        }
        if let Some(r) = a.m.role_at(k) {
            if r.tokens.end == k + 1
                && before_chain
                && a.person_at(k + 1).is_none()
                && !a.is_possessive(k + 1)
            {
                let definite = a.w(r.tokens.start.wrapping_sub(1)) == "the";
                // "Gary Hines - who the prime minister put in charge": the antecedent's
                let rs = r.tokens.start;
                if definite && rs >= s0 + 2 && matches!(a.w(rs - 2), "who" | "whom") {
                    if let Some(q) = who_antecedent(a, s0, rs - 2) {
                        return vec![q];
                    }
                }
                // "the prime minister", "the home secretary": one office, one holder; not "the
                // last prime minister", "a previous chancellor", "Tory leader"
                let key = crate::doc::office_key(&r.role.to_ascii_lowercase()).to_string();
                let unique = key == "prime minister" || key == "chancellor" || key.contains(' ');
                if definite && unique {
                    if let Some(&holder) = a.role_holders.get(&key) {
                        return vec![(holder, k)];
                    }
                }
                // "Sunita Kalsi had reason to celebrate. The MP was handed the transport
                // brief": a definite seat or standing that opens the sentence as its subject
                // names no one new; like a pronoun, it stands for the person the story is
                // about
                if opening_description(a, si, k) {
                    return resolve_pronoun(a, k)
                        .map(|p| vec![(p, k)])
                        .unwrap_or_default();
                }
                // "Pask would not rule out the MP being deselected", "Pask said the MP was
                // deselected": a description the parse makes the trigger's own subject, inside
                // a clause the sentence's subject governs, is who changed: the person the
                // story gives that standing, or no one; never the governing clause's subject
                if definite
                    && DESCRIBED_ROLES.contains(&r.role)
                    && rs > s0 + 1
                    && !matches!(a.w(rs - 2), "," | "and" | "or" | "&")
                    && !a.is_cut(si)
                {
                    let p = crate::grammar::Parsed::new(a, si);
                    if p.parse.subject_of(start - s0).contains(&(k - s0)) {
                        return a
                            .holder(r.role)
                            .or_else(|| story_person_at(a, si))
                            .map(|h| vec![(h, k)])
                            .unwrap_or_default();
                    }
                }
                // "Ms Malby, a former nurse who was selected": the role is in apposition
                // to the person before it, and the relative clause is about them
                let mut b = r.tokens.start;
                while b > s0 && matches!(a.w(b - 1), "a" | "an" | "the" | "former" | "ex") {
                    b -= 1;
                }
                if !definite && b > s0 + 1 && a.w(b - 1) == "," && a.w(k + 1) == "who" {
                    if let Some(p) = a.person_at(b - 2) {
                        return vec![(p, b - 2)];
                    }
                }
                if !(definite && (r.role == "MP" || !SEAT_ROLES.contains(&r.role))
                    || described_role(a, s0, r.tokens.start))
                {
                    break;
                }
            }
        }
        if let Some(party) = a.m.party_at(k) {
            let pe = party.tokens.end;
            let ps = party.tokens.start;
            let bare = pe == k + 1
                && !party.possessive
                && a.person_at(pe).is_none()
                && !matches!(a.tag(pe), Tag::Role(_) | Tag::Party(_))
                && !(ps > s0
                    && (PREPOSITIONS.contains(&a.w(ps - 1))
                        || matches!(a.w(ps - 1), "the" | "a" | "fellow")
                        // ("quit Labour to form …": the object of a verb of leaving or joining)
                        || matches!(
                            a.w(ps - 1),
                            "quit" | "quits" | "quitting" | "left" | "leave" | "leaves" | "leaving"
                                | "joined" | "join" | "joins" | "joining" | "rejoined"
                                | "ditched" | "abandoned" | "deserted"
                        )));
            let chain_only = (pe..start).all(|j| AUX.contains(&a.w(j)) || a.w(j).ends_with("n't"));
            if bare && pe <= start && chain_only {
                break;
            }
        }
        if let Some(p) = a.person_at(k) {
            let ms = mention_start(a, k);
            let me = mention_end(a, k);
            // "the three of us, joined by former Lib Dem Philip Ince, launched": a name in a
            // comitative aside set off by commas is a co-agent of the subject before it
            let co = (ms.saturating_sub(6).max(s0 + 1)..ms).find(|&j| {
                a.w(j - 1) == ","
                    && matches!(
                        (a.w(j), a.w(j + 1)),
                        ("joined", "by") | ("along", "with") | ("together", "with")
                    )
            });
            if let Some(j) = co.filter(|_| a.w(me) == "," && me < start) {
                let mut found = subject(a, si, j - 1);
                if !found.is_empty() {
                    if !found.iter().any(|&(q, _)| q == p) {
                        found.push((p, ms));
                    }
                    return found;
                }
            }
            // "Alan Milburn, who Mr Blair put in charge": the event is the antecedent's
            if ms > s0 && matches!(a.w(ms - 1), "who" | "whom") && me < start {
                if let Some(q) = who_antecedent(a, s0, ms - 1) {
                    return vec![q];
                }
            }
            // "Ann Cole, whose father Paul Tandy was a Labour MP, has joined": the subject of
            // a "whose" clause is not the main clause's
            // (when the clause closes before the trigger: "whose husband Paul Tandy resigned"
            // is his resignation)
            let closed = (me..start).any(|j| matches!(a.w(j), "," | "–" | "—"));
            if let Some(w) = whose_clause_subject(a, s0, ms).filter(|_| closed) {
                k = w;
                continue;
            }
            let possessive = a.is_possessive(me);
            // "with Joan Ryan joining them": the person before an -ing trigger is its subject
            // ... and "on the eve of Gordon Brown taking over": a name right before a gerund
            // is its subject, whatever preposition governs the two
            // ... and "with Mr Blair set to stand down", "with Ann Cole having quit": a name
            // after "with" whose verb chain leads to the trigger is that verb's subject
            let chain_to_trigger = (me..start)
                .all(|j| AUX.contains(&a.w(j)) || CHAIN_WORDS.contains(&a.w(j)) || a.w(j) == "to");
            let absolute = me == start && a.w(start).ends_with("ing")
                || ms > s0
                    && a.w(ms - 1) == "with"
                    && me < start
                    && chain_to_trigger
                    && (me..start).any(|j| a.w(j) != "to");
            // ("an opponent of leader Hale": the preposition governs the title and the name)
            // ("from Labour's Hugh Dunlop", "over the Tory candidate Tom Reed": past the
            // party's possessive and its article too)
            let mut b = ms;
            while b > s0
                && (matches!(a.tag(b - 1), Tag::Role(_) | Tag::Party(_))
                    || matches!(a.w(b - 1), "'s" | "’s" | "'" | "’")
                        && b >= s0 + 2
                        && matches!(a.tag(b - 2), Tag::Party(_))
                    || a.w(b - 1) == "the"
                        && b < ms
                        && matches!(a.tag(b), Tag::Role(_) | Tag::Party(_)))
            {
                b -= 1;
            }
            let prep = b > s0 && PREPOSITIONS.contains(&a.w(b - 1)) && !absolute
                || apposed_to_prep_object(a, s0, ms);
            // "the David Blunkett visa affair": a name used as a modifier
            let modifier = ms > s0
                && matches!(a.w(ms - 1), "the" | "a" | "an")
                && !matches!(a.w(me), "," | "." | "'s" | "’s");
            if modifier {
                k = ms;
                continue;
            }
            let along = ms > s0 + 1
                && matches!(a.w(ms - 1), "with")
                && matches!(a.w(ms - 2), "along" | "together");
            // "alongside Gary Hines - the man recently appointed as": the apposition
            // after the name leads to the trigger
            // (not the comma that closes an apposition the name ends: "Tate, an opponent of
            // leader Hale, left")
            let appositive = matches!(a.w(me), "-" | "–" | ",")
                && me + 1 < start
                && (me + 1..start)
                    .all(|j| a.person_at(j).is_none() && !matches!(a.w(j), "," | "." | ";"));
            if possessive || (prep && !along && !appositive) {
                k = ms;
                continue;
            }
            // "Ann Lowe and Gary Hines, the man put in charge": a singular apposition
            // is about the last name only
            let singular = appositive
                && matches!(a.w(me), ",")
                && matches!(a.w(me + 1), "the" | "a")
                && matches!(a.w(me + 2), "man" | "woman" | "person" | "one");
            if singular {
                return vec![(p, k)];
            }
            // "fellow Tory MPs Jo Pike and Ann Lowe" after "along with": keep
            // walking to the head of the list.
            let mut list = with_list_left(a, si, p, k);
            let first_tok = list.first().map(|(_, t)| *t).unwrap_or(k);
            if let Some(head) = along_with_head(a, si, mention_start(a, first_tok)) {
                let mut head_list = head;
                head_list.extend(list);
                list = head_list;
            } else if along {
                k = ms;
                continue;
            }
            return list;
        }
        if matches!(w, "he" | "she") {
            return resolve_pronoun(a, k)
                .map(|p| vec![(p, k)])
                .unwrap_or_default();
        }
        // "The MP for Marlbury, who won the seat": a definite role stands for the person
        // the article is about
        if let Some(r) = a.m.role_at(k) {
            let rs = r.tokens.start;
            let definite = rs > s0 && matches!(a.w(rs - 1), "the") || rs == s0 && a.w(rs) == "the";
            let qualified = matches!(
                a.w(rs.wrapping_sub(1)),
                "last" | "first" | "next" | "previous" | "former" | "future" | "new"
            );
            if definite
                && !qualified
                && a.person_at(r.tokens.end).is_none()
                && !a.is_possessive(r.tokens.end)
            {
                if let Some(holder) = a.holder(r.role) {
                    return vec![(holder, k)];
                }
            }
            // "The 50-year-old councillor has defected": a definite description of the person
            // the story is about, past its describing words
            let described = described_role(a, s0, rs);
            // ("The Islington North MP was suspended": the person the story ties to that
            // seat, when it names one; "the former First Minister": only a person the story
            // gives that office, never merely the latest name)
            // (not an apposition: "Jacqui Smith, the former chief whip, will take charge")
            let the = (s0..rs).rev().take(5).find(|&j| a.w(j) == "the");
            let apposition = the
                .is_some_and(|t| t >= s0 + 2 && a.w(t - 1) == "," && a.person_at(t - 2).is_some());
            if described && !apposition && a.person_at(r.tokens.end).is_none() {
                if let Some(post) = (s0..rs).rev().take(4).find_map(|j| match a.tag(j) {
                    Tag::Post(p) => Some(a.m.posts[p as usize].name.clone()),
                    _ => None,
                }) {
                    // (a seat the story ties to nobody is not the latest name's: nobody)
                    return post_holder(a, &post)
                        .map(|p| vec![(p, k)])
                        .unwrap_or_default();
                }
                if (s0..rs).rev().take(4).any(|j| a.w(j) == "former") {
                    return a
                        .former_holder(r.role)
                        .map(|p| vec![(p, k)])
                        .unwrap_or_default();
                }
            }
            // ("The chair of the constituency association resigned": an officer of some other
            // body, whom no pronoun finds; the story's person is not it)
            let of_other_body = matches!(
                r.role,
                "chair" | "chairman" | "chairwoman" | "deputy" | "secretary" | "treasurer"
            ) && a.w(r.tokens.end) == "of";
            if of_other_body {
                return Vec::new();
            }
            if definite
                && a.person_at(r.tokens.end).is_none()
                && !a.is_possessive(r.tokens.end)
                && !SEAT_ROLES.contains(&r.role)
                || (definite && r.role == "MP")
                // ("The veteran MP for Colnebrook quit": as "The MP for Colnebrook" does)
                || described
                    && a.person_at(r.tokens.end).is_none()
                    && !a.is_possessive(r.tokens.end)
                    && (a.w(r.tokens.end) != "for" || r.role == "MP")
            {
                // ("DISGRACED Tory MP Gavin Threlfall … his local party chairman, Derek Amory,
                // quit … Last night the defiant MP refused to step down": the one person the
                // story titles with the role, before any nearer name)
                // (not a description apposed to a name before it in its sentence)
                let alone = (s0..rs).all(|j| a.person_at(j).is_none());
                if let Some(p) = sole_titled(a, r.role, k).filter(|_| alone) {
                    return vec![(p, k)];
                }
                return resolve_pronoun(a, rs)
                    .map(|p| vec![(p, k)])
                    .unwrap_or_default();
            }
        }
        if matches!(w, "who" | "whom") {
            // the antecedent right before "who"
            let mut j = k;
            while j > s0 && matches!(a.w(j - 1), "," | "-" | "–" | "(") {
                j -= 1;
            }
            // ("Tom Hale, 54, who …": past the age)
            let j = past_age(a, s0, j);
            // "Two councillors who left Labour in July, Gwen Ashby and Martin Futter, have
            // formed …": a plural antecedent whose members the apposition after the relative
            // clause names
            let plural = j > s0 && a.w(j - 1).ends_with('s') && a.person_at(j - 1).is_none();
            let s_end = a.seg.sentences[si].tokens.end;
            let comma = (start..s_end).find(|&c| matches!(a.w(c), "," | "–" | "—"));
            if let Some(c) = comma.filter(|_| plural) {
                if let Some(p) = a.person_at(c + 1) {
                    let list = with_list_right(a, si, p, c + 1);
                    let last = list.last().map_or(c + 1, |&(_, t)| mention_end(a, t));
                    let closes = matches!(a.w(last), "," | "–" | "—") || a.w(last) == "(";
                    if list.len() >= 2 && closes {
                        return list;
                    }
                }
            }
            if j > s0 {
                if let Some(p) = a.person_at(j - 1) {
                    return with_list_left(a, si, p, j - 1);
                }
                // ("Priya Castle, the member for Holm Edge, who has been appointed a whip": an
                // apposition between the name and "who" is the name's)
                if a.w(j) == "," {
                    if let Some(open) = super::dates::apposition_opened_at(a, si, j) {
                        if let Some(p) = a.person_at(open - 1) {
                            return with_list_left(a, si, p, open - 1);
                        }
                    }
                }
                // "The 69-year-old, who was appointed a minister in 1995, said": a description
                // of the story's person is read as a pronoun
                if description_before(a, s0, j).is_some() {
                    return resolve_pronoun(a, j - 1)
                        .map(|p| vec![(p, j - 1)])
                        .unwrap_or_default();
                }
            }
            // "Ms Malby, a former nurse who was selected": an apposition of a few words
            // between the name's comma and "who"
            if let Some(c) = (k.saturating_sub(7).max(s0)..k)
                .rev()
                .find(|&x| a.w(x) == ",")
            {
                let np = c + 1..k;
                if np.len() >= 2
                    && matches!(a.w(np.start), "a" | "an" | "the" | "former")
                    && np.clone().all(|x| a.is_word(x) && a.person_at(x).is_none())
                    && c > s0
                {
                    if let Some(p) = a.person_at(c - 1) {
                        return vec![(p, c - 1)];
                    }
                }
            }
            // "Jo Pike is one of several Tory MPs who could defect": the person
            // is among the antecedent; otherwise ("voters who switched") the antecedent is not
            // a named person and there is no event
            let closed = (k + 1..start).any(|j| a.w(j) == ",");
            let quantified = matches!(a.w(k.wrapping_sub(1)), "of")
                && matches!(
                    a.w(k.wrapping_sub(2)),
                    "all" | "both" | "each" | "some" | "none"
                );
            let described = j > s0
                && matches!(
                    a.tag(j - 1),
                    Tag::Post(_) | Tag::Role(_) | Tag::Party(_) | Tag::Org(_)
                );
            if closed
                || quantified
                || described
                || (s0..k).any(|j| matches!(a.w(j), "among" | "amongst" | "one"))
            {
                continue;
            }
            break;
        }
        if w == "i" && a.raw(k) == "I" {
            return first_person(a, si, k)
                .map(|p| vec![(p, k)])
                .unwrap_or_default();
        }
        // ("Today, together, we are launching Tarrowby First": the writer of a first-person
        // piece, outside quotation marks, and with "together" the one person named last in the
        // two sentences before)
        if w == "we"
            && (k + 1..start)
                .all(|j| AUX.contains(&a.w(j)) || CHAIN_WORDS.contains(&a.w(j)) || a.w(j) == "both")
        {
            // (never a quotation's speaker: a "we" said is as often a party or a campaign; nor
            // in a sentence a quotation runs through or on from)
            let unquoted = |si: usize| {
                a.seg.sentences[si]
                    .tokens
                    .clone()
                    .all(|j| !super::quote_mark(a, j))
            };
            let me = (unquoted(si) && (si == 0 || unquoted(si - 1)))
                .then(|| author_outside_quotes(a, k))
                .flatten();
            if let Some(me) = me {
                let mut found = vec![(me, k)];
                if (s0..k).any(|j| a.w(j) == "together") {
                    let lo = a.seg.sentences[si.saturating_sub(2)].tokens.start;
                    let other = (lo..s0)
                        .rev()
                        .find_map(|j| a.person_at(j).filter(|&p| p != me).map(|p| (p, j)));
                    found.extend(other);
                }
                return found;
            }
        }
        // "On Thursday the three of us launched the Wexcombe Independents": a first-person
        // count is the writer and the people named last before it
        // (past a parenthetical set off by commas: "the three of us, joined by X, launched",
        // whose "joined by" or "along with" names more of them)
        let aside_end = (a.w(k + 1) == ",")
            .then(|| (k + 2..start).find(|&j| a.w(j) == ","))
            .flatten();
        let chain_from = aside_end.map_or(k + 1, |e| e + 1);
        if w == "us"
            && (chain_from..start)
                .all(|j| AUX.contains(&a.w(j)) || matches!(a.w(j), "also" | "then"))
        {
            let mut found = counted_us(a, si, k);
            if let Some(e) = aside_end.filter(|_| !found.is_empty()) {
                let joined = matches!(
                    (a.w(k + 2), a.w(k + 3)),
                    ("joined", "by") | ("along", "with") | ("together", "with")
                );
                for j in (k + 4..e).filter(|_| joined) {
                    if let Some(p) = a.person_at(j) {
                        if !found.iter().any(|&(q, _)| q == p) {
                            found.push((p, j));
                        }
                    }
                }
            }
            if !found.is_empty() {
                return found;
            }
        }
        // "Both defectors – A and B – said they had left Labour": a plural subject pronoun
        // right before the verb stands for the people a list just named
        // ("… said they had no regrets about leaving Labour", "they were proud of quitting":
        // a gerund after a stance the pronoun takes is the pronoun's own change)
        let stance = |j: usize| {
            matches!(
                a.w(j),
                "no" | "regrets" | "regret" | "about" | "over" | "proud" | "glad" | "of"
            )
        };
        if w == "they"
            && (k + 1..start).all(|j| {
                AUX.contains(&a.w(j))
                    || matches!(a.w(j), "both" | "all" | "also" | "then" | "now")
                    || stance(j) && a.w(start).ends_with("ing")
            })
        {
            return resolve_they(a, si, k);
        }
        // ("Tom Hale, it is claimed, has joined UKIP": a parenthetical attribution set off by
        // commas is passed over)
        let attribution = matches!(a.w(k + 1), "is" | "was")
            && a.w(k + 3) == ","
            && k + 3 < start
            && matches!(
                a.w(k + 2),
                "claimed" | "understood" | "thought" | "believed" | "said" | "reported" | "alleged"
            )
            || a.w(k + 1) == "emerged" && a.w(k + 2) == "," && k + 2 < start;
        if w == "it" && k > s0 && a.w(k - 1) == "," && attribution {
            k -= 1;
            continue;
        }
        if matches!(w, "they" | "it" | "which" | "we" | "i" | "you") {
            break;
        }
    }
    // "The mother-of-three was first elected in 2005 and was re-elected in 2010": a conjunct
    // with no subject of its own shares a description subject that opens the sentence
    let conjunct = (start.saturating_sub(4).max(s0)..start)
        .any(|c| matches!(a.w(c), "and" | "but") && (c + 1..start).all(|j| AUX.contains(&a.w(j))));
    if conjunct {
        if let Some(e) = (s0 + 2..(s0 + 7).min(start))
            .find(|&e| description_before(a, s0, e) == Some(s0) && AUX.contains(&a.w(e)))
        {
            return resolve_pronoun(a, e - 1)
                .map(|p| vec![(p, e - 1)])
                .unwrap_or_default();
        }
    }
    Vec::new()
}

/// "the decision of Eluned Pryce to stand down", "a bid by Tom Reed to unseat the leader":
/// the person after "of" or "by" controls a noun of deciding or trying, and so is the
/// subject of its infinitive.
fn noun_controller(a: &Analysed, si: usize, start: usize) -> Option<Vec<(usize, usize)>> {
    let s0 = a.seg.sentences[si].tokens.start;
    let to = start
        .checked_sub(1)
        .filter(|&t| t > s0 + 2 && a.w(t) == "to")?;
    let p = a.person_at(to - 1)?;
    let ms = mention_start(a, to - 1);
    if ms < s0 + 2 || !matches!(a.w(ms - 1), "of" | "by") {
        return None;
    }
    let controls = matches!(
        a.w(ms - 2),
        "decision"
            | "bid"
            | "attempt"
            | "move"
            | "plan"
            | "plans"
            | "intention"
            | "refusal"
            | "failure"
            | "choice"
            | "threat"
            | "offer"
            | "pledge"
            | "promise"
            | "announcement"
            | "determination"
            | "readiness"
            | "willingness"
            | "wish"
            | "desire"
    );
    controls.then(|| vec![(p, ms)])
}

/// For a list introduced by "along with" / "together with" / "as well as" at token `t`, the
/// person(s) before that phrase.
pub(crate) fn along_with_head(a: &Analysed, si: usize, t: usize) -> Option<Vec<(usize, usize)>> {
    let s0 = a.seg.sentences[si].tokens.start;
    let mut k = t;
    // skip "fellow", party and role words: "along with fellow Tory MPs"
    while k > s0 && (a.w(k - 1) == "fellow" || matches!(a.tag(k - 1), Tag::Party(_) | Tag::Role(_)))
    {
        k -= 1;
    }
    let phrase_len =
        if k >= s0 + 2 && a.w(k - 1) == "with" && matches!(a.w(k - 2), "along" | "together") {
            2
        } else if k >= s0 + 3 && a.w(k - 1) == "as" && a.w(k - 2) == "well" && a.w(k - 3) == "as" {
            3
        } else {
            return None;
        };
    let mut j = k - phrase_len;
    while j > s0 && a.w(j - 1) == "," {
        j -= 1;
    }
    let p = a.person_at(j.checked_sub(1)?)?;
    Some(with_list_left(a, si, p, j - 1))
}

/// Words a verb chain may hold between a subject and its verb besides auxiliaries ("set to",
/// "expected to", "having quit").
pub(crate) const CHAIN_WORDS: &[&str] = &[
    "set", "due", "expected", "likely", "unlikely", "going", "about", "able", "unable", "ready",
    "poised", "hoping", "planning", "trying", "seeking", "tipped", "having", "now", "already",
    "also",
];

/// The "whose" before a name that is the subject of a "whose" clause ("whose father Paul
/// Tandy was"): the name is that clause's, not the main clause's.
pub(crate) fn whose_clause_subject(a: &Analysed, s0: usize, ms: usize) -> Option<usize> {
    (ms.saturating_sub(3).max(s0)..ms)
        .rev()
        .find(|&j| a.w(j) == "whose")
        .filter(|&j| (j + 1..ms).all(|x| a.is_word(x) && a.person_at(x).is_none()))
}

/// Who "I" at token `k` is: the speaker of the sentence's quotation, else, outside quotation
/// marks, the author of a first-person piece.
pub(crate) fn first_person(a: &Analysed, si: usize, k: usize) -> Option<usize> {
    speaker(a, si).or_else(|| author_outside_quotes(a, k))
}

/// Whether the noun at `head` heads a definite description that opens sentence `si` (after
/// an opening "But" or "And"): "The MP", "The Leeds-born MP", "The former GP", "The
/// 58-year-old veteran". As the sentence's subject it names no one new and is read as a
/// pronoun would be.
pub(crate) fn opening_description(a: &Analysed, si: usize, head: usize) -> bool {
    let s0 = a.seg.sentences[si].tokens.start;
    let the = if matches!(a.w(s0), "but" | "and") {
        s0 + 1
    } else {
        s0
    };
    if a.w(the) != "the" || head <= the {
        return false;
    }
    if description_before(a, s0, head + 1) == Some(the) {
        return true;
    }
    let Some(r) = a.m.role_at(head) else {
        return false;
    };
    r.tokens.end == head + 1
        && DESCRIBED_ROLES.contains(&r.role)
        && r.tokens.start - the <= 4
        // ("The Islington North MP": a seat names one member, not whoever the story is about)
        && (the + 1..r.tokens.start).all(|j| {
            a.is_word(j)
                && a.person_at(j).is_none()
                && (!matches!(a.tag(j), Tag::Post(_)) || a.w(j).ends_with("-born"))
        })
        && (r.tokens.start == the + 1 || described_role(a, s0, r.tokens.start))
}

/// Roles that say what a person is rather than which office they hold: "the MP", "the
/// councillor", "the peer" opening a sentence describe the story's person.
const DESCRIBED_ROLES: &[&str] = &[
    "MP",
    "MSP",
    "MEP",
    "AM",
    "MLA",
    "councillor",
    "peer",
    "backbencher",
];

/// The people a plural subject pronoun at `k` stands for: a list of two or more names ("A and
/// B", "A, B and C") that ends last before it, in its sentence or the one before, with no
/// other plural in between (a party, a body or a plural noun: "A and B met Labour officials.
/// They …" is about the officials).
pub(crate) fn resolve_they(a: &Analysed, si: usize, k: usize) -> Vec<(usize, usize)> {
    let lo = a.seg.sentences[si.saturating_sub(1)].tokens.start;
    let Some(last) = (lo..k).rev().find(|&j| a.person_at(j).is_some()) else {
        return Vec::new();
    };
    let s = a.sentence_of(last);
    let list = with_list_left(a, s, a.person_at(last).unwrap_or_default(), last);
    if list.len() < 2 {
        return Vec::new();
    }
    let plural_between = (mention_end(a, last)..k).any(|j| {
        let w = a.w(j);
        matches!(a.tag(j), Tag::Party(_) | Tag::Org(_))
            || w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && a.raw(j).starts_with(|c: char| c.is_ascii_lowercase())
                && a.parse(a.sentence_of(j)).upos
                    [j - a.seg.sentences[a.sentence_of(j)].tokens.start]
                    == "NOUN"
    });
    if plural_between {
        return Vec::new();
    }
    list
}

/// "the three of us", "both of us" at `us` (token `k`): the writer (or the quotation's
/// speaker) and the people named last before it, in its sentence and the three before, as many
/// as the count leaves.
fn counted_us(a: &Analysed, si: usize, k: usize) -> Vec<(usize, usize)> {
    if k < 2 || a.w(k - 1) != "of" {
        return Vec::new();
    }
    let Some(n) = count_word(a.w(k - 2)) else {
        return Vec::new();
    };
    let Some(me) = first_person(a, si, k) else {
        return Vec::new();
    };
    let lo = a.seg.sentences[si.saturating_sub(3)].tokens.start;
    let mut out = vec![(me, k)];
    let others = distinct_people(a, (lo..k).rev())
        .into_iter()
        .filter(|&(q, _)| q != me);
    out.extend(others.take(n.saturating_sub(1)));
    if out.len() == n {
        out
    } else {
        Vec::new()
    }
}

/// The one person the story, before token `before`, titles with `role` right before their
/// name ("Tory MP Gavin Threlfall", past a party), when it titles exactly one so.
fn sole_titled(a: &Analysed, role: &str, before: usize) -> Option<usize> {
    let mut found: Option<usize> = None;
    for pm in
        a.m.person_mentions
            .iter()
            .filter(|pm| pm.tokens.start < before)
    {
        let mut b = pm.tokens.start;
        while b > 0 && matches!(a.tag(b - 1), Tag::Party(_)) {
            b -= 1;
        }
        let titled = b > 0
            && a.m
                .role_at(b - 1)
                .is_some_and(|r| r.tokens.end == b && r.role.eq_ignore_ascii_case(role));
        if titled {
            match found {
                Some(q) if q != pm.person => return None,
                _ => found = Some(pm.person),
            }
        }
    }
    found
}
