//! What every model knows about a word before looking at its neighbours: its normalised
//! form, shape, affixes and word clusters, each as a hash, computed once per token.

use crate::feat::hash_str;
use crate::io::{Reader, Writer};

/// Word clusters at four granularities (coarse, middle, fine, and the vector row a word
/// shares with its nearest frequent word), learned from word vectors (see
/// `models/README.md`): an `fst` map from a lower-cased word to its four ids.
pub struct Clusters {
    map: Option<fst::Map<std::borrow::Cow<'static, [u8]>>>,
    /// Tells this map's entries apart in the per-thread lookup cache.
    id: u64,
}

/// A new id for a cluster map.
fn new_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Slots of the per-thread cache of cluster lookups (a power of two).
const CACHE_SLOTS: usize = 8192;

/// One cached lookup: the map's id, the word's hash, its cluster ids.
type CacheSlot = (u64, u64, [u16; 4]);

thread_local! {
    /// Recent lookups, direct-mapped by the word's hash: walking the `fst` for every token
    /// cost a sixth of the tagger's time, and running text repeats its words.
    static CACHE: std::cell::RefCell<Vec<CacheSlot>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

impl Clusters {
    pub fn empty() -> Clusters {
        Clusters { map: None, id: 0 }
    }

    /// Builds the map from (word, [coarse, middle, fine]) pairs; words are lower-cased and
    /// deduplicated (the first entry of a word wins).
    pub fn build(mut words: Vec<(String, [u16; 4])>) -> Result<Clusters, String> {
        for w in &mut words {
            w.0 = w.0.to_lowercase();
        }
        words.sort_by(|a, b| a.0.cmp(&b.0));
        words.dedup_by(|a, b| a.0 == b.0);
        let mut b = fst::MapBuilder::memory();
        for (w, c) in &words {
            let v =
                ((c[0] as u64) << 48) | ((c[1] as u64) << 32) | ((c[2] as u64) << 16) | c[3] as u64;
            b.insert(w, v).map_err(|e| e.to_string())?;
        }
        let bytes = b.into_inner().map_err(|e| e.to_string())?;
        let map = fst::Map::new(std::borrow::Cow::Owned(bytes)).map_err(|e| e.to_string())?;
        Ok(Clusters {
            map: Some(map),
            id: new_id(),
        })
    }

    pub fn len(&self) -> usize {
        self.map.as_ref().map_or(0, |m| m.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// [`Clusters::get`] through a per-thread cache; `hash` is `hash_str(lower)`.
    pub fn get_cached(&self, lower: &str, hash: u64) -> [u16; 4] {
        if self.map.is_none() {
            return [0; 4];
        }
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.is_empty() {
                c.resize(CACHE_SLOTS, (0, 0, [0; 4]));
            }
            let slot = &mut c[(hash as usize) & (CACHE_SLOTS - 1)];
            if slot.0 == self.id && slot.1 == hash {
                return slot.2;
            }
            let v = self.get(lower);
            *slot = (self.id, hash, v);
            v
        })
    }

    /// The four cluster ids of a lower-cased word, each plus one (0: unknown).
    pub fn get(&self, lower: &str) -> [u16; 4] {
        match self.map.as_ref().and_then(|m| m.get(lower)) {
            Some(v) => [
                ((v >> 48) as u16).wrapping_add(1),
                ((v >> 32) as u16).wrapping_add(1),
                ((v >> 16) as u16).wrapping_add(1),
                (v as u16).wrapping_add(1),
            ],
            None => [0; 4],
        }
    }

    pub fn write(&self, w: &mut Writer) {
        match &self.map {
            Some(m) => w.bytes(m.as_fst().as_bytes()),
            None => w.bytes(&[]),
        }
    }

    pub fn read(r: &mut Reader) -> Result<Clusters, String> {
        let b = r.bytes()?;
        if b.is_empty() {
            return Ok(Clusters::empty());
        }
        let map = fst::Map::new(std::borrow::Cow::Owned(b.to_vec()))
            .map_err(|e| format!("clusters: {e}"))?;
        Ok(Clusters {
            map: Some(map),
            id: new_id(),
        })
    }

    /// Like [`Clusters::read`], borrowing the map from bytes that live for the whole
    /// program (the models compiled into the binary) instead of copying it.
    pub fn read_static(r: &mut Reader<'static>) -> Result<Clusters, String> {
        let b = r.bytes()?;
        if b.is_empty() {
            return Ok(Clusters::empty());
        }
        let map =
            fst::Map::new(std::borrow::Cow::Borrowed(b)).map_err(|e| format!("clusters: {e}"))?;
        Ok(Clusters {
            map: Some(map),
            id: new_id(),
        })
    }
}

/// Per-token attributes, as hashes ready to combine into features.
#[derive(Clone, Copy, Debug, Default)]
pub struct Lex {
    /// The exact form.
    pub form: u64,
    /// Lower case, digits as `0`.
    pub norm: u64,
    pub shape: u64,
    pub pre1: u64,
    pub suf2: u64,
    pub suf3: u64,
    pub suf4: u64,
    pub pre3: u64,
    /// Cluster ids (coarse, middle, fine, vector row), 0 when unknown.
    pub cluster: [u64; 4],
    pub flags: u64,
}

pub const CAPITALISED: u64 = 1;
pub const ALL_CAPS: u64 = 2;
pub const HAS_DIGIT: u64 = 4;
pub const HAS_HYPHEN: u64 = 8;
pub const FIRST: u64 = 16;

/// Lower case with digits as `0`.
pub fn normalise(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        if c.is_ascii_digit() {
            out.push('0');
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// A word's shape with runs collapsed: "Kilroy-Silk" → "Xx-Xx", "2015" → "d", "MPs" → "Xx".
fn shape(word: &str) -> u64 {
    let mut buf = [0u8; 16];
    let mut n = 0;
    let mut last = 0u8;
    for c in word.chars() {
        let k = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'?'
        };
        if k != last && n < buf.len() {
            buf[n] = k;
            n += 1;
            last = k;
        }
    }
    crate::feat::hash_bytes(&buf[..n])
}

fn suffix(s: &str, n: usize) -> &str {
    let mut idx = s.len();
    for (k, (i, _)) in s.char_indices().rev().enumerate() {
        if k == n {
            break;
        }
        idx = i;
    }
    &s[idx..]
}

fn prefix(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Attributes of each word of a sentence.
pub fn analyse(words: &[&str], clusters: &Clusters, out: &mut Vec<Lex>) {
    out.clear();
    let mut lower = String::new();
    for (i, w) in words.iter().enumerate() {
        normalise(w, &mut lower);
        let mut flags = 0;
        let mut chars = w.chars();
        let first = chars.next();
        if first.is_some_and(char::is_uppercase) {
            flags |= CAPITALISED;
            if w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
                && w.len() > 1
            {
                flags |= ALL_CAPS;
            }
        }
        if w.bytes().any(|b| b.is_ascii_digit()) {
            flags |= HAS_DIGIT;
        }
        if w.len() > 1 && w.contains('-') {
            flags |= HAS_HYPHEN;
        }
        if i == 0 {
            flags |= FIRST;
        }
        let norm = hash_str(&lower);
        let c = clusters.get_cached(&lower, norm);
        out.push(Lex {
            form: hash_str(w),
            norm,
            shape: shape(w),
            pre1: hash_str(prefix(w, 1)),
            suf2: hash_str(suffix(&lower, 2)),
            suf3: hash_str(suffix(&lower, 3)),
            suf4: hash_str(suffix(&lower, 4)),
            pre3: hash_str(prefix(&lower, 3)),
            cluster: [c[0] as u64, c[1] as u64, c[2] as u64, c[3] as u64],
            flags,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affixes_count_characters_not_bytes() {
        assert_eq!(suffix("féin", 3), "éin");
        assert_eq!(suffix("ab", 3), "ab");
        assert_eq!(prefix("Éire", 1), "É");
    }

    #[test]
    fn shapes_collapse_runs() {
        assert_eq!(shape("Kilroy-Silk"), shape("Ab-Cd"));
        assert_eq!(shape("2015"), shape("7"));
        assert_ne!(shape("MPs"), shape("mps"));
    }

    #[test]
    fn clusters_round_trip_and_are_case_blind() {
        let c = Clusters::build(vec![
            ("Labour".into(), [1, 2, 3, 9]),
            ("tory".into(), [4, 5, 6, 7]),
        ])
        .unwrap();
        assert_eq!(c.get("labour"), [2, 3, 4, 10]);
        assert_eq!(c.get("nothing"), [0, 0, 0, 0]);
        let mut w = Writer::default();
        c.write(&mut w);
        let b = w.into_bytes();
        let back = Clusters::read(&mut Reader::new(&b)).unwrap();
        assert_eq!(back.get("tory"), [5, 6, 7, 8]);
    }
}
