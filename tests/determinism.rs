//! Same seed + same commands => same journal, byte for byte. The digest is also
//! checked in headless Chromium by tests/web.rs against the same expected file,
//! so native and wasm agree. `UPDATE_EXPECT=1 cargo test --test native determinism::`
//! rewrites the expected digest after an intended change to the journal.
#![cfg(not(target_arch = "wasm32"))]

use switchyard::runner::run_script;
use switchyard::World;

const SCRIPT: &str = include_str!("determinism.aws");
const SEED: u64 = 20_261_126;

fn digest_of(seed: u64) -> String {
    let mut w = World::new(seed);
    run_script(&mut w, SCRIPT, |_| {});
    format!("{} {}", w.sim.journal.digest_hex(), w.sim.journal.total())
}

#[test]
fn same_seed_same_journal() {
    let a = digest_of(SEED);
    let b = digest_of(SEED);
    assert_eq!(a, b, "reproduce with seed={SEED}");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/determinism.digest");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, format!("{a}\n")).unwrap();
    }
    let expected = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        a,
        expected.trim(),
        "journal digest changed; if intended, rerun with UPDATE_EXPECT=1"
    );
}

#[test]
fn journal_survives_a_save_and_restore() {
    let mut w = World::new(SEED);
    run_script(&mut w, SCRIPT, |_| {});
    let saved = serde_json::to_string(&w).unwrap();
    let restored: World = serde_json::from_str(&saved).unwrap();
    assert_eq!(restored.sim.journal.digest(), w.sim.journal.digest());
    assert_eq!(restored.now(), w.now());
    assert_eq!(serde_json::to_string(&restored).unwrap(), saved);
}
