<#
.SYNOPSIS
    Build the Windows installer of govhr-desktop: dist\govhr-desktop-<version>-setup.exe.

.DESCRIPTION
    Needs Windows 10/11 x64, Python 3.11 (python.org installer, with the "py" launcher) and
    Inno Setup 6.3 or later. From the repository root:

        powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1

    1. creates a virtual environment in build\venv-windows and installs the project with its
       build extra (PyInstaller);
    2. builds the one-folder program with build.spec into dist\govhr-desktop;
    3. runs the frozen program's --self-check on a fresh temporary data folder (exit code 0
       and no Python traceback, or the build stops);
    4. reads the version from govhr_desktop.__version__ and compiles
       packaging\windows\govhr-desktop.iss with ISCC.exe /DAppVersion=<version>.

.PARAMETER Python
    Path of the python.exe (3.11) that creates the virtual environment (default: "py -3.11",
    else python on PATH).

.PARAMETER Iscc
    Path of ISCC.exe (default: on PATH, else the usual Inno Setup 6 install folders).

.PARAMETER SkipInstaller
    Stop after the self-check (no Inno Setup needed).
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)

Set-StrictMode -Version Latest
$ErrorActionPreference = "Stop"

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Native {
    # Run a program; stop the build when it fails. (Native programs do not throw by themselves,
    # and their stderr must not count as an error: pip and PyInstaller log to stderr.)
    param([string]$Exe, [string[]]$Arguments)
    Write-Host ">> $Exe $($Arguments -join ' ')"
    $saved = $ErrorActionPreference
    $ErrorActionPreference = "Continue"
    try {
        & $Exe @Arguments
        $code = $LASTEXITCODE
    } finally {
        $ErrorActionPreference = $saved
    }
    if ($code -ne 0) { throw "$Exe failed (exit code $code)" }
}

function Find-Iscc {
    if ($Iscc) { return $Iscc }
    $onPath = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    foreach ($c in $candidates) { if (Test-Path $c) { return $c } }
    throw "ISCC.exe not found: install Inno Setup 6.3 or later, or pass -Iscc <path>"
}

# --- 1. virtual environment ------------------------------------------------------------------
$Venv = Join-Path $Root "build\venv-windows"
$VenvPy = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VenvPy)) {
    if ($Python) {
        Invoke-Native $Python @("-m", "venv", $Venv)
    } elseif (Get-Command "py" -ErrorAction SilentlyContinue) {
        Invoke-Native "py" @("-3.11", "-m", "venv", $Venv)
    } else {
        Invoke-Native "python" @("-m", "venv", $Venv)
    }
}
Invoke-Native $VenvPy @("-m", "pip", "install", "--upgrade", "pip")
Invoke-Native $VenvPy @("-m", "pip", "install", ".[build]")

# --- 2. PyInstaller one-folder build ---------------------------------------------------------
$env:PYTHONPYCACHEPREFIX = Join-Path $Root "build\pycache"
Invoke-Native $VenvPy @("-m", "PyInstaller", "build.spec", "--noconfirm", "--clean")
$Exe = Join-Path $Root "dist\govhr-desktop\govhr-desktop.exe"
if (-not (Test-Path $Exe)) { throw "the build did not produce $Exe" }

# --- 3. self-check of the frozen program -----------------------------------------------------
# The program is windowed (no console): start it and wait for it, with a time limit (a Python
# error would otherwise wait in a dialog box), and read what it wrote from files.
$Data = Join-Path ([System.IO.Path]::GetTempPath()) ("govhr-selfcheck-" + [guid]::NewGuid().ToString("N"))
New-Item -ItemType Directory -Path $Data | Out-Null
$OutFile = "$Data.out.txt"
$ErrFile = "$Data.err.txt"
Write-Host ">> $Exe --self-check --data-dir $Data"
$proc = Start-Process -FilePath $Exe -ArgumentList @("--self-check", "--data-dir", "`"$Data`"") `
    -PassThru -NoNewWindow -RedirectStandardOutput $OutFile -RedirectStandardError $ErrFile
$null = $proc.Handle  # keeps the exit code readable after the process ends
if (-not $proc.WaitForExit(300000)) {
    Stop-Process -Id $proc.Id -Force
    throw "the frozen self-check did not finish within 5 minutes (data: $Data)"
}
$proc.WaitForExit()
$code = $proc.ExitCode
$out = if (Test-Path $OutFile) { Get-Content -Raw $OutFile } else { "" }
$err = if (Test-Path $ErrFile) { Get-Content -Raw $ErrFile } else { "" }
if ($out) { Write-Host $out }
if ($code -ne 0 -or ($err -and $err -match "Traceback")) {
    if ($err) { Write-Host $err }
    $log = Join-Path $Data "logs\govhr-desktop.log"
    if (Test-Path $log) { Get-Content -Tail 40 $log | Write-Host }
    throw "the frozen self-check failed (exit code $code; data and logs kept in $Data)"
}
Write-Host "self-check ok (exit code 0)"
Remove-Item -Recurse -Force $Data, $OutFile, $ErrFile -ErrorAction SilentlyContinue

if ($SkipInstaller) { Write-Host "dist\govhr-desktop is ready; installer skipped"; exit 0 }

# --- 4. installer ----------------------------------------------------------------------------
$Version = (& $VenvPy -c "import govhr_desktop; print(govhr_desktop.__version__)").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "cannot read the version" }
# Windows file versions are four numbers: the digits of the version, padded (as build.spec does)
$nums = @([regex]::Matches($Version, "\d+") | Select-Object -First 4 | ForEach-Object { $_.Value })
while ($nums.Count -lt 4) { $nums += "0" }
$NumVersion = $nums -join "."

$IsccExe = Find-Iscc
Invoke-Native $IsccExe @("/DAppVersion=$Version", "/DAppNumVersion=$NumVersion",
    (Join-Path $PSScriptRoot "govhr-desktop.iss"))
$Setup = Join-Path $Root "dist\govhr-desktop-$Version-setup.exe"
if (-not (Test-Path $Setup)) { throw "ISCC did not produce $Setup" }
Write-Host ("installer: {0} ({1:N1} MB)" -f $Setup, ((Get-Item $Setup).Length / 1MB))
