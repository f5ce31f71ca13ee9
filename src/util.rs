//! Small helpers shared by every layer: hex, digests, base64.

use md5::{Digest, Md5};

/// Lowercase hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 0xf) as usize] as char);
    }
    s
}

/// MD5 of `data` as 32 lowercase hex digits (the form SQS returns).
pub fn md5_hex(data: &[u8]) -> String {
    hex(&Md5::digest(data))
}

/// SHA-256 of `data` as 64 lowercase hex digits.
pub fn sha256_hex(data: &[u8]) -> String {
    use sha2::Sha256;
    hex(&Sha256::digest(data))
}

/// Standard base64 with padding.
pub fn b64_encode(data: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(data)
}

/// Decodes standard base64 with padding.
pub fn b64_decode(s: &str) -> Result<Vec<u8>, String> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(s.trim())
        .map_err(|e| e.to_string())
}

/// Asks the processor to start loading the cache line holding `p` into its
/// caches, so that a later read of it does not wait on memory. It changes
/// nothing a program can observe; off x86-64 (the wasm build) it does
/// nothing. For loops that visit many cold structures in an order known
/// ahead (`Sqs::settle`).
#[inline(always)]
pub fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: PREFETCHT0 is a hint: it never faults, whatever the address,
    // and reads nothing into the program's state.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// A whole-number form field's text: empty takes `default`; otherwise a
/// whole number as a browser's number field reads one (`1e2` is 100), or a
/// message naming `label` -- never a silent fall-back.
pub fn parse_whole(text: &str, label: &str, default: i64) -> Result<i64, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(default);
    }
    // 2^53: every whole number up to it is exact as a double.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    match t.parse::<f64>() {
        Ok(f) if f.is_finite() && f.fract() == 0.0 && f.abs() <= EXACT => Ok(f as i64),
        _ => Err(format!("{label}: a whole number, not {t:?}.")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_number_fields() {
        assert_eq!(parse_whole("", "Shard count", 1), Ok(1));
        assert_eq!(parse_whole(" 4 ", "Shard count", 1), Ok(4));
        assert_eq!(parse_whole("1e2", "Shard count", 1), Ok(100));
        assert_eq!(parse_whole("-3", "Shard count", 1), Ok(-3));
        for bad in ["1.5", "abc", "inf", "NaN", "99999999999999999999"] {
            let e = parse_whole(bad, "Shard count", 1).unwrap_err();
            assert!(e.starts_with("Shard count: a whole number"), "{bad}: {e}");
        }
    }

    #[test]
    fn digests_match_known_values() {
        assert_eq!(md5_hex(b"hi"), "49f68a5c8493ec2c0bf489821c21fc3b");
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(b64_encode(b"user signup"), "dXNlciBzaWdudXA=");
        assert_eq!(b64_decode("dXNlciBzaWdudXA=").unwrap(), b"user signup");
    }
}
