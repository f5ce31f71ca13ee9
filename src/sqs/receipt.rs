//! Receipt handles: opaque to clients, cheap to resolve for the engine.
//!
//! A handle names the queue, the message's slot, the message's internal id and
//! the receive it came from (a serial number unique across the engine), sealed
//! with a 64-bit keyed checksum over those fields. The key is drawn from the
//! world's seeded generator, so handles replay exactly, look random, and a
//! handle that was never issued (or was edited) fails the checksum. Because the
//! fields travel in the handle, deleting or changing visibility needs no table
//! from handle to message: the slot is read straight out of the handle, which
//! keeps those operations O(1) at any queue size.
//!
//! Shape: `AQEB` (AWS's handles start with it) followed by 64 characters of
//! base64 over 48 bytes: a version byte, the fields, the checksum and filler
//! bytes derived from the checksum, so every handle is the same length and
//! every character of it depends on the sealed fields (the fields themselves
//! are masked with a keystream, so they never show through).

use base64::Engine;

const PREFIX: &str = "AQEB";
const VERSION: u8 = 1;
const RAW_LEN: usize = 48;
const FIELDS_LEN: usize = 1 + 4 + 4 + 8 + 8 + 8;
/// Total length of a handle in characters.
pub const HANDLE_LEN: usize = PREFIX.len() + RAW_LEN / 3 * 4;

/// What a receipt handle carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Receipt {
    pub queue: u32,
    pub slot: u32,
    pub message: u64,
    pub serial: u64,
}

fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn seal(key: u64, r: &Receipt) -> u64 {
    let h = mix(key ^ (u64::from(r.queue) | (u64::from(r.slot) << 32)));
    mix(h ^ r.message ^ r.serial.rotate_left(29))
}

/// Layout: version, checksum, the fields masked with a keystream derived from
/// the key and checksum (so equal fields never show through), filler.
fn raw(key: u64, r: &Receipt) -> [u8; RAW_LEN] {
    let mut out = [0u8; RAW_LEN];
    out[0] = VERSION;
    let mac = seal(key, r);
    out[1..9].copy_from_slice(&mac.to_le_bytes());
    let mut fields = [0u8; 24];
    fields[0..4].copy_from_slice(&r.queue.to_le_bytes());
    fields[4..8].copy_from_slice(&r.slot.to_le_bytes());
    fields[8..16].copy_from_slice(&r.message.to_le_bytes());
    fields[16..24].copy_from_slice(&r.serial.to_le_bytes());
    mask(key, mac, &mut fields);
    out[9..33].copy_from_slice(&fields);
    let mut state = mac ^ key.rotate_left(17);
    for chunk in out[FIELDS_LEN..].chunks_mut(8) {
        state = mix(state);
        let bytes = state.to_le_bytes();
        chunk.copy_from_slice(&bytes[..chunk.len()]);
    }
    out
}

/// XORs `fields` with a keystream; applying it twice restores them.
fn mask(key: u64, mac: u64, fields: &mut [u8; 24]) {
    let a = mix(key ^ mac);
    let b = mix(a);
    let stream = [a, b, a.rotate_left(23) ^ b];
    for (chunk, k) in fields.chunks_mut(8).zip(stream) {
        for (byte, kb) in chunk.iter_mut().zip(k.to_le_bytes()) {
            *byte ^= kb;
        }
    }
}

/// The handle for `r` under `key`.
pub fn encode(key: u64, r: &Receipt) -> String {
    let mut s = String::with_capacity(HANDLE_LEN);
    s.push_str(PREFIX);
    base64::engine::general_purpose::STANDARD.encode_string(raw(key, r), &mut s);
    s
}

/// The fields of `handle` if it is one this engine (with `key`) issued.
pub fn decode(key: u64, handle: &str) -> Option<Receipt> {
    let body = handle.strip_prefix(PREFIX)?;
    if body.len() != RAW_LEN / 3 * 4 {
        return None;
    }
    let mut buf = [0u8; RAW_LEN + 3];
    let n = base64::engine::general_purpose::STANDARD
        .decode_slice(body, &mut buf)
        .ok()?;
    if n != RAW_LEN || buf[0] != VERSION {
        return None;
    }
    let mac = u64::from_le_bytes(buf[1..9].try_into().ok()?);
    let mut fields: [u8; 24] = buf[9..33].try_into().ok()?;
    mask(key, mac, &mut fields);
    let r = Receipt {
        queue: u32::from_le_bytes(fields[0..4].try_into().ok()?),
        slot: u32::from_le_bytes(fields[4..8].try_into().ok()?),
        message: u64::from_le_bytes(fields[8..16].try_into().ok()?),
        serial: u64::from_le_bytes(fields[16..24].try_into().ok()?),
    };
    // The checksum seals the fields; the filler only pads (not re-derived here,
    // which halves the cost of a delete).
    (seal(key, &r) == mac).then_some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_forgeries() {
        let r = Receipt {
            queue: 3,
            slot: 17,
            message: 123_456,
            serial: 9,
        };
        let h = encode(42, &r);
        assert_eq!(h.len(), HANDLE_LEN);
        assert!(h.starts_with("AQEB"));
        assert_eq!(decode(42, &h), Some(r));
        assert_eq!(decode(43, &h), None, "another key");
        let mut forged = h.clone().into_bytes();
        let i = 20;
        forged[i] = if forged[i] == b'A' { b'B' } else { b'A' };
        assert_eq!(decode(42, std::str::from_utf8(&forged).unwrap()), None);
        assert_eq!(decode(42, "not-a-handle"), None);
        let next = encode(42, &Receipt { serial: 10, ..r });
        assert_ne!(h, next, "every receive gets a fresh handle");
    }
}
