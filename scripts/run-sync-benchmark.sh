#!/usr/bin/env bash
# Runs the sync flush benchmark (benchmarks/.../SyncFlushRun): a backlog of dossiers with one scan each flushed by
# the sync engine to the province sandbox on loopback (no faults), then the same files POSTed whole with curl to
# the sandbox's raw upload endpoint. Needs curl. About 1 minute on 2 cores.
# BUILD_DIR (default target) keeps the build output apart from other builds: BUILD_DIR=target-x.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA_HOME="$(scripts/find-jdk.sh)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
BUILD_DIR="${BUILD_DIR:-target}"
echo "Using JDK at $JAVA_HOME, build directory $BUILD_DIR" >&2
command -v curl >/dev/null || { echo "curl is needed (Debian package curl)" >&2; exit 1; }

mvn -B -ntp -q -DbuildDir="$BUILD_DIR" -DskipTests -pl benchmarks -am package
module="benchmarks/$BUILD_DIR"
classpath="$module/classes:$(cat "$module/benchmark-classpath.txt")"
exec java -Xmx2g -cp "$classpath" vn.motcua.benchmarks.SyncFlushRun "$@"
