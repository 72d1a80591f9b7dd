#!/usr/bin/env bash
# Builds the MotCua Desk app image and .deb with jpackage, on a jlink runtime holding JavaFX.
#
# Usage: installer/build-deb.sh JARS_DIR OUT_DIR VERSION
#   JARS_DIR  the app jar (app-VERSION.jar) and every runtime dependency, as Maven's copy-dependencies leaves them
#             (installer/pom.xml does that); JavaFX comes as javafx-*-linux.jar, Maven Central's modular jars
#   OUT_DIR   receives work/ (runtime, app image) and motcua-desk_*.deb
#   VERSION   the Maven version, e.g. 0.1.0-SNAPSHOT
#
# Why this shape: Maven Central has no JavaFX jmods, but its platform jars are proper modules with the native
# libraries inside, and jlink takes modular jars. So the runtime is jlink'ed from the JDK's modules (JDK 25 links
# from its own run-time image; no jmods needed) plus the JavaFX jars, trimmed to what jdeps finds the app uses.
# The app's own jars stay on the class path (most libraries are not modules). JavaFX's .so files are copied next
# to the JDK's in lib/, where JavaFX looks first for a linked runtime, so nothing is unpacked into ~/.openjfx.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jars="$(cd "$1" && pwd)"; out="$2"; version="$3"
JAVA_HOME="${JAVA_HOME:-$("$here/../scripts/find-jdk.sh")}"
bin="$JAVA_HOME/bin"
for tool in jlink jpackage jdeps; do
  [ -x "$bin/$tool" ] || { echo "$bin/$tool is missing: a full JDK >= 21 is needed" >&2; exit 1; }
done
command -v dpkg-deb >/dev/null || { echo "dpkg-deb is needed to build the .deb" >&2; exit 1; }

app_version="${version%%-*}"                       # jpackage wants digits and dots: 0.1.0
release=1; [[ "$version" == *-SNAPSHOT ]] && release="0~snapshot"
packaging="$here/src/packaging"
work="$out/work"
rm -rf "$work" "$out"/motcua-desk_*.deb
mkdir -p "$work/input" "$work/image"

main_jar="app-$version.jar"
[ -f "$jars/$main_jar" ] || { echo "$jars/$main_jar is missing" >&2; exit 1; }
fx_jars=()
for jar in "$jars"/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) fx_jars+=("$jar") ;;
    javafx-*) ;;                                   # the empty per-platform selectors
    *) cp "$jar" "$work/input/" ;;
  esac
done
[ ${#fx_jars[@]} -gt 0 ] || { echo "no javafx-*-linux.jar in $jars" >&2; exit 1; }
fx_path="$(IFS=:; echo "${fx_jars[*]}")"

started=$SECONDS
# What the app and its libraries use; the last line of jdeps' answer is the module list.
# The libraries that are modules (POI, commons-*) name their requirements, so the jars sit on the module path too.
used="$("$bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 21 \
  --module-path "$work/input:$fx_path" --class-path "$work/input/*" "$work/input"/*.jar 2>/dev/null | tail -1)"
[[ "$used" =~ ^java\.base(,[a-z0-9.]+)*$ ]] || { echo "jdeps did not give a module list: $used" >&2; exit 1; }
# Found at run time through services, not by jdeps: Vietnamese and English locale data, extra charsets,
# elliptic-curve TLS to the province. JavaFX's own modules always.
modules="$(tr ',' '\n' <<<"$used,javafx.controls,javafx.swing,jdk.localedata,jdk.charsets,jdk.crypto.ec" | sort -u | paste -sd,)"
echo "jlink modules: $modules"
"$bin/jlink" --module-path "$fx_path" --add-modules "$modules" --include-locales=vi,en \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 --output "$work/runtime"
for jar in "${fx_jars[@]}"; do
  unzip -q -j -o "$jar" '*.so' -d "$work/runtime/lib" 2>/dev/null || true
done
echo "runtime: $(du -sh "$work/runtime" | cut -f1) in $((SECONDS - started)) s"

common=(--name motcua-desk --app-version "$app_version" --vendor "MotCua Desk"
  --copyright "MotCua Desk contributors, Apache-2.0"
  --description "MotCua Desk: desktop client for Vietnam's one-stop administrative counters")
"$bin/jpackage" --type app-image "${common[@]}" \
  --input "$work/input" --main-jar "$main_jar" --main-class vn.motcua.app.Main \
  --runtime-image "$work/runtime" --icon "$packaging/icons/motcua-desk.png" \
  --java-options "--enable-native-access=ALL-UNNAMED,javafx.graphics -Dfile.encoding=UTF-8" \
  --add-launcher "motcua-kiosk=$packaging/launchers/motcua-kiosk.properties" \
  --add-launcher "motcua-board=$packaging/launchers/motcua-board.properties" \
  --add-launcher "motcua-supervisor=$packaging/launchers/motcua-supervisor.properties" \
  --dest "$work/image"
echo "app image: $(du -sh "$work/image/motcua-desk" | cut -f1) in $((SECONDS - started)) s"

# dpkg-deb reads its compressor from the environment. The payload is jars and a compressed jimage already, so
# xz saves only ~11 % over gzip at many times the time; gzip unless the caller asks for another.
export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}"
"$bin/jpackage" --type deb "${common[@]}" --app-image "$work/image/motcua-desk" \
  --resource-dir "$packaging/linux" --license-file "$packaging/LICENSE-NOTICE.txt" \
  --linux-package-name motcua-desk --linux-app-release "$release" \
  --linux-deb-maintainer "maintainers@motcua-desk.invalid" \
  --linux-menu-group "Office" --linux-app-category misc --linux-shortcut \
  --dest "$out"
deb="$(ls "$out"/motcua-desk_*.deb)"
echo "built $deb ($(du -h "$deb" | cut -f1)) in $((SECONDS - started)) s"
