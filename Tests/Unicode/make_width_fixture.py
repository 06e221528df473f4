#!/usr/bin/env python3
"""Writes the column width of every Unicode code point, as two references
give it, and the width keel chooses:

  Tests/Unicode/widths.txt                 ranges "first last python glibc keel"
                                           (hex; -1 is "not printable"), read
                                           by DisplayWidthFixtureTests
  Sources/KeelTerminal/WidthTable.swift    keel's zero-width and wide ranges

References: Python's `wcwidth` package (pip install wcwidth; its Unicode
version is printed in the header) and the C library's wcwidth(3) in a UTF-8
locale (glibc, through ctypes).

Where they disagree keel takes Python's answer, which follows the newest
Unicode East Asian Width and default-ignorable data, with two exceptions:
  - spacing marks (general category Mc, such as Devanagari vowel signs):
    glibc's width. Python gives them 0 alone but counts them as a column
    inside a string (wcwidth.width("कि") == 2), and terminals move the
    cursor one column (two for the wide Hangul and Vietnamese tone marks)
    for each;
  - code points neither can print (-1 in both: controls): 0, as keel never
    draws them.

Run from the repository root: python3 Tests/Unicode/make_width_fixture.py
"""
import ctypes
import ctypes.util
import sys
import unicodedata

import wcwidth

LC_CTYPE = 0
libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.setlocale.restype = ctypes.c_char_p
libc.setlocale.argtypes = [ctypes.c_int, ctypes.c_char_p]
libc.wcwidth.argtypes = [ctypes.c_uint32]
libc.gnu_get_libc_version.restype = ctypes.c_char_p
if not libc.setlocale(LC_CTYPE, b"C.UTF-8"):
    sys.exit("needs the C.UTF-8 locale")

# Python's own unicodedata may be older than wcwidth's tables, so spacing
# marks come from wcwidth's list of them (one table, for its Unicode version).
SPACING_MARKS = next(iter(wcwidth.table_mc.CATEGORY_MC.values()))


def is_spacing_mark(cp):
    return bool(wcwidth._bisearch(cp, SPACING_MARKS))


def choose(cp, py, gl):
    if py == gl:
        return max(py, 0)
    if is_spacing_mark(cp) and gl >= 0:
        return gl
    if py < 0:
        return 0
    return py


def main():
    rows = []  # [first, last, py, gl, keel]
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue  # surrogates are not scalars: no text holds them
        py = wcwidth.wcwidth(chr(cp))
        gl = libc.wcwidth(cp)
        k = choose(cp, py, gl)
        if rows and rows[-1][1] == cp - 1 and rows[-1][2:] == [py, gl, k]:
            rows[-1][1] = cp
        else:
            rows.append([cp, cp, py, gl, k])

    version = wcwidth.list_versions()[-1]
    glibc = libc.gnu_get_libc_version().decode()
    with open("Tests/Unicode/widths.txt", "w") as f:
        f.write(f"# Column widths of every code point but surrogates. Python wcwidth {wcwidth.__version__} "
                f"(Unicode {version}), glibc {glibc} wcwidth in C.UTF-8, and keel's choice.\n")
        f.write("# Written by Tests/Unicode/make_width_fixture.py; read by DisplayWidthFixtureTests.\n")
        f.write("# first last python glibc keel (hex code points; -1 is not printable)\n")
        for first, last, py, gl, k in rows:
            f.write(f"{first:X} {last:X} {py} {gl} {k}\n")

    def ranges(width):
        out = []
        for first, last, _, _, k in rows:
            if k != width:
                continue
            # Adjacent ranges join, also across the surrogates (no text holds them).
            if out and (out[-1][1] + 1 == first or (out[-1][1] + 1 == 0xD800 and first == 0xE000)):
                out[-1][1] = last
            else:
                out.append([first, last])
        return out

    def swift_array(name, rs, doc):
        lines = [f"    /// {doc}", f"    static let {name}: [UInt32] = ["]
        cells = [f"0x{a:X}, 0x{b:X}," for a, b in rs]
        for i in range(0, len(cells), 4):
            lines.append("        " + " ".join(cells[i:i + 4]))
        lines.append("    ]")
        return "\n".join(lines)

    zero = [r for r in ranges(0) if r[0] >= 0xA0]  # below 0xA0 DisplayWidth answers itself
    wide = ranges(2)
    with open("Sources/KeelTerminal/WidthTable.swift", "w") as f:
        f.write(f"""// Written by Tests/Unicode/make_width_fixture.py from Python wcwidth {wcwidth.__version__}
// (Unicode {version}) and glibc {glibc}; do not edit by hand, run the script.

/// Code point ranges that take no column and ranges that take two, as
/// flat pairs (first, last), sorted. Every other printable scalar takes one.
enum WidthTable {{
{swift_array("zero", zero, "Marks, format characters and fillers: drawn on the cell before them.")}

{swift_array("wide", wide, "East Asian wide and fullwidth characters and emoji shown as pictures.")}
}}
""")
    agree = sum(r[1] - r[0] + 1 for r in rows if r[2] == r[3])
    total = sum(r[1] - r[0] + 1 for r in rows)
    print(f"{len(rows)} ranges, {total} code points; the references agree on {agree}; "
          f"{len(zero)} zero and {len(wide)} wide ranges for keel")


if __name__ == "__main__":
    main()
