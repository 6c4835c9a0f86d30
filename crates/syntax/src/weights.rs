//! Perceptron weights: the averaged perceptron used while training ([`Trainer`]) and the
//! compact, quantised table used to predict ([`Weights`]).
//!
//! A feature is a 64-bit hash (see [`crate::feat`]). Training keeps, per feature, a short
//! list of (class, weight, running total, last update) entries and averages lazily. The
//! finished model keeps only averaged weights that survive pruning, quantised to `i16`
//! with one scale per model, in an open-addressing table keyed by the feature hash.
//! Everything is integer arithmetic, so training is deterministic.

use rustc_hash::FxHashMap;

use crate::io::{Reader, Writer};

#[derive(Default)]
struct Row {
    /// How many updates touched the feature.
    updates: u32,
    entries: Vec<Entry>,
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    class: u16,
    w: i32,
    total: i64,
    stamp: u32,
}

/// The index of the highest score (the first, on ties; 0 if there is none).
///
/// The highest is found first and then looked for: both loops are branch-free or nearly (the
/// compiler vectorises the first), where one pass keeping the best so far branches on every
/// score.
pub fn argmax<T: Ord + Copy>(scores: &[T]) -> usize {
    match scores.iter().max() {
        Some(max) => scores.iter().position(|s| s == max).unwrap_or(0),
        None => 0,
    }
}

/// What `finish` drops: features updated fewer than `min_updates` times in training, and
/// weights below `min_abs` of the largest.
#[derive(Clone, Copy, Debug)]
pub struct Prune {
    pub min_abs: f64,
    pub min_updates: u32,
}

impl Prune {
    pub const NONE: Prune = Prune {
        min_abs: 0.0,
        min_updates: 0,
    };
}

/// The averaged perceptron being trained.
#[derive(Default)]
pub struct Trainer {
    n_classes: usize,
    rows: FxHashMap<u64, Row>,
    /// Number of updates so far (the averaging clock).
    clock: u32,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Trainer {
        Trainer {
            n_classes,
            rows: FxHashMap::default(),
            clock: 0,
        }
    }

    /// Adds the current (not averaged) weights of `feats` into `scores`.
    pub fn score(&self, feats: &[u64], scores: &mut [i64]) {
        scores.iter_mut().for_each(|s| *s = 0);
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                for e in &row.entries {
                    scores[e.class as usize] += e.w as i64;
                }
            }
        }
    }

    /// Advances the averaging clock by one example.
    pub fn tick(&mut self) {
        self.clock += 1;
    }

    /// Rewards `good` and penalises `bad` on every feature.
    pub fn update(&mut self, feats: &[u64], good: usize, bad: usize) {
        if good == bad {
            return;
        }
        let now = self.clock;
        for &f in feats {
            let row = self.rows.entry(f).or_default();
            row.updates += 1;
            let row = &mut row.entries;
            for (class, delta) in [(good, 1i32), (bad, -1i32)] {
                let e = match row.iter_mut().position(|e| e.class as usize == class) {
                    Some(i) => &mut row[i],
                    None => {
                        row.push(Entry {
                            class: class as u16,
                            w: 0,
                            total: 0,
                            stamp: now,
                        });
                        row.last_mut().expect("just pushed")
                    }
                };
                e.total += e.w as i64 * (now - e.stamp) as i64;
                e.stamp = now;
                e.w += delta;
            }
        }
    }

    /// Averages, drops features updated fewer than `min_updates` times and entries whose
    /// averaged weight is below `min_abs` of the largest, and quantises to `i16`.
    pub fn finish(&self, prune: Prune) -> Weights {
        let (min_abs, min_updates) = (prune.min_abs, prune.min_updates);
        let now = self.clock.max(1);
        let mut avg: Vec<(u64, u16, f64)> = Vec::new();
        let mut max = 0f64;
        for (&f, row) in &self.rows {
            if row.updates < min_updates {
                continue;
            }
            for e in &row.entries {
                let total = e.total + e.w as i64 * (now - e.stamp) as i64;
                let a = total as f64 / now as f64;
                if a != 0.0 {
                    max = max.max(a.abs());
                    avg.push((f, e.class, a));
                }
            }
        }
        avg.sort_by_key(|a| (a.0, a.1));
        let scale = if max > 0.0 { 32000.0 / max } else { 1.0 };
        let floor = min_abs * max;
        let mut entries: Vec<(u64, u16, i16)> = Vec::with_capacity(avg.len());
        for (f, c, a) in avg {
            if a.abs() < floor {
                continue;
            }
            let q = (a * scale).round() as i64;
            if q != 0 {
                entries.push((f, c, q.clamp(-32767, 32767) as i16));
            }
        }
        Weights::from_entries(self.n_classes, &entries)
    }
}

