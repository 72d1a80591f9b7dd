#!/usr/bin/env bash
# Builds and starts MotCua Desk with its embedded SQLite store and virtual devices.
# Data lives in the per-user data directory (override: ./run-app.sh -Dmotcua.data.dir=/some/dir).
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-apt-packages.sh scripts/app-apt-packages.txt
JAVA_HOME="$(scripts/find-jdk.sh)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No graphical display (DISPLAY is not set): start it from a desktop session, or e.g. xvfb-run ./run-app.sh" >&2
  exit 3
fi
mvn -B -q -ntp -DskipTests package -pl app -am
jvm_args=(); app_args=()
for a in "$@"; do case "$a" in -D*|-X*) jvm_args+=("$a");; *) app_args+=("$a");; esac; done
exec java --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 "${jvm_args[@]}" \
  -cp "app/target/app-0.1.0-SNAPSHOT.jar:app/target/lib/*" vn.motcua.app.Main "${app_args[@]}"
