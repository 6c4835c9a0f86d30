//! How much of an input is read (never more than the byte limit) and how its bytes become
//! text (UTF-8, invalid sequences replaced, with a warning).

use std::io::Read;

use floorcross_model::Diagnostic;

use super::ErrorKind;

pub(super) fn read_limited<R: Read>(
    src: std::io::Result<R>,
    max: u64,
) -> Result<Vec<u8>, ErrorKind> {
    read_limited_sized(src, max, 0)
}

/// [`read_limited`] into a buffer sized for `expected` bytes (a file's length), so a large
/// file is not held in a buffer grown to twice its size.
pub(super) fn read_limited_sized<R: Read>(
    src: std::io::Result<R>,
    max: u64,
    expected: u64,
) -> Result<Vec<u8>, ErrorKind> {
    let src = src.map_err(ErrorKind::Io)?;
    let mut bytes = Vec::with_capacity(expected.min(max) as usize + 1);
    src.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(ErrorKind::Io)?;
    if bytes.len() as u64 > max {
        return Err(ErrorKind::TooLarge {
            size: bytes.len() as u64,
            limit: max,
        });
    }
    Ok(bytes)
}

/// Decodes bytes as UTF-8, replacing invalid sequences and saying where the first was.
pub(super) fn decode(bytes: Vec<u8>) -> (String, Vec<Diagnostic>) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, Vec::new()),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let s = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let d = Diagnostic::warning(
                "lossy-utf8",
                format!("invalid UTF-8 at byte {at}; decoded with U+FFFD replacement characters"),
            )
            .at(at);
            (s, vec![d])
        }
    }
}
