//! Feature hashing: a feature is a template number mixed with one to four small values
//! (word hashes, tag ids, cluster ids), folded into 64 bits. The same inputs give the same
//! hash on every machine.

/// FNV-1a over bytes, then a final mix: the hash of a string.
#[inline]
pub fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

#[inline]
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    fmix(h)
}

/// Murmur3's 64-bit finaliser.
#[inline]
pub fn fmix(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^= k >> 33;
    k
}

/// One multiply-and-rotate step of the feature combiner.
#[inline]
fn step(h: u64, v: u64) -> u64 {
    (h ^ v).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29)
}

#[inline]
pub fn f1(template: u32, a: u64) -> u64 {
    fmix(step(template as u64, a))
}

#[inline]
pub fn f2(template: u32, a: u64, b: u64) -> u64 {
    fmix(step(step(template as u64, a), b))
}

#[inline]
pub fn f3(template: u32, a: u64, b: u64, c: u64) -> u64 {
    fmix(step(step(step(template as u64, a), b), c))
}

#[inline]
pub fn f4(template: u32, a: u64, b: u64, c: u64, d: u64) -> u64 {
    fmix(step(step(step(step(template as u64, a), b), c), d))
}

/// A small deterministic generator (xorshift64*) for shuffling and exploration.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Uniform in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}
