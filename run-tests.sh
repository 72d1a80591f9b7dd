#!/usr/bin/env bash
# Runs every test of MotCua Desk on a fresh Debian/Ubuntu machine with a JDK >= 21 and Maven.
# Installs the Debian packages the tests need when run as root; otherwise prints the apt line.
set -euo pipefail
cd "$(dirname "$0")"

scripts/ensure-apt-packages.sh scripts/test-apt-packages.txt
# The installer's check opens the installed app's window under Xvfb: the app's own run-time libraries (GTK).
scripts/ensure-apt-packages.sh scripts/app-apt-packages.txt

JAVA_HOME="$(scripts/find-jdk.sh)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
echo "Using JDK at $JAVA_HOME"
exec mvn -B -ntp verify "$@"
