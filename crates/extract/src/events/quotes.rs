//! Quotations: who speaks a quotation (the tag before or after it, a quote that goes on from
//! a sentence ending "X said:", the speaker a relative clause quotes, the teller of "told X
//! that he …"), a first-person piece's author outside quotation marks, and whether a sentence
//! starts inside a quotation or is all quotation.

use super::*;

pub(crate) fn quote_mark(a: &Analysed, j: usize) -> bool {
    matches!(a.w(j), "\"" | "“" | "”")
}

/// A first-person piece's author, for an "I" at token `k` outside its sentence's quotation
/// marks (inside them, "I" is the quotation's speaker, whoever wrote the article).
pub(crate) fn author_outside_quotes(a: &Analysed, k: usize) -> Option<usize> {
    let s0 = a.seg.sentences[a.sentence_of(k)].tokens.start;
    let marks = (s0..k).filter(|&j| quote_mark(a, j)).count();
    (marks % 2 == 0).then_some(a.author).flatten()
}

/// The speaker of the direct quotation a third-person pronoun at `k` stands in: the person
/// right before or after a speech verb outside the quotation marks ("Reed said: \"I feel
/// that he left\"", "\"He left,\" Reed said"), or of the quotation the sentence before
/// when this one only continues it. A speaker says "I", so "he" is someone else.
pub(crate) fn quote_speaker(a: &Analysed, k: usize, depth: usize) -> Option<usize> {
    if !matches!(a.w(k), "he" | "him" | "his" | "she" | "her") || depth >= 3 {
        return None;
    }
    let si = a.sentence_of(k);
    let sent = &a.seg.sentences[si];
    let is_mark = |j: usize| quote_mark(a, j);
    let before = (sent.tokens.start..k).filter(|&j| is_mark(j)).count();
    if before % 2 == 0 {
        return None;
    }
    sentence_speaker(a, si, depth)
        .or_else(|| {
            // a paragraph that only continues the quotation of the sentence before
            let opens = sent
                .tokens
                .clone()
                .all(|j| !a.is_word(j) || (sent.tokens.start..j).any(is_mark));
            (opens && si > 0)
                .then(|| sentence_speaker(a, si - 1, depth))
                .flatten()
        })
        .or_else(|| {
            // a quotation that runs on past this sentence: its speaker is named where it closes
            // ("\"He was elected as UKIP. He should resign,\" she said.")
            let marks = |s: usize| {
                let t = &a.seg.sentences[s].tokens;
                t.clone().filter(|&j| is_mark(j)).count()
            };
            if marks(si) % 2 == 0 {
                return None;
            }
            (si + 1..(si + 3).min(a.seg.sentences.len()))
                .find(|&s| marks(s) % 2 == 1)
                .and_then(|s| speaker_where_quote_closes(a, s, depth))
        })
}

/// Who speaks the quotation in sentence `si`: the person (or resolved pronoun) next to a
/// speech verb outside the quotation marks.
pub(crate) fn sentence_speaker(a: &Analysed, si: usize, depth: usize) -> Option<usize> {
    speaker_in(a, si, depth, false)
}

/// Who speaks a quotation opened in an earlier sentence and closed in sentence `si` ("He
/// should resign," she said.): the sentence starts inside the quotation marks.
pub(crate) fn speaker_where_quote_closes(a: &Analysed, si: usize, depth: usize) -> Option<usize> {
    speaker_in(a, si, depth, true)
}

