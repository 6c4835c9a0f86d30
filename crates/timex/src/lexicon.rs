//! The word list: every word form the rules care about, its senses, and the trigger scan
//! that finds the trigger words (and digit runs) in a single pass over the text.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A word's role in the grammar. The names are the ones `lexicon.txt` and `rules.txt` use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    Month,
    GMonth,
    Mon3,
    Weekday,
    Weekdays,
    Unit,
    Units,
    Pod,
    Pods,
    Season,
    NumW,
    Tens,
    Mult,
    Vague,
    OrdW,
    OrdTens,
    DecW,
    Zone,
    AmPm,
    Fut,
    FutTo,
    /// Future only in the clause to the right of the word, before "to" and a verb ("agreed to
    /// buy the line in February"); code 1: also before a noun phrase ("planned a rally on
    /// Saturday").
    FutInf,
    Past,
}

impl Class {
    pub const ALL: &'static [(Class, &'static str)] = &[
        (Class::Month, "month"),
        (Class::GMonth, "gmonth"),
        (Class::Mon3, "mon3"),
        (Class::Weekday, "weekday"),
        (Class::Weekdays, "weekdays"),
        (Class::Unit, "unit"),
        (Class::Units, "units"),
        (Class::Pod, "pod"),
        (Class::Pods, "pods"),
        (Class::Season, "season"),
        (Class::NumW, "numw"),
        (Class::Tens, "tens"),
        (Class::Mult, "mult"),
        (Class::Vague, "vague"),
        (Class::OrdW, "ordw"),
        (Class::OrdTens, "ordtens"),
        (Class::DecW, "decw"),
        (Class::Zone, "zone"),
        (Class::AmPm, "ampm"),
        (Class::Fut, "fut"),
        (Class::FutTo, "futto"),
        (Class::FutInf, "futinf"),
        (Class::Past, "past"),
    ];

    pub fn parse(s: &str) -> Option<Class> {
        Class::ALL.iter().find(|(_, n)| *n == s).map(|(c, _)| *c)
    }

    pub fn name(self) -> &'static str {
        Class::ALL
            .iter()
            .find(|(c, _)| *c == self)
            .map(|(_, n)| *n)
            .unwrap_or("?")
    }

    /// Classes whose words start or anchor a time expression (used by the trigger scan).
    pub fn is_trigger(self) -> bool {
        !matches!(
            self,
            Class::Fut
                | Class::FutTo
                | Class::FutInf
                | Class::Past
                | Class::Zone
                | Class::AmPm
                | Class::Vague
                | Class::NumW
                | Class::Tens
                | Class::Mult
                | Class::OrdW
                | Class::OrdTens
        )
    }

    /// Classes that only count when the word is capitalised ("May", "Sept").
    pub fn needs_capital(self) -> bool {
        matches!(self, Class::GMonth | Class::Mon3)
    }
}

/// One meaning of a word form: its class and an integer code (month number, unit code…).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sense {
    pub class: Class,
    pub val: i32,
}

/// A multiply-shift hasher for the packed word keys (they are already well mixed).
#[derive(Default)]
pub struct PackHasher(u64);

impl Hasher for PackHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u128(&mut self, v: u128) {
        let x = (v as u64) ^ ((v >> 64) as u64).rotate_left(17);
        self.0 = x.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (x >> 29);
    }
}

/// A word of up to 16 ASCII letters, lowercased and packed into an integer (big-endian and
/// right-aligned: "ab" is `0x6162`). Built in two `u64` halves: most words fit the low one.
pub fn pack(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    let split = word.len().saturating_sub(8);
    let half = |bytes: &[u8]| -> Option<u64> {
        let mut k = 0u64;
        for &b in bytes {
            if !b.is_ascii_alphabetic() {
                return None;
            }
            k = (k << 8) | (b | 0x20) as u64;
        }
        Some(k)
    };
    let hi = half(&word[..split])?;
    let lo = half(&word[split..])?;
    Some(((hi as u128) << 64) | lo as u128)
}

/// Word forms (lowercase, letters only), their senses, a packed-key table for looking up
/// tokens, and the tables of the trigger scan.
#[derive(Debug)]
pub struct Lexicon {
    pub forms: Vec<String>,
    index: HashMap<String, u32>,
    packed: HashMap<u128, u32, BuildHasherDefault<PackHasher>>,
    pub senses: Vec<Vec<Sense>>,
    /// Forms that make a token a trigger for the rule matcher.
    pub trigger: Vec<bool>,
    /// Per word length (2..=16): a bit per first two letters (`aa` = bit 0) some trigger
    /// has.
    pairs: Vec<[u64; 11]>,
    /// Per form: a trigger only when capitalised ("May", "March").
    cap_only: Vec<bool>,
}

