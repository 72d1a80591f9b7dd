#!/usr/bin/env bash
# Measures the installed app as docs/benchmarks.md reports it: package and installed size, and start times of the
# launcher unpacked from the .deb — `--version` (hyperfine) and the first usable window under Xvfb, read from the
# app's own "Ready: … shown N ms after the process started" log line (process start to the screen shown).
# "Cold" runs drop the page cache first (root only; it slows everything else on the machine for a moment).
#
# Usage: installer/measure-start.sh OUT_DIR [RUNS]   (OUT_DIR holds motcua-desk_*.deb)
# Needs: xvfb-run/Xvfb, libgtk-3-0; hyperfine for the --version timing (apt-get install hyperfine).
set -euo pipefail
out="$1"; runs="${2:-5}"
deb="$(ls "$out"/motcua-desk_*.deb)"
root="$(mktemp -d "${TMPDIR:-/tmp}/motcua-measure.XXXXXX")"
xvfb=""; app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$root"
}
trap cleanup EXIT
dpkg-deb -x "$deb" "$root/fs"
app="$root/fs/opt/motcua-desk"
can_drop=false; [ -w /proc/sys/vm/drop_caches ] && can_drop=true
drop() { sync; echo 3 > /proc/sys/vm/drop_caches; }

echo "== sizes"
echo "package file:   $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes)"
echo "Installed-Size: $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "installed tree: $(du -sh "$app" | cut -f1) (runtime $(du -sh "$app/lib/runtime" | cut -f1), app jars $(du -sh "$app/lib/app" | cut -f1))"

echo "== --version (JVM start, class loading, no toolkit)"
if command -v hyperfine >/dev/null; then
  hyperfine --style basic --warmup 2 --runs 10 "$app/bin/motcua-desk --version" 2>&1 | grep -E "Time|Range"
  if $can_drop; then
    hyperfine --style basic --runs 5 --prepare 'sync; echo 3 > /proc/sys/vm/drop_caches' \
      "$app/bin/motcua-desk --version" 2>&1 | grep -E "Time|Range" | sed 's/^/cold /'
  fi
else
  echo "hyperfine not installed: skipped"
fi

echo "== first window under Xvfb (process start → screen shown, from the app's log)"
Xvfb :97 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
ready_ms() {   # $1 data dir, $2 expected screen; prints the ms the app logged
  local data="$1" screen="$2" log="$1/logs/motcua-counter.log"
  rm -f "$log"
  DISPLAY=:97 MOTCUA_DATA_DIR="$data" "$app/bin/motcua-desk" >/dev/null 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do
    grep -q "Ready: $screen" "$log" 2>/dev/null && break
    sleep 0.2   # polling the log, two-minute deadline
  done
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
  sed -n "s/.*Ready: $screen shown \([0-9]*\) ms.*/\1/p" "$log" | tail -1
}
summary() { sort -n | awk '{a[NR]=$1; s+=$1} END {printf "median %d ms, mean %d ms, min %d, max %d (n=%d)\n", a[int((NR+1)/2)], s/NR, a[1], a[NR], NR}'; }
configured="$root/configured"
mkdir -p "$configured"
printf 'config.version=2\ndesk.agencyCode=000.00.00.H00\ndesk.agencyName=UBND Phường Mẫu\nforms.place=Phường Mẫu\n' \
  > "$configured/desk.properties"
ready_ms "$configured" counter >/dev/null   # creates the database and the admin account once
for kind in warm cold; do
  if [ "$kind" = cold ] && ! $can_drop; then echo "cold: skipped (page cache cannot be dropped here)"; continue; fi
  first=(); signin=()
  for i in $(seq 1 "$runs"); do
    [ "$kind" = cold ] && drop
    first+=("$(ready_ms "$root/fresh-$kind-$i" "setup wizard")")
    [ "$kind" = cold ] && drop
    signin+=("$(ready_ms "$configured" counter)")
  done
  echo "$kind, setup wizard (first start):  $(printf '%s\n' "${first[@]}" | summary)"
  echo "$kind, sign-in screen (configured): $(printf '%s\n' "${signin[@]}" | summary)"
done
