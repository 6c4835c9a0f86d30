//! Slips of the keyboard: a full name met once that is one letter away from a name the story
//! uses again and again is that name ("Matt Hanock" beside Matt Hancock).

use super::*;

/// "Matt Hanock" once in a story that names Matt Hancock again and again is a slip of the
/// keyboard: a full name met once that differs from a name met at least twice (in full or by
/// surname) in one word, by one letter, where both spellings of that word have six letters
/// or more ("Davis" and "Davies" are two people), is that name. Candidate pairs share every
/// other word, so they are found through keys with one word blanked out, not by comparing
/// every pair.
pub(super) fn merge_misspellings(
    text: &str,
    tokens: &[Token],
    runs: &[Run],
    people: &mut Vec<Person>,
    pending: &mut [(usize, Option<usize>)],
    by_name: &mut HashMap<String, usize>,
) {
    if people.len() < 2 {
        return;
    }
    let mut full = vec![0usize; people.len()];
    for (_, p) in pending.iter() {
        if let Some(p) = p {
            full[*p] += 1;
        }
    }
    let mut single: HashMap<String, usize> = HashMap::new();
    for run in runs {
        if run.toks.len() == 1 {
            *single
                .entry(tokens[run.toks.start].text(text).to_string())
                .or_default() += 1;
        }
    }
    let surname_uses = |name: &str| {
        name.rsplit(' ')
            .next()
            .and_then(|w| single.get(w))
            .copied()
            .unwrap_or(0)
    };
    let mut keys: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        let words: Vec<&str> = p.name.split(' ').collect();
        for k in 0..words.len() {
            if words[k].chars().count() < 6 {
                continue;
            }
            let mut key = words.clone();
            key[k] = "*";
            keys.entry(format!("{k}|{}", key.join(" ")))
                .or_default()
                .push(i);
        }
    }
    let mut into: Vec<Option<usize>> = vec![None; people.len()];
    for group in keys.values() {
        if group.len() < 2 || group.len() > 8 {
            continue;
        }
        for &v in group {
            if full[v] != 1 || surname_uses(&people[v].name) > 0 || into[v].is_some() {
                continue;
            }
            let best = group
                .iter()
                .copied()
                .filter(|&c| c != v && into[c].is_none())
                .filter(|&c| full[c] + surname_uses(&people[c].name) >= 2)
                .filter(|&c| one_edit_apart(&people[v].name, &people[c].name))
                .max_by_key(|&c| (full[c] + surname_uses(&people[c].name), usize::MAX - c));
            into[v] = best;
        }
    }
    if into.iter().all(Option::is_none) {
        return;
    }
    // renumber: the misspelt entries go, their mentions join the name they misspell
    let mut new_index = vec![0usize; people.len()];
    let mut kept = 0;
    for i in 0..people.len() {
        if into[i].is_none() {
            new_index[i] = kept;
            kept += 1;
        }
    }
    let target = |i: usize| new_index[into[i].unwrap_or(i)];
    for (_, p) in pending.iter_mut() {
        if let Some(q) = p {
            *q = target(*q);
        }
    }
    for v in by_name.values_mut() {
        *v = target(*v);
    }
    let mut i = 0;
    people.retain(|_| {
        let keep = into[i].is_none();
        i += 1;
        keep
    });
}

/// Whether two strings differ by exactly one inserted, deleted or replaced character, or by
/// two neighbours swapped.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..]
        .iter()
        .rev()
        .zip(b[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ra, rb) = (a.len() - pre - suf, b.len() - pre - suf);
    match (ra, rb) {
        (1, 1) | (0, 1) | (1, 0) => true,
        (2, 2) => a[pre] == b[pre + 1] && a[pre + 1] == b[pre],
        _ => false,
    }
}
