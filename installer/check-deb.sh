#!/usr/bin/env bash
# Checks the .deb that installer/build.sh made, then installs it and runs it as a user would (needs root):
#   1. dpkg-deb --info / --contents: the package, its launcher, runtime, menu entry and icon, and no other
#      platform's native libraries;
#   2. dpkg -i, then `tokenscope --version` without a display;
#   3. the installed app started under Xvfb in an empty network namespace (no network at all): it must stay up
#      for STAY_S seconds, write its log, and log that the embedded model loaded.
# The package stays installed afterwards (remove it with `apt remove tokenscope`); the test's settings and log go
# to a temporary home that is deleted.
# Usage: installer/check-deb.sh [PACKAGE.deb]      Needs: dpkg, xvfb (Xvfb), util-linux (unshare).
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=${1:-$(ls installer/target/tokenscope_*.deb | sed -n 1p)}
STAY_S=${STAY_S:-12}
fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }
echo "check-deb: $DEB"

# --- 1. What the package holds ---
dpkg-deb --info "$DEB"
[ "$(dpkg-deb --field "$DEB" Package)" = tokenscope ] || fail "package name"
grep -q 'libgtk-3-0' <<<"$(dpkg-deb --field "$DEB" Depends)" || fail "no GTK 3 dependency (JavaFX needs it)"
contents=$(dpkg-deb --contents "$DEB" | awk '{print $6}')
for f in ./opt/tokenscope/bin/tokenscope ./opt/tokenscope/lib/app/tokenscope.jar ./opt/tokenscope/lib/app/tokenscope.cfg \
    ./opt/tokenscope/lib/runtime/lib/server/libjvm.so ./opt/tokenscope/lib/runtime/lib/libglassgtk3.so \
    ./opt/tokenscope/lib/app/native/libonnxruntime.so ./opt/tokenscope/lib/app/native/libtokenizers.so \
    ./opt/tokenscope/lib/tokenscope-tokenscope.desktop ./opt/tokenscope/lib/tokenscope.png; do
  grep -qxF "$f" <<<"$contents" || fail "missing $f"
done
if grep -E '\.(dll|dylib)$|/(osx|win|linux-aarch64)[-/]' <<<"$contents"; then fail "another platform's native library"; fi
echo "check-deb: $(wc -l <<<"$contents") entries, $(du -h "$DEB" | cut -f1)"

# --- 2. Install and run the command line ---
# Desktops have these menu folders; a bare machine does not, and then there is no menu entry to check.
mkdir -p /etc/xdg/menus /usr/share/desktop-directories
dpkg -i "$DEB" || fail "dpkg -i (missing dependencies? apt-get install -f)"
version=$(env -u DISPLAY tokenscope --version) || fail "tokenscope --version"
echo "check-deb: installed: $version"
[[ "$version" == "tokenscope "* ]] || fail "unexpected --version output: $version"
grep -q tokenscope <<<"$(ls /usr/share/applications/)" || fail "no menu entry in /usr/share/applications"

# --- 3. The window, offline ---
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME=$home/config XDG_STATE_HOME=$home/state XDG_CACHE_HOME=$home/cache
log=$XDG_STATE_HOME/tokenscope/tokenscope.log
unshare --net bash -c '
  set -u
  # An empty network namespace: not even loopback is up, so nothing can be reached.
  if timeout 3 bash -c "exec 3<>/dev/tcp/1.1.1.1/53" 2>/dev/null; then echo "network reachable" >&2; exit 3; fi
  Xvfb :57 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  for i in $(seq 100); do [ -S /tmp/.X11-unix/X57 ] && break; sleep 0.1; done   # listening, on a busy machine too
  [ -S /tmp/.X11-unix/X57 ] || { echo "Xvfb did not start on :57" >&2; exit 5; }
  DISPLAY=:57 tokenscope >"$0/stdout.txt" 2>&1 & app=$!
  sleep "$1"
  alive=0; kill -0 $app 2>/dev/null && alive=1
  kill $app 2>/dev/null; wait $app 2>/dev/null
  kill $xvfb 2>/dev/null
  [ $alive = 1 ] || { echo "the app exited early:" >&2; cat "$0/stdout.txt" >&2; exit 4; }
' "$home" "$STAY_S" || fail "offline start (exit $?)"
[ -s "$log" ] || fail "no log at $log"
cat "$log"
grep -q "interactive with the model loaded" "$log" || fail "the log does not show the embedded model loaded"
if grep -q SEVERE "$log"; then fail "errors in the log"; fi
echo "check-deb: OK: installed, --version works, the window ran ${STAY_S}s offline with the embedded model"
