#!/usr/bin/env bash
# Runs the dashboard statistics benchmark (benchmarks/.../DashboardRun): generates one synthetic year (300,000
# tickets, 100,000 dossiers, ratings) into a real SQLite file when the directory has none, then times the
# supervisor dashboard's reads cold (fresh store, file dropped from the OS page cache) and warm.
# Arguments: [directory, default /tmp/motcua-dashboard-year] [tickets per year, default 300000].
# Generating takes a few minutes on 2 cores and about 1 GB of disk; the reads a minute.
# BUILD_DIR (default target) keeps the build output apart from other builds: BUILD_DIR=target-x.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA_HOME="$(scripts/find-jdk.sh)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
BUILD_DIR="${BUILD_DIR:-target}"
echo "Using JDK at $JAVA_HOME, build directory $BUILD_DIR" >&2

mvn -B -ntp -q -DbuildDir="$BUILD_DIR" -DskipTests -pl benchmarks -am package
module="benchmarks/$BUILD_DIR"
classpath="$module/classes:$(cat "$module/benchmark-classpath.txt")"
exec java -Xmx2g -cp "$classpath" vn.motcua.benchmarks.DashboardRun "$@"
