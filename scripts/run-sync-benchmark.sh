#!/usr/bin/env bash
# Runs the sync flush benchmark (benchmarks/.../SyncFlushRun): a backlog of dossiers with one scan each flushed by
# the sync engine to the province sandbox on loopback (no faults), then the same files POSTed whole with curl to
# the sandbox's raw upload endpoint. Needs curl. About 1 minute on 2 cores.
# BUILD_DIR (default target) keeps the build output apart from other builds: BUILD_DIR=target-x.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v curl >/dev/null || { echo "curl is needed (Debian package curl)" >&2; exit 1; }
# shellcheck source=build-benchmarks.sh
source scripts/build-benchmarks.sh
exec java -Xmx2g -cp "$classpath" vn.motcua.benchmarks.SyncFlushRun "$@"
