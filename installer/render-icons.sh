#!/usr/bin/env bash
# Renders the PNG (Linux desktop entry, jpackage --icon) and the ICO (Windows MSI) from the SVG. Needs ImageMagick.
# The rendered files are committed, so building the package does not need ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/src/packaging/icons"
convert -background none -density 96 motcua-desk.svg -resize 256x256 png32:motcua-desk.png
convert motcua-desk.png -define icon:auto-resize=256,128,64,48,32,16 motcua-desk.ico
