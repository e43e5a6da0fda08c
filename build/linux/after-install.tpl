#!/bin/bash
# Meeting Guard deb/rpm post-install (electron-builder template: only executable and sanitizedProductName in
# braces are filled in at build time; every other variable is written without braces on purpose).
# Runs as deb postinst ("configure") and rpm %post. Idempotent: a reinstall or upgrade leaves the same state.
# Honours $DPKG_ROOT, Debian's prefix for installs into another root (dpkg --root, image builders).
set -e

root="$DPKG_ROOT"
app_dir='/opt/${sanitizedProductName}'
binary="$app_dir/${executable}"
marker='X-MeetingGuard-Installed-By=package'

# Command-line access for IT scripts: /usr/bin/meeting-guard -> the app binary.
mkdir -p "$root/usr/bin"
ln -sfn "$binary" "$root/usr/bin/${executable}"

# Chromium's sandbox helper needs setuid only where unprivileged user namespaces are unavailable.
if [ -e "$root$app_dir/chrome-sandbox" ]; then
    if [ -L /proc/self/ns/user ] && unshare --user true 2>/dev/null; then
        chmod 0755 "$root$app_dir/chrome-sandbox" || true
    else
        chmod 4755 "$root$app_dir/chrome-sandbox" || true
    fi
fi

# The folder IT drops managed policy files into (*.json, read in name order). Root-owned so users cannot add
# their own "policy".
for dir in /etc/meeting-guard /etc/meeting-guard/policies /etc/meeting-guard/policies/managed; do
    mkdir -p "$root$dir"
    chmod 0755 "$root$dir"
    if [ "$(id -u)" = 0 ]; then chown root:root "$root$dir"; fi
done

# Start at login for every user. A file IT has edited (marker line removed) is theirs and is left alone, so an
# upgrade never undoes a decision to turn autostart off.
autostart="$root/etc/xdg/autostart/${executable}.desktop"
if [ ! -e "$autostart" ] || grep -qx "$marker" "$autostart"; then
    mkdir -p "$root/etc/xdg/autostart"
    tmp="$autostart.tmp.$$"
    cat > "$tmp" <<DESKTOP
[Desktop Entry]
Type=Application
Name=${sanitizedProductName}
Comment=Privacy notice and recording warnings for video calls
Exec="$binary" --autostart
Icon=${executable}
Terminal=false
NoDisplay=true
X-GNOME-Autostart-enabled=true
$marker
DESKTOP
    chmod 0644 "$tmp"
    mv -f "$tmp" "$autostart"
fi

if [ -z "$root" ] && hash update-desktop-database 2>/dev/null; then
    update-desktop-database /usr/share/applications || true
fi

# AppArmor profile (Ubuntu 24+), only where the running AppArmor accepts it; never live-loaded into another root.
profile_source="$root$app_dir/resources/apparmor-profile"
if [ -f "$profile_source" ] && apparmor_status --enabled >/dev/null 2>&1; then
    if apparmor_parser --skip-kernel-load --debug "$profile_source" >/dev/null 2>&1; then
        cp -f "$profile_source" "$root/etc/apparmor.d/${executable}"
        if [ -z "$root" ] && ! { command -v ischroot >/dev/null 2>&1 && ischroot; }; then
            apparmor_parser --replace --write-cache --skip-read-cache "/etc/apparmor.d/${executable}" || true
        fi
    fi
fi

exit 0
