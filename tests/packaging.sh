#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Docket as a user installs it: the Debian package made from this build (packaging/), checked
# by the tools Debian checks packages with, and its programs run from the package's own files.
#   packaging.sh build    BUILD_DIR SOURCE_DIR   cpack, then what the package holds and needs
#   packaging.sh lintian  BUILD_DIR SOURCE_DIR   no error and no warning from lintian
#   packaging.sh desktop  BUILD_DIR SOURCE_DIR   desktop-file-validate says nothing
#   packaging.sh metainfo BUILD_DIR SOURCE_DIR   appstreamcli validate finds nothing to report
#   packaging.sh unit     BUILD_DIR SOURCE_DIR   systemd-analyze verify finds nothing
#   packaging.sh programs BUILD_DIR SOURCE_DIR   the packaged docket-cli serves a meeting on
#                                                127.0.0.1, the packaged docket opens its window
# A tool that is missing makes its test skip (exit 77): tools/dev installs them all.
set -euo pipefail
mode=$1 build=$2 src=$3
pkgdir=$build/tests/package

need() { command -v "$1" >/dev/null || { echo "SKIP: $1 is not installed"; exit 77; }; }
fail() { echo "FAIL: $*" >&2; exit 1; }
deb() {
  local found
  found=$(find "$pkgdir" -maxdepth 1 -name 'docket_*.deb' | head -1)
  [ -n "$found" ] || fail "no package in $pkgdir: the packaging:build test makes it"
  echo "$found"
}
# The package's files, unpacked into a temporary folder.
unpack() {
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  dpkg-deb -x "$(deb)" "$tmp/root"
}

case $mode in
build)
  need cpack
  need dpkg-shlibdeps
  rm -rf "$pkgdir"
  mkdir -p "$pkgdir"
  (cd "$build" && cpack -G DEB -B "$pkgdir" --config CPackConfig.cmake) >"$pkgdir/cpack.log" 2>&1 ||
    { cat "$pkgdir/cpack.log"; fail "cpack failed"; }
  package=$(deb)
  echo "made $package ($(stat -c %s "$package") bytes)"
  info=$(dpkg-deb -f "$package" Package Version Architecture Depends Recommends)
  echo "$info"
  grep -qx 'Package: docket' <<<"$info" || fail "the package is not named docket"
  grep -q '^Version: [0-9]' <<<"$info" || fail "no version"
  # What dpkg-shlibdeps found, and what it cannot see (Qt's plugins).
  for dependency in libqt6widgets6 libqt6printsupport6 libmicrohttpd12 libpoppler-qt6-3 libsqlite3-0 \
    qt6-qpa-plugins qt6-image-formats-plugins; do
    grep -q "^Depends:.*$dependency" <<<"$info" || fail "Depends lacks $dependency"
  done
  grep -q '^Recommends:.*tesseract-ocr-vie' <<<"$info" || fail "Recommends lacks tesseract-ocr-vie"
  contents=$(dpkg-deb -c "$package" | awk '{ print $6 }')
  for file in ./usr/bin/docket ./usr/bin/docket-cli \
    ./usr/share/applications/vn.docket.Docket.desktop \
    ./usr/share/metainfo/vn.docket.Docket.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/vn.docket.Docket.svg \
    ./usr/share/icons/hicolor/48x48/apps/vn.docket.Docket.png \
    ./usr/share/man/man1/docket.1.gz ./usr/share/man/man1/docket-cli.1.gz \
    ./usr/share/doc/docket/copyright ./usr/share/doc/docket/changelog.gz \
    ./lib/systemd/system/docket-serve.service ./etc/docket/serve.conf; do
    grep -qx -- "$file" <<<"$contents" || fail "the package lacks $file"
  done
  # Nothing from the build tree or the tests, nothing outside the Debian layout.
  if grep -vE '^\./(usr/(bin|share)|lib/systemd/system|etc/docket)(/|$)|^\./$|^\./usr/$|^\./lib/$|^\./lib/systemd/$|^\./etc/$' <<<"$contents"; then
    fail "the package holds files outside /usr/bin, /usr/share, /lib/systemd/system and /etc/docket"
  fi
  # The settings file is a conffile: an administrator's edits survive an upgrade.
  dpkg-deb --ctrl-tarfile "$package" | tar -xO ./conffiles | grep -qx /etc/docket/serve.conf ||
    fail "/etc/docket/serve.conf is not a conffile"
  # Never enabled or started by the package itself.
  if dpkg-deb --ctrl-tarfile "$package" | tar -xO ./postinst | grep -E 'enable|start'; then
    fail "postinst enables or starts the service"
  fi
  ;;
lintian)
  need lintian
  status=0
  out=$(lintian --tag-display-limit 0 --fail-on error,warning "$(deb)" 2>&1) || status=$?
  out=$(grep -v 'root privileges' <<<"$out" || true)
  [ "$status" -eq 0 ] || { echo "$out"; fail "lintian reports errors or warnings"; }
  echo "${out:-lintian: nothing to report}"
  ;;
