#!/usr/bin/env python3
"""keel as a person sees it: a real xterm under Xvfb, with a light and a
dark palette and every theme, screenshotted and measured.

For each screenshot, every colour drawn on each text row is compared with
the background by WCAG's contrast ratio; the lowest per row and per screen
are printed. Exits 1 when a theme falls below its floor on a palette it is
meant for (4.5:1), or the auto theme below 3:1 on either palette.
Needs xterm, Xvfb and ImageMagick's import and convert; without them it
says so and exits 0 (it is not part of make test).
"""
import argparse, os, shutil, subprocess, sys, tempfile, time

PALETTES = {"light": ("#ffffff", "#000000"), "dark": ("#000000", "#ffffff")}
# theme -> palettes it must read on
THEMES = {"auto": ["light", "dark"], "light": ["light"], "dark": ["dark"], "high-contrast": ["light", "dark"]}
# (theme, TERM): every theme on 256 colours, and auto where only 8 are known.
RUNS = [(t, "xterm-256color") for t in THEMES] + [("auto", "xterm")]
COLS, ROWS, CW, CH = 80, 24, 6, 13


def luminance(rgb):
    def lin(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = map(lin, rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a, b):
    x, y = sorted([luminance(a), luminance(b)], reverse=True)
    return (x + 0.05) / (y + 0.05)


def read_ppm(path):
    data = subprocess.run(["convert", path, "-depth", "8", "ppm:-"], check=True, capture_output=True).stdout
    # P6\nW H\n255\n
    parts = data.split(maxsplit=4)
    w, h = int(parts[1]), int(parts[2])
    pix = parts[4]
    return w, h, pix


def measure(path, bg):
    w, h, pix = read_ppm(path)
    rows = []
    for r in range(ROWS):
        counts = {}
        for y in range(r * CH, min((r + 1) * CH, h)):
            for x in range(0, min(COLS * CW, w)):
                i = 3 * (y * w + x)
                c = (pix[i], pix[i + 1], pix[i + 2])
                counts[c] = counts.get(c, 0) + 1
        # Colours of at least a few pixels: the text's, not a stray edge.
        inks = [c for c, n in counts.items() if c != bg and n >= 6]
        if inks:
            rows.append((r, min(ratio(c, bg) for c in inks), len(inks)))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keel", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--display", default=":73")
    args = ap.parse_args()
    missing = [t for t in ("xterm", "Xvfb", "import", "convert") if shutil.which(t) is None]
    if missing:
        print("make contrast needs " + ", ".join(missing) + " (apt-get install xterm xvfb imagemagick); nothing was measured")
        return 0
    keel = os.path.abspath(args.keel)
    os.makedirs(args.out, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="keel-contrast-")
    data = os.path.join(scratch, "data")
    subprocess.run([keel, "sample", "--into", data, "--years", "0.3"], check=True, capture_output=True)
    xvfb = subprocess.Popen(["Xvfb", args.display, "-screen", "0", f"{COLS * CW}x{ROWS * CH}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failed = []
    try:
        time.sleep(1.0)
        env = dict(os.environ, DISPLAY=args.display)
        env.pop("COLORFGBG", None)
        print(f"{'theme':14} {'colours':7} {'palette':8} {'lowest':>7} {'footer':>7}  rows below 4.5:1")
        for theme, term_name in RUNS:
            meant = THEMES[theme]
            colours = "256" if "256" in term_name else "8"
            config = os.path.join(scratch, "config-" + theme, "keel")
            os.makedirs(config, exist_ok=True)
            with open(os.path.join(config, "config.json"), "w") as f:
                f.write('{ "theme": "%s" }\n' % theme)
            for palette, (bg, fg) in PALETTES.items():
                shot = os.path.join(args.out, f"{theme}-{colours}-{palette}.png")
                inner = f"TERM={term_name} XDG_CONFIG_HOME={os.path.dirname(config)} KEEL_DATA_DIR={data} {keel}"
                term = subprocess.Popen(["xterm", "-display", args.display, "-geometry", f"{COLS}x{ROWS}+0+0", "-b", "0",
                                         "-fn", "6x13", "+sb", "-bg", bg, "-fg", fg, "-e", "sh", "-c", inner], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(2.5)
                subprocess.run(["import", "-display", args.display, "-window", "root", shot], check=True)
                term.terminate()
                term.wait()
                bgc = tuple(int(bg[i:i + 2], 16) for i in (1, 3, 5))
                rows = measure(shot, bgc)
                if not rows:
                    print(f"{theme:14} {colours:7} {palette:8} nothing drawn (see {shot})")
                    failed.append((theme, palette))
                    continue
                lowest = min(r[1] for r in rows)
                footer = [r[1] for r in rows if r[0] == ROWS - 1]
                weak = [r[0] for r in rows if r[1] < 4.5]
                print(f"{theme:14} {colours:7} {palette:8} {lowest:6.2f}:1 {(footer[0] if footer else 0):6.2f}:1  {weak or '-'}")
                floor = 3.0 if theme == "auto" else 4.5
                if palette in meant and lowest < floor:
                    failed.append((theme, palette))
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"screenshots in {args.out}")
    if failed:
        print("below the floor: " + ", ".join(f"{t} on {p}" for t, p in failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
