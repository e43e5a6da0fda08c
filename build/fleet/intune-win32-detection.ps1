# Intune Win32 app detection script for Meeting Guard. Intune counts the app as installed when this script exits
# 0 and writes something to stdout. Set $minimumVersion to the version being deployed so an older install is
# upgraded. (The MSI product-code detection rule works too; see docs/deploy.md.)
$minimumVersion = [version]'0.1.0'

$app = Join-Path $env:ProgramFiles 'Meeting Guard\Meeting Guard.exe'
if (-not (Test-Path -LiteralPath $app)) { exit 1 }

# electron-builder stamps the app version into the executable's file version.
$installed = [version](Get-Item -LiteralPath $app).VersionInfo.FileVersion
if ($installed -ge $minimumVersion) {
    Write-Output "Meeting Guard $installed installed"
    exit 0
}
exit 1
