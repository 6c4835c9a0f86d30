//! Part-of-speech tagger: greedy, left to right, an averaged perceptron over one joint
//! class per (UPOS, Penn tag) pair. Frequent words that (almost) always take one tag skip the
//! model (the tag dictionary).

use rustc_hash::FxHashMap;

use crate::feat::{f1, f2, f3, Rng};
use crate::io::{Reader, Writer};
use crate::lexical::{Lex, CAPITALISED, FIRST};
use crate::weights::{argmax, Trainer, Weights};

/// A trained tagger.
pub struct Tagger {
    /// Joint classes, `UPOS` and Penn tag separated by a tab.
    pub classes: Vec<String>,
    upos: Vec<String>,
    xpos: Vec<String>,
    dict: FxHashMap<u64, u16>,
    /// Per normalised word seen often enough in training: its ambiguity class (a hash of the
    /// set of classes it takes), so the tagger sees what the words ahead can be.
    amb: FxHashMap<u64, u64>,
    weights: Weights,
    /// The weights of the bias feature (the first of every word's features), added once
    /// instead of looked up per word: its row holds every class.
    bias: Vec<i32>,
}

/// A sentence to learn from: words and their joint classes.
pub struct Example<'a> {
    pub words: &'a [String],
    pub lex: Vec<Lex>,
    pub gold: Vec<u16>,
}

const NONE: u64 = 0xffff;
/// Features of one position; `prev` are the tags already chosen.
fn features(lex: &[Lex], amb: &[u64], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    out.clear();
    // The bias comes first ([`Tagger::tag`] adds it apart).
    let am = |k: isize| -> u64 {
        let j = i as isize + k;
        if j >= 0 && (j as usize) < amb.len() {
            amb[j as usize]
        } else {
            NONE
        }
    };
    let w = &lex[i];
    let at = |k: isize| -> Option<&Lex> {
        let j = i as isize + k;
        (j >= 0).then(|| lex.get(j as usize)).flatten()
    };
    let norm = |k: isize| at(k).map_or(NONE, |l| l.norm);
    let suf3 = |k: isize| at(k).map_or(NONE, |l| l.suf3);
    let cl = |k: isize, g: usize| at(k).map_or(NONE, |l| l.cluster[g]);
    out.push(f1(0, 0));
    out.push(f1(1, w.norm));
    out.push(f1(2, w.suf3));
    out.push(f1(3, w.suf2));
    out.push(f1(4, w.pre1));
    out.push(f1(5, w.shape));
    out.push(f1(6, p1));
    out.push(f1(7, p2));
    out.push(f2(8, p1, p2));
    out.push(f2(9, w.norm, p1));
    out.push(f1(10, norm(-1)));
    out.push(f1(11, suf3(-1)));
    out.push(f1(12, norm(-2)));
    out.push(f1(13, norm(1)));
    out.push(f1(14, suf3(1)));
    out.push(f1(15, norm(2)));
    out.push(f1(16, w.cluster[0]));
    out.push(f1(17, w.cluster[1]));
    out.push(f1(18, w.cluster[2]));
    out.push(f1(19, cl(-1, 1)));
    out.push(f1(20, cl(1, 1)));
    out.push(f1(21, cl(1, 2)));
    out.push(f2(22, w.shape, p1));
    out.push(f2(23, w.norm, norm(1)));
    out.push(f2(24, norm(-1), w.norm));
    out.push(f2(25, w.cluster[1], p1));
    out.push(f1(26, w.flags & (CAPITALISED | FIRST)));
    out.push(f2(27, w.suf3, p1));
    out.push(f3(28, w.cluster[2], cl(1, 1), p1));
    out.push(f2(29, w.form, 0));
    out.push(f1(30, w.suf4));
    out.push(f1(31, w.pre3));
    out.push(f2(32, norm(-1), norm(1)));
    out.push(f2(33, p1, norm(1)));
    out.push(f1(34, cl(-1, 2)));
    out.push(f1(35, cl(1, 0)));
    out.push(f1(36, at(-1).map_or(NONE, |l| l.shape)));
    out.push(f1(37, at(1).map_or(NONE, |l| l.shape)));
    out.push(f2(38, w.suf3, w.shape));
    out.push(f1(39, w.flags));
    out.push(f3(40, w.cluster[1], cl(-1, 1), cl(1, 1)));
    out.push(f2(41, w.norm, suf3(1)));
    out.push(f1(42, w.cluster[3]));
    out.push(f2(43, w.cluster[3], p1));
    out.push(f1(44, cl(1, 3)));
    out.push(f1(45, cl(-1, 3)));
    out.push(f1(46, am(0)));
    out.push(f1(47, am(1)));
    out.push(f1(48, am(2)));
    out.push(f2(49, p1, am(1)));
    out.push(f2(50, am(0), am(1)));
    out.push(f3(51, p1, am(0), am(1)));
    out.push(f2(52, am(0), w.suf3));
}

