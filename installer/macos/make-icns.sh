#!/usr/bin/env bash
# Makes a macOS .icns icon from a square PNG with the tools every Mac has (sips, iconutil).
# Usage: installer/macos/make-icns.sh IN.png OUT.icns
set -euo pipefail
in=${1:?usage: make-icns.sh IN.png OUT.icns}; out=${2:?usage: make-icns.sh IN.png OUT.icns}
set_dir=$(mktemp -d)/tokenscope.iconset
mkdir -p "$set_dir"
for size in 16 32 128 256 512; do
  sips -z $size $size "$in" --out "$set_dir/icon_${size}x${size}.png" >/dev/null
  double=$((size * 2))
  sips -z $double $double "$in" --out "$set_dir/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$set_dir" -o "$out"
