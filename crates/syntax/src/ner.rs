//! Name recogniser: greedy BIO tagging of PERSON, ORG, GPE and NORP spans with an averaged
//! perceptron. Besides the word, its shape, clusters and part of speech, it reads per-token
//! lexicon flags that the caller computes from the project's own name lists
//! ([`NameFlags`]): a first name, an honorific, a party word, a role word.

use crate::feat::{f1, f2, f3, Rng};
use crate::io::{Reader, Writer};
use crate::lexical::Lex;
use crate::weights::{Trainer, Weights};

/// Lexicon facts about one token, as bits.
pub type NameFlags = u8;
pub const FIRST_NAME: NameFlags = 1;
pub const HONORIFIC: NameFlags = 2;
pub const PARTY_WORD: NameFlags = 4;
pub const ROLE_WORD: NameFlags = 8;
/// A surname or full name known from a loaded register.
pub const REGISTER_NAME: NameFlags = 16;

/// The entity kinds recognised.
pub const KINDS: [&str; 4] = ["PERSON", "ORG", "GPE", "NORP"];

/// Classes: 0 = O, then B-kind and I-kind for each kind.
pub fn class_name(c: u16) -> String {
    if c == 0 {
        "O".to_string()
    } else {
        let k = (c as usize - 1) / 2;
        let bi = if (c - 1).is_multiple_of(2) { "B" } else { "I" };
        format!("{bi}-{}", KINDS[k])
    }
}

/// The class of a BIO string (an unknown kind is O).
pub fn class_of(bio: &str) -> u16 {
    let Some((bi, kind)) = bio.split_once('-') else {
        return 0;
    };
    let Some(k) = KINDS.iter().position(|&x| x == kind) else {
        return 0;
    };
    1 + 2 * k as u16 + (bi == "I") as u16
}

const N_CLASSES: usize = 1 + 2 * KINDS.len();
const NIL: u64 = 0x0dead;

/// A recognised span: words `start..end` of the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name {
    pub start: usize,
    pub end: usize,
    /// Index into [`KINDS`].
    pub kind: usize,
}

impl Name {
    pub fn kind_name(&self) -> &'static str {
        KINDS[self.kind]
    }
}

fn features(
    lex: &[Lex],
    tags: &[u16],
    flags: &[NameFlags],
    i: usize,
    prev: u64,
    prev2: u64,
    out: &mut Vec<u64>,
) {
    out.clear();
    let at = |k: isize| -> Option<usize> {
        let j = i as isize + k;
        (j >= 0 && (j as usize) < lex.len()).then_some(j as usize)
    };
    let norm = |k: isize| at(k).map_or(NIL, |j| lex[j].norm);
    let shape = |k: isize| at(k).map_or(NIL, |j| lex[j].shape);
    let tag = |k: isize| at(k).map_or(NIL, |j| tags[j] as u64);
    let fl = |k: isize| at(k).map_or(0xff, |j| flags[j] as u64);
    let cl = |k: isize, g: usize| at(k).map_or(NIL, |j| lex[j].cluster[g]);
    let w = &lex[i];
    out.push(f1(0, 0));
    out.push(f1(1, w.norm));
    out.push(f1(2, w.form));
    out.push(f1(3, w.shape));
    out.push(f1(4, w.suf3));
    out.push(f1(5, w.pre1));
    out.push(f1(6, prev));
    out.push(f2(7, prev, prev2));
    out.push(f2(8, prev, w.shape));
    out.push(f2(9, prev, w.norm));
    out.push(f1(10, norm(-1)));
    out.push(f1(11, norm(1)));
    out.push(f1(12, norm(-2)));
    out.push(f1(13, norm(2)));
    out.push(f2(14, shape(-1), w.shape));
    out.push(f2(15, w.shape, shape(1)));
    out.push(f1(16, tag(0)));
    out.push(f2(17, tag(-1), tag(0)));
    out.push(f2(18, tag(0), tag(1)));
    out.push(f1(19, fl(0)));
    out.push(f2(20, fl(-1), fl(0)));
    out.push(f2(21, fl(0), fl(1)));
    out.push(f2(22, prev, fl(0)));
    out.push(f1(23, w.cluster[0]));
    out.push(f1(24, w.cluster[1]));
    out.push(f1(25, w.cluster[2]));
    out.push(f2(26, prev, w.cluster[1]));
    out.push(f1(27, cl(1, 1)));
    out.push(f1(28, cl(-1, 1)));
    out.push(f3(29, prev, tag(0), w.shape));
    out.push(f2(30, norm(-1), w.shape));
    out.push(f2(31, w.shape, norm(1)));
    out.push(f2(32, w.flags, tag(0)));
}

/// Whether `c` may follow `prev` (an I- must continue a span of its kind).
fn allowed(prev: usize, c: usize) -> bool {
    if c == 0 || (c - 1).is_multiple_of(2) {
        return true;
    }
    let kind = (c - 1) / 2;
    prev != 0 && (prev - 1) / 2 == kind
}

