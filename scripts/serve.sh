#!/usr/bin/env bash
# Installs whatever is missing, then serves the playground on http://127.0.0.1:8080/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
echo "serve: building and serving the playground on http://127.0.0.1:${PORT:-8080}/ (Ctrl-C stops)"
exec trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}"