/// A word's ambiguity class, or a marker for an unknown word.
fn ambiguity(amb: &FxHashMap<u64, u64>, l: &Lex) -> u64 {
    amb.get(&l.norm).copied().unwrap_or(0xa3b)
}

impl Tagger {
    /// Tags a sentence: one joint class per word.
    pub fn tag(&self, lex: &[Lex], out: &mut Vec<u16>) {
        out.clear();
        let amb: Vec<u64> = lex.iter().map(|l| ambiguity(&self.amb, l)).collect();
        let mut feats = Vec::with_capacity(64);
        let mut scores = vec![0i32; self.classes.len()];
        let (mut p1, mut p2) = (NONE, NONE);
        for i in 0..lex.len() {
            let c = match self.dict.get(&lex[i].form) {
                Some(&c) => c,
                None => {
                    features(lex, &amb, i, p1, p2, &mut feats);
                    self.weights.score(&feats[1..], &mut scores);
                    for (s, b) in scores.iter_mut().zip(&self.bias) {
                        *s += b;
                    }
                    argmax(&scores) as u16
                }
            };
            out.push(c);
            p2 = p1;
            p1 = c as u64;
        }
    }

    /// Whether the word's tag comes from the tag dictionary (no model needed).
    pub fn in_dictionary(&self, lex: &Lex) -> bool {
        self.dict.contains_key(&lex.form)
    }

    /// The word's ambiguity class (a hash of the classes it took in training; a marker for
    /// a word seen too rarely).
    pub fn ambiguity(&self, lex: &Lex) -> u64 {
        ambiguity(&self.amb, lex)
    }

    pub fn upos(&self, class: u16) -> &str {
        &self.upos[class as usize]
    }

    pub fn xpos(&self, class: u16) -> &str {
        &self.xpos[class as usize]
    }

    /// The class of a (UPOS, Penn tag) pair, if the tagger knows it.
    pub fn class_of(&self, upos: &str, xpos: &str) -> Option<u16> {
        self.upos
            .iter()
            .zip(&self.xpos)
            .position(|(u, x)| u == upos && x == xpos)
            .map(|c| c as u16)
    }

    pub fn write(&self, w: &mut Writer) {
        w.magic(b"FCTG", 2);
        w.strs(&self.classes);
        let mut dict: Vec<(u64, u16)> = self.dict.iter().map(|(&k, &v)| (k, v)).collect();
        dict.sort_unstable();
        w.u32(dict.len() as u32);
        for (k, v) in dict {
            w.u64(k);
            w.u16(v);
        }
        let mut amb: Vec<(u64, u64)> = self.amb.iter().map(|(&k, &v)| (k, v)).collect();
        amb.sort_unstable();
        w.u32(amb.len() as u32);
        for (k, v) in amb {
            w.u64(k);
            w.u64(v);
        }
        self.weights.write(w);
    }

