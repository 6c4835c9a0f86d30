//! Arc labeller: given an unlabelled tree, names each arc (`nsubj`, `obj`, `obl`, ...) with an
//! averaged perceptron. Arcs are labelled top-down, so a dependent sees its head's label
//! ("the subject of a passive clause"), and every dependent sees the whole tree: its own
//! case marker, the head's auxiliaries, a comma or conjunction between them.

use crate::feat::{f1, f2, f3, f4, Rng};
use crate::io::{Reader, Writer};
use crate::weights::{argmax, Trainer, Weights};

const NIL: u64 = 0x0dead;
const ROOT: u64 = 0x0bee5;

/// What the labeller sees of a word.
#[derive(Clone, Copy, Debug)]
pub struct Word {
    pub w: u64,
    pub p: u64,
    pub c: u64,
    pub suf3: u64,
    /// A form of "be", "get" or "have" that can mark a passive or perfect.
    pub aux_be: bool,
    pub comma: bool,
}

/// A trained labeller.
pub struct Labeler {
    pub labels: Vec<String>,
    weights: Weights,
    /// The weights of the bias feature (the first of every arc's features), added once
    /// instead of looked up per arc.
    bias: Vec<i32>,
}

/// Children lists of a tree, in order, per position (0 = root).
fn children(heads: &[usize]) -> Vec<Vec<usize>> {
    let mut ch = vec![Vec::new(); heads.len() + 1];
    for (i, &h) in heads.iter().enumerate() {
        if h <= heads.len() {
            ch[h].push(i + 1);
        }
    }
    ch
}

/// Top-down order: the root's dependents first, then theirs.
fn top_down(ch: &[Vec<usize>]) -> Vec<usize> {
    let mut order = Vec::with_capacity(ch.len());
    let mut queue = std::collections::VecDeque::from([0usize]);
    while let Some(x) = queue.pop_front() {
        for &c in &ch[x] {
            order.push(c);
            queue.push_back(c);
        }
    }
    order
}

fn features(
    words: &[Word],
    heads: &[usize],
    ch: &[Vec<usize>],
    labels: &[u64],
    d: usize,
    out: &mut Vec<u64>,
) {
    out.clear();
    // The bias comes first ([`Labeler::label`] adds it apart).
    let h = heads[d - 1];
    let at = |i: usize| -> &Word { &words[i - 1] };
    let dw = at(d);
    let (hw, hp, hc) = if h == 0 {
        (ROOT, ROOT, ROOT)
    } else {
        let x = at(h);
        (x.w, x.p, x.c)
    };
    let hl = if h == 0 { ROOT } else { labels[h] };
    let left = (d < h) as u64;
    let dist = match d.abs_diff(h) {
        x @ 0..=3 => x as u64,
        4..=6 => 4,
        _ => 5,
    };
    let dch = &ch[d];
    let first_child = dch.first().map_or(NIL, |&c| at(c).w);
    let first_child_p = dch.first().map_or(NIL, |&c| at(c).p);
    let last_child_p = dch.last().map_or(NIL, |&c| at(c).p);
    // Case markers, determiners and auxiliaries sit left of their word: its first two
    // left children.
    let left_child = dch.iter().find(|&&c| c < d).map_or(NIL, |&c| at(c).w);
    let left_child2 = dch
        .iter()
        .filter(|&&c| c < d)
        .nth(1)
        .map_or(NIL, |&c| at(c).w);
    let passive = h != 0 && ch[h].iter().any(|&c| c < h && at(c).aux_be);
    let comma_between = {
        let (lo, hi) = if d < h { (d, h) } else { (h.max(1), d) };
        (lo + 1..hi).any(|i| at(i).comma)
    };
    let n_dch = dch.len().min(3) as u64;
    let prev_sib = if h <= heads.len() {
        ch[h]
            .iter()
            .rev()
            .find(|&&c| c < d)
            .map_or(NIL, |&c| at(c).p)
    } else {
        NIL
    };
    out.push(f1(0, 0));
    out.push(f1(1, dw.w));
    out.push(f1(2, dw.p));
    out.push(f1(3, dw.c));
    out.push(f1(4, hw));
    out.push(f1(5, hp));
    out.push(f1(6, hc));
    out.push(f3(7, hp, dw.p, left));
    out.push(f4(8, hp, dw.p, left, dist));
    out.push(f3(9, hw, dw.p, left));
    out.push(f3(10, hp, dw.w, left));
    out.push(f3(11, hl, dw.p, left));
    out.push(f4(12, hl, hp, dw.p, left));
    out.push(f2(13, first_child, dw.p));
    out.push(f3(14, left_child, dw.p, hp));
    out.push(f2(15, left_child2, dw.p));
    out.push(f4(16, passive as u64, hp, dw.p, left));
    out.push(f4(17, comma_between as u64, hp, dw.p, left));
    out.push(f3(18, n_dch, dw.p, left));
    out.push(f3(19, dw.suf3, dw.p, left));
    out.push(f2(20, first_child_p, dw.p));
    out.push(f2(21, last_child_p, dw.p));
    out.push(f3(22, prev_sib, dw.p, left));
    out.push(f4(23, hw, dw.w, left, 0));
    out.push(f3(24, hc, dw.c, left));
    out.push(f3(25, left_child, hp, left));
    out.push(f2(26, dw.w, left));
    out.push(f3(27, hl, left_child, dw.p));
    out.push(f2(28, (d == 1) as u64, dw.p));
    out.push(f3(29, dist, left, dw.p));
}

