# Builds Tokenscope's Windows installer (.msi) and app-image with jpackage, the same recipe as installer/build.sh
# on Linux: a jlinked JDK + JavaFX runtime, the jars on the class path, Windows' native libraries only.
# Needs (on Windows 10/11 x64): JDK 17+ with jmods (e.g. Temurin 17), Maven 3.8+, and WiX Toolset 3.x on the PATH
# (candle.exe, light.exe; jpackage 17 uses WiX 3). Run from the repository root in PowerShell:
#   mvn -B -q package -DskipTests
#   powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1
# Output: installer\target\tokenscope-<version>.msi and installer\target\tokenscope\ (app-image).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$javaHome = if ($env:JAVA_HOME) { $env:JAVA_HOME } else { Split-Path (Split-Path (Get-Command javac).Source) }
if (-not (Test-Path "$javaHome\jmods\java.base.jmod")) { throw "no jmods in $javaHome; install a full JDK" }
if (-not (Test-Path "app\target\tokenscope.jar")) { throw "app\target\tokenscope.jar is missing; run mvn package first" }
$version = ((Get-Content "app\target\classes\org\tokenscope\app\version.properties") -match "^version=") -replace "version=", "" -replace "-.*", ""

$out = "installer\target"; $stage = "$out\stage"
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$stage\input\lib", "$stage\input\native" | Out-Null

# Class path: everything but JavaFX; ONNX Runtime's and the tokenizers' Windows libraries beside the app.
Copy-Item "app\target\tokenscope.jar" "$stage\input\"
foreach ($jar in Get-ChildItem "app\target\lib\*.jar") {
    switch -Wildcard ($jar.Name) {
        "javafx-*" { }
        "onnxruntime-*" {
            java installer\tools\StripJar.java $jar.FullName "$stage\input\lib\$($jar.Name)" `
                --extract "ai/onnxruntime/native/win-x64/" "$stage\input\native" --drop "ai/onnxruntime/native/"
        }
        "tokenizers-*" {
            java installer\tools\StripJar.java $jar.FullName "$stage\input\lib\$($jar.Name)" `
                --extract "native/lib/win-x86_64/cpu/" "$stage\input\native" `
                --drop "native/lib/linux-" --drop "native/lib/osx-" --drop "native/lib/win-"
        }
        default { Copy-Item $jar.FullName "$stage\input\lib\" }
    }
}

# Runtime: JDK modules and JavaFX's Windows jars; JavaFX's DLLs go into the runtime's bin folder.
$fxJars = (Get-ChildItem "app\target\lib\javafx-*-win.jar" | ForEach-Object { $_.FullName }) -join ";"
$modules = "java.base,java.compiler,java.desktop,java.logging,java.management,java.prefs,java.sql,java.xml," +
    "jdk.charsets,jdk.crypto.ec,jdk.zipfs,jdk.unsupported,javafx.controls,javafx.fxml,javafx.swing"
jlink --module-path "$javaHome\jmods;$fxJars" --add-modules $modules --output "$stage\runtime" `
    --strip-debug --no-header-files --no-man-pages --compress=2
foreach ($jar in Get-ChildItem "app\target\lib\javafx-*-win.jar") {
    Push-Location "$stage\runtime\bin"
    $dlls = jar tf $jar.FullName | Where-Object { $_ -match "^[^/]+\.dll$" }
    if ($dlls) { jar xf $jar.FullName @dlls }
    Pop-Location
}

$common = @("--name", "tokenscope", "--app-version", $version, "--vendor", "Tokenscope",
    "--description", "A workbench for studying how language models choose tokens")
jpackage --type app-image @common --input "$stage\input" --main-jar tokenscope.jar `
    --main-class org.tokenscope.app.Main --runtime-image "$stage\runtime" --icon installer\icons\tokenscope.ico `
    --java-options '-Donnxruntime.native.path=$APPDIR\native' `
    --java-options '-DRUST_LIBRARY_PATH=$APPDIR\native\tokenizers.dll' `
    --java-options '-Dai.djl.offline=true' --dest $out
# A Start-menu entry and a desktop shortcut; per-user install needs no administrator rights.
jpackage --type msi @common --app-image "$out\tokenscope" --dest $out `
    --win-menu --win-menu-group Tokenscope --win-shortcut --win-dir-chooser --win-per-user-install `
    --win-upgrade-uuid 6f1c2a54-7d0e-4a4f-9a63-2b8f3f0d1c11 `
    --license-file app\src\main\resources\org\tokenscope\app\about\third-party.txt
Remove-Item -Recurse -Force $stage
Get-ChildItem $out