/// Averaged, pruned, quantised weights: the model's prediction table.
///
/// Features are folded to 32-bit keys (features whose keys collide are merged: their weights
/// add). The table is a hash table of 64-byte lines, each a bucket of slots: a key's home
/// line is found by multiply-shift, and a lookup, found or not, reads that one cache line
/// (the next one too only when the home line overflowed). A line holds its slots' keys
/// first, side by side as 32-bit words (so one line is searched with a few vector compares),
/// then what each slot holds: with few classes (the parser's three moves) a dense row of
/// weights; with more (the recogniser's nine tags, tags, labels) where its sparse row of
/// (class, weight) entries starts, or its whole row when it holds many classes.
#[derive(Clone, Debug, Default)]
pub struct Weights {
    n_classes: usize,
    /// Number of lines.
    size: usize,
    /// `per_line` slots to a line. A line starts with its slots' keys (slot `s`'s key in
    /// u16s `2s` (low half) and `2s + 1`, so a 32-bit word on a little-endian machine; 0:
    /// empty), filled in order. After them, from u16 `2 * per_line`: dense, each slot's row
    /// of `n_classes` weights (slot `s`, class `c` at `s * n_classes + c`); sparse, each
    /// slot's row start (24 bits) and length (8 bits) in two u16s.
    lines: Vec<Line>,
    per_line: usize,
    /// Sparse rows: class in the high 16 bits, weight (i16) in the low 16.
    entries: Vec<u32>,
    /// Wide rows, `n_classes` weights each: the rows of a sparse table that hold a quarter of
    /// the classes or more (and no zero weight), added as a whole, which the compiler
    /// vectorises. They are the frequent features' rows, read at every word.
    wide: Vec<i16>,
    n_features: usize,
}

/// A 64-byte line of the table.
#[derive(Clone, Copy, Debug)]
#[repr(C, align(64))]
struct Line([u16; 32]);

/// Asks the CPU to start loading the cache line at `p` (a hint; never faults).
#[inline(always)]
fn prefetch(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is a hint that never dereferences: any address is allowed.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Rows of at most this many classes are stored densely (four or more slots to a line).
const DENSE_MAX: usize = 6;

/// The 32-bit key of a feature hash (never 0).
#[inline]
fn key32(f: u64) -> u32 {
    let k = (f ^ (f >> 32)) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// Slots of a sparse line (8 keys, then 8 row pointers).
const SPARSE_PER_LINE: usize = 8;

/// Where sparse slot `s`'s row starts in the entries (24 bits) and its length (8 bits); a
/// length of 0 marks a wide row, and the start is then its number.
#[inline(always)]
fn sparse_row(line: &[u16; 32], s: usize) -> (u32, u32) {
    let base = 2 * SPARSE_PER_LINE + 2 * s;
    let hi = line[base + 1] as u32;
    (line[base] as u32 | (hi & 0xff) << 16, hi >> 8)
}

/// The key in slot `s` of a line (0: empty).
#[inline(always)]
fn key_at(line: &[u16; 32], s: usize) -> u32 {
    line[2 * s] as u32 | (line[2 * s + 1] as u32) << 16
}

/// Which of a line's first `per_line` slots (at most 12) hold key `k`, and which are empty,
/// as bit masks (bit `s`: slot `s`).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn match_masks(line: &Line, k: u32, per_line: usize) -> (u32, u32) {
    use std::arch::x86_64::*;
    let p = line.0.as_ptr() as *const __m128i;
    // SAFETY: SSE2 is part of the x86_64 baseline. A line is 64 bytes aligned to 64, so the
    // 16-byte loads at offsets 0, 16 and 32 are aligned and inside it. The slot keys are the
    // line's first u16 pairs, low half first: on x86_64 (little-endian) each 32-bit lane is
    // one key.
    let (eq, empty) = unsafe {
        let key = _mm_set1_epi32(k as i32);
        let zero = _mm_setzero_si128();
        let mask = |v: __m128i, w: __m128i| {
            _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(v, w))) as u32
        };
        let (a, b) = (_mm_load_si128(p), _mm_load_si128(p.add(1)));
        let mut eq = mask(a, key) | mask(b, key) << 4;
        let mut empty = mask(a, zero) | mask(b, zero) << 4;
        if per_line > 8 {
            let c = _mm_load_si128(p.add(2));
            eq |= mask(c, key) << 8;
            empty |= mask(c, zero) << 8;
        }
        (eq, empty)
    };
    let live = (1u32 << per_line) - 1;
    (eq & live, empty & live)
}