    pub fn read(r: &mut Reader) -> Result<Tagger, String> {
        r.magic(b"FCTG", 2)?;
        let classes = r.strs()?;
        let n = r.u32()? as usize;
        let mut dict = FxHashMap::default();
        for _ in 0..n {
            let k = r.u64()?;
            let v = r.u16()?;
            if v as usize >= classes.len() {
                return Err("tag dictionary class out of range".into());
            }
            dict.insert(k, v);
        }
        let n = r.u32()? as usize;
        let mut amb = FxHashMap::default();
        for _ in 0..n {
            let k = r.u64()?;
            amb.insert(k, r.u64()?);
        }
        let weights = Weights::read(r)?;
        Ok(Tagger::assemble(classes, dict, amb, weights))
    }

    fn assemble(
        classes: Vec<String>,
        dict: FxHashMap<u64, u16>,
        amb: FxHashMap<u64, u64>,
        weights: Weights,
    ) -> Tagger {
        let (upos, xpos) = classes
            .iter()
            .map(|c| {
                let (u, x) = c.split_once('\t').unwrap_or((c.as_str(), "_"));
                (u.to_string(), x.to_string())
            })
            .unzip();
        Tagger {
            classes,
            upos,
            xpos,
            dict,
            amb,
            bias: weights.row(f1(0, 0)),
            weights,
        }
    }

    pub fn n_features(&self) -> usize {
        self.weights.n_features()
    }
}

/// Training settings.
pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
    /// A word enters the tag dictionary when seen this often ...
    pub dict_min_count: u32,
    /// ... with this share (or more) of one class.
    pub dict_min_share: f64,
    /// Pruning threshold (share of the largest weight).
    pub prune: crate::weights::Prune,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            epochs: 10,
            seed: 0x5eed_7a99,
            dict_min_count: 20,
            dict_min_share: 0.995,
            prune: crate::weights::Prune {
                min_abs: 0.0,
                min_updates: 2,
            },
        }
    }
}

/// Joint class names from (UPOS, XPOS) pairs, in first-seen order.
pub fn class_index(
    classes: &mut Vec<String>,
    index: &mut FxHashMap<String, u16>,
    upos: &str,
    xpos: &str,
) -> u16 {
    let key = format!("{upos}\t{xpos}");
    if let Some(&c) = index.get(&key) {
        return c;
    }
    let c = classes.len() as u16;
    classes.push(key.clone());
    index.insert(key, c);
    c
}

/// Trains a tagger on examples (classes already indexed into `classes`).
pub fn train(
    classes: Vec<String>,
    examples: &[Example],
    cfg: &TrainConfig,
    log: &mut dyn FnMut(String),
) -> Tagger {
    // Tag dictionary.
    let mut counts: FxHashMap<u64, FxHashMap<u16, u32>> = FxHashMap::default();
    for ex in examples {
        for (l, &g) in ex.lex.iter().zip(&ex.gold) {
            *counts.entry(l.form).or_default().entry(g).or_default() += 1;
        }
    }
    let mut dict = FxHashMap::default();
    for (form, by_class) in &counts {
        let total: u32 = by_class.values().sum();
        let (&best, &n) = by_class
            .iter()
            .max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c)))
            .expect("non-empty");
        if total >= cfg.dict_min_count && n as f64 / total as f64 >= cfg.dict_min_share {
            dict.insert(*form, best);
        }
    }
    // Ambiguity classes: the classes holding at least a tenth of a word's uses, for words
    // seen at least three times.
    let mut by_norm: FxHashMap<u64, FxHashMap<u16, u32>> = FxHashMap::default();
    for ex in examples {
        for (l, &g) in ex.lex.iter().zip(&ex.gold) {
            *by_norm.entry(l.norm).or_default().entry(g).or_default() += 1;
        }
    }
    let mut amb = FxHashMap::default();
    for (norm, by_class) in &by_norm {
        let total: u32 = by_class.values().sum();
        if total < 3 {
            continue;
        }
        let mut set: Vec<u16> = by_class
            .iter()
            .filter(|(_, &n)| n * 10 >= total)
            .map(|(&c, _)| c)
            .collect();
        set.sort_unstable();
        let h = set
            .iter()
            .fold(0x5151u64, |h, &c| crate::feat::fmix(h ^ (c as u64 + 1)));
        amb.insert(*norm, h);
    }
    let mut trainer = Trainer::new(classes.len());
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng::new(cfg.seed);
    let mut feats = Vec::with_capacity(64);
    let mut scores = vec![0i64; classes.len()];
    for epoch in 0..cfg.epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &k in &order {
            let ex = &examples[k];
            let ambs: Vec<u64> = ex.lex.iter().map(|l| ambiguity(&amb, l)).collect();
            let (mut p1, mut p2) = (NONE, NONE);
            for i in 0..ex.lex.len() {
                let gold = ex.gold[i] as usize;
                let guess = match dict.get(&ex.lex[i].form) {
                    Some(&c) => c as usize,
                    None => {
                        features(&ex.lex, &ambs, i, p1, p2, &mut feats);
                        trainer.score(&feats, &mut scores);
                        let best = argmax(&scores);
                        trainer.update(&feats, gold, best);
                        trainer.tick();
                        best
                    }
                };
                right += (guess == gold) as usize;
                total += 1;
                p2 = p1;
                p1 = guess as u64;
            }
        }
        log(format!(
            "tagger epoch {}: train accuracy {:.2}%",
            epoch + 1,
            100.0 * right as f64 / total.max(1) as f64
        ));
    }
    let weights = trainer.finish(cfg.prune);
    Tagger::assemble(classes, dict, amb, weights)
}

