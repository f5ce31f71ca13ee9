#!/usr/bin/env bash
# Runs one cargo-fuzz target for N seconds (default 600) on the kept corpus.
# Usage: scripts/fuzz.sh TARGET [SECONDS]. Needs cargo-fuzz (installed here if
# missing). The machine's stable toolchain builds libFuzzer targets with
# RUSTC_BOOTSTRAP=1 (cargo fuzz passes nightly-only -Z flags).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
export PATH="$HOME/.cargo/bin:$PATH"
target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS]}
secs=${2:-600}
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
mkdir -p "corpus/$target"
RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" -O "corpus/$target" -- -max_total_time="$secs" -rss_limit_mb=4096
