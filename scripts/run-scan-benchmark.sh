#!/usr/bin/env bash
# Runs the scanning pipeline benchmark (benchmarks/.../ScanPipelineRun): pages per second for 300-dpi A4
# grey and black-and-white batches, img2pdf and unpaper + img2pdf on the same pages (Debian packages
# img2pdf, unpaper; skipped with a note when missing), and the heap peak of a 500-page batch with -Xmx256m.
# Arguments: [pages per batch, default 100] [pages through unpaper, default 20]. About 3 minutes on 2 cores.
# BUILD_DIR (default target) keeps the build output apart from other builds: BUILD_DIR=target-x.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=build-benchmarks.sh
source scripts/build-benchmarks.sh
exec java -Xmx1g -cp "$classpath" vn.motcua.benchmarks.ScanPipelineRun "$@"
