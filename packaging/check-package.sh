#!/bin/sh
# check-package.sh BUILD_DIR: builds the .deb from a built tree and checks it as CI does.
#   - cpack -G DEB  ->  BUILD_DIR/package/passerelle_<version>_amd64.deb
#   - its contents (dpkg-deb --contents) and control fields
#   - lintian: no error (warnings are printed, not fatal)
#   - appstreamcli validate --no-net, desktop-file-validate
#   - shell scripts with sh -n, the systemd unit with systemd-analyze verify (when it can run)
#   - unpacked into a throw-away root: the installed passerelle --version, --check-lessons on the
#     installed catalogue, and a first start offscreen that creates a database
# Registered with ctest as package_deb (label "package").
set -u

build=${1:?usage: check-package.sh BUILD_DIR}
build=$(cd "$build" && pwd)
failures=0
work=$(mktemp -d "${TMPDIR:-/tmp}/passerelle-package.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

pass() { printf 'ok   %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*"; failures=$((failures + 1)); }
note() { printf 'note %s\n' "$*"; }
need() {
    command -v "$1" >/dev/null 2>&1 || { echo "check-package: $1 is missing (packaging/install-build-deps.sh installs it)"; exit 1; }
}
for tool in cpack dpkg-deb lintian appstreamcli desktop-file-validate; do need "$tool"; done

# --- Build the package ---------------------------------------------------------------------------
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || { echo "check-package: $build/CPackConfig.cmake is missing or has no version"; exit 1; }
deb="$build/package/passerelle_${version}_amd64.deb"
rm -f "$deb"
if ! cpack -G DEB --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 || [ ! -f "$deb" ]; then
    cat "$work/cpack.log"
    echo "check-package: cpack did not make $deb"
    exit 1
fi
pass "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# --- Contents ------------------------------------------------------------------------------------
dpkg-deb --contents "$deb" >"$work/contents"
has() {
    if grep -qE " \./$1( |$)" "$work/contents"; then pass "contains /$1"; else fail "does not contain /$1"; fi
}
has 'usr/bin/passerelle'
has 'usr/share/passerelle/lessons/modules\.json'
has 'usr/share/passerelle/lessons/[^ ]+/lesson\.json'
has 'usr/share/applications/io\.github\.passerelle\.Passerelle\.desktop'
has 'usr/share/metainfo/io\.github\.passerelle\.Passerelle\.metainfo\.xml'
has 'usr/share/icons/hicolor/scalable/apps/io\.github\.passerelle\.Passerelle\.svg'
has 'lib/systemd/system/passerelle-kiosk\.service'
has 'etc/pam\.d/passerelle-kiosk'
has 'etc/default/passerelle-kiosk'
has 'usr/sbin/passerelle-kiosk-setup'
has 'usr/sbin/passerelle-lessons-update'
has 'usr/libexec/passerelle/passerelle-kiosk-start'
has 'usr/share/doc/passerelle/copyright'
has 'usr/share/doc/passerelle/changelog\.gz'
has 'usr/share/man/man1/passerelle\.1\.gz'
if [ -d "$build/narration" ]; then
    has 'usr/share/passerelle/narration/[^ ]+\.ogg'
else
    note "no narration in this build ($build/narration): not looked for"
fi
if ls "$build"/translations/*.qm >/dev/null 2>&1; then
    has 'usr/share/passerelle/translations/passerelle_[a-z]+\.qm'
else
    note "no interface translations (.qm) in this build: not looked for"
fi
if grep -qE ' \./usr/local/' "$work/contents"; then fail "files under /usr/local"; else pass "nothing under /usr/local"; fi
lessons=$(grep -cE ' \./usr/share/passerelle/lessons/.*/lesson\.json$' "$work/contents")
note "$lessons lessons, $(grep -cE ' \./usr/share/passerelle/narration/.*\.ogg$' "$work/contents") narration clips"

# --- Control fields ------------------------------------------------------------------------------
dpkg-deb --field "$deb" >"$work/control"
for dep in libqt6core6 libqt6widgets6 libqt6multimedia6 libqt6sql6-sqlite qt6-wayland cage xwayland fonts-noto-core; do
    if grep -E '^Depends:' "$work/control" | grep -qE "(^|[ ,])$dep( |,|$)"; then pass "depends on $dep"; else fail "does not depend on $dep"; fi
done
control="$work/control.d"
dpkg-deb --control "$deb" "$control"
if [ -f "$control/conffiles" ]; then pass "has conffiles"; else fail "has no conffiles"; fi
for script in postinst prerm postrm; do
    if [ -x "$control/$script" ] && sh -n "$control/$script"; then pass "maintainer script $script"; else fail "maintainer script $script"; fi
done

# --- lintian -------------------------------------------------------------------------------------
# Errors fail; warnings are shown. Genuinely inapplicable tags are overridden in
# packaging/lintian-overrides (shipped as /usr/share/lintian/overrides/passerelle).
lintian --fail-on error --display-info "$deb" >"$work/lintian.log" 2>&1
lintian_status=$?
sed 's/^/     lintian: /' "$work/lintian.log"
if [ "$lintian_status" -eq 0 ]; then
    pass "lintian: no error ($(grep -c '^W:' "$work/lintian.log") warnings, $(grep -c '^I:' "$work/lintian.log") infos)"
else
    fail "lintian found errors (status $lintian_status)"
fi

# --- Unpack into a throw-away root ---------------------------------------------------------------
root="$work/root"
mkdir -p "$root"
dpkg-deb -x "$deb" "$root"

# --- AppStream, desktop entry ----------------------------------------------------------------------
if appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.passerelle.Passerelle.metainfo.xml" >"$work/as.log" 2>&1; then
    pass "appstreamcli validate --no-net"
else
    sed 's/^/     /' "$work/as.log"; fail "appstreamcli validate --no-net"
fi
if grep -q "release version=\"$version\"" "$root/usr/share/metainfo/io.github.passerelle.Passerelle.metainfo.xml"; then
    pass "metainfo names release $version"
else
    fail "metainfo does not name release $version"
fi
if desktop-file-validate "$root/usr/share/applications/io.github.passerelle.Passerelle.desktop" >"$work/dfv.log" 2>&1; then
    pass "desktop-file-validate"
else
    sed 's/^/     /' "$work/dfv.log"; fail "desktop-file-validate"
fi

# --- Kiosk scripts and unit ----------------------------------------------------------------------
for script in usr/sbin/passerelle-kiosk-setup usr/sbin/passerelle-lessons-update usr/libexec/passerelle/passerelle-kiosk-start; do
    if sh -n "$root/$script"; then pass "sh -n /$script"; else fail "sh -n /$script"; fi
done
if "$root/usr/sbin/passerelle-kiosk-setup" --help | grep -q '^Usage: passerelle-kiosk-setup'; then
    pass "passerelle-kiosk-setup --help"
else
    fail "passerelle-kiosk-setup --help"
fi
if command -v systemd-analyze >/dev/null 2>&1 && [ -d /lib/systemd/system ]; then
    # In a root of its own: the package's files, the system's units (targets the unit names) and
    # the programs it runs (cage and chvt may not be installed on the build machine).
    vroot="$work/verify-root"
    mkdir -p "$vroot/lib/systemd" "$vroot/bin" "$vroot/usr/bin"
    cp -a /lib/systemd/system "$vroot/lib/systemd/"
    cp -a "$root/." "$vroot/"
    for prog in /bin/chvt /usr/bin/cage; do
        [ -e "$vroot$prog" ] || { printf '#!/bin/sh\n' >"$vroot$prog"; chmod 755 "$vroot$prog"; }
    done
    systemd-analyze verify --man=no --root="$vroot" "$vroot/lib/systemd/system/passerelle-kiosk.service" >"$work/verify.log" 2>&1
    verify_status=$?
    if [ "$verify_status" -eq 0 ] && ! grep -q 'passerelle' "$work/verify.log"; then
        pass "systemd-analyze verify passerelle-kiosk.service"
    elif grep -qiE 'passerelle-kiosk\.service' "$work/verify.log"; then
        sed 's/^/     /' "$work/verify.log"; fail "systemd-analyze verify passerelle-kiosk.service"
    else
        sed 's/^/     /' "$work/verify.log"
        note "systemd-analyze verify could not run here (status $verify_status): not a failure"
    fi
else
    note "systemd-analyze or /lib/systemd/system is missing: unit not verified"
fi

# --- The installed program -----------------------------------------------------------------------
bin="$root/usr/bin/passerelle"
if out=$("$bin" --version 2>&1) && [ "$out" = "passerelle $version" ]; then
    pass "installed passerelle --version: $out"
else
    fail "installed passerelle --version printed '$out'"
fi
if "$bin" --check-lessons "$root/usr/share/passerelle/lessons" >"$work/check.log" 2>&1; then
    pass "installed passerelle --check-lessons on the installed catalogue"
else
    sed 's/^/     /' "$work/check.log"
    fail "installed passerelle --check-lessons on the installed catalogue"
fi
# Without --lessons-dir the installed binary must find the installed catalogue by itself.
if "$bin" --check-lessons >"$work/check-default.log" 2>&1; then
    pass "installed passerelle --check-lessons finds the installed catalogue"
else
    sed 's/^/     /' "$work/check-default.log"
    fail "installed passerelle --check-lessons (default catalogue)"
fi
# A first start, offscreen, on an empty data folder: the SQLite driver loads and the database is
# created. --measure-startup exits once the welcome screen is painted.
data="$work/data"
runtime="$work/runtime"
mkdir -p "$data" "$runtime"
chmod 700 "$runtime"
if XDG_RUNTIME_DIR="$runtime" QT_QPA_PLATFORM=offscreen timeout 120 "$bin" --measure-startup --data-dir "$data" \
    >"$work/start.out" 2>"$work/start.err" \
    && [ -s "$data/passerelle.sqlite" ]; then
    pass "installed passerelle starts offscreen and creates its database ($(head -n1 "$work/start.out") ms to the welcome screen)"
else
    sed 's/^/     /' "$work/start.out" "$work/start.err"
    fail "installed passerelle did not start offscreen with a new data folder"
fi

echo
if [ "$failures" -eq 0 ]; then
    echo "check-package: $(basename "$deb") passed every check"
    exit 0
fi
echo "check-package: $failures check(s) failed for $(basename "$deb")"
exit 1
