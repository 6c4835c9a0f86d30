//! Unlabelled dependency parser: the arc-hybrid transition system (Kuhlmann et al. 2011),
//! greedy, an averaged perceptron over the three moves, trained with the dynamic oracle and
//! error exploration of Goldberg & Nivre (2013). Labels come afterwards from
//! [`crate::labeler`].
//!
//! Positions are 1-based word indexes; 0 is the root, which sits at the bottom of the stack
//! and takes exactly one dependent, at the very end.

use crate::feat::{f1, f2, f3, f4, Rng};
use crate::io::{Reader, Writer};
use crate::lexical::Lex;
use crate::weights::{Trainer, Weights};

pub const SHIFT: usize = 0;
pub const LEFT: usize = 1;
pub const RIGHT: usize = 2;
const N_MOVES: usize = 3;

const NO: usize = usize::MAX;
/// A gold head that is not known: any attachment of the word costs nothing.
pub const UNKNOWN_HEAD: usize = usize::MAX - 1;
/// Feature value for "no such position".
const NIL: u64 = 0x0dead;
/// Feature value for the root.
const ROOT: u64 = 0x0bee5;

/// What the parser sees of a word: its normalised form, tag and middle cluster.
#[derive(Clone, Copy, Debug)]
pub struct Word {
    pub w: u64,
    pub p: u64,
    pub c: u64,
    /// 1 for punctuation that separates clauses (, ; : -), else 0.
    pub sep: u32,
}

impl Word {
    pub fn new(lex: &Lex, tag: u16, is_separator: bool) -> Word {
        Word {
            w: lex.norm,
            p: tag as u64 + 1,
            c: lex.cluster[1],
            sep: is_separator as u32,
        }
    }
}

/// A parser state. Word `i` (1-based) is `words[i - 1]`.
struct State<'a> {
    words: &'a [Word],
    stack: Vec<usize>,
    /// Next buffer position (1-based); the buffer is `b..=n`.
    b: usize,
    heads: Vec<usize>,
    /// Per position: leftmost, second leftmost, rightmost, second rightmost child.
    lc: Vec<[usize; 2]>,
    rc: Vec<[usize; 2]>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    /// Prefix counts of separators, to count those between two positions.
    seps: Vec<u32>,
}

