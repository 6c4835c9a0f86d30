//! Seats and named offices: "MP for Wantage", "South Cambs MP", "the Hartlepool by-election",
//! "Cambridgeshire and Peterborough mayor".

use floorcross_model::Span;
use floorcross_text::{Segmented, Token, TokenKind};

use crate::{Mentions, PostMention, Tag};

/// County abbreviations used in constituency names, and their full forms.
const COUNTY_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Cambs", "Cambridgeshire"),
    ("Herts", "Hertfordshire"),
    ("Beds", "Bedfordshire"),
    ("Bucks", "Buckinghamshire"),
    ("Berks", "Berkshire"),
    ("Hants", "Hampshire"),
    ("Wilts", "Wiltshire"),
    ("Glos", "Gloucestershire"),
    ("Lancs", "Lancashire"),
    ("Notts", "Nottinghamshire"),
    ("Northants", "Northamptonshire"),
    ("Oxon", "Oxfordshire"),
    ("Leics", "Leicestershire"),
    ("Lincs", "Lincolnshire"),
    ("Staffs", "Staffordshire"),
    ("Worcs", "Worcestershire"),
    ("Yorks", "Yorkshire"),
    ("Derbys", "Derbyshire"),
    ("Warks", "Warwickshire"),
    ("Shrops", "Shropshire"),
];

/// Roles whose seat is a constituency.
const SEATED: &[&str] = &[
    "MP",
    "MEP",
    "MSP",
    "AM",
    "MLA",
    "candidate",
    "parliamentary candidate",
    "councillor",
];

/// Capitalised words that open a sentence or phrase but are not part of a place name.
const NOT_PLACE: &[&str] = &[
    "The",
    "A",
    "An",
    // ("My constituency chairman": a possessive, no place)
    "My",
    "Your",
    "Former",
    "Ex",
    "New",
    "Veteran",
    "Senior",
    "Local",
    "Rebel",
    "Fellow",
    "Then",
    "But",
    "And",
    "In",
    "As",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "This",
    "That",
    "Labour",
    "Tory",
    "Conservative",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Only",
];

const CONNECTORS: &[&str] = &[
    "and", "&", "upon", "on", "under", "in", "with", "-", "by", "the",
];

fn is_place_word(text: &str, t: &Token) -> bool {
    let w = t.text(text);
    t.kind == TokenKind::Word
        && w.chars().next().is_some_and(char::is_uppercase)
        && !NOT_PLACE.contains(&w)
        // ("Labour Suspends Councillor Tom Hale": a title-case headline's verb or function word)
        && !crate::name_words::TITLE_VERBS.contains(&w)
        // "Ex-Labour MP", "Pro-European MP": a stance or past, not a seat
        && !["Ex-", "Pro-", "Anti-", "Non-"].iter().any(|p| w.starts_with(p))
}

/// The capitalised place name ending just before token `end` (exclusive), within `from..`.
fn place_before(
    text: &str,
    tokens: &[Token],
    tags: &[Tag],
    from: usize,
    end: usize,
) -> Option<usize> {
    let mut start = end;
    let mut k = end;
    while k > from {
        let t = &tokens[k - 1];
        if tags[k - 1] != Tag::None {
            break;
        }
        if is_place_word(text, t) {
            k -= 1;
            start = k;
            continue;
        }
        // A connector is let in only between two place words.
        if CONNECTORS.contains(&t.text(text))
            && k - 1 > from
            && is_place_word(text, &tokens[k - 2])
            && start == k
        {
            k -= 1;
            continue;
        }
        break;
    }
    (start < end).then_some(start)
}

/// The capitalised place name starting at token `start`, within `..to`.
fn place_after(
    text: &str,
    tokens: &[Token],
    tags: &[Tag],
    start: usize,
    to: usize,
) -> Option<usize> {
    let mut end = start;
    let mut k = start;
    while k < to {
        let t = &tokens[k];
        if tags[k] != Tag::None && !matches!(tags[k], Tag::Post(_)) {
            break;
        }
        if is_place_word(text, t) && !(k == start && NOT_PLACE.contains(&t.text(text))) {
            k += 1;
            end = k;
            continue;
        }
        if CONNECTORS.contains(&t.text(text))
            && k > start
            && end == k
            && tokens.get(k + 1).is_some_and(|n| is_place_word(text, n))
            && k + 1 < to
        {
            k += 1;
            continue;
        }
        break;
    }
    (end > start).then_some(end)
}