pub(crate) fn speaker_in(
    a: &Analysed,
    si: usize,
    depth: usize,
    starts_inside: bool,
) -> Option<usize> {
    let sent = &a.seg.sentences[si];
    let is_mark = |j: usize| quote_mark(a, j);
    let outside = |j: usize| {
        ((sent.tokens.start..j).filter(|&m| is_mark(m)).count() + starts_inside as usize)
            .is_multiple_of(2)
    };
    let who = |j: usize| -> Option<usize> {
        a.person_at(j).or_else(|| {
            pronoun_gender(a.w(j))
                .is_some()
                .then(|| resolve_pronoun_depth(a, j, depth + 1))
                .flatten()
        })
    };
    sent.tokens
        .clone()
        .filter(|&j| crate::grammar::SPEECH_VERBS.contains(&a.w(j)) && outside(j))
        .find_map(|v| {
            // "Reed said", "said Reed", "Reed, the party's leader, said"
            let after = (v + 1 < sent.tokens.end).then(|| who(v + 1)).flatten();
            let before = (v.saturating_sub(6).max(sent.tokens.start)..v)
                .rev()
                .take_while(|&j| !is_mark(j))
                .find_map(who);
            after.or(before)
        })
}

/// "Carwyn Jones, who announced in April that he would step down": a subject pronoun in what
/// a relative clause's subject said is that subject.
pub(crate) fn relative_speaker(
    a: &Analysed,
    k: usize,
    gender: floorcross_mention::Gender,
) -> Option<usize> {
    if !matches!(a.w(k), "he" | "she") {
        return None;
    }
    let s0 = a.seg.sentences[a.sentence_of(k)].tokens.start;
    let lo = k.saturating_sub(10).max(s0);
    let who = (lo..k).rev().find(|&j| a.w(j) == "who")?;
    let said = (who + 1..k).any(|j| {
        matches!(
            a.w(j),
            "said"
                | "says"
                | "announced"
                | "insisted"
                | "confirmed"
                | "revealed"
                | "admitted"
                | "claimed"
                | "denied"
                | "told"
                | "warned"
                | "promised"
        )
    });
    if !said || (who + 1..k).any(|j| a.person_at(j).is_some() || matches!(a.w(j), "." | ";")) {
        return None;
    }
    who_antecedent(a, s0, who)
        .map(|(p, _)| p)
        .filter(|&p| a.gender(p).agrees(gender))
}

/// "The prime minister told Mr Reid he would stand down": a subject pronoun right after
/// "told X (that)" is the teller, not the one told.
pub(crate) fn teller(
    a: &Analysed,
    k: usize,
    gender: floorcross_mention::Gender,
    depth: usize,
) -> Option<usize> {
    // "He told the BBC's editor John Pike his resignation was…": the possessive of what was
    // told is the teller's too
    if !matches!(a.w(k), "he" | "she" | "his" | "her") {
        return None;
    }
    let s0 = a.seg.sentences[a.sentence_of(k)].tokens.start;
    let mut b = k;
    if b > s0 && a.w(b - 1) == "that" {
        b -= 1;
    }
    let told = a.person_at(b.checked_sub(1)?)?;
    let mut v = mention_start(a, b - 1);
    // past a short description: "the BBC's deputy political editor John Pike"
    let telling = |w: &str| {
        matches!(
            w,
            "told" | "tells" | "assured" | "assures" | "promised" | "promises" | "informed"
        )
    };
    let lo = v.saturating_sub(8).max(s0);
    let verb = (lo..v).rev().find(|&j| {
        telling(a.w(j))
            || a.person_at(j).is_some()
            || matches!(a.w(j), "," | ";" | ":" | "that" | "and" | "but" | "\"")
    })?;
    if !telling(a.w(verb)) {
        return None;
    }
    v = verb + 1;
    // the subject of the telling verb: the closest person or definite office before it
    let lo = v.saturating_sub(7).max(s0);
    let mut j = v - 1;
    while j > lo {
        j -= 1;
        if let Some(r) = a.m.role_at(j) {
            if r.tokens.end == j + 1 && a.w(r.tokens.start.wrapping_sub(1)) == "the" {
                return a
                    .holder(r.role)
                    .filter(|&p| p != told && a.gender(p).agrees(gender));
            }
            continue;
        }
        if let Some(p) = a.person_at(j) {
            return (p != told && a.gender(p).agrees(gender)).then_some(p);
        }
        if depth < 3 && pronoun_gender(a.w(j)) == Some(gender) {
            return resolve_pronoun_depth(a, j, depth + 1).filter(|&p| p != told);
        }
        if matches!(a.w(j), "." | ";" | ",") {
            break;
        }
    }
    None
}

