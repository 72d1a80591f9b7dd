#!/usr/bin/env bash
# Prints a JAVA_HOME for a JDK >= 21: $JAVA_HOME if new enough, else the newest under /usr/lib/jvm.
# The default java on our Debian machines is 17, too old for JavaFX 21 tests with Monocle.
set -euo pipefail
major_of() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(major_of "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
  echo "$JAVA_HOME"; exit 0
fi
best=""; best_major=0
for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
  [ -x "$d/bin/javac" ] || continue
  m=$(major_of "$d" || echo 0); [ -n "$m" ] || continue
  if [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then best="$d"; best_major="$m"; fi
done
if [ -z "$best" ]; then
  echo "No JDK >= 21 found. Install one (e.g. apt-get install openjdk-21-jdk or Temurin 25) or set JAVA_HOME." >&2
  exit 1
fi
echo "$best"