#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn match_masks(line: &Line, k: u32, per_line: usize) -> (u32, u32) {
    match_masks_portable(line, k, per_line)
}

/// [`match_masks`] one slot at a time: for other architectures (and to test the other).
#[cfg(any(test, not(target_arch = "x86_64")))]
#[inline(always)]
fn match_masks_portable(line: &Line, k: u32, per_line: usize) -> (u32, u32) {
    let (mut eq, mut empty) = (0u32, 0u32);
    for s in 0..per_line {
        let x = key_at(&line.0, s);
        eq |= ((x == k) as u32) << s;
        empty |= ((x == 0) as u32) << s;
    }
    (eq, empty)
}

#[inline]
fn next(s: usize, size: usize) -> usize {
    if s + 1 == size {
        0
    } else {
        s + 1
    }
}

#[inline]
fn home(k: u32, size: usize) -> usize {
    ((k.wrapping_mul(0x9e37_79b9) as u64 * size as u64) >> 32) as usize
}

impl Weights {
    /// Builds the table from (feature, class, weight), sorted by feature then class. Features
    /// whose 32-bit keys collide are merged (their weights add).
    fn from_entries(n_classes: usize, entries: &[(u64, u16, i16)]) -> Weights {
        let mut rows: Vec<(u32, u16, i32)> = entries
            .iter()
            .map(|&(f, c, w)| (key32(f), c, w as i32))
            .collect();
        rows.sort_unstable_by_key(|r| (r.0, r.1));
        // Merge duplicates.
        let mut merged: Vec<(u32, u16, i16)> = Vec::with_capacity(rows.len());
        for (k, c, w) in rows {
            match merged.last_mut() {
                Some(last) if last.0 == k && last.1 == c => {
                    last.2 = (last.2 as i32 + w).clamp(-32767, 32767) as i16
                }
                _ => merged.push((k, c, w.clamp(-32767, 32767) as i16)),
            }
        }
        Weights::from_keyed(n_classes, &merged)
    }

    fn per_slot(&self) -> usize {
        if self.dense() {
            2 + self.n_classes
        } else {
            4
        }
    }

    #[inline]
    fn dense(&self) -> bool {
        self.n_classes <= DENSE_MAX
    }

    /// The line and slot where key `k` goes (keys are added once each): the first empty
    /// slot from its home line on.
    fn free_slot(&self, k: u32) -> (usize, usize) {
        let mut l = home(k, self.size);
        loop {
            let line = &self.lines[l].0;
            if let Some(s) = (0..self.per_line).find(|&s| key_at(line, s) == 0) {
                return (l, s);
            }
            l = next(l, self.size);
        }
    }

    fn from_keyed(n_classes: usize, merged: &[(u32, u16, i16)]) -> Weights {
        let mut n_features = 0usize;
        let mut i = 0;
        while i < merged.len() {
            n_features += 1;
            let k = merged[i].0;
            while i < merged.len() && merged[i].0 == k {
                i += 1;
            }
        }
        let mut w = Weights::with_features(n_classes, n_features);
        let mut row = Vec::new();
        let mut i = 0;
        while i < merged.len() {
            let k = merged[i].0;
            row.clear();
            while i < merged.len() && merged[i].0 == k {
                row.push((merged[i].1, merged[i].2));
                i += 1;
            }
            w.insert(k, &row);
        }
        w
    }

