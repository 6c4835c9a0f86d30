//! Little-endian model-file encoding: a magic, a version, then each part in order.

/// Appends values to a byte buffer.
#[derive(Default)]
pub struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    pub fn u16(&mut self, v: u16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    /// LEB128: seven bits a byte, low first.
    pub fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }
    /// A signed value as a zigzag varint (small magnitudes take one byte).
    pub fn svarint(&mut self, v: i64) {
        self.varint(((v << 1) ^ (v >> 63)) as u64);
    }
    pub fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.buf.extend_from_slice(b);
    }
    pub fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    pub fn strs(&mut self, v: &[String]) {
        self.u32(v.len() as u32);
        for s in v {
            self.str(s);
        }
    }
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
}

/// Reads values back; every read checks the length, so a truncated file is an error.
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader { buf, pos: 0 }
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.buf.len())
            .ok_or_else(|| format!("model file truncated at byte {}", self.pos))?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    pub fn u16(&mut self) -> Result<u16, String> {
        Ok(u16::from_le_bytes(
            self.take(2)?.try_into().expect("2 bytes"),
        ))
    }
    pub fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }
    pub fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(
            self.take(8)?.try_into().expect("8 bytes"),
        ))
    }
    pub fn varint(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(format!("model file: varint too long at byte {}", self.pos))
    }
    pub fn svarint(&mut self) -> Result<i64, String> {
        let z = self.varint()?;
        Ok(((z >> 1) as i64) ^ -((z & 1) as i64))
    }
    pub fn bytes(&mut self) -> Result<&'a [u8], String> {
        let n = self.u32()? as usize;
        self.take(n)
    }
    pub fn str(&mut self) -> Result<String, String> {
        String::from_utf8(self.bytes()?.to_vec()).map_err(|e| format!("model string: {e}"))
    }
    pub fn strs(&mut self) -> Result<Vec<String>, String> {
        let n = self.u32()? as usize;
        (0..n).map(|_| self.str()).collect()
    }
    pub fn magic(&mut self, magic: &[u8; 4], version: u32) -> Result<(), String> {
        let m = self.take(4)?;
        if m != magic {
            return Err(format!(
                "not a {} model file",
                String::from_utf8_lossy(magic)
            ));
        }
        let v = self.u32()?;
        if v != version {
            return Err(format!(
                "{} model version {v}, expected {version}",
                String::from_utf8_lossy(magic)
            ));
        }
        Ok(())
    }
    pub fn is_done(&self) -> bool {
        self.pos == self.buf.len()
    }
}

impl Writer {
    pub fn magic(&mut self, magic: &[u8; 4], version: u32) {
        self.buf.extend_from_slice(magic);
        self.u32(version);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip() {
        let mut w = Writer::default();
        let vals = [0u64, 1, 127, 128, 300, u32::MAX as u64, u64::MAX];
        let svals = [0i64, -1, 1, -64, 64, -32767, 32767, i64::MIN, i64::MAX];
        for &v in &vals {
            w.varint(v);
        }
        for &v in &svals {
            w.svarint(v);
        }
        let b = w.into_bytes();
        let mut r = Reader::new(&b);
        for &v in &vals {
            assert_eq!(r.varint().unwrap(), v);
        }
        for &v in &svals {
            assert_eq!(r.svarint().unwrap(), v);
        }
        assert!(r.is_done());
        assert!(Reader::new(&[0x80]).varint().is_err());
    }
}
