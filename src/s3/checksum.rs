//! The checksums S3 computes over an object: CRC32 (the `crc32fast` crate),
//! CRC32C and CRC64NVME (here: the reflected CRCs as AWS's flexible checksums
//! define them, table-driven), MD5, SHA-1, SHA-256 and SHA-512 (RustCrypto's
//! crates). Each is written as S3 writes it: base64 of the big-endian digest.
//! The XXHASH family is refused by name where it is asked for.

/// A reflected CRC's lookup table for `poly` (the reversed polynomial). One
/// builder serves both widths: shifting right never carries a 32-bit
/// polynomial's table above bit 31.
const fn table(poly: u64) -> [u64; 256] {
    let mut t = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u64;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { (c >> 1) ^ poly } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

/// CRC-32C (Castagnoli): reflected 0x1EDC6F41, init and final XOR all ones.
static CRC32C: [u64; 256] = table(0x82F6_3B78);
/// CRC-64/NVME: reflected 0xAD93D23594C93659, init and final XOR all ones.
static CRC64NVME: [u64; 256] = table(0x9A6C_9329_AC4B_C9B5);

pub fn crc32c(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |c, &b| {
        CRC32C[((c ^ u32::from(b)) & 0xff) as usize] as u32 ^ (c >> 8)
    })
}

pub fn crc64nvme(data: &[u8]) -> u64 {
    !data.iter().fold(!0u64, |c, &b| {
        CRC64NVME[((c ^ u64::from(b)) & 0xff) as usize] ^ (c >> 8)
    })
}

/// The checksum member `member` (`ChecksumCRC32`, ...) of `data`, as S3
/// writes it; `None` for a member that is not a checksum.
pub fn of(member: &str, data: &[u8]) -> Option<String> {
    use sha1::Digest as _;
    let bytes: Vec<u8> = match member {
        "ChecksumCRC32" => crc32fast::hash(data).to_be_bytes().to_vec(),
        "ChecksumCRC32C" => crc32c(data).to_be_bytes().to_vec(),
        "ChecksumCRC64NVME" => crc64nvme(data).to_be_bytes().to_vec(),
        "ChecksumSHA1" => sha1::Sha1::digest(data).to_vec(),
        "ChecksumSHA256" => sha2::Sha256::digest(data).to_vec(),
        "ChecksumSHA512" => sha2::Sha512::digest(data).to_vec(),
        "ChecksumMD5" => md5::Md5::digest(data).to_vec(),
        _ => return None,
    };
    Some(crate::util::b64_encode(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogued_check_values() {
        // The CRC catalogue's check values, for "123456789".
        assert_eq!(crc32c(b"123456789"), 0xE306_9283);
        assert_eq!(crc64nvme(b"123456789"), 0xAE8B_1486_0A79_9888);
        assert_eq!(of("ChecksumCRC32", b"hello").as_deref(), Some("NhCmhg=="));
        // SHA-1 of "abc".
        assert_eq!(
            of("ChecksumSHA1", b"abc")
                .map(|b| crate::util::hex(&crate::util::b64_decode(&b).unwrap())),
            Some("a9993e364706816aba3e25717850c26c9cd0d89d".to_string())
        );
    }
}
