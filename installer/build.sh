#!/usr/bin/env bash
# Builds Tokenscope's installers with jpackage from the Maven build (app/target): a jlinked JDK + JavaFX runtime,
# the application jars on the class path, and only this machine's native libraries.
#   Linux:  app-image and .deb (and .rpm where rpmbuild is installed)
#   macOS:  app-image and .dmg            (installer/macos/README.md)
#   Windows: see installer/windows/build-msi.ps1
# Usage: installer/build.sh [--build] [TYPE...]     TYPE: app-image deb rpm dmg (default: what the OS offers)
#   --build  runs `mvn -B -q package -DskipTests` first (otherwise app/target must exist)
# Needs JDK 17+ with jmods (Debian: openjdk-17-jdk-headless has them), fakeroot and dpkg-deb for .deb,
# binutils (objcopy) for stripping native debug symbols. Output: installer/target/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--build" ]; then
  shift
  mvn -B -q package -DskipTests
fi
[ -f app/target/tokenscope.jar ] || { echo "installer: app/target/tokenscope.jar is missing; run mvn package or pass --build" >&2; exit 1; }

JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
# Every JDK tool from the one JDK whose jmods are linked: jlink refuses jmods of another version.
JBIN="$JAVA_HOME/bin"
JMODS="$JAVA_HOME/jmods"
[ -f "$JMODS/java.base.jmod" ] || { echo "installer: $JMODS has no java.base.jmod; install the JDK's jmods" >&2; exit 1; }
VERSION=$(sed -n 's/^version=//p' app/target/classes/org/tokenscope/app/version.properties)
VERSION=${VERSION%%-*}   # jpackage takes numbers only: 0.1.0-SNAPSHOT becomes 0.1.0
OUT=installer/target
STAGE=$OUT/stage
rm -rf "$OUT" && mkdir -p "$STAGE/input/lib" "$STAGE/input/native"

# --- This machine's platform, as each library names it ---
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  ORT=linux-x64;     DJL=linux-x86_64;  FX=linux;         DEFAULT_TYPES="app-image deb" ;;
  Linux-aarch64) ORT=linux-aarch64; DJL=linux-aarch64; FX=linux-aarch64; DEFAULT_TYPES="app-image deb" ;;
  Darwin-arm64)  ORT=osx-aarch64;   DJL=osx-aarch64;   FX=mac-aarch64;   DEFAULT_TYPES="app-image dmg" ;;
  Darwin-x86_64) ORT=osx-x64;       DJL=osx-x86_64;    FX=mac;           DEFAULT_TYPES="app-image dmg" ;;
  *) echo "installer: unsupported platform $(uname -s)-$(uname -m)" >&2; exit 1 ;;
esac
TOKENIZERS_LIB=libtokenizers.so
[ "$(uname -s)" = Darwin ] && TOKENIZERS_LIB=libtokenizers.dylib
if [ $# -gt 0 ]; then TYPES="$*"; else
  TYPES=$DEFAULT_TYPES
  if [ "$(uname -s)" = Linux ] && command -v rpmbuild >/dev/null; then TYPES="$TYPES rpm"; fi
fi
echo "installer: Tokenscope $VERSION for $ORT: $TYPES"

# --- Class path: the app jar and every library except JavaFX, which goes into the runtime image ---
cp app/target/tokenscope.jar "$STAGE/input/"
for jar in app/target/lib/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*) ;;
    onnxruntime-*)
      # Every platform's ONNX Runtime is in the jar; ours goes beside the app (onnxruntime.native.path).
      "$JBIN/java" installer/tools/StripJar.java "$jar" "$STAGE/input/lib/$name" --extract "ai/onnxruntime/native/$ORT/" "$STAGE/input/native" \
        --drop ai/onnxruntime/native/ ;;
    tokenizers-*)
      # Likewise the Hugging Face tokenizers library (RUST_LIBRARY_PATH); its version file stays in the jar.
      "$JBIN/java" installer/tools/StripJar.java "$jar" "$STAGE/input/lib/$name" --extract "native/lib/$DJL/cpu/" "$STAGE/input/native" \
        --drop native/lib/linux- --drop native/lib/osx- --drop native/lib/win- ;;
    *) cp "$jar" "$STAGE/input/lib/" ;;
  esac
done
grep -q onnxruntime <<<"$(ls "$STAGE/input/native")" || { echo "installer: no ONNX Runtime library for $ORT" >&2; exit 1; }

