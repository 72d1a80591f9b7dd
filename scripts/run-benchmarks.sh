#!/usr/bin/env bash
# Builds the benchmarks module and runs its JMH benchmarks; any arguments go to JMH unchanged
# (a benchmark name pattern, -p paper=MM58, -prof gc, -f 3 ...). Without arguments: every benchmark,
# one fork each, results also in benchmarks/$BUILD_DIR/jmh-result.json. About 5½ minutes on 2 cores.
# BUILD_DIR (default target) keeps the build output apart from other builds: BUILD_DIR=target-x.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=build-benchmarks.sh
source scripts/build-benchmarks.sh

if [ "$#" -eq 0 ]; then
  set -- -f 1 -rf json -rff "$module/jmh-result.json"
fi
exec java -cp "$classpath" org.openjdk.jmh.Main "$@"
