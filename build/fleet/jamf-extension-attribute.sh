#!/bin/bash
# Jamf Pro extension attribute "Meeting Guard status" (Data Type: String, Input Type: Script).
# Prints <result>device=managed; policy-errors=0; recorders=none; notice-ack=…; cleanup=…; version=…</result>,
# the same line as `meeting-guard report --format jamf`, so smart groups can match with "like", e.g.
# "device=managed;" or "recorders=none;".
# Jamf runs this as root; notice and cleanup times belong to a user, so the app is asked as the console user.
# 1. Ask the installed app. 2. Otherwise read that user's status file (written by the running app).
# MEETING_GUARD_APP, MEETING_GUARD_USER and MEETING_GUARD_HOME exist for testing this script elsewhere.
app="${MEETING_GUARD_APP:-/Applications/Meeting Guard.app/Contents/MacOS/Meeting Guard}"
user="${MEETING_GUARD_USER:-$(/usr/bin/stat -f%Su /dev/console 2>/dev/null)}"

ask_app() {
    if [ -n "$user" ] && [ "$user" != root ] && [ "$user" != loginwindow ] && [ "$(id -un)" != "$user" ]; then
        /bin/launchctl asuser "$(id -u "$user")" /usr/bin/sudo -u "$user" "$app" report --format jamf
    else
        "$app" report --format jamf
    fi
}

if [ -x "$app" ]; then
    out=$(ask_app 2>/dev/null)
    code=$?
    if { [ "$code" = 0 ] || [ "$code" = 1 ] || [ "$code" = 3 ]; } && [[ "$out" == "<result>"*"</result>" ]]; then
        echo "$out"
        exit 0
    fi
fi

home="${MEETING_GUARD_HOME:-$(dscl . -read "/Users/$user" NFSHomeDirectory 2>/dev/null | awk '{print $2}')}"
status="$home/Library/Application Support/Meeting Guard/status.json"
# Same pairs, order and escaping as the app's --format jamf (a test compares the two), plus when the app wrote
# the file, so a stale answer shows as one.
jq_line='def v: tostring | gsub("[<>;]"; " ");
    [["device", .device.verdict], ["policy-errors", .policy.errorCount],
     ["recorders", (if (.recorders.active | length) > 0 then (.recorders.active | join(",")) else "none" end)],
     ["notice-ack", (.notice.lastAcknowledgedAt // "never")], ["cleanup", (.cleanup.lastClearedAt // "never")],
     ["version", .version], ["from-status-file", .generatedAt]] | map("\(.[0])=\(.[1] | v)") | join("; ")'
if [ -n "$user" ] && [ -r "$status" ]; then
    # jq ships with macOS 15 and later; JavaScript for Automation covers older releases.
    if command -v jq >/dev/null 2>&1; then
        line=$(jq -r "$jq_line" "$status" 2>/dev/null)
    else
        line=$(/usr/bin/osascript -l JavaScript -e '
            function run(argv) {
                const s = JSON.parse($.NSString.stringWithContentsOfFileEncodingError(argv[0], $.NSUTF8StringEncoding, null).js);
                const pairs = [["device", s.device.verdict], ["policy-errors", s.policy.errorCount],
                    ["recorders", s.recorders.active.length ? s.recorders.active.join(",") : "none"],
                    ["notice-ack", s.notice.lastAcknowledgedAt || "never"], ["cleanup", s.cleanup.lastClearedAt || "never"],
                    ["version", s.version], ["from-status-file", s.generatedAt]];
                return pairs.map(([k, v]) => k + "=" + String(v).replace(/[<>;]/g, " ")).join("; ");
            }' "$status" 2>/dev/null)
    fi
    if [ -n "$line" ]; then
        echo "<result>$line</result>"
        exit 0
    fi
fi

echo "<result>device=unknown; error=no report from the app and no status file for ${user:-no console user}</result>"
exit 0
