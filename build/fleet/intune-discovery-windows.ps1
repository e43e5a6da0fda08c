# Intune custom compliance discovery script for Windows (upload with intune-compliance-rules.json).
# Prints one line of compact JSON with the settings the rules file checks. Intune runs discovery scripts as SYSTEM;
# every checked setting is machine-wide (device management, IT policy, recorders running, version), so SYSTEM's
# answer is the device's answer.
# 1. Ask the installed app: "Meeting Guard.exe" report --format intune. It exits 0 with a report; earlier
#    versions also exited 1 (finding) and 3 (cannot check) with one, so those are accepted too.
# 2. Otherwise take the newest status file the running app keeps in a user profile.
$ErrorActionPreference = 'Stop'

$app = Join-Path $env:ProgramFiles 'Meeting Guard\Meeting Guard.exe'
if (Test-Path -LiteralPath $app) {
    # The app is a windowed program: Start-Process -Wait with a redirected stdout is what reliably waits for it
    # and captures what it prints.
    $out = [System.IO.Path]::GetTempFileName()
    try {
        $proc = Start-Process -FilePath $app -ArgumentList @('report', '--format', 'intune') -Wait -PassThru `
            -NoNewWindow -RedirectStandardOutput $out
        $text = (Get-Content -LiteralPath $out -Raw)
        if ($null -ne $text) { $text = $text.Trim() }
        if (@(0, 1, 3) -contains $proc.ExitCode -and $text) {
            Write-Output $text
            exit 0
        }
    } finally {
        Remove-Item -LiteralPath $out -Force -ErrorAction SilentlyContinue
    }
}

$statusFile = Get-ChildItem -Path (Join-Path $env:SystemDrive 'Users\*\AppData\Local\MeetingGuard\status.json') `
    -ErrorAction SilentlyContinue | Sort-Object LastWriteTime -Descending | Select-Object -First 1
if ($statusFile) {
    $status = Get-Content -LiteralPath $statusFile.FullName -Raw | ConvertFrom-Json
    # Same settings and meaning as the app's own --format intune output.
    $result = [ordered]@{
        MeetingGuardDeviceManaged  = ($status.device.verdict -eq 'managed')
        MeetingGuardPolicyErrors   = [int64]$status.policy.errorCount
        MeetingGuardRecorderActive = (@($status.recorders.active).Count -gt 0)
        MeetingGuardVersion        = [string]$status.version
    }
    Write-Output ($result | ConvertTo-Json -Compress)
    exit 0
}

Write-Error "Meeting Guard: no report from $app and no status file in any user profile"
exit 1