/// A trained recogniser.
pub struct Recogniser {
    weights: Weights,
}

impl Recogniser {
    /// Tags one sentence: a class per word.
    pub fn tag(&self, lex: &[Lex], tags: &[u16], flags: &[NameFlags], out: &mut Vec<u16>) {
        out.clear();
        let mut feats = Vec::with_capacity(40);
        let mut scores = [0i32; N_CLASSES];
        let (mut p1, mut p2) = (0usize, 0usize);
        for i in 0..lex.len() {
            features(lex, tags, flags, i, p1 as u64, p2 as u64, &mut feats);
            self.weights.score(&feats, &mut scores);
            let mut best = 0;
            for c in 1..N_CLASSES {
                if allowed(p1, c) && scores[c] > scores[best] {
                    best = c;
                }
            }
            out.push(best as u16);
            p2 = p1;
            p1 = best;
        }
    }

    /// The spans of one sentence.
    pub fn names(&self, lex: &[Lex], tags: &[u16], flags: &[NameFlags]) -> Vec<Name> {
        let mut classes = Vec::new();
        self.tag(lex, tags, flags, &mut classes);
        spans(&classes)
    }

    pub fn write(&self, w: &mut Writer) {
        w.magic(b"FCNE", 1);
        self.weights.write(w);
    }

    pub fn read(r: &mut Reader) -> Result<Recogniser, String> {
        r.magic(b"FCNE", 1)?;
        Ok(Recogniser {
            weights: Weights::read(r)?,
        })
    }

    pub fn n_features(&self) -> usize {
        self.weights.n_features()
    }
}

/// Spans from BIO classes.
pub fn spans(classes: &[u16]) -> Vec<Name> {
    let mut out: Vec<Name> = Vec::new();
    for (i, &c) in classes.iter().enumerate() {
        if c == 0 {
            continue;
        }
        let kind = (c as usize - 1) / 2;
        let inside = (c - 1) % 2 == 1;
        match out.last_mut() {
            Some(last) if inside && last.end == i && last.kind == kind => last.end = i + 1,
            _ => out.push(Name {
                start: i,
                end: i + 1,
                kind,
            }),
        }
    }
    out
}

/// A sentence to learn from.
pub struct Example {
    pub lex: Vec<Lex>,
    pub tags: Vec<u16>,
    pub flags: Vec<NameFlags>,
    pub gold: Vec<u16>,
}

pub fn train(
    examples: &[Example],
    epochs: usize,
    seed: u64,
    prune: crate::weights::Prune,
    log: &mut dyn FnMut(String),
) -> Recogniser {
    let mut trainer = Trainer::new(N_CLASSES);
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut feats = Vec::with_capacity(40);
    let mut scores = [0i64; N_CLASSES];
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &k in &order {
            let ex = &examples[k];
            let (mut p1, mut p2) = (0usize, 0usize);
            for i in 0..ex.lex.len() {
                features(
                    &ex.lex, &ex.tags, &ex.flags, i, p1 as u64, p2 as u64, &mut feats,
                );
                trainer.score(&feats, &mut scores);
                let mut best = 0;
                for c in 1..N_CLASSES {
                    if allowed(p1, c) && scores[c] > scores[best] {
                        best = c;
                    }
                }
                let gold = ex.gold[i] as usize;
                trainer.update(&feats, gold, best);
                trainer.tick();
                right += (best == gold) as usize;
                total += 1;
                p2 = p1;
                p1 = best;
            }
        }
        log(format!(
            "names epoch {}: train accuracy {:.2}%",
            epoch + 1,
            100.0 * right as f64 / total.max(1) as f64
        ));
    }
    Recogniser {
        weights: trainer.finish(prune),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_classes_round_trip() {
        for c in 0..N_CLASSES as u16 {
            assert_eq!(class_of(&class_name(c)), c);
        }
        assert_eq!(class_of("B-DATE"), 0);
    }

    #[test]
    fn spans_join_inside_tags_of_the_same_kind() {
        let c = [
            class_of("B-PERSON"),
            class_of("I-PERSON"),
            0,
            class_of("B-ORG"),
            class_of("I-GPE"),
        ];
        let s = spans(&c);
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].start, s[0].end, s[0].kind_name()), (0, 2, "PERSON"));
        assert_eq!((s[1].start, s[1].end), (3, 4));
        assert_eq!(s[2].kind_name(), "GPE");
    }

    #[test]
    fn inside_never_follows_outside() {
        assert!(!allowed(0, class_of("I-PERSON") as usize));
        assert!(allowed(
            class_of("B-PERSON") as usize,
            class_of("I-PERSON") as usize
        ));
        assert!(!allowed(
            class_of("B-ORG") as usize,
            class_of("I-PERSON") as usize
        ));
    }
}
