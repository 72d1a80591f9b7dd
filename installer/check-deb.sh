#!/usr/bin/env bash
# Checks the built .deb the way an office IT person would meet it, without installing it on this machine:
# unpacks it into a clean directory (dpkg -x), starts every installed launcher without a display far enough to
# print its version, checks that the bundled runtime holds JavaFX (modules and native libraries), the desktop
# entries and the maintainer scripts (remove and upgrade keep /etc/motcua-desk, purge removes it), and — when
# xvfb-run and JavaFX's GTK libraries are present — opens the installed app's first window under Xvfb.
#
# Usage: installer/check-deb.sh OUT_DIR VERSION   (OUT_DIR holds motcua-desk_*.deb, as build-deb.sh leaves it)
set -euo pipefail
out="$1"; version="$2"
deb="$(ls "$out"/motcua-desk_*.deb)"
root="$(mktemp -d "${TMPDIR:-/tmp}/motcua-deb-check.XXXXXX")"
xvfb_pid=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill -- "-$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$root"
}
trap cleanup EXIT
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }
pass() { echo "check-deb: ok: $*"; }

[ "$(dpkg-deb -f "$deb" Package)" = motcua-desk ] || fail "package name"
dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0 | libgtk-3-0t64' || fail "Depends lacks JavaFX's GTK"
pass "control: $(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version), $(dpkg-deb -f "$deb" Installed-Size) KiB installed"

dpkg-deb -x "$deb" "$root/fs"
app="$root/fs/opt/motcua-desk"
runtime="$app/lib/runtime"

for launcher in motcua-desk motcua-kiosk motcua-board motcua-supervisor; do
  [ -x "$app/bin/$launcher" ] || fail "no launcher $launcher"
  printed="$(env -u DISPLAY -u WAYLAND_DISPLAY "$app/bin/$launcher" --version)" || fail "$launcher --version exited $?"
  [ "$(head -1 <<<"$printed")" = "MotCua Desk $version" ] || fail "$launcher --version printed: $printed"
  grep -q ', JavaFX 21\.[0-9.+]* (runtime modules)$' <<<"$printed" || fail "$launcher: JavaFX not from the runtime: $printed"
  grep -q "^Runtime: $runtime$" <<<"$printed" || fail "$launcher runs another Java: $printed"
  desktop="$app/lib/motcua-desk-$launcher.desktop"
  grep -qx "Exec=/opt/motcua-desk/bin/$launcher" "$desktop" || fail "$desktop: Exec"
  grep -qx "Icon=/opt/motcua-desk/lib/$launcher.png" "$desktop" && [ -f "$app/lib/$launcher.png" ] || fail "$desktop: Icon"
done
pass "four launchers print '$(head -2 <<<"$printed" | tr '\n' ' ')'"
for screen in kiosk board supervisor; do
  grep -qx "arguments=--screen=$screen" "$app/lib/app/motcua-$screen.cfg" || fail "motcua-$screen does not open the $screen"
done
pass "launchers open their screens (--screen=kiosk, board, supervisor)"

modules="$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$runtime/release")"
for module in javafx.base javafx.graphics javafx.controls javafx.swing java.sql java.net.http jdk.localedata; do
  grep -qw "$module" <<<"$modules" || fail "the runtime lacks $module: $modules"
done
listed="$("$runtime/bin/java" --list-modules)"
grep -q '^javafx.controls@21' <<<"$listed" || fail "java --list-modules has no javafx.controls: $listed"
for library in libglass.so libglassgtk3.so libprism_sw.so libprism_es2.so libjavafx_font.so libjavafx_font_freetype.so; do
  [ -f "$runtime/lib/$library" ] || fail "JavaFX's $library is not in the runtime's lib/"
done
pass "runtime: $(wc -w <<<"${modules//,/ }") modules incl. JavaFX $(grep -o 'javafx.controls@[0-9.]*' <<<"$listed"), native libraries in lib/"

# The maintainer scripts, run against a stand-in for /etc: remove and upgrade keep the shared settings, purge
# removes them; user data lives in home directories and is never named by the scripts.
dpkg-deb -e "$deb" "$root/control"
etc="$root/etc/motcua-desk"
for step in "remove" "upgrade 0.2.0" "purge"; do
  mkdir -p "$etc"; echo "desk.counterNumber=2" > "$etc/desk.properties"
  sed "s|/etc/motcua-desk|$etc|g" "$root/control/postrm" | sh -s -- $step
  if [ "$step" = purge ]; then [ ! -e "$etc" ] || fail "purge kept $etc"; else [ -f "$etc/desk.properties" ] || fail "$step removed the shared settings"; fi
done
! grep -q '\.local\|\.config\|/home' "$root/control/postrm" || fail "postrm names user directories"
pass "postrm: remove and upgrade keep /etc/motcua-desk, purge removes it; user data never named"

if command -v xvfb-run >/dev/null && ldconfig -p | grep -q 'libgtk-3.so.0'; then
  data="$root/data"
  MOTCUA_DATA_DIR="$data" setsid xvfb-run -a -s "-screen 0 1366x768x24" "$app/bin/motcua-desk" \
    >"$root/window.out" 2>&1 &
  xvfb_pid=$!
  log="$data/logs/motcua-counter.log"
  for _ in $(seq 1 240); do
    grep -q 'Ready: setup wizard' "$log" 2>/dev/null && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.5   # polling for the log line, with a two-minute deadline
  done
  grep -q 'Ready: setup wizard' "$log" 2>/dev/null || { cat "$root/window.out" "$log" 2>/dev/null; fail "the installed app showed no window"; }
  pass "the installed app opened its setup wizard under Xvfb: $(grep -o 'shown [0-9]* ms.*' "$log")"
else
  echo "check-deb: skipped: the window test (needs xvfb-run and libgtk-3-0; scripts/test-apt-packages.txt)"
fi