impl<'a> State<'a> {
    fn new(words: &'a [Word]) -> State<'a> {
        let n = words.len();
        let mut seps = vec![0u32; n + 2];
        for i in 1..=n {
            seps[i] = seps[i - 1] + words[i - 1].sep;
        }
        seps[n + 1] = seps[n];
        State {
            words,
            stack: vec![0],
            b: 1,
            heads: vec![NO; n + 1],
            lc: vec![[NO; 2]; n + 1],
            rc: vec![[NO; 2]; n + 1],
            nl: vec![0; n + 1],
            nr: vec![0; n + 1],
            seps,
        }
    }

    fn n(&self) -> usize {
        self.words.len()
    }

    fn is_final(&self) -> bool {
        self.stack.len() == 1 && self.b > self.n()
    }

    fn valid(&self, m: usize) -> bool {
        let n = self.n();
        match m {
            SHIFT => self.b <= n,
            LEFT => self.b <= n && self.stack.len() >= 2,
            _ => {
                let k = self.stack.len();
                k >= 2 && (self.stack[k - 2] != 0 || (k == 2 && self.b > n))
            }
        }
    }

    /// The move, when only one is valid (the scores could not choose another).
    fn only_valid(&self) -> Option<usize> {
        if self.b > self.n() {
            // The buffer is empty: only a reduction onto the stack is left.
            Some(RIGHT)
        } else if self.stack.len() < 2 {
            Some(SHIFT)
        } else {
            None
        }
    }

    fn apply(&mut self, m: usize) {
        match m {
            SHIFT => {
                self.stack.push(self.b);
                self.b += 1;
            }
            LEFT => {
                let d = self.stack.pop().expect("valid");
                self.attach(self.b, d);
            }
            _ => {
                let d = self.stack.pop().expect("valid");
                let h = *self.stack.last().expect("valid");
                self.attach(h, d);
            }
        }
    }

    fn attach(&mut self, h: usize, d: usize) {
        self.heads[d] = h;
        if d < h {
            self.lc[h] = [d, self.lc[h][0]];
            self.nl[h] = self.nl[h].saturating_add(1);
        } else {
            self.rc[h] = [d, self.rc[h][0]];
            self.nr[h] = self.nr[h].saturating_add(1);
        }
    }

    fn s(&self, k: usize) -> usize {
        let n = self.stack.len();
        if k < n {
            self.stack[n - 1 - k]
        } else {
            NO
        }
    }

    fn bf(&self, k: usize) -> usize {
        let i = self.b + k;
        if i <= self.n() {
            i
        } else {
            NO
        }
    }

    /// Cost of each move against gold heads (arcs it makes unreachable).
    fn costs(&self, gold: &[usize], out: &mut [u32; N_MOVES]) {
        let n = self.n();
        let s0 = self.s(0);
        let s1 = self.s(1);
        let b = self.b;
        let in_buffer = |x: usize| x != NO && x >= b && x <= n && x != 0;
        // Dependents of x in the buffer.
        let deps_in_buffer = |x: usize| -> u32 { (b..=n).filter(|&k| gold[k] == x).count() as u32 };
        *out = [u32::MAX; N_MOVES];
        if self.valid(SHIFT) {
            let hb = gold[b];
            let mut c = 0;
            // b's head in the stack below s0. The root takes its one dependent only from
            // the stack [root, b]: a word pushed above another never reaches it.
            if hb == 0 {
                c += (self.stack.len() > 1) as u32;
            } else if hb != s0 && self.stack.contains(&hb) {
                c += 1;
            }
            c += self
                .stack
                .iter()
                .filter(|&&k| k != 0 && gold[k] == b)
                .count() as u32;
            out[SHIFT] = c;
        }
        if self.valid(LEFT) {
            let h = gold[s0];
            let mut c = 0;
            if h != b && (h == s1 || in_buffer(h)) {
                c += 1;
            }
            c += deps_in_buffer(s0);
            out[LEFT] = c;
        }
        if self.valid(RIGHT) {
            let h = gold[s0];
            let mut c = 0;
            if h != s1 && in_buffer(h) {
                c += 1;
            }
            c += deps_in_buffer(s0);
            out[RIGHT] = c;
        }
    }

    fn features(&self, out: &mut Vec<u64>) {
        out.clear();
        let at = |i: usize| -> (u64, u64, u64) {
            if i == NO {
                (NIL, NIL, NIL)
            } else if i == 0 {
                (ROOT, ROOT, ROOT)
            } else {
                let w = &self.words[i - 1];
                (w.w, w.p, w.c)
            }
        };
        let child = |i: usize, left: bool, k: usize| -> usize {
            if i == NO {
                NO
            } else if left {
                self.lc[i][k]
            } else {
                self.rc[i][k]
            }
        };
        let s0 = self.s(0);
        let s1 = self.s(1);
        let s2 = self.s(2);
        let b0 = self.bf(0);
        let b1 = self.bf(1);
        let b2 = self.bf(2);
        let (s0w, s0p, s0c) = at(s0);
        let (s1w, s1p, s1c) = at(s1);
        let (_, s2p, _) = at(s2);
        let (b0w, b0p, b0c) = at(b0);
        let (b1w, b1p, b1c) = at(b1);
        let (b2w, b2p, _) = at(b2);
        let (s0lw, s0lp, _) = at(child(s0, true, 0));
        let (_, s0l2p, _) = at(child(s0, true, 1));
        let (s0rw, s0rp, _) = at(child(s0, false, 0));
        let (_, s0r2p, _) = at(child(s0, false, 1));
        let (_, s1lp, _) = at(child(s1, true, 0));
        let (_, s1rp, _) = at(child(s1, false, 0));
        let (b0lw, b0lp, _) = at(child(b0, true, 0));
        let (_, b0l2p, _) = at(child(b0, true, 1));
        let dist = |a: usize, b: usize| -> u64 {
            if a == NO || b == NO {
                return 0;
            }
            match a.abs_diff(b) {
                0..=4 => a.abs_diff(b) as u64,
                5..=6 => 5,
                7..=10 => 6,
                _ => 7,
            }
        };
        let d = dist(s0, b0);
        let d1 = dist(s1, s0);
        let sep_between = |a: usize, b: usize| -> u64 {
            if a == NO || b == NO || a == 0 {
                return 9;
            }
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            (self.seps[hi - 1] - self.seps[lo]).min(2) as u64
        };
        let sb = sep_between(s0, b0);
        let sb1 = sep_between(s1, s0);
        let val = |i: usize, left: bool| -> u64 {
            if i == NO || i == 0 {
                9
            } else if left {
                self.nl[i].min(4) as u64
            } else {
                self.nr[i].min(4) as u64
            }
        };
        out.push(f1(0, 0));
        out.push(f1(1, s0w));
        out.push(f1(2, s0p));
        out.push(f2(3, s0w, s0p));
        out.push(f1(4, s1w));
        out.push(f1(5, s1p));
        out.push(f2(6, s1w, s1p));
        out.push(f1(7, b0w));
        out.push(f1(8, b0p));
        out.push(f2(9, b0w, b0p));
        out.push(f1(10, b1w));
        out.push(f1(11, b1p));
        out.push(f2(12, b1w, b1p));
        out.push(f1(13, b2p));
        out.push(f1(14, b2w));
        out.push(f1(15, s2p));
        out.push(f1(16, s0c));
        out.push(f1(17, s1c));
        out.push(f1(18, b0c));
        out.push(f1(19, b1c));
        out.push(f3(21, s0w, s0p, b0w));
        out.push(f3(22, s0w, b0w, b0p));
        out.push(f3(23, s0w, s0p, b0p));
        out.push(f3(24, s0p, b0w, b0p));
        out.push(f2(25, s0w, b0w));
        out.push(f2(26, s0p, b0p));
        out.push(f2(27, b0p, b1p));
        out.push(f2(28, s1w, s0w));
        out.push(f2(29, s1p, s0p));
        out.push(f2(30, s1p, s0w));
        out.push(f2(31, s1w, s0p));
        out.push(f3(33, s0p, b0p, b1p));
        out.push(f3(34, s1p, s0p, b0p));
        out.push(f3(35, s0p, b0p, b0lp));
        out.push(f3(36, s0p, s0lp, b0p));
        out.push(f3(37, s0p, s0rp, b0p));
        out.push(f3(38, s2p, s1p, s0p));
        out.push(f3(39, b0p, b1p, b2p));
        out.push(f3(40, s1p, s0p, s0lp));
        out.push(f3(41, s1p, s1rp, s0p));
        out.push(f3(42, s1p, s0p, s0rp));
        out.push(f2(43, d, s0w));
        out.push(f2(44, d, s0p));
        out.push(f2(45, d, b0w));
        out.push(f2(46, d, b0p));
        out.push(f3(48, d, s0p, b0p));
        out.push(f3(49, d1, s1p, s0p));
        out.push(f2(50, s0w, val(s0, false)));
        out.push(f2(51, s0p, val(s0, false)));
        out.push(f2(52, s0w, val(s0, true)));
        out.push(f2(53, s0p, val(s0, true)));
        out.push(f2(54, b0w, val(b0, true)));
        out.push(f2(55, b0p, val(b0, true)));
        out.push(f2(56, s1p, val(s1, false)));
        out.push(f1(57, s0lw));
        out.push(f1(58, s0lp));
        out.push(f1(59, s0rw));
        out.push(f1(60, s0rp));
        out.push(f1(61, b0lw));
        out.push(f1(62, b0lp));
        out.push(f1(63, s1rp));
        out.push(f1(64, s1lp));
        out.push(f3(65, s0p, s0lp, s0l2p));
        out.push(f3(66, s0p, s0rp, s0r2p));
        out.push(f3(67, b0p, b0lp, b0l2p));
        out.push(f2(68, s0c, b0c));
        out.push(f2(69, s0c, b0p));
        out.push(f2(70, s0p, b0c));
        out.push(f2(71, s1c, s0c));
        out.push(f2(72, s1p, s0c));
        out.push(f2(73, b0c, b1c));
        out.push(f3(74, s0p, b0p, sb));
        out.push(f3(75, s1p, s0p, sb1));
        out.push(f4(76, s1p, s0p, b0p, d1));
        out.push(f3(77, s0p, b0p, self.stack.len().min(4) as u64));
        // Left out for speed (each is a table of rare word pairs, a cache miss per move):
        // 20 (s0 word and tag, b0 word and tag), 32 (the same of s1 and s0), 47 (distance,
        // s0 word, b0 word): tagging and parsing 8-10% faster for -0.1 UAS on dev (noise).
    }
}

/// A trained unlabelled parser.
pub struct Parser {
    weights: Weights,
}

fn best_valid(state: &State, scores: &[i32]) -> usize {
    let mut best = NO;
    for m in 0..N_MOVES {
        if state.valid(m) && (best == NO || scores[m] > scores[best]) {
            best = m;
        }
    }
    best
}

impl Parser {
    /// Parses one sentence: `heads[i]` is the head of word `i + 1` (0: the root).
    pub fn parse(&self, words: &[Word], heads: &mut Vec<usize>) {
        heads.clear();
        if words.is_empty() {
            return;
        }
        let mut state = State::new(words);
        let mut feats = Vec::with_capacity(80);
        let mut scores = [0i32; N_MOVES];
        while !state.is_final() {
            // A move that is the only valid one is taken without scoring: the first shift,
            // a shift from the root alone, and every reduction once the buffer is empty.
            let m = match state.only_valid() {
                Some(m) => m,
                None => {
                    state.features(&mut feats);
                    self.weights.score(&feats, &mut scores);
                    best_valid(&state, &scores)
                }
            };
            state.apply(m);
        }
        heads.extend(
            state.heads[1..]
                .iter()
                .map(|&h| if h == NO { 0 } else { h }),
        );
    }

