#!/usr/bin/env bash
# Takes the README's screenshots of the main window: light and dark theme, a sample project open.
# Runs the built jar on a virtual display (Xvfb) sized to the window, opens File › Open Sample's first project
# with the keyboard (xdotool) and captures the screen (ImageMagick's import).
# Usage: installer/screenshots/take.sh        Needs: xvfb, xdotool, imagemagick; app/target/tokenscope.jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
W=1280; H=800
shoot() { # theme, output file
  local dir; dir=$(mktemp -d)
  mkdir -p "$dir/config"
  printf '{"x":0,"y":0,"width":%d,"height":%d,"theme":"%s","panel":"stepper","promptListWidth":240}\n' $W $H "$1" \
    > "$dir/config/window.json"
  local disp=:$((200 + RANDOM % 300))
  Xvfb "$disp" -screen 0 ${W}x${H}x24 -nolisten tcp >/dev/null 2>&1 & local xvfb=$!
  sleep 1
  DISPLAY=$disp java -Dtokenscope.config.dir="$dir/config" -Dtokenscope.state.dir="$dir/state" \
    -Dtokenscope.recovery.dir="$dir/recovery" -jar app/target/tokenscope.jar >"$dir/out.txt" 2>&1 & local app=$!
  for _ in $(seq 60); do grep -qs "interactive with the model loaded" "$dir/out.txt" && break; sleep 1; done
  # File › Open Sample › the first sample, with the mouse (without a window manager keys reach no window).
  DISPLAY=$disp xdotool mousemove 28 14 click 1 sleep 1 mousemove 60 91 sleep 1 mousemove 300 91 sleep 0.5 \
    mousemove 300 95 click 1 mousemove 700 700
  sleep 3
  DISPLAY=$disp import -window root "$2"
  kill $app $xvfb 2>/dev/null || true
  wait $app 2>/dev/null || true
  rm -rf "$dir"
  echo "$2"
}
shoot LIGHT installer/screenshots/main-window-light.png
shoot DARK installer/screenshots/main-window-dark.png