/// Features of every word, for tests and benchmarks that want to see the templates.
pub fn n_templates() -> usize {
    let lex = vec![Lex::default(); 3];
    let mut v = Vec::new();
    features(&lex, &[0; 3], 1, 0, 0, &mut v);
    v.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexical::{analyse, Clusters};

    fn ex(
        words: &[&str],
        tags: &[&str],
        classes: &mut Vec<String>,
        index: &mut FxHashMap<String, u16>,
    ) -> (Vec<String>, Vec<u16>) {
        let w: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        let g = tags
            .iter()
            .map(|t| class_index(classes, index, t, t))
            .collect();
        (w, g)
    }

    #[test]
    fn learns_tags_from_context() {
        let mut classes = Vec::new();
        let mut index = FxHashMap::default();
        let data = [
            ex(
                &["they", "can", "fish"],
                &["PRON", "AUX", "VERB"],
                &mut classes,
                &mut index,
            ),
            ex(
                &["a", "fish", "swims"],
                &["DET", "NOUN", "VERB"],
                &mut classes,
                &mut index,
            ),
            ex(
                &["the", "can", "rusts"],
                &["DET", "NOUN", "VERB"],
                &mut classes,
                &mut index,
            ),
            ex(
                &["we", "fish", "often"],
                &["PRON", "VERB", "ADV"],
                &mut classes,
                &mut index,
            ),
        ];
        let clusters = Clusters::empty();
        let examples: Vec<Example> = data
            .iter()
            .map(|(w, g)| {
                let refs: Vec<&str> = w.iter().map(String::as_str).collect();
                let mut lex = Vec::new();
                analyse(&refs, &clusters, &mut lex);
                Example {
                    words: w,
                    lex,
                    gold: g.clone(),
                }
            })
            .collect();
        let cfg = TrainConfig {
            epochs: 8,
            dict_min_count: 100,
            prune: crate::weights::Prune::NONE,
            ..TrainConfig::default()
        };
        let tagger = train(classes, &examples, &cfg, &mut |_| {});
        let mut lex = Vec::new();
        analyse(&["the", "fish", "swims"], &clusters, &mut lex);
        let mut out = Vec::new();
        tagger.tag(&lex, &mut out);
        let tags: Vec<&str> = out.iter().map(|&c| tagger.upos(c)).collect();
        assert_eq!(tags, ["DET", "NOUN", "VERB"]);
        // And it survives a round trip through bytes.
        let mut w = Writer::default();
        tagger.write(&mut w);
        let b = w.into_bytes();
        let back = Tagger::read(&mut Reader::new(&b)).unwrap();
        let mut out2 = Vec::new();
        back.tag(&lex, &mut out2);
        assert_eq!(out, out2);
    }
}