    /// An empty table sized for `n_features` features.
    fn with_features(n_classes: usize, n_features: usize) -> Weights {
        let mut w = Weights {
            n_classes,
            n_features,
            ..Weights::default()
        };
        w.per_line = 32 / w.per_slot();
        debug_assert!(w.dense() || w.per_line == SPARSE_PER_LINE);
        // Slots filled: about 0.65 in the dense tables (the parser's, the hottest: a line
        // seldom overflows into the next), 0.75 in the sparse ones (whose rows are a second
        // read anyway). Emptier tables were hardly faster, and memory is a limit too.
        let slots = if w.dense() {
            n_features * 20 / 13
        } else {
            n_features * 4 / 3
        };
        let slots = slots.max(16);
        w.size = slots.div_ceil(w.per_line);
        w.lines = vec![Line([0; 32]); w.size];
        w
    }

    /// Adds a feature (each key once) and its row of (class, weight).
    fn insert(&mut self, k: u32, row: &[(u16, i16)]) {
        let (l, s) = self.free_slot(k);
        let start = self.entries.len();
        let (dense, n, base) = (self.dense(), self.n_classes, 2 * self.per_line);
        let line = &mut self.lines[l].0;
        line[2 * s] = k as u16;
        line[2 * s + 1] = (k >> 16) as u16;
        if dense {
            for &(c, wt) in row {
                line[base + s * n + c as usize] = wt as u16;
            }
        } else if row.len() * 4 >= n && row.iter().all(|r| r.1 != 0) {
            let number = self.wide.len() / n;
            debug_assert!(number < 1 << 24);
            line[base + 2 * s] = number as u16;
            line[base + 2 * s + 1] = (number >> 16) as u16;
            self.wide.resize(self.wide.len() + n, 0);
            for &(c, wt) in row {
                self.wide[number * n + c as usize] = wt;
            }
        } else {
            debug_assert!(!row.is_empty() && row.len() < 256 && start < 1 << 24);
            line[base + 2 * s] = start as u16;
            line[base + 2 * s + 1] = (start >> 16) as u16 | (row.len() as u16) << 8;
            self.entries.extend(
                row.iter()
                    .map(|&(c, wt)| ((c as u32) << 16) | wt as u16 as u32),
            );
        }
    }

    pub fn n_features(&self) -> usize {
        self.n_features
    }

    /// The weights of one feature, per class (zero where it has none).
    pub fn row(&self, feature: u64) -> Vec<i32> {
        let mut r = vec![0; self.n_classes];
        self.score(&[feature], &mut r);
        r
    }

