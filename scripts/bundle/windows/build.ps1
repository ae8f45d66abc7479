# Build Sunting for Windows: the same PyInstaller recipe as on Linux (scripts/bundle/sunting.spec),
# a smoke test of the bundle, then the installer with Inno Setup 6 (sunting.iss).
#   powershell -ExecutionPolicy Bypass -File scripts\bundle\windows\build.ps1
# Needs: Python 3.11 (py launcher), Inno Setup 6 (iscc.exe on PATH or in its default folder).
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..\..")
Set-Location $root
if (-not (Test-Path ".venv\Scripts\python.exe")) { py -3.11 -m venv .venv }
$py = Join-Path $root ".venv\Scripts\python.exe"
& $py -m pip install --disable-pip-version-check -e . "pyinstaller>=6.10,<7"
$work = Join-Path $env:TEMP "sunting-build"
& (Join-Path $root ".venv\Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN `
    --distpath dist --workpath $work scripts\bundle\sunting.spec
$env:QT_QPA_PLATFORM = "offscreen"
$env:SUNTING_DATA_DIR = Join-Path $env:TEMP "sunting-smoke"
& dist\sunting\sunting.exe --smoke-test
if ($LASTEXITCODE -ne 0) { throw "smoke test of the bundle failed ($LASTEXITCODE)" }
Remove-Item Env:QT_QPA_PLATFORM
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc scripts\bundle\windows\sunting.iss
Write-Host "installer: dist\installer\"
