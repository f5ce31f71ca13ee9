#!/usr/bin/env bash
# Installs whatever is missing for building, serving and testing Switchyard on a
# Debian 12 machine with rustup, Node and Python (the project's `rust` machine),
# and says what it does. Idempotent: a second run only checks (a few seconds).
# A cold run compiles Trunk and wasm-bindgen-cli from crates.io (~10-25 min on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the crate version that Cargo.lock pins.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$c"; then
    say "adding rustup component $c"; rustup component add "$c"
  fi
done

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "compiling trunk $TRUNK_VERSION from crates.io (several minutes; 0.22 needs a newer rustc)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
  say "compiling wasm-bindgen-cli $WBG_VERSION from crates.io (several minutes)"
  # Its published lock pins a webpki-roots the registry no longer serves: fall back to
  # resolving afresh when the locked install fails.
  cargo install --locked wasm-bindgen-cli --version "$WBG_VERSION" ||
    CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

if [ ! -x node_modules/.bin/playwright-core ] || [ ! -x node_modules/.bin/wasm-opt ] ||
   [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (playwright-core, binaryen's wasm-opt, AWS SDK for JavaScript v3)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if ! command -v aws >/dev/null; then
  say "installing the AWS CLI from PyPI"
  python3 -m pip install --quiet awscli
fi

# An SDK from before SQS moved to AWS JSON, to test SQS's query protocol with
# a real client (boto3 1.28 / botocore 1.31), in its own virtualenv.
if [ ! -x .venv-sqs-query/bin/python ] ||
   ! .venv-sqs-query/bin/python -c 'import boto3' 2>/dev/null; then
  say "installing boto3 1.28 (SQS over the query protocol) in .venv-sqs-query"
  python3 -m venv .venv-sqs-query
  .venv-sqs-query/bin/python -m pip install --quiet "boto3==1.28.0" "botocore==1.31.0"
fi

# Trunk runs cargo offline: fetch every dependency now.
cargo fetch --locked >/dev/null 2>&1 || cargo fetch
say "ready (trunk $TRUNK_VERSION, wasm-bindgen $WBG_VERSION, $(chromium --version 2>/dev/null | head -1))"