# --- Runtime: the JDK modules the jars use (jdeps) and JavaFX's modular jars, linked by jlink ---
FXJARS=$(ls app/target/lib/javafx-*-"$FX".jar | tr '\n' ':')
JDK_MODULES=$("$JBIN/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
  --class-path "$STAGE/input/lib/*" "$STAGE/input/tokenscope.jar" 2>/dev/null || true)
# Always: logging and prefs for the app, management for the start-up probe, more charsets for users' files,
# zipfs for jars; jdeps misses what is reached by reflection or ServiceLoader.
MODULES="${JDK_MODULES:+$JDK_MODULES,}java.logging,java.prefs,java.desktop,java.management,jdk.charsets,jdk.zipfs,jdk.unsupported,javafx.controls,javafx.fxml,javafx.swing"
echo "installer: runtime modules $MODULES"
STRIP=""
if [ "$(uname -s)" = Linux ] && command -v objcopy >/dev/null; then STRIP="--strip-native-debug-symbols=exclude-debuginfo-files"; fi
# --generate-cds-archive: a linked runtime has no class-data-sharing archive unless asked, and without one every
# start spends a few hundred milliseconds more loading the JDK's classes.
"$JBIN/jlink" --module-path "$JMODS:$FXJARS" --add-modules "$MODULES" --output "$STAGE/runtime" \
  --strip-debug $STRIP --no-header-files --no-man-pages --compress=2 --generate-cds-archive
# JavaFX's jars carry its native libraries at their root; in the runtime's lib folder they load directly
# instead of being unpacked into ~/.openjfx at the first start.
for jar in app/target/lib/javafx-*-"$FX".jar; do
  libs=$("$JBIN/jar" tf "$jar" | grep -E '^[^/]+\.(so|dylib|dll)$' || true)
  if [ -n "$libs" ]; then
    (cd "$STAGE/runtime/lib" && "$JBIN/jar" xf "$OLDPWD/$jar" $libs)
  fi
done

# --- jpackage ---
COMMON=(--name tokenscope --app-version "$VERSION" --vendor "Tokenscope"
  --description "A workbench for studying how language models choose tokens"
  --copyright "Tokenscope contributors")
JAVA_OPTS=(--java-options '-Donnxruntime.native.path=$APPDIR/native'
  --java-options "-DRUST_LIBRARY_PATH=\$APPDIR/native/$TOKENIZERS_LIB"
  --java-options '-Dai.djl.offline=true')
ICON=installer/icons/tokenscope.png
[ "$(uname -s)" = Darwin ] && ICON=$OUT/tokenscope.icns && installer/macos/make-icns.sh installer/icons/tokenscope.png "$ICON"
"$JBIN/jpackage" --type app-image "${COMMON[@]}" "${JAVA_OPTS[@]}" --input "$STAGE/input" --main-jar tokenscope.jar \
  --main-class org.tokenscope.app.Main --runtime-image "$STAGE/runtime" --icon "$ICON" --dest "$OUT"
APP_IMAGE=$OUT/tokenscope
[ "$(uname -s)" = Darwin ] && APP_IMAGE=$OUT/tokenscope.app

# dpkg-deb's default xz takes minutes on 140 MB; gzip takes seconds for a package 10% larger. Release builds may
# set DPKG_DEB_COMPRESSOR_TYPE=xz.
export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip}
for type in $TYPES; do
  case "$type" in
    app-image) ;;
    deb|rpm)
      # Dependencies are found by jpackage from the libraries in the image (JavaFX's among them, as they sit in
      # the runtime's lib folder), so the package names this distribution's versions (libgtk-3-0 or -0t64).
      if [ "$type" = deb ]; then
        EXTRA=(--linux-deb-maintainer "tokenscope@localhost")
      else
        EXTRA=(--linux-rpm-license-type "MIT and Apache-2.0 and LGPL-3.0 and GPL-2.0 with Classpath exception")
      fi
      "$JBIN/jpackage" --type "$type" "${COMMON[@]}" --app-image "$APP_IMAGE" --dest "$OUT" \
        --resource-dir installer/linux --license-file app/src/main/resources/org/tokenscope/app/about/third-party.txt \
        --linux-package-name tokenscope --linux-shortcut --linux-menu-group "Science;Education;" \
        --linux-app-category science "${EXTRA[@]}" ;;
    dmg)
      "$JBIN/jpackage" --type dmg "${COMMON[@]}" --app-image "$APP_IMAGE" --dest "$OUT" \
        --mac-package-identifier org.tokenscope.app --mac-package-name Tokenscope ;;
    *) echo "installer: unknown type $type" >&2; exit 2 ;;
  esac
done
rm -rf "$STAGE"
ls -la "$OUT"