/// Who is speaking in sentence `si`: "X said: ...", "... , X said", or a quote continuing
/// from a sentence that ends "X said:".
pub(crate) fn speaker(a: &Analysed, si: usize) -> Option<usize> {
    let said = |k: usize| {
        matches!(
            a.w(k),
            "said" | "says" | "told" | "added" | "insisted" | "explained" | "recalled"
        )
    };
    for s in (si.saturating_sub(3)..=si).rev() {
        let sent = &a.seg.sentences[s];
        for k in sent.tokens.clone() {
            if let Some(p) = a.person_at(k) {
                let e = mention_end(a, k);
                if said(e)
                    || said(e + 1) && a.w(e) == ","
                    || k > 0 && said(k - 1) && a.w(k.wrapping_sub(2)) == ","
                {
                    return Some(p);
                }
            }
            // ("'I joined the SNP at sixteen,' she says": a pronoun speech tag after the
            // quote; one before it, "In 1968 he said: 'I …'", is left to the rules above)
            if matches!(a.w(k), "she" | "he")
                && k > sent.tokens.start
                && matches!(a.w(k - 1), "\"" | "”" | "’" | "'")
                && said(k + 1)
            {
                return resolve_pronoun(a, k);
            }
        }
        // only look back from a sentence that opens a quote or goes on with one ("… lost.
        // I stood again in 1992 and lost again.": the speaker is the quotation's, told before)
        let opens_quote = matches!(a.w(sent.tokens.start), "\"" | "“");
        if !opens_quote && !in_open_quote(a, s) {
            break;
        }
    }
    None
}

/// Whether sentence `si` starts inside a quotation opened earlier in its paragraph (an odd
/// count of straight quote marks, or more opening curly marks than closing ones, since the
/// paragraph's start).
pub(crate) fn in_open_quote(a: &Analysed, si: usize) -> bool {
    if let Some(&Some(q)) = a.open_quotes.borrow().get(si) {
        return q;
    }
    let q = starts_in_open_quote(a, si);
    let mut memo = a.open_quotes.borrow_mut();
    if memo.len() < a.seg.sentences.len() {
        memo.resize(a.seg.sentences.len(), None);
    }
    memo[si] = Some(q);
    q
}

/// Whether sentence `si` is all quotation: it opens with a quotation mark or inside an open
/// quotation, and no word of it stands outside the marks ("\"Same views, same face." is; "\"I'm
/// the same chap,\" he tells her." is not).
pub(crate) fn quote_filled(a: &Analysed, si: usize) -> bool {
    let span = a.seg.sentences[si].span;
    let mut inside = in_open_quote(a, si);
    let text = span.slice(a.text).trim_start();
    if !inside && !text.starts_with(['"', '“']) {
        return false;
    }
    for c in text.chars() {
        match c {
            '"' => inside = !inside,
            '“' => inside = true,
            '”' => inside = false,
            c if c.is_alphanumeric() && !inside => return false,
            _ => {}
        }
    }
    true
}

/// [`in_open_quote`], read from the text.
pub(crate) fn starts_in_open_quote(a: &Analysed, si: usize) -> bool {
    let start = a.seg.sentences[si].span.start;
    // (at most the 8 KiB before: a paragraph longer than that is read from there, so the scan
    // stays bounded however long a paragraph runs)
    let mut lo = start.saturating_sub(8192);
    while !a.text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = &a.text[lo..start];
    let para = before.rfind("\n\n").map_or(0, |i| i + 2);
    let stretch = &before[para..];
    let straight = stretch.matches('"').count();
    let open = stretch.matches('“').count();
    let close = stretch.matches('”').count();
    straight % 2 == 1 || open > close
}