    /// Sums the weights of `feats` into `scores` (which it clears first).
    ///
    /// Lookups are independent, so all of a call's lines are computed and prefetched first,
    /// then read: the memory accesses overlap instead of waiting one after another.
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        if self.n_features == 0 {
            return;
        }
        for chunk in feats.chunks(128) {
            let mut keys = [0u32; 128];
            let mut homes = [0usize; 128];
            for (i, &f) in chunk.iter().enumerate() {
                let k = key32(f);
                let h = home(k, self.size);
                keys[i] = k;
                homes[i] = h;
                prefetch(self.lines.as_ptr().wrapping_add(h) as *const u8);
            }
            let n = chunk.len();
            if self.dense() {
                self.score_dense(&keys[..n], &homes[..n], scores);
            } else {
                self.score_sparse(&keys[..n], &homes[..n], scores);
            }
        }
    }

    /// The line and slot of key `k`, searching from line `h`. Slots fill in order and are
    /// never emptied, so an empty slot before the key means it is absent.
    #[inline(always)]
    fn slot(&self, k: u32, h: usize) -> Option<(&[u16; 32], usize)> {
        self.slot_in(k, h, self.per_line)
    }

    /// [`Weights::slot`] with the table's `per_line` given (a constant where the caller
    /// knows it, so the search of a line is straight-line code).
    #[inline(always)]
    fn slot_in(&self, k: u32, h: usize, per_line: usize) -> Option<(&[u16; 32], usize)> {
        let mut l = h;
        loop {
            let line = &self.lines[l];
            let (eq, empty) = match_masks(line, k, per_line);
            if eq != 0 {
                return Some((&line.0, eq.trailing_zeros() as usize));
            }
            if empty != 0 {
                return None;
            }
            l = next(l, self.size);
        }
    }

    #[inline]
    fn score_dense(&self, keys: &[u32], homes: &[usize], scores: &mut [i32]) {
        // The parser's three moves: a row and a line of known shape, the sums in registers.
        if self.n_classes == 3 {
            return self.score_dense_fixed::<3>(keys, homes, scores);
        }
        let (n, base) = (self.n_classes, 2 * self.per_line);
        for (&k, &h) in keys.iter().zip(homes) {
            if let Some((line, s)) = self.slot(k, h) {
                let row = &line[base + s * n..base + s * n + n];
                for (sc, &w) in scores.iter_mut().zip(row) {
                    *sc += w as i16 as i32;
                }
            }
        }
    }

    /// [`Weights::score_dense`] for a table of `N` classes.
    #[inline(always)]
    fn score_dense_fixed<const N: usize>(&self, keys: &[u32], homes: &[usize], scores: &mut [i32]) {
        debug_assert_eq!(self.n_classes, N);
        let per_line = 32 / (2 + N);
        debug_assert_eq!(self.per_line, per_line);
        let base = 2 * per_line;
        let mut acc = [0i32; N];
        for (&k, &h) in keys.iter().zip(homes) {
            if let Some((line, s)) = self.slot_in(k, h, per_line) {
                let row: &[u16; N] = line[base + s * N..base + s * N + N]
                    .try_into()
                    .expect("N weights");
                for (a, &w) in acc.iter_mut().zip(row) {
                    *a += w as i16 as i32;
                }
            }
        }
        for (sc, a) in scores.iter_mut().zip(acc) {
            *sc += a;
        }
    }

    #[inline]
    fn score_sparse(&self, keys: &[u32], homes: &[usize], scores: &mut [i32]) {
        // Find every row first (prefetching its entries), then add them up: the entry loads
        // overlap as the line loads did.
        let mut rows = [(0u32, 0u32); 128];
        let mut n = 0;
        for (&k, &h) in keys.iter().zip(homes) {
            if let Some((line, s)) = self.slot(k, h) {
                let (start, len) = sparse_row(line, s);
                let at = if len == 0 {
                    self.wide
                        .as_ptr()
                        .wrapping_add(start as usize * self.n_classes)
                        as *const u8
                } else {
                    self.entries.as_ptr().wrapping_add(start as usize) as *const u8
                };
                prefetch(at);
                rows[n] = (start, len);
                n += 1;
            }
        }
        let scores = &mut scores[..self.n_classes];
        for &(start, len) in &rows[..n] {
            let (start, len) = (start as usize, len as usize);
            if len == 0 {
                let n = scores.len();
                for (sc, &w) in scores.iter_mut().zip(&self.wide[start * n..start * n + n]) {
                    *sc += w as i32;
                }
                continue;
            }
            for &e in &self.entries[start..start + len] {
                scores[(e >> 16) as usize] += (e as u16 as i16) as i32;
            }
        }
    }

    /// Every (key, class, weight), sorted: what the file holds. Zero weights of rows of up
    /// to 16 classes are left out (as the file format always has).
    fn keyed(&self) -> Vec<(u32, u16, i16)> {
        let mut out = Vec::new();
        let (n, base) = (self.n_classes, 2 * self.per_line);
        for line in &self.lines {
            for s in 0..self.per_line {
                let k = key_at(&line.0, s);
                if k == 0 {
                    continue;
                }
                if self.dense() {
                    for c in 0..n {
                        out.push((k, c as u16, line.0[base + s * n + c] as i16));
                    }
                } else {
                    let (start, len) = sparse_row(&line.0, s);
                    let (start, len) = (start as usize, len as usize);
                    if len == 0 {
                        let row = &self.wide[start * n..start * n + n];
                        let listed = row.iter().enumerate().filter(|r| *r.1 != 0);
                        out.extend(listed.map(|(c, &wt)| (k, c as u16, wt)));
                    } else {
                        for &e in &self.entries[start..start + len] {
                            out.push((k, (e >> 16) as u16, e as u16 as i16));
                        }
                    }
                }
            }
        }
        if self.n_classes <= 16 {
            out.retain(|r| r.2 != 0);
        }
        out.sort_unstable();
        out
    }

    /// Bytes the table takes in memory.
    pub fn memory(&self) -> usize {
        self.lines.len() * 64 + self.entries.len() * 4 + self.wide.len() * 2
    }

    /// The file form: the class count, the feature count, then per feature (in key order)
    /// its key as a varint delta from the previous one, its entry count and each entry's
    /// class and weight as varints.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.n_classes as u32);
        let rows = self.keyed();
        let n_features = rows
            .iter()
            .map(|r| r.0)
            .fold((0usize, 0u32), |(n, last), k| (n + (k != last) as usize, k));
        w.u32(n_features.0 as u32);
        let mut prev = 0u32;
        let mut i = 0;
        while i < rows.len() {
            let k = rows[i].0;
            let mut j = i;
            while j < rows.len() && rows[j].0 == k {
                j += 1;
            }
            w.varint((k - prev) as u64);
            prev = k;
            w.varint((j - i) as u64);
            let mut last_class = 0u16;
            for &(_, c, wt) in &rows[i..j] {
                w.varint((c - last_class) as u64);
                last_class = c;
                w.svarint(wt as i64);
            }
            i = j;
        }
    }

    pub fn read(r: &mut Reader) -> Result<Weights, String> {
        let n_classes = r.u32()? as usize;
        if n_classes == 0 || n_classes > 4096 {
            return Err(format!("{n_classes} classes"));
        }
        let n = r.u32()? as usize;
        // Straight into the table: no list of every entry (it doubled the peak memory).
        let mut w = Weights::with_features(n_classes, n);
        let mut row = Vec::with_capacity(n_classes.min(256));
        let mut k = 0u32;
        for f in 0..n {
            let delta = u32::try_from(r.varint()?).map_err(|_| "feature key out of range")?;
            if f > 0 && delta == 0 {
                return Err("feature keys out of order".into());
            }
            k = k.checked_add(delta).ok_or("feature keys out of order")?;
            if k == 0 {
                return Err("feature key 0".into());
            }
            let len = r.varint()? as usize;
            if len == 0 || len > n_classes || len > 255 {
                return Err(format!("feature with {len} entries"));
            }
            row.clear();
            let mut c = 0u64;
            for e in 0..len {
                let d = r.varint()?;
                if e > 0 && d == 0 {
                    return Err("classes out of order".into());
                }
                c += d;
                if c as usize >= n_classes {
                    return Err(format!("class {c} out of range"));
                }
                let wt = r.svarint()?;
                let wt = i16::try_from(wt).map_err(|_| format!("weight {wt} out of range"))?;
                row.push((c as u16, wt));
            }
            w.insert(k, &row);
        }
        Ok(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_problem_and_round_trips() {
        let mut t = Trainer::new(3);
        let data = [(vec![1u64, 10], 0usize), (vec![2, 10], 1), (vec![3, 10], 2)];
        let mut scores = [0i64; 3];
        for _ in 0..5 {
            for (f, gold) in &data {
                t.score(f, &mut scores);
                let guess = (0..3).max_by_key(|&c| (scores[c], -(c as i64))).unwrap();
                t.update(f, *gold, guess);
                t.tick();
            }
        }
        let w = t.finish(Prune::NONE);
        let mut s = [0i32; 3];
        for (f, gold) in &data {
            w.score(f, &mut s);
            let guess = (0..3).max_by_key(|&c| s[c]).unwrap();
            assert_eq!(guess, *gold);
        }
        let mut out = Writer::default();
        w.write(&mut out);
        let bytes = out.into_bytes();
        let back = Weights::read(&mut Reader::new(&bytes)).unwrap();
        let mut s2 = [0i32; 3];
        for (f, _) in &data {
            w.score(f, &mut s);
            back.score(f, &mut s2);
            assert_eq!(s, s2);
        }
    }

    /// Builds tables whose lines overflow (many keys with the same home line, among them the
    /// last line, which wraps around to the first) and checks every key is found with its
    /// weights and every other key is absent.
    #[test]
    fn finds_every_key_and_only_those_across_overflow_and_wrap_around() {
        let mut rng = crate::feat::Rng::new(13);
        for n_classes in [1usize, 2, 3, 4, 6, 7, 20] {
            let n_features = 300;
            let size = Weights::with_features(n_classes, n_features).size;
            let per_line = Weights::with_features(n_classes, n_features).per_line;
            let mut keys: Vec<u32> = Vec::new();
            let mut taken = std::collections::HashSet::new();
            let mut pick = |home_line: Option<usize>, rng: &mut crate::feat::Rng| loop {
                let k = rng.next_u64() as u32;
                if k != 0 && home_line.is_none_or(|h| home(k, size) == h) && taken.insert(k) {
                    return k;
                }
            };
            // Three lines' worth homed on the last line (it wraps into lines 0 and 1), two
            // on the middle one, the rest anywhere.
            for _ in 0..3 * per_line {
                keys.push(pick(Some(size - 1), &mut rng));
            }
            for _ in 0..2 * per_line {
                keys.push(pick(Some(size / 2), &mut rng));
            }
            while keys.len() < n_features {
                keys.push(pick(None, &mut rng));
            }
            let mut absent: Vec<u32> = Vec::new();
            for i in 0..250 {
                let line = [Some(size - 1), None, Some(size / 2)][i % 3];
                absent.push(pick(line, &mut rng));
            }
            // Rows with one to all classes, weights of both signs.
            let mut expected: std::collections::HashMap<u32, Vec<i32>> = Default::default();
            let mut merged: Vec<(u32, u16, i16)> = Vec::new();
            for &k in &keys {
                // From one class to all: short rows are listed, long ones held whole.
                let m = 1 + rng.below(n_classes.min(200));
                let mut row = vec![0i32; n_classes];
                for (c, w) in row.iter_mut().enumerate() {
                    if c == 0 || rng.below(n_classes) < m {
                        *w = rng.below(60001) as i32 - 30000;
                        if *w == 0 {
                            *w = 1;
                        }
                        merged.push((k, c as u16, *w as i16));
                    }
                }
                expected.insert(k, row);
            }
            merged.sort_unstable();
            let w = Weights::from_keyed(n_classes, &merged);
            assert_eq!((w.size, w.per_line), (size, per_line));
            assert!(w.dense() == (n_classes <= DENSE_MAX));
            assert!(w.dense() || !w.wide.is_empty() && !w.entries.is_empty());
            let line_of = |k: u32| {
                let (line, _) = w.slot(k, home(k, size)).expect("present");
                w.lines
                    .iter()
                    .position(|l| std::ptr::eq(&l.0, line))
                    .unwrap()
            };
            // The overflow happened, and wrapped around.
            assert!(keys[..3 * per_line].iter().any(|&k| line_of(k) == 0));
            assert!(keys[..3 * per_line].iter().any(|&k| line_of(k) == 1));
            assert!(keys[3 * per_line..5 * per_line]
                .iter()
                .any(|&k| line_of(k) == size / 2 + 1));
            for &k in &keys {
                assert_eq!(
                    w.row(k as u64),
                    expected[&k],
                    "key {k:#x}, {n_classes} classes"
                );
            }
            for &k in &absent {
                assert!(w.slot(k, home(k, size)).is_none(), "key {k:#x} found");
                assert_eq!(w.row(k as u64), vec![0; n_classes]);
            }
            // All of a call's keys at once, as the models score.
            let feats: Vec<u64> = keys.iter().chain(&absent).map(|&k| k as u64).collect();
            let mut got = vec![0i32; n_classes];
            w.score(&feats, &mut got);
            let mut want = vec![0i32; n_classes];
            for k in &keys {
                for (a, b) in want.iter_mut().zip(&expected[k]) {
                    *a += b;
                }
            }
            assert_eq!(got, want);
            // The vector search agrees with the one slot at a time, on every line.
            for line in &w.lines {
                for &k in keys.iter().chain(&absent).chain(&[0]) {
                    assert_eq!(
                        match_masks(line, k, per_line),
                        match_masks_portable(line, k, per_line)
                    );
                }
            }
            // And the file form holds exactly what went in.
            let kept: Vec<(u32, u16, i16)> = if n_classes <= 16 {
                merged.iter().copied().filter(|r| r.2 != 0).collect()
            } else {
                merged.clone()
            };
            assert_eq!(w.keyed(), kept);
        }
    }
}