/// A place name as a post: single spaces, county abbreviations expanded.
pub fn post_name(raw: &str) -> String {
    raw.split_whitespace()
        .map(|w| {
            let w = w.trim_end_matches(['’', '\'']);
            COUNTY_ABBREVIATIONS
                .iter()
                .find(|(a, _)| *a == w)
                .map(|(_, full)| *full)
                .unwrap_or(w)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn tag_posts(text: &str, seg: &Segmented, m: &mut Mentions) {
    let tokens = &seg.tokens;
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    for s in &seg.sentences {
        let range = s.tokens.clone();
        for i in range.clone() {
            let w = tokens[i].text(text);
            let role = m.role_at(i).map(|r| (r.role, r.tokens.clone()));
            if let Some((role, rt)) = role {
                if rt.start != i {
                    continue;
                }
                if SEATED.contains(&role) || role == "mayor" {
                    // "MP for Wantage", "mayor of London"
                    let prep = tokens.get(rt.end).map(|t| t.text(text));
                    let wanted = if role == "mayor" { "of" } else { "for" };
                    if prep == Some(wanted) {
                        if let Some(end) = place_after(text, tokens, &m.tags, rt.end + 1, range.end)
                        {
                            let raw = Span::new(tokens[rt.end + 1].start, tokens[end - 1].end)
                                .slice(text);
                            let name = if role == "mayor" {
                                format!("Mayor of {}", post_name(raw))
                            } else {
                                post_name(raw)
                            };
                            found.push((rt.end + 1, end, name));
                            continue;
                        }
                    }
                    // "South Cambs MP", "South Cambs’ MP", "Cambridgeshire and Peterborough mayor"
                    let mut before = i;
                    if before > range.start && matches!(tokens[before - 1].text(text), "’" | "'")
                    {
                        before -= 1;
                    }
                    if let Some(start) = place_before(text, tokens, &m.tags, range.start, before) {
                        let raw =
                            Span::new(tokens[start].start, tokens[before - 1].end).slice(text);
                        let name = if role == "mayor" {
                            format!("Mayor of {}", post_name(raw))
                        } else {
                            post_name(raw)
                        };
                        found.push((start, before, name));
                    }
                }
                continue;
            }
            // "the Hartlepool by-election", "the Wantage seat", "Wantage constituency"
            if matches!(w, "by-election" | "seat" | "constituency") && m.tags[i] == Tag::None {
                if let Some(start) = place_before(text, tokens, &m.tags, range.start, i) {
                    let raw = Span::new(tokens[start].start, tokens[i - 1].end).slice(text);
                    found.push((start, i, post_name(raw)));
                }
            }
            // "the seat of Wantage", "constituency of Erewash"
            if matches!(w, "seat" | "constituency")
                && tokens.get(i + 1).is_some_and(|t| t.text(text) == "of")
                && i + 2 < range.end
            {
                if let Some(end) = place_after(text, tokens, &m.tags, i + 2, range.end) {
                    let raw = Span::new(tokens[i + 2].start, tokens[end - 1].end).slice(text);
                    found.push((i + 2, end, post_name(raw)));
                }
            }
        }
    }
    for (start, end, name) in found {
        if m.tags[start..end].iter().any(|t| *t != Tag::None) {
            continue;
        }
        let idx = m.posts.len() as u32;
        m.posts.push(PostMention {
            span: Span::new(tokens[start].start, tokens[end - 1].end),
            tokens: start..end,
            name,
        });
        m.tags[start..end].fill(Tag::Post(idx));
    }
    m.posts.sort_by_key(|p| p.span.start);
    for (idx, p) in m.posts.iter().enumerate() {
        m.tags[p.tokens.clone()].fill(Tag::Post(idx as u32));
    }
}
