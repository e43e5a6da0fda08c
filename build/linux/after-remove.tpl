#!/bin/bash
# Meeting Guard deb/rpm post-remove (electron-builder template: only executable and sanitizedProductName in
# braces are filled in at build time).
# Runs as deb postrm and rpm %postun. Removes only what after-install made; never touches users' homes, their
# Meeting Guard data, or policy files IT put in /etc/meeting-guard.
# Honours $DPKG_ROOT like after-install.
set -e

case "$1" in
    remove|purge|0) ;;
    # deb "upgrade"/"failed-upgrade"/"abort-*" and rpm "1" (upgrade: the new version's %post already ran).
    *) exit 0 ;;
esac

root="$DPKG_ROOT"
binary='/opt/${sanitizedProductName}/${executable}'
marker='X-MeetingGuard-Installed-By=package'

link="$root/usr/bin/${executable}"
if [ -L "$link" ] && [ "$(readlink "$link")" = "$binary" ]; then
    rm -f "$link"
fi

autostart="$root/etc/xdg/autostart/${executable}.desktop"
if [ -f "$autostart" ] && grep -qx "$marker" "$autostart"; then
    rm -f "$autostart"
fi

# Empty folders only: a policy file IT deployed stays, and so do the folders holding it.
for dir in /etc/meeting-guard/policies/managed /etc/meeting-guard/policies /etc/meeting-guard; do
    rmdir "$root$dir" 2>/dev/null || true
done

profile="$root/etc/apparmor.d/${executable}"
if [ -f "$profile" ]; then
    if [ -z "$root" ] && apparmor_status --enabled >/dev/null 2>&1 && hash apparmor_parser 2>/dev/null; then
        apparmor_parser --remove "$profile" || true
    fi
    rm -f "$profile"
fi

exit 0