    pub fn write(&self, w: &mut Writer) {
        w.magic(b"FCPA", 1);
        self.weights.write(w);
    }

    pub fn read(r: &mut Reader) -> Result<Parser, String> {
        r.magic(b"FCPA", 1)?;
        Ok(Parser {
            weights: Weights::read(r)?,
        })
    }

    pub fn n_features(&self) -> usize {
        self.weights.n_features()
    }
}

/// One sentence to learn from: the words as the parser sees them (with predicted tags) and
/// the gold heads (`gold[i]` for word `i`, 1-based; `gold[0]` unused).
pub struct Example {
    pub words: Vec<Word>,
    pub gold: Vec<usize>,
}

pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
    /// From this epoch (0-based) on, follow the model's own wrong moves with probability
    /// `explore` (error exploration).
    pub explore_from: usize,
    pub explore: f64,
    pub prune: crate::weights::Prune,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            epochs: 15,
            seed: 0x009a_55e7,
            explore_from: 1,
            explore: 0.9,
            prune: crate::weights::Prune {
                min_abs: 0.0,
                min_updates: 2,
            },
        }
    }
}

pub fn train(examples: &[Example], cfg: &TrainConfig, log: &mut dyn FnMut(String)) -> Parser {
    let mut trainer = Trainer::new(N_MOVES);
    let mut rng = Rng::new(cfg.seed);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut feats = Vec::with_capacity(80);
    let mut scores = [0i64; N_MOVES];
    let mut costs = [0u32; N_MOVES];
    for epoch in 0..cfg.epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &k in &order {
            let ex = &examples[k];
            if ex.words.is_empty() {
                continue;
            }
            let mut state = State::new(&ex.words);
            while !state.is_final() {
                state.features(&mut feats);
                trainer.score(&feats, &mut scores);
                state.costs(&ex.gold, &mut costs);
                let mut guess = NO;
                let mut gold = NO;
                for m in 0..N_MOVES {
                    if !state.valid(m) {
                        continue;
                    }
                    if guess == NO || scores[m] > scores[guess] {
                        guess = m;
                    }
                    if costs[m] == 0 && (gold == NO || scores[m] > scores[gold]) {
                        gold = m;
                    }
                }
                if gold == NO {
                    // No zero-cost move (non-projective gold): take the cheapest.
                    gold = (0..N_MOVES)
                        .filter(|&m| state.valid(m))
                        .min_by_key(|&m| costs[m])
                        .expect("a valid move");
                }
                if costs[guess] > costs[gold] {
                    trainer.update(&feats, gold, guess);
                }
                trainer.tick();
                // A move as good as the best is followed; a worse one, with the exploration
                // probability once exploring has begun.
                let explore = epoch >= cfg.explore_from
                    && (rng.next_u64() % 1000) as f64 / 1000.0 < cfg.explore;
                let follow = if costs[guess] == costs[gold] || explore {
                    guess
                } else {
                    gold
                };
                state.apply(follow);
            }
            for i in 1..=ex.words.len() {
                right += (state.heads[i] == ex.gold[i]) as usize;
                total += 1;
            }
        }
        log(format!(
            "parser epoch {}: train UAS (with exploration) {:.2}%",
            epoch + 1,
            100.0 * right as f64 / total.max(1) as f64
        ));
    }
    Parser {
        weights: trainer.finish(cfg.prune),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(w: u64, p: u64) -> Word {
        Word { w, p, c: 0, sep: 0 }
    }

    /// Follows the static choice of the dynamic oracle (a zero-cost move, SHIFT last) and
    /// checks that a projective tree comes out exactly.
    fn oracle_parse(gold: &[usize]) -> Vec<usize> {
        let words: Vec<Word> = (0..gold.len() - 1).map(|i| word(i as u64, 1)).collect();
        let mut s = State::new(&words);
        let mut costs = [0; N_MOVES];
        while !s.is_final() {
            s.costs(gold, &mut costs);
            let m = [LEFT, RIGHT, SHIFT]
                .into_iter()
                .find(|&m| s.valid(m) && costs[m] == 0)
                .expect("a zero-cost move for a projective tree");
            s.apply(m);
        }
        s.heads[1..].to_vec()
    }

    #[test]
    fn the_oracle_rebuilds_projective_trees() {
        // "The minister resigned yesterday ." : the→minister, minister→resigned, root→resigned
        let gold = [NO, 2, 3, 0, 3, 3];
        assert_eq!(oracle_parse(&gold), gold[1..]);
        // A right-branching chain and a left-branching one.
        assert_eq!(oracle_parse(&[NO, 0, 1, 2, 3]), [0, 1, 2, 3]);
        assert_eq!(oracle_parse(&[NO, 2, 3, 4, 0]), [2, 3, 4, 0]);
    }

    /// A random projective tree over n words (heads, 1-based, 0 = root): built by random
    /// arc-hybrid derivations, which only make projective trees.
    fn random_projective(n: usize, rng: &mut Rng) -> Vec<usize> {
        let words: Vec<Word> = (0..n).map(|i| word(i as u64, 1)).collect();
        let mut s = State::new(&words);
        while !s.is_final() {
            let valid: Vec<usize> = (0..N_MOVES).filter(|&m| s.valid(m)).collect();
            s.apply(valid[rng.below(valid.len())]);
        }
        let mut g = vec![NO];
        g.extend(s.heads[1..].iter().copied());
        g
    }

    #[test]
    fn the_dynamic_oracle_counts_exactly_the_arcs_a_move_loses() {
        // From any state, the arcs still reachable are n minus the costs paid so far: take
        // random moves, add up their costs, then follow zero-cost moves to the end.
        let mut rng = Rng::new(7);
        for trial in 0..300 {
            let n = 2 + trial % 12;
            let gold = random_projective(n, &mut rng);
            let words: Vec<Word> = (0..n).map(|i| word(i as u64, 1)).collect();
            let mut s = State::new(&words);
            let mut lost = 0;
            let mut costs = [0; N_MOVES];
            let random_steps = rng.below(2 * n);
            let mut step = 0;
            while !s.is_final() {
                s.costs(&gold, &mut costs);
                let valid: Vec<usize> = (0..N_MOVES).filter(|&m| s.valid(m)).collect();
                // The parser skips scoring exactly where one move is valid.
                let only = (valid.len() == 1).then(|| valid[0]);
                assert_eq!(s.only_valid(), only, "stack {:?} b {}", s.stack, s.b);
                let m = if step < random_steps {
                    valid[rng.below(valid.len())]
                } else {
                    *valid
                        .iter()
                        .find(|&&m| costs[m] == 0)
                        .expect("a zero-cost move always exists for a projective tree")
                };
                lost += costs[m] as usize;
                s.apply(m);
                step += 1;
            }
            let right = (1..=n).filter(|&i| s.heads[i] == gold[i]).count();
            assert_eq!(right, n - lost, "gold {gold:?} heads {:?}", &s.heads);
        }
    }

    #[test]
    fn every_parse_is_a_tree_with_one_root() {
        let parser = Parser {
            weights: Weights::default(),
        };
        for n in 1..12 {
            let words: Vec<Word> = (0..n).map(|i| word(i as u64, (i % 3) as u64)).collect();
            let mut heads = Vec::new();
            parser.parse(&words, &mut heads);
            assert_eq!(heads.len(), n);
            assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1);
            // No cycles: every word reaches the root.
            for i in 1..=n {
                let mut x = i;
                let mut steps = 0;
                while x != 0 {
                    x = heads[x - 1];
                    steps += 1;
                    assert!(steps <= n, "cycle");
                }
            }
        }
    }

    #[test]
    fn learns_to_attach_determiners_and_subjects() {
        // DET NOUN VERB : det→noun, noun→verb, verb root
        let (det, noun, verb) = (1, 2, 3);
        let examples: Vec<Example> = (0..20)
            .map(|k| Example {
                words: vec![word(100 + k, det), word(200 + k, noun), word(300 + k, verb)],
                gold: vec![NO, 2, 3, 0],
            })
            .collect();
        let cfg = TrainConfig {
            epochs: 5,
            prune: crate::weights::Prune::NONE,
            ..TrainConfig::default()
        };
        let parser = train(&examples, &cfg, &mut |_| {});
        let mut heads = Vec::new();
        parser.parse(
            &[word(999, det), word(998, noun), word(997, verb)],
            &mut heads,
        );
        assert_eq!(heads, [2, 3, 0]);
    }
}