impl Labeler {
    /// Labels every arc of a tree: `out[i]` is the label (index into [`Labeler::labels`]) of
    /// word `i + 1`.
    pub fn label(&self, words: &[Word], heads: &[usize], out: &mut Vec<u16>) {
        out.clear();
        out.resize(words.len(), 0);
        if words.is_empty() {
            return;
        }
        let ch = children(heads);
        let mut assigned = vec![NIL; words.len() + 1];
        let mut feats = Vec::with_capacity(32);
        let mut scores = vec![0i32; self.labels.len()];
        for d in top_down(&ch) {
            features(words, heads, &ch, &assigned, d, &mut feats);
            self.weights.score(&feats[1..], &mut scores);
            for (s, b) in scores.iter_mut().zip(&self.bias) {
                *s += b;
            }
            let l = argmax(&scores);
            out[d - 1] = l as u16;
            assigned[d] = l as u64 + 1;
        }
    }

    pub fn write(&self, w: &mut Writer) {
        w.magic(b"FCLB", 1);
        w.strs(&self.labels);
        self.weights.write(w);
    }

    pub fn read(r: &mut Reader) -> Result<Labeler, String> {
        r.magic(b"FCLB", 1)?;
        let labels = r.strs()?;
        let weights = Weights::read(r)?;
        Ok(Labeler::assemble(labels, weights))
    }

    pub fn n_features(&self) -> usize {
        self.weights.n_features()
    }

    fn assemble(labels: Vec<String>, weights: Weights) -> Labeler {
        Labeler {
            labels,
            bias: weights.row(f1(0, 0)),
            weights,
        }
    }
}

/// A sentence to learn from: words, gold heads and gold labels (indexes into the label list).
pub struct Example {
    pub words: Vec<Word>,
    pub heads: Vec<usize>,
    pub labels: Vec<u16>,
}

pub fn train(
    labels: Vec<String>,
    examples: &[Example],
    epochs: usize,
    seed: u64,
    prune: crate::weights::Prune,
    log: &mut dyn FnMut(String),
) -> Labeler {
    let mut trainer = Trainer::new(labels.len());
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut feats = Vec::with_capacity(32);
    let mut scores = vec![0i64; labels.len()];
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &k in &order {
            let ex = &examples[k];
            if ex.words.is_empty() {
                continue;
            }
            let ch = children(&ex.heads);
            let mut assigned = vec![NIL; ex.words.len() + 1];
            for d in top_down(&ch) {
                features(&ex.words, &ex.heads, &ch, &assigned, d, &mut feats);
                trainer.score(&feats, &mut scores);
                let best = argmax(&scores);
                let gold = ex.labels[d - 1] as usize;
                trainer.update(&feats, gold, best);
                trainer.tick();
                right += (best == gold) as usize;
                total += 1;
                // Condition on the gold label of the head, as at test time on the predicted.
                assigned[d] = gold as u64 + 1;
            }
        }
        log(format!(
            "labeller epoch {}: train accuracy {:.2}%",
            epoch + 1,
            100.0 * right as f64 / total.max(1) as f64
        ));
    }
    Labeler::assemble(labels, trainer.finish(prune))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(w: u64, p: u64) -> Word {
        Word {
            w,
            p,
            c: 0,
            suf3: 0,
            aux_be: false,
            comma: false,
        }
    }

    #[test]
    fn top_down_visits_heads_before_dependents() {
        // 1←2←3 (root), 4→3
        let heads = [2, 3, 0, 3];
        let order = top_down(&children(&heads));
        assert_eq!(order, [3, 2, 4, 1]);
    }

    #[test]
    fn learns_subject_and_object_by_direction() {
        let labels = vec!["nsubj".to_string(), "obj".to_string(), "root".to_string()];
        let examples: Vec<Example> = (0..10)
            .map(|k| Example {
                words: vec![word(10 + k, 1), word(20 + k, 2), word(30 + k, 1)],
                heads: vec![2, 0, 2],
                labels: vec![0, 2, 1],
            })
            .collect();
        let lab = train(
            labels,
            &examples,
            5,
            1,
            crate::weights::Prune::NONE,
            &mut |_| {},
        );
        let mut out = Vec::new();
        lab.label(&[word(7, 1), word(8, 2), word(9, 1)], &[2, 0, 2], &mut out);
        assert_eq!(out, [0, 2, 1]);
    }
}
