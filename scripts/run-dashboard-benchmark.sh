#!/usr/bin/env bash
# Runs the dashboard statistics benchmark (benchmarks/.../DashboardRun): generates one synthetic year (300,000
# tickets, 100,000 dossiers, ratings) into a real SQLite file when the directory has none, then times the
# supervisor dashboard's reads cold (fresh store, file dropped from the OS page cache) and warm.
# Arguments: [directory, default /tmp/motcua-dashboard-year] [tickets per year, default 300000].
# Generating takes a few minutes on 2 cores and about 1 GB of disk; the reads a minute.
# BUILD_DIR (default target) keeps the build output apart from other builds: BUILD_DIR=target-x.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=build-benchmarks.sh
source scripts/build-benchmarks.sh
exec java -Xmx2g -cp "$classpath" vn.motcua.benchmarks.DashboardRun "$@"