desktop)
  need desktop-file-validate
  out=$(desktop-file-validate "$src/resources/vn.docket.Docket.desktop" 2>&1) ||
    { echo "$out"; fail "desktop-file-validate failed"; }
  [ -z "$out" ] || { echo "$out"; fail "desktop-file-validate has something to say"; }
  echo "desktop entry: valid, no hints"
  ;;
metainfo)
  need appstreamcli
  appstreamcli validate --no-net --explain "$src/resources/vn.docket.Docket.metainfo.xml"
  # The icon, desktop entry and metainfo as installed, seen together.
  unpack
  appstreamcli validate-tree --no-net "$tmp/root"
  ;;
unit)
  need systemd-analyze
  unpack
  unit=$tmp/root/lib/systemd/system/docket-serve.service
  grep -q '^ExecStart=/usr/bin/docket-cli ' "$unit" || fail "the unit does not run /usr/bin/docket-cli"
  grep -q '^DynamicUser=yes' "$unit" || fail "the unit may run as root"
  grep -q '^ProtectSystem=strict' "$unit" || fail "the unit is not sandboxed"
  # Verified with the unpacked package's docket-cli and manual page in their places: the copy
  # runs the unpacked program, and man looks in the unpacked pages.
  mkdir -p "$tmp/units"
  sed "s#^ExecStart=/usr/bin/docket-cli #ExecStart=$tmp/root/usr/bin/docket-cli #" "$unit" \
    >"$tmp/units/docket-serve.service"
  out=$(MANPATH=$tmp/root/usr/share/man systemd-analyze verify "$tmp/units/docket-serve.service" 2>&1) ||
    { echo "$out"; fail "systemd-analyze verify failed"; }
  [ -z "$out" ] || { echo "$out"; fail "systemd-analyze verify has something to say"; }
  echo "docket-serve.service: verified"
  ;;
programs)
  unpack
  cli=$tmp/root/usr/bin/docket-cli
  version=$("$cli" --version)
  echo "$version"
  [[ $version == "docket-cli "[0-9]* ]] || fail "docket-cli --version says '$version'"
  # A meeting with a document, served by the packaged program (its render workers and
  # inspections are the packaged docket-cli too).
  lib=$tmp/library
  code=$("$cli" --library "$lib" --json meeting create --title "Hội nghị kiểm tra gói" |
    sed -n 's/.*"code":"\([^"]*\)".*/\1/p')
  [ -n "$code" ] || fail "meeting create gave no code"
  "$cli" --library "$lib" item add "$code" --title "Báo cáo" >/dev/null
  printf 'Tài liệu kiểm tra\n' >"$tmp/Ghi chú.txt"
  "$cli" --library "$lib" doc add "$code" 1 "$tmp/Ghi chú.txt" >/dev/null
  "$cli" --library "$lib" meeting open "$code" >/dev/null
  "$cli" --library "$lib" serve --bind 127.0.0.1 --port 0 >"$tmp/serve.out" 2>"$tmp/serve.err" &
  server=$!
  base=''
  for _ in $(seq 100); do
    base=$(head -1 "$tmp/serve.out" 2>/dev/null || true)
    [ -n "$base" ] && break
    sleep 0.1
  done
  [ -n "$base" ] || { kill "$server"; cat "$tmp/serve.err"; fail "the packaged docket-cli serve announced no address"; }
  base="http://${base#*://}"
  [[ $base == http://127.0.0.1:* ]] || { kill "$server"; fail "it announced $base"; }
  page=$(curl -fsS --max-time 10 "$base/$code/1") || { kill "$server"; fail "no item page"; }
  kill "$server"
  wait "$server" 2>/dev/null || true
  grep -q "Báo cáo" <<<"$page" || fail "the item page lacks its title"
  grep -q "Ghi chú" <<<"$page" || fail "the item page lacks its document"
  echo "served $base/$code/1 ($(wc -c <<<"$page") bytes)"
  # The window, under Xvfb: it opens on the library and stays up until told to go.
  need xvfb-run
  status=0
  xvfb-run -a -s "-screen 0 1280x800x24" env -u QT_QPA_PLATFORM bash -c '
    "$1" --library "$2" >"$3" 2>&1 &
    window=$!
    sleep 5
    kill -0 "$window" || exit 3
    kill "$window"
    wait "$window" || true
  ' window "$tmp/root/usr/bin/docket" "$lib" "$tmp/window.out" || status=$?
  if [ "$status" -ne 0 ]; then
    cat "$tmp/window.out"
    fail "the packaged docket did not stay open under Xvfb (status $status)"
  fi
  if grep -iE 'could not (load|find) the qt platform plugin|cannot open display' "$tmp/window.out"; then
    fail "the window could not open"
  fi
  echo "the packaged docket opened its window under Xvfb"
  ;;
*)
  fail "unknown mode $mode"
  ;;
esac