pub const NO_WORD: u32 = u32::MAX;

const OTHER: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
/// The end of the run of ASCII letters that continues at `i`: eight bytes at a time (a
/// letter mask computed on a whole `u64`), so the loop exit is one well-predicted branch
/// for most words rather than one per letter.
#[inline]
pub(crate) fn letter_run_end(b: &[u8], mut i: usize) -> usize {
    const LO7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HI: u64 = 0x8080_8080_8080_8080;
    const CASE: u64 = 0x2020_2020_2020_2020;
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // Per byte: lowercased 7-bit value y; letter when 0x61 <= y <= 0x7a and ASCII.
        let y = (x | CASE) & LO7;
        let ge_a = y.wrapping_add(0x1f1f_1f1f_1f1f_1f1f) & HI;
        let gt_z = y.wrapping_add(0x0505_0505_0505_0505) & HI;
        let letters = ge_a & !gt_z & !(x & HI);
        let not_letters = !letters & HI;
        if not_letters != 0 {
            return i + (not_letters.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && BYTE_KIND[b[i] as usize] == LETTER {
        i += 1;
    }
    i
}

/// ASCII letters and digits; every other byte (UTF-8 included) is `OTHER`.
static BYTE_KIND: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        if c.is_ascii_alphabetic() {
            t[i] = LETTER;
        } else if c.is_ascii_digit() {
            t[i] = DIGIT;
        }
        i += 1;
    }
    t
};

/// Unit abbreviations that are not triggers by themselves.
const ABBREVIATIONS: &[&str] = &["yr", "yrs", "hr", "hrs", "min", "mins", "secs"];

