//! Who did it, read from the parse where the word rules cannot tell: the subject or object
//! of the trigger's clause when a sentence names several people, a thing as subject (no
//! event), a description in apposition to a name.

use super::*;

/// Prepositions whose phrase modifies a noun subject ("a suit against X", "the case of X").
const PHRASE_PREPOSITIONS: &[&str] = &["against", "of", "about", "into", "over", "concerning"];

/// "Basic rights were suspended", "a crackdown has been launched by the education
/// secretary", "a law established by his predecessor": the trigger's subject (by the parse) is
/// a thing, not a person, a description of one, a party or a group, so nobody named in the
/// sentence made this change. Read only when the words right before the trigger are not a
/// name or a pronoun (the common "X resigned" needs no parse).
pub(crate) fn inanimate_subject(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if !matches!(rule.frame, Frame::Subj | Frame::Obj) || a.is_cut(si) {
        return false;
    }
    // "the seat was won by Ann Cole": an agent trigger's person is after "by", whatever the
    // passive subject is
    if rule.frame == Frame::Obj && matches!(a.w(trigger.end - 1), "by" | "with") {
        return false;
    }
    let s0 = a.seg.sentences[si].tokens.start;
    // the word before the trigger's auxiliaries and adverbs
    let mut b = trigger.start;
    while b > s0 && (AUX.contains(&a.w(b - 1)) || a.w(b - 1).ends_with("ly")) {
        b -= 1;
    }
    if b == s0 {
        return false;
    }
    let before = b - 1;
    let w = a.w(before);
    let named = a.person_at(before).is_some()
        || matches!(
            w,
            "he" | "she" | "they" | "who" | "i" | "we" | "it" | "which" | "that" | "whom"
        )
        || matches!(a.tag(before), Tag::Person(_) | Tag::Party(_) | Tag::Role(_));
    // (a word that opens a subjectless gerund or conjunct: "after quitting", "and joined";
    // its subject is shared, left to the word rules, and the parse is spared)
    let opens_subjectless = matches!(
        w,
        "and" | "after" | "before" | "having" | "for" | "of" | "on" | "by" | "without" | "while"
    );
    // ("A suit against the paper and columnist Tom Hale was dismissed": a name inside a
    // prepositional phrase is not the subject; the parse says what is)
    // (the parse can take that name for a second subject, so the words decide: a name in a
    // phrase after the sentence's first noun, with no name before it, names no one who did it)
    if a.person_at(before).is_some() {
        let mut k = mention_start(a, before);
        // (back over the words of the phrase: "the New York Times and columnist")
        while k > s0
            && a.is_word(k - 1)
            && a.person_at(k - 1).is_none()
            && !AUX.contains(&a.w(k - 1))
            && !PHRASE_PREPOSITIONS.contains(&a.w(k - 1))
        {
            k -= 1;
        }
        // (a passive whose subject opens the sentence with its determiner: not a fronted
        // adverbial, "After weeks of talks Tom Hale has quit")
        let passive = (b..trigger.start).any(|j| matches!(a.w(j), "was" | "were" | "been" | "be"));
        let in_phrase = passive
            && k > s0 + 1
            && matches!(a.w(s0), "a" | "an" | "the")
            && PHRASE_PREPOSITIONS.contains(&a.w(k - 1))
            && !(s0..k - 1).any(|j| a.person_at(j).is_some() || !a.is_word(j));
        if in_phrase {
            return true;
        }
    }
    if named || opens_subjectless || !a.is_word(before) {
        return false;
    }
    let p = crate::grammar::Parsed::new(a, si);
    let Some(v) = trigger.start.checked_sub(p.first) else {
        return false;
    };
    // (an object frame counts only in the passive: "rights were suspended")
    if !matches!(p.parse.upos.get(v), Some(&"VERB"))
        || rule.frame == Frame::Obj && !p.parse.is_passive(v)
    {
        return false;
    }
    // the verb's own subject, or the noun a past participle modifies ("a law established
    // by"); a subject shared through control or coordination is left to the word rules
    let mut subj: Vec<usize> = p.parse.children_with(v, &["nsubj", "nsubj:pass"]).collect();
    if subj.is_empty() && p.parse.label(v) == "acl" && p.parse.xpos[v] == "VBN" {
        subj.extend(p.parse.head(v));
    }
    // ("forgets basic Human Rights were suspended": the parser can take the noun for the
    // matrix verb's object and leave the passive subjectless; a noun right before a passive's
    // auxiliaries is its subject)
    if subj.is_empty() && p.parse.is_passive(v) {
        subj.extend(
            before
                .checked_sub(p.first)
                .filter(|&n| matches!(p.parse.upos.get(n), Some(&"NOUN" | &"PROPN"))),
        );
    }
    !subj.is_empty()
        && subj.iter().all(|&n| {
            let (lo, hi) = p.parse.subtree_span(n);
            let head = p.tok(n);
            matches!(p.parse.upos[n], "NOUN" | "PROPN")
                && !DESCRIPTIVE.contains(&a.w(head))
                // ("the 50-year-old", "the mother-of-three": a description of a person)
                && !a.w(head).ends_with("year-old")
                && description_before(a, a.seg.sentences[si].tokens.start, head + 1).is_none()
                && !GROUP_NOUNS.contains(&a.w(head))
                // (the subject's own words, not the participle clause of the trigger that
                // modifies it)
                && (lo..hi)
                    .filter(|&m| !p.parse.dominated_by(v, n) || !p.parse.dominated_by(m, v))
                    .all(|m| {
                    let t = p.tok(m);
                    a.person_at(t).is_none()
                        && !matches!(a.tag(t), Tag::Person(_) | Tag::Party(_) | Tag::Role(_))
                        && !matches!(a.w(t), "he" | "she" | "his" | "her" | "they" | "who")
                })
        })
}

