#!/usr/bin/env bash
# Builds and starts the province sandbox: a stand-in for the provincial one-stop system (docs/provincial-api.md)
# for training and demos. Not part of the installer. Options: scripts/run-province-sandbox.sh --help
# e.g. scripts/run-province-sandbox.sh --port 8089 --data ~/province-sandbox --faults "http503~0.1,delay=3000"
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(scripts/find-jdk.sh)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
build_dir="${SANDBOX_BUILD_DIR:-target}"
mvn -B -q -ntp -DskipTests -DbuildDir="$build_dir" -pl province-sandbox -am package
target="province-sandbox/$build_dir"
exec java -Dfile.encoding=UTF-8 -Dlogback.configurationFile=vn/motcua/sandbox/logback-run.xml \
  -cp "$target/province-sandbox-0.1.0-SNAPSHOT.jar:$target/lib/*" vn.motcua.sandbox.ProvinceSandbox "$@"