impl Lexicon {
    /// Parses `lexicon.txt`. Errors name the offending line.
    pub fn parse(src: &str) -> Result<Lexicon, String> {
        let mut lex = Lexicon {
            forms: Vec::new(),
            index: HashMap::new(),
            senses: Vec::new(),
            trigger: Vec::new(),
            pairs: Vec::new(),
            cap_only: Vec::new(),
            packed: HashMap::default(),
        };
        for (n, line) in src.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut it = line.split_whitespace();
            let class = it
                .next()
                .and_then(Class::parse)
                .ok_or_else(|| format!("lexicon.txt:{}: unknown class in {line:?}", n + 1))?;
            let val: i32 = it
                .next()
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| format!("lexicon.txt:{}: bad value in {line:?}", n + 1))?;
            for form in it {
                let id = lex.intern(form)?;
                lex.senses[id as usize].push(Sense { class, val });
                // Abbreviations ("Sept", "hrs") always stand beside a number, which is a
                // trigger already; as triggers they would only fire inside other words.
                let abbrev = class == Class::Mon3 || ABBREVIATIONS.contains(&form);
                if class.is_trigger() && !abbrev {
                    lex.trigger[id as usize] = true;
                }
            }
        }
        Ok(lex)
    }

    /// The id of `form`, adding it if new. Forms must be lowercase ASCII letters.
    pub fn intern(&mut self, form: &str) -> Result<u32, String> {
        if form.is_empty() || form.len() > 16 || !form.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(format!(
                "word form {form:?} must be lowercase ASCII letters"
            ));
        }
        if let Some(&id) = self.index.get(form) {
            return Ok(id);
        }
        let id = self.forms.len() as u32;
        self.forms.push(form.to_string());
        self.index.insert(form.to_string(), id);
        if let Some(k) = pack(form.as_bytes()) {
            self.packed.insert(k, id);
        }
        self.senses.push(Vec::new());
        self.trigger.push(false);
        Ok(id)
    }

    pub fn set_trigger(&mut self, id: u32) {
        if let Some(t) = self.trigger.get_mut(id as usize) {
            *t = true;
        }
    }

    /// Builds the trigger tables (which lengths and first letters trigger words have, and
    /// which count only capitalised); call after every form is interned and every trigger
    /// marked.
    pub fn build(&mut self) -> Result<(), String> {
        let mut pairs = vec![[0u64; 11]; 17];
        let mut cap_only = vec![false; self.forms.len()];
        for (id, f) in self.forms.iter().enumerate() {
            if self.trigger[id] {
                let b = f.as_bytes();
                let len = b.len();
                if len < 2 || len >= pairs.len() {
                    return Err(format!("trigger word {f:?} must be 2 to 16 letters"));
                }
                let pair = (b[0] - b'a') as usize * 26 + (b[1] - b'a') as usize;
                pairs[len][pair / 64] |= 1u64 << (pair % 64);
                let ss = &self.senses[id];
                cap_only[id] = !ss.is_empty() && ss.iter().all(|s| s.class.needs_capital());
            }
        }
        self.pairs = pairs;
        self.cap_only = cap_only;
        Ok(())
    }

    /// Byte offsets (into `text`) of trigger words standing as whole words, and of digit runs,
    /// inside `text[start..end]`, in order.
    ///
    /// One pass over the bytes: each run of ASCII letters that is a whole word (no letter,
    /// ASCII or not, either side) and whose length and first letter some trigger has is
    /// looked up in the packed table. Most words fail the length and first-two-letters test,
    /// so the hash is rarely touched.
    pub fn triggers(&self, text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let Some(slice) = text.get(start..end) else {
            return out;
        };
        let b = slice.as_bytes();
        let n = b.len();
        let mut i = 0;
        while i < n {
            let c = b[i];
            let k = BYTE_KIND[c as usize];
            if k == LETTER {
                let s = i;
                i = letter_run_end(b, i + 1);
                let len = i - s;
                if len < 2 || len >= self.pairs.len() {
                    continue;
                }
                let pair = ((c | 0x20) - b'a') as usize * 26 + ((b[s + 1] | 0x20) - b'a') as usize;
                if self.pairs[len][pair / 64] & (1u64 << (pair % 64)) == 0 {
                    continue;
                }
                let whole = (s == 0
                    || b[s - 1] < 0x80
                    || !slice[..s]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphabetic))
                    && (i == n
                        || b[i] < 0x80
                        || !slice[i..].chars().next().is_some_and(char::is_alphabetic));
                if whole {
                    let id = self.lookup(&b[s..i]);
                    if id != NO_WORD
                        && self.trigger[id as usize]
                        && (!self.cap_only[id as usize] || c.is_ascii_uppercase())
                    {
                        out.push((start + s, start + i));
                    }
                }
            } else if k == DIGIT {
                let s = i;
                i += 1;
                while i < n && BYTE_KIND[b[i] as usize] == DIGIT {
                    i += 1;
                }
                out.push((start + s, start + i));
            } else {
                i += 1;
            }
        }
        out
    }

    /// The id of a token's word form, if the lexicon has it.
    #[inline]
    pub fn lookup(&self, word: &[u8]) -> u32 {
        match pack(word) {
            Some(k) => self.packed.get(&k).copied().unwrap_or(NO_WORD),
            None => NO_WORD,
        }
    }

    pub fn senses(&self, id: u32) -> &[Sense] {
        self.senses
            .get(id as usize)
            .map(|v| v.as_slice())
            .unwrap_or(&[])
    }

    pub fn sense(&self, id: u32, class: Class) -> Option<i32> {
        self.senses(id)
            .iter()
            .find(|s| s.class == class)
            .map(|s| s.val)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Packing is big-endian and right-aligned over all 16 bytes, case-folded, letters only.
    #[test]
    fn pack_folds_case_and_spans_both_halves() {
        let naive = |w: &str| w.bytes().fold(0u128, |k, b| (k << 8) | (b | 0x20) as u128);
        assert_eq!(pack(b"ab"), Some(0x6162));
        for w in [
            "May",
            "september",
            "WEDNESDAY",
            "millenniumsabcde",
            "abcdefghijklmnop",
        ] {
            assert_eq!(pack(w.as_bytes()), Some(naive(w)), "{w}");
        }
        assert_eq!(pack(b"Mon-day"), None);
        assert_eq!(pack(b""), None);
        assert_eq!(pack(b"abcdefghijklmnopq"), None);
    }

    /// The eight-bytes-at-a-time word end agrees with a byte-by-byte scan on every byte
    /// value and position (letters of both cases, digits, punctuation, UTF-8 bytes).
    #[test]
    fn letter_run_end_agrees_with_a_byte_scan() {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        // Mostly letters, so that runs cross the eight-byte blocks.
        let alphabet: Vec<u8> = (b'a'..=b'z').chain(b'A'..=b'Z').collect();
        for _ in 0..2000 {
            let len = (next() % 40) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|_| match next() % 10 {
                    0 => (next() % 256) as u8,
                    _ => alphabet[(next() % alphabet.len() as u64) as usize],
                })
                .collect();
            for i in 0..=bytes.len() {
                let mut j = i;
                while j < bytes.len() && bytes[j].is_ascii_alphabetic() {
                    j += 1;
                }
                assert_eq!(letter_run_end(&bytes, i), j, "{bytes:?} from {i}");
            }
        }
    }
}
