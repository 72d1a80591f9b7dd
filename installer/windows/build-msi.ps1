# Builds MotCuaDesk-<version>.msi on Windows: the same runtime and app image as installer/build-deb.sh, then WiX.
# Needs: a JDK >= 21 with jpackage (JAVA_HOME), Maven 3.8+, WiX Toolset v5+ (`dotnet tool install --global wix`,
# then `wix extension add --global WixToolset.Util.wixext`). Run from the repository root in PowerShell:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1
# Not run by CI: the project's machines are Linux. installer/README.md tells what is checked here instead.
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root
$version = (Select-Xml -Path pom.xml -XPath "/*[local-name()='project']/*[local-name()='version']").Node.InnerText
$appVersion = $version -replace '-.*$', ''
$bin = Join-Path $env:JAVA_HOME "bin"
$work = Join-Path $root "installer\target\windows"

# 1. The jars: the app and its runtime dependencies (app\target\lib, JavaFX as javafx-*-win.jar)
mvn -B -ntp -DskipTests "-Dinstaller.skip=true" -pl app -am package
if ($LASTEXITCODE -ne 0) { throw "mvn package failed" }
Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$work\input", "$work\image" | Out-Null
Copy-Item "app\target\app-$version.jar" "$work\input\"
Get-ChildItem "app\target\lib\*.jar" | Where-Object { $_.Name -notlike "javafx-*" } | Copy-Item -Destination "$work\input\"
$fx = (Get-ChildItem "app\target\lib\javafx-*-win.jar" | ForEach-Object { $_.FullName }) -join ";"

# 2. The runtime: the JDK's modules the app uses (jdeps) and JavaFX's, with JavaFX's DLLs in bin\
$jars = Get-ChildItem "$work\input\*.jar" | ForEach-Object { $_.FullName }
$used = (& "$bin\jdeps.exe" --print-module-deps --ignore-missing-deps --multi-release 21 `
    --module-path "$work\input;$fx" --class-path "$work\input\*" $jars | Select-Object -Last 1)
$modules = "$used,javafx.controls,javafx.swing,jdk.localedata,jdk.charsets,jdk.crypto.ec"
& "$bin\jlink.exe" --module-path $fx --add-modules $modules --include-locales=vi,en --strip-debug `
    --no-header-files --no-man-pages --compress=zip-6 --output "$work\runtime"
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }
Add-Type -AssemblyName System.IO.Compression.FileSystem
foreach ($jar in $fx.Split(";")) {
    $zip = [IO.Compression.ZipFile]::OpenRead($jar)
    $zip.Entries | Where-Object { $_.Name -like "*.dll" } | ForEach-Object {
        [IO.Compression.ZipFileExtensions]::ExtractToFile($_, "$work\runtime\bin\$($_.Name)", $true) }
    $zip.Dispose()
}

# 3. The app image with its four launchers
$launchers = "$root\installer\src\packaging\launchers"
& "$bin\jpackage.exe" --type app-image --name motcua-desk --app-version $appVersion --vendor "MotCua Desk" `
    --input "$work\input" --main-jar "app-$version.jar" --main-class vn.motcua.app.Main `
    --runtime-image "$work\runtime" --icon "$root\installer\src\packaging\icons\motcua-desk.ico" `
    --java-options "--enable-native-access=ALL-UNNAMED,javafx.graphics -Dfile.encoding=UTF-8" `
    --add-launcher "motcua-kiosk=$launchers\motcua-kiosk.properties" `
    --add-launcher "motcua-board=$launchers\motcua-board.properties" `
    --add-launcher "motcua-supervisor=$launchers\motcua-supervisor.properties" `
    --dest "$work\image"
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }

# 4. The MSI
wix build -arch x64 -ext WixToolset.Util.wixext -d "Version=$appVersion" `
    -d "IconFile=$root\installer\src\packaging\icons\motcua-desk.ico" `
    -bindpath "AppImage=$work\image\motcua-desk" `
    -o "$root\installer\target\MotCuaDesk-$appVersion.msi" "$root\installer\windows\MotCuaDesk.wxs"
if ($LASTEXITCODE -ne 0) { throw "wix build failed" }
Write-Host "Built installer\target\MotCuaDesk-$appVersion.msi"
