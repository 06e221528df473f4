#!/bin/sh
# Builds keel's Debian package from a built binary, with dpkg-deb:
#   packaging/make-deb.sh BINARY OUTDIR
# Lays out /usr as Debian expects (the binary, the shipped content in
# /usr/share/keel, README and copyright in /usr/share/doc/keel, completions
# where bash, zsh and fish look, the man pages in man/ when there are some) and
# prints the package's path.
set -eu
bin=$1
out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
command -v dpkg-deb >/dev/null 2>&1 || { echo "make deb needs dpkg-deb (apt-get install dpkg)" >&2; exit 1; }
version=$("$bin" --version)
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
root="$out/root"
rm -rf "$root"
mkdir -p "$root/DEBIAN"

install -d "$root/usr/bin" "$root/usr/share/keel" "$root/usr/share/doc/keel"
install -m 755 "$bin" "$root/usr/bin/keel"
# Without its symbol table, as Debian ships binaries: 54 MB becomes 22 MB.
if command -v strip >/dev/null 2>&1; then strip --strip-unneeded "$root/usr/bin/keel"; fi
cp -R "$here/Resources/." "$root/usr/share/keel/"
install -m 644 "$here/README.md" "$root/usr/share/doc/keel/README.md"
install -m 644 "$here/packaging/copyright" "$root/usr/share/doc/keel/copyright"

# Completions, written by keel itself so they always match its commands.
install -d "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
    "$root/usr/share/fish/vendor_completions.d"
"$bin" --generate-completion-script bash > "$root/usr/share/bash-completion/completions/keel"
"$bin" --generate-completion-script zsh > "$root/usr/share/zsh/vendor-completions/_keel"
"$bin" --generate-completion-script fish > "$root/usr/share/fish/vendor_completions.d/keel.fish"

# Man pages, kept in man/ by `make man` (gzipped, as Debian keeps them).
if ls "$here/man/"*.1 >/dev/null 2>&1; then
    install -d "$root/usr/share/man/man1"
    for page in "$here/man/"*.1; do gzip -9n -c "$page" > "$root/usr/share/man/man1/$(basename "$page").gz"; done
fi

find "$root/usr" -type d -exec chmod 755 {} +
find "$root/usr/share" -type f -exec chmod 644 {} +
size=$(du -sk "$root/usr" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: keel
Version: $version
Architecture: $arch
Maintainer: keel <keel@localhost>
Installed-Size: $size
Depends: libc6, libncursesw6 | libncurses6
Section: utils
Priority: optional
Description: calm full-screen terminal companion for hard social moments
 keel offers short practices in the terminal: a paced breath, a second
 look at what happened, small daily reminders of your own worth. Everything
 you write stays on your computer. It is not therapy and not a crisis service.
CONTROL
deb="$out/keel_${version}_${arch}.deb"
# DEB_COMPRESSION=none for a quick package in tests; xz, dpkg's default, otherwise.
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$root" "$deb" >/dev/null
echo "$deb"
