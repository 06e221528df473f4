#!/usr/bin/env python3
"""make link-order: the functions keel runs on its hot paths, in the order
the release link lays them out (packaging/link-order.txt, one input section
a line, read by gold's --section-ordering-file).

keel's code is 15 MB; a start touches about 3,000 of its functions and a
menu move about 500, spread over the whole of it, so the start takes a page
fault for each 64 KB of code it lands in and a move finds its code cold in
the caches and TLB. Laid out side by side, they fit in a few hundred KB.

Counted by callgrind on a copy of the release binary without debug
information, with ten years of sample history, in a pseudo-terminal of
80x24: the moves on the breathing picker and on home first (the redraw's
code together, hottest), then home's start, the picker's start and `keel
today`. A function missing from the list (new code) keeps its usual place,
and a name no longer in the binary is passed over, so a stale list costs
only speed; run this again after large changes.

   python3 Tests/Bench/link_order.py --keel .build/release/keel --out packaging/link-order.txt
"""
import argparse
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from bench import Pty, env_for  # noqa: E402


def functions(path, binary):
    """Names of the binary's own functions with a cost in a callgrind file, in order of appearance."""
    names, ob = [], None
    with open(path, errors="replace") as f:
        for line in f:
            if line.startswith("ob="):
                ob = line[3:].strip()
            elif line.startswith("fn=") and ob == binary:
                # A recursion's deeper levels are named "f'2"; the code is f's.
                name = line[3:].strip().split("'")[0]
                if not name.startswith("0x"):
                    names.append(name)
    return names


def callgrind(binary, out, extra=()):
    return ["valgrind", "-q", "--tool=callgrind", "--demangle=no", "--compress-strings=no", "--compress-pos=no",
            f"--callgrind-out-file={out}", binary] + list(extra)


def screen(binary, work, env, name, args, moves=20):
    """(start, moves) callgrind files of one screen: dumped once the first
    frame is in, and again after `moves` moves."""
    out = os.path.join(work, name + ".cg")
    p = Pty(callgrind(binary, out, args), env)
    try:
        p.first_frame(timeout=120)
        # Slowed down this much, a start can pause longer than the quiet that ends a frame.
        while select.select([p.master], [], [], 3.0)[0]:
            p.buffer += os.read(p.master, 65536)
        subprocess.run(["callgrind_control", "-d", str(p.proc.pid)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        for i in range(moves):
            p.burst(b"j" if i % 2 == 0 else b"k")
        time.sleep(0.5)
        subprocess.run(["callgrind_control", "-d", str(p.proc.pid)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    finally:
        p.close()
    return out + ".1", out + ".2"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keel", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    for tool in ("valgrind", "callgrind_control", "strip"):
        if not shutil.which(tool):
            sys.exit(f"link_order.py needs {tool}")
    work = tempfile.mkdtemp(prefix="keel-order-")
    try:
        binary = os.path.join(work, "keel")
        subprocess.run(["strip", "--strip-debug", "-o", binary, args.keel], check=True)
        data = os.path.join(work, "data")
        subprocess.run([binary, "sample", "--into", data, "--years", "10"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        env = env_for(data)
        picker_start, picker_moves = screen(binary, work, env, "breathe", ["breathe"])
        home_start, home_moves = screen(binary, work, env, "home", [])
        today = os.path.join(work, "today.cg")
        subprocess.run(callgrind(binary, today, ["today"]), env=env, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        seen, order = set(), []
        for path in (picker_moves, home_moves, home_start, picker_start, today):
            for name in functions(path, binary):
                if name not in seen:
                    seen.add(name)
                    order.append(".text." + name)
        with open(args.out, "w") as f:
            f.write("\n".join(order) + "\n")
        print(f"{len(order)} functions in {args.out}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
