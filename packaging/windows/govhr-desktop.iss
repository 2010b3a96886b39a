; govhr-desktop: Inno Setup 6 script for the per-machine Windows installer
; (政务服务中心窗口人员管理). Needs Inno Setup 6.3 or later (x64compatible).
;
; Input: the PyInstaller one-folder build dist\govhr-desktop\ (build.spec). Normally run by
; packaging\windows\build.ps1, which builds and checks that folder first and then calls
;     ISCC.exe /DAppVersion=0.1.0 /DAppNumVersion=0.1.0.0 packaging\windows\govhr-desktop.iss
; Output: dist\govhr-desktop-<version>-setup.exe.
;
; Language: Inno Setup does not install a Simplified Chinese translation (ChineseSimplified.isl
; is one of its unofficial translations). When that file is found beside this script or in
; Inno Setup's Languages folder, the wizard is Chinese on Chinese Windows; without it the
; wizard is English. The Start-menu entry, the desktop icon and the name in "Apps" are Chinese
; either way.
;
; User data (database, backups, logs, settings in %LOCALAPPDATA%\govhr-desktop) is never
; touched: not by installing, not by upgrading, not by uninstalling.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (ArchitecturesAllowed=x64compatible)
#endif

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppNumVersion
  #define AppNumVersion "0.0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\govhr-desktop"
#endif
#define AppExe "govhr-desktop.exe"
#define AppTitle "政务服务中心窗口人员管理"
#define ChsBeside AddBackslash(SourcePath) + "ChineseSimplified.isl"
#define ChsBundled AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl"

[Setup]
; AppId identifies the program for upgrades and the uninstaller: never change it.
AppId={{101FFF46-F80E-4D49-ADF5-C2314A40AEAF}
AppName={#AppTitle}
AppVersion={#AppVersion}
AppVerName={#AppTitle} {#AppVersion}
AppPublisher=govhr-desktop
VersionInfoVersion={#AppNumVersion}
VersionInfoProductName={#AppTitle}
VersionInfoDescription={#AppTitle} 安装程序
DefaultDirName={autopf}\govhr-desktop
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=govhr-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\govhr.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppTitle}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=no
SetupLogging=yes

[Languages]
; The first language is the default when Windows' UI language matches none of them.
#if FileExists(ChsBeside)
Name: "chinesesimplified"; MessagesFile: "{#ChsBeside}"
#elif FileExists(ChsBundled)
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
  #pragma message "ChineseSimplified.isl not found: the setup wizard will be English only"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files a newer build no longer has must not stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; postinstall entries run as the user who started Setup (not elevated), so the data folder is
; created in that user's profile.
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppTitle}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only program files. %LOCALAPPDATA%\govhr-desktop (the clerks' data and backups) is
; deliberately not listed here and survives uninstalling.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
