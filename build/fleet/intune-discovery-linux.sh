#!/bin/sh
# Intune custom compliance discovery script for Linux (upload with intune-compliance-rules.json).
# Prints one line of compact JSON with the settings the rules file checks. Intune runs it as the signed-in user.
# 1. Ask the installed app (`meeting-guard report --format intune`): it exits 0 with a report; earlier versions
#    also exited 1 (finding) and 3 (cannot check) with one, so those are accepted too.
# 2. Otherwise read the status file the running app keeps, with jq.
# MEETING_GUARD_APP may name another binary (for testing this script); the default is the deb/rpm install path.
set -u

app="${MEETING_GUARD_APP:-/opt/Meeting Guard/meeting-guard}"
if [ -x "$app" ]; then
    out=$("$app" report --format intune 2>/dev/null)
    code=$?
    case "$code" in
        0|1|3)
            if [ -n "$out" ]; then
                printf '%s\n' "$out"
                exit 0
            fi
            ;;
    esac
fi

case "${XDG_DATA_HOME:-}" in
    /*) data_home="$XDG_DATA_HOME" ;;
    *) data_home="$HOME/.local/share" ;;
esac
status="$data_home/meeting-guard/status.json"
if [ -r "$status" ] && command -v jq >/dev/null 2>&1; then
    # Same settings and meaning as electron/core/report/intune-compliance.ts (a test compares the two).
    jq -c '{
        MeetingGuardDeviceManaged: (.device.verdict == "managed"),
        MeetingGuardPolicyErrors: .policy.errorCount,
        MeetingGuardRecorderActive: ((.recorders.active | length) > 0),
        MeetingGuardVersion: .version
    }' "$status" && exit 0
fi

echo "Meeting Guard: no report from $app and no readable status file at $status" >&2
exit 1
