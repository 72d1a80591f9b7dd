#!/usr/bin/env bash
# Usage: scripts/ensure-apt-packages.sh LIST_FILE
# Installs the Debian packages named in LIST_FILE (one per line, # comments) that are missing, when run
# as root; otherwise prints the exact apt line and exits 2.
set -euo pipefail
list="$1"
mapfile -t packages < <(grep -v '^\s*#' "$list" | sed 's/#.*//;s/\s*$//;/^\s*$/d')
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "These Debian packages are needed. Install them, then run this again:" >&2
  echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 2
fi