/// "Alan Milb, the man controversially put in charge of election planning": a participle
/// right after a description ("the man", "the MP", "the former minister") in apposition to a
/// name is about that name.
pub(crate) fn apposed_description_subject(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Option<(usize, usize)> {
    let s0 = a.seg.sentences[si].tokens.start;
    let mut b = trigger.start;
    while b > s0 && (a.w(b - 1).ends_with("ly") || matches!(a.w(b - 1), "who" | "was" | "is")) {
        b -= 1;
    }
    // the description: "the" + up to three words, the last a person noun or a role
    let the = (b.saturating_sub(4).max(s0)..b)
        .rev()
        .find(|&k| a.w(k) == "the")?;
    let noun = b.checked_sub(1)?;
    let person_noun = GROUP_NOUNS.contains(&a.w(noun))
        || DESCRIPTIVE.contains(&a.w(noun))
        || matches!(a.tag(noun), Tag::Role(_));
    if !person_noun || the == s0 || a.w(the - 1) != "," || the < s0 + 2 {
        return None;
    }
    let q = a.person_at(the - 2)?;
    Some((q, the - 2))
}

/// Nouns for groups of people that can make a change together ("the rebels", "the group").
const GROUP_NOUNS: &[&str] = &[
    "group",
    "groups",
    "party",
    "parties",
    "rebels",
    "rebel",
    "members",
    "member",
    "mps",
    "councillors",
    "councillor",
    "peers",
    "peer",
    "politicians",
    "politician",
    "man",
    "woman",
    "men",
    "women",
    "people",
    "figure",
    "figures",
    "leader",
    "leaders",
    "candidate",
    "candidates",
    "defector",
    "defectors",
    "founder",
    "founders",
    "trio",
    "pair",
    "duo",
    "colleagues",
    "colleague",
    "minister",
    "ministers",
    "chairman",
    "chair",
    "chief",
    "executive",
    "secretary",
    "mayor",
    "official",
    "officials",
    "activist",
    "activists",
    "supporter",
    "supporters",
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "former",
    "veteran",
    "backbencher",
    "backbenchers",
];

/// Who the parse says did what a verb trigger reports: the subject of its clause for a
/// subject frame (the passive subject included), the object of an active verb for an object
/// frame. None when the trigger is not a verb in the parse or names no person.
pub(crate) fn grammatical_people(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Option<Vec<(usize, usize)>> {
    if rule.frame == Frame::Noun {
        return None;
    }
    // With one person in the sentence there is nobody to confuse them with (a plural
    // pronoun counts: "persuade them to switch").
    let s = &a.seg.sentences[si];
    let mut seen = None;
    // ("he resigned to challenge John Major": a pronoun before a name is someone else too)
    let mut pronoun_seen = false;
    let several = s.tokens.clone().any(|k| {
        let who = a
            .person_at(k)
            .map(Some)
            .or_else(|| matches!(a.w(k), "he" | "she" | "they" | "them" | "who").then_some(None));
        match (who, seen) {
            (Some(Some(p)), None) => {
                seen = Some(p);
                // (a name only after the trigger confuses nobody the word rules read leftwards)
                pronoun_seen && k < trigger.start
            }
            (Some(None), None) => {
                pronoun_seen = true;
                false
            }
            (Some(Some(p)), Some(q)) => p != q,
            (Some(None), _) => seen.is_some() || k > trigger.start,
            _ => false,
        }
    });
    // a first-person quote: who speaks is who acts
    let first_person = s
        .tokens
        .clone()
        .any(|k| matches!(a.raw(k), "I" | "me" | "my"));
    if !several && !first_person {
        return None;
    }
    let p = crate::grammar::Parsed::new(a, si);
    let v = trigger.start.checked_sub(p.first)?;
    // "after her switch to the Greens": a noun's possessor is whose change it is
    // ("Ms Cole's job goes to Sam Poole": an object frame's noun belongs to the one who lost it)
    if matches!(p.parse.upos.get(v), Some(&"NOUN")) && rule.frame != Frame::Obj {
        let owners: Vec<(usize, usize)> = p
            .parse
            .children_with(v, &["nmod:poss"])
            .flat_map(|o| crate::grammar::people(a, &p, o))
            .filter(|&(_, t)| !matches!(a.w(t), "his" | "her"))
            .collect();
        return (!owners.is_empty()).then_some(owners);
    }
    if !matches!(p.parse.upos.get(v), Some(&"VERB") | Some(&"AUX")) {
        return None;
    }
    // "persuade them to switch", "as Tory councillors weighed up defecting": a plural or
    // unnamed group does it; no named person's event
    // ("Tom Hale was one of 21 Tory MPs stripped of the whip": the group's member, read off
    // the words)
    if super::groups::member_of_group(a, si, trigger.start).is_some() {
        return None;
    }
    // ("The MPs who defected include A and B": a group named right after the copula or
    // "include" that follows its relative clause, read off the words)
    if super::groups::named_after_copula(a, si, trigger.start).is_some_and(|v| !v.is_empty()) {
        return None;
    }
    if rule.frame == Frame::Subj && !p.parse.is_passive(v) {
        let subj = p.parse.subject_of(v);
        // (a plural noun that names its members, "Labour MPs A, B and C", is no group)
        // (only a true subject: "had no plans to resign" reaches the noun the infinitive
        // modifies, which is not who would resign)
        // (only a true subject, or a plural pronoun a verb of persuading controls: "had no
        // plans to resign" reaches the noun the infinitive modifies, and "one of the Labour
        // politicians who split to form the SDP" a noun the relative pronoun stands for,
        // neither of which names who did it)
        let generic = !subj.is_empty()
            && p.parse.labels[v] != "acl"
            && subj.iter().all(|&n| {
                let l = p.parse.labels[n];
                l.starts_with("nsubj")
                    || l == "conj"
                    || matches!(a.w(p.tok(n)), "they" | "them" | "we" | "us")
            })
            && subj.iter().all(|&n| {
                let (lo, hi) = p.parse.subtree_span(n);
                // ("members of the Blair cabinet": a name used as a modifier names no member)
                let named = (lo..hi).any(|m| {
                    let t = p.tok(m);
                    a.person_at(t).is_some()
                        && !matches!(
                            a.w(crate::events::mention_start(a, t).wrapping_sub(1)),
                            "the" | "a" | "an"
                        )
                });
                // ("A and B said they had left": a "they" that stands for a list names them)
                let listed_they =
                    a.w(p.tok(n)) == "they" && !super::resolve_they(a, si, p.tok(n)).is_empty();
                matches!(a.w(p.tok(n)), "they" | "them" | "we" | "us") && !listed_they
                    || p.parse.xpos[n] == "NNS" && !named
            });
        if generic {
            return Some(Vec::new());
        }
    }
    let objects: Vec<(usize, usize)> = p
        .parse
        .objects(v)
        .into_iter()
        .flat_map(|o| crate::grammar::people(a, &p, o))
        .collect();
    // "replaced by X", "lost to X": a trigger ending in a preposition names its person in
    // that preposition's phrase.
    let last = a.w(trigger.end - 1);
    let prep = trigger.len() > 1 && matches!(last, "by" | "to" | "from" | "with" | "as");
    let found = if rule.frame == Frame::Obj && prep {
        p.parse
            .pp_object(v, last)
            .into_iter()
            .flat_map(|o| crate::grammar::people(a, &p, o))
            .collect()
    } else if rule.frame == Frame::Obj && p.parse.labels[v] == "acl" && objects.is_empty() {
        // ("the first SDP member elected in a by-election": a passive participle on a noun is
        // about the noun, or about the subject the noun is predicated of)
        crate::grammar::subjects(a, &p, v)
    } else if rule.frame == Frame::Obj && !p.parse.is_passive(v) {
        objects
    } else if !p.parse.is_passive(v) && !objects.is_empty() {
        // A subject frame ("was put in charge of") used actively with a person object ("who
        // Blair put in charge of"): the rule meant the passive; leave it to the word rules.
        return None;
    } else {
        crate::grammar::subjects(a, &p, v)
    };
    // A pronoun the parse finds is resolved no better than the word rules resolve it: the
    // parse overrides only with people it names.
    // (but a pronoun subject the word rules would pass over for a nearer name is resolved
    // here: "he resigned to challenge John Major for the leadership, losing by 218 votes")
    let pronoun = |t: usize| matches!(a.w(t), "he" | "she" | "him" | "his" | "her");
    let participle = a.w(trigger.start).ends_with("ing")
        && trigger.start > s.tokens.start
        && a.w(trigger.start - 1) == ",";
    let mut named: Vec<(usize, usize)> = found
        .into_iter()
        .filter_map(|(q, t)| {
            if !pronoun(t) {
                Some((q, t))
            } else if participle && matches!(a.w(t), "he" | "she") {
                resolve_pronoun(a, t).map(|r| (r, t))
            } else {
                None
            }
        })
        .collect();
    // "Two councillors – A and B – quit ... to join": a list the parse broke after its
    // first name is still the subject, read off the words
    if let [(q, t)] = named[..] {
        if a.person_at(t).is_some() {
            named = with_list_right(a, si, q, t);
        }
    }
    (!named.is_empty()).then_some(named)
}
