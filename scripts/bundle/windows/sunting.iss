; Inno Setup 6 script: the Windows installer for the PyInstaller bundle in dist\sunting
; (built by build.ps1). Per-user install by default, a Start menu entry, an optional desktop icon.
#define AppVersion "0.1.0"

[Setup]
AppId={{6E5B2A7C-3F1D-4C0E-9A57-53756E74696E}
AppName=Sunting
AppVersion={#AppVersion}
AppPublisher=Sunting
DefaultDirName={localappdata}\Programs\Sunting
DefaultGroupName=Sunting
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\..\dist\installer
OutputBaseFilename=sunting-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\sunting.exe

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\..\dist\sunting\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Sunting"; Filename: "{app}\sunting.exe"; Comment: "Meja redaksi siaran pers"
Name: "{group}\{cm:UninstallProgram,Sunting}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Sunting"; Filename: "{app}\sunting.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\sunting.exe"; Description: "{cm:LaunchProgram,Sunting}"; Flags: nowait postinstall skipifsilent
