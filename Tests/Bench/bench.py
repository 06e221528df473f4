#!/usr/bin/env python3
"""make bench: keel's speed and memory, side by side with a minimal C ncurses
program (the floor), in one run on one machine. Every figure is a median over
repeated trials, alternating keel and the floor so background load hits both.

Measured in a pseudo-terminal of 80x24:
  first frame      spawn -> the last byte of the first full frame has arrived
  keypress->redraw key written -> the redraw's last byte (the burst ends when
                   the terminal is quiet for 40 ms; that quiet time is not counted)
  bytes per move   bytes the terminal receives for one menu move
  peak memory      VmHWM of the process after the moves
  page faults      minor faults of the process when its first frame is in
                   (/proc/PID/stat): code and data the start touched
  idle CPU         CPU time used over 2 s of an idle menu
  animating CPU    CPU time over 6 s of the moving breathing pacer
  pacer drift      phase changes against their schedule over a long session
  save             saving one record into ten years of history (keel-bench)
  crisis check     the crisis check over one long paragraph, median of many
                   runs (keel-bench crisis)
  1 MB word        a journal entry whose answer is one 1 MB word (a pasted
                   base64 blob, or "é日" repeated): Enter on the journal to
                   its drawn page, and j to scroll it a line (keypress to the
                   redraw's last byte)
  import           importing an export of 600,000 records, again, and exporting (keel-bench)
  30 years         the first frame and `keel today` (spawn to exit) with 30
                   years of sample history, against the same with 1 year
  redraw in instructions  the same menu moves counted by callgrind (when
                   valgrind is installed): instructions per move, from a zero
                   after two warm moves to a dump after the moves; repeatable
                   where times on a shared machine are not
  empty Swift      (reference) spawn -> the first word of a Swift program that
                   does nothing else, built like keel: what the runtime's own
                   start-up costs before keel does any work
"""
import argparse
import fcntl
import json
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time

QUIET = 0.04


class Pty:
    def __init__(self, argv, env, cols=80, rows=24):
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.start = time.perf_counter()
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env,
                                     start_new_session=True, close_fds=True)
        os.close(slave)
        self.buffer = b""

    def read_until(self, marker, timeout=10.0):
        """Reads until `marker` has arrived; returns the time it arrived."""
        end = time.perf_counter() + timeout
        while marker not in self.buffer:
            left = end - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"never saw {marker!r}; got {self.buffer[-300:]!r}")
            r, _, _ = select.select([self.master], [], [], left)
            if r:
                self.buffer += os.read(self.master, 65536)
        return time.perf_counter()

    def first_frame(self, timeout=10.0):
        """Reads the first frame; returns when its last byte arrived (the frame
        is over when the terminal has been quiet for 40 ms)."""
        r, _, _ = select.select([self.master], [], [], timeout)
        if not r:
            raise TimeoutError("no output at all")
        last = None
        while True:
            r, _, _ = select.select([self.master], [], [], QUIET if last else timeout)
            if not r:
                return last
            self.buffer += os.read(self.master, 65536)
            last = time.perf_counter()

    def burst(self, key):
        """Writes a key and reads the answer; returns (seconds to last byte, bytes)."""
        self.drain()
        t0 = time.perf_counter()
        os.write(self.master, key)
        received, last = 0, None
        while True:
            r, _, _ = select.select([self.master], [], [], QUIET if last else 2.0)
            if not r:
                break
            chunk = os.read(self.master, 65536)
            received += len(chunk)
            last = time.perf_counter()
        return ((last - t0) if last else float("nan")), received

    def keep_reading(self, marker):
        """Reads in the background, as a terminal would, until `marker` has
        come (a terminal that stops reading would stall the program's writes
        and so its timing); then `done` is set."""
        self.done = threading.Event()

        def pump():
            try:
                self.read_until(marker, timeout=24 * 3600)
            except (OSError, TimeoutError):
                pass
            self.done.set()

        threading.Thread(target=pump, daemon=True).start()

    def drain(self):
        while select.select([self.master], [], [], 0.02)[0]:
            os.read(self.master, 65536)

    def peak_memory_kb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0

    def minor_faults(self):
        with open(f"/proc/{self.proc.pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[7])

    def cpu_seconds(self):
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self):
        try:
            os.write(self.master, b"\x03")  # Ctrl-C: both programs run raw, both leave
            self.proc.wait(timeout=3)
        except Exception:
            self.proc.kill()
            self.proc.wait()
        os.close(self.master)


def env_for(data_dir):
    env = dict(os.environ)
    env.update({"TERM": "xterm-256color", "LANG": "C.UTF-8", "KEEL_DATA_DIR": data_dir})
    env.pop("NO_COLOR", None)
    return env


def med(xs):
    return statistics.median(xs)


def measure_menu(start_argv, menu_argv, env, trials, moves):
    """First frames of `start_argv`; moves, bytes and memory on `menu_argv`."""
    first, redraw, nbytes, memory, faults = [], [], [], [], []
    for _ in range(trials):
        p = Pty(start_argv, env)
        first.append(p.first_frame() - p.start)
        faults.append(p.minor_faults())
        p.close()
        p = Pty(menu_argv, env)
        p.first_frame()
        for i in range(moves):
            dt, n = p.burst(b"j" if i % 2 == 0 else b"k")
            redraw.append(dt)
            nbytes.append(n)
        memory.append(p.peak_memory_kb())
        p.close()
    return {"first": first, "redraw": redraw, "bytes": nbytes, "memory": memory, "faults": faults}


def callgrind_per_move(binary, args, env, work, moves=20):
    """Instructions per menu move under callgrind, or None when valgrind is
    missing or the run fails: counters zeroed after the first frame and two
    warm moves, dumped after `moves` more. valgrind can't read the debug
    information of a Swift release binary, so a copy without it is run."""
    valgrind, control, strip = (shutil.which(t) for t in ("valgrind", "callgrind_control", "strip"))
    if not (valgrind and control and strip):
        return None
    copy = os.path.join(work, os.path.basename(binary) + "-nodebug")
    out = os.path.join(work, os.path.basename(binary) + ".callgrind")
    p = None
    try:
        subprocess.run([strip, "--strip-debug", "-o", copy, binary], check=True)
        p = Pty([valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", copy] + args, env)
        p.first_frame(timeout=120)
        # Slowed down this much, a start can pause longer than the quiet that
        # ends a frame: the first frame is over when nothing came for 2 s.
        while select.select([p.master], [], [], 2.0)[0]:
            p.buffer += os.read(p.master, 65536)
        for key in (b"j", b"k"):
            p.burst(key)
        subprocess.run([control, "-z", str(p.proc.pid)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=60)
        for i in range(moves):
            p.burst(b"j" if i % 2 == 0 else b"k")
        time.sleep(0.5)  # the last move's work is done before the count is taken
        subprocess.run([control, "-d", str(p.proc.pid)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=60)
        with open(out + ".1") as f:
            for line in f:
                if line.startswith("summary:"):
                    return int(line.split()[1]) / moves
    except (OSError, subprocess.SubprocessError, TimeoutError, ValueError):
        return None
    finally:
        if p:
            p.close()
    return None


def measure_history(keel, work, trials):
    """The first frame and `keel today` on one year and on thirty years of
    sample history, alternating, so a long history is seen to cost nothing."""
    dirs = {}
    for years in (1, 30):
        dirs[years] = os.path.join(work, f"history-{years}")
        subprocess.run([keel, "sample", "--into", dirs[years], "--years", str(years)], check=True,
                       stdout=subprocess.DEVNULL)
    first = {1: [], 30: []}
    today = {1: [], 30: []}
    for _ in range(trials):
        for years, data in dirs.items():
            env = env_for(data)
            p = Pty([keel], env)
            first[years].append(p.first_frame() - p.start)
            p.close()
            t0 = time.perf_counter()
            subprocess.run([keel, "today"], env=env, check=True, stdout=subprocess.DEVNULL)
            today[years].append(time.perf_counter() - t0)
    return {k: {y: med(v[y]) * 1000 for y in v} for k, v in (("first", first), ("today", today))}


def measure_field(keel, store_bench, work, trials, unit=None, moves=6):
    """Opens and scrolls an entry holding one 1 MB word: a base64 blob, or
    `unit` repeated."""
    data = os.path.join(work, "field-" + (unit or "base64"))
    subprocess.run([store_bench, "field", data, str(1 << 20)] + ([unit] if unit else []), check=True)
    env = env_for(data)
    opens, scrolls = [], []
    for _ in range(trials):
        p = Pty([keel, "journal"], env)
        p.first_frame()
        dt, _ = p.burst(b"\r")
        opens.append(dt)
        for _ in range(moves):
            dt, _ = p.burst(b"j")
            scrolls.append(dt)
        p.close()
    return {"open_ms": med(opens) * 1000, "scroll_ms": med(scrolls) * 1000}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keel", required=True)
    ap.add_argument("--floor", required=True)
    ap.add_argument("--store-bench", required=True)
    ap.add_argument("--empty-swift", help="a Swift program that only prints a word: the runtime's own start-up")
    ap.add_argument("--trials", type=int, default=15)
    ap.add_argument("--moves", type=int, default=20)
    ap.add_argument("--drift-minutes", type=float, default=5.0,
                    help="length of the pacer timing run (0 skips it)")
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="keel-bench-")
    try:
        data = os.path.join(work, "data")
        subprocess.run([args.keel, "sample", "--into", data, "--years", "10"], check=True,
                       stdout=subprocess.DEVNULL)
        env = env_for(data)

        # The long pacer run goes on in the background; it sleeps between phases.
        drift_log = os.path.join(work, "phases.log")
        drift = None
        if args.drift_minutes > 0:
            denv = dict(env)
            denv["KEEL_PHASE_LOG"] = drift_log
            drift = Pty([args.keel, "breathe", "--pattern", "box", "--minutes", str(args.drift_minutes),
                         "--no-rating", "--data-dir", os.path.join(work, "drift")], denv)
            drift.keep_reading(b"Well breathed.")

        # First frames: keel's home screen (plain `keel`, the data folder from
        # KEEL_DATA_DIR) against the floor's menu. Moves: keel's breathing
        # picker, a menu of five patterns, against the floor's six items.
        keel_home = [args.keel]
        keel_argv = [args.keel, "breathe"]
        floor_argv = [args.floor]
        rounds = {"keel": [], "floor": []}
        empty_starts = []
        for _ in range(3):  # alternate, so load on the machine falls on both
            rounds["floor"].append(measure_menu(floor_argv, floor_argv, env, args.trials // 3, args.moves))
            rounds["keel"].append(measure_menu(keel_home, keel_argv, env, args.trials // 3, args.moves))
            if args.empty_swift:
                for _ in range(args.trials // 3):
                    p = Pty([args.empty_swift], env)
                    empty_starts.append(p.first_frame() - p.start)
                    p.close()
        merged = {}
        for who, parts in rounds.items():
            merged[who] = {k: [x for part in parts for x in part[k]] for k in parts[0]}

        # Idle and animating CPU.
        p = Pty(keel_argv, env)
        p.first_frame()
        time.sleep(0.3)
        c0 = p.cpu_seconds()
        time.sleep(2.0)
        idle_cpu = (p.cpu_seconds() - c0) / 2.0
        p.close()
        p = Pty([args.keel, "breathe", "--pattern", "box", "--minutes", "1", "--no-rating",
                 "--data-dir", os.path.join(work, "anim")], env)
        p.read_until(b"Breathe in")
        time.sleep(0.5)
        c0, t0 = p.cpu_seconds(), time.perf_counter()
        time.sleep(6.0)
        anim_cpu = (p.cpu_seconds() - c0) / (time.perf_counter() - t0)
        p.close()

        save = json.loads(subprocess.run([args.store_bench, "save", data, "40"], check=True,
                                         capture_output=True, text=True).stdout)
        # An export of 600,000 records into an empty folder, again, then exported.
        imported = json.loads(subprocess.run([args.store_bench, "import", os.path.join(work, "import-data"), "600000"],
                                             check=True, capture_output=True, text=True).stdout)

        crisis = json.loads(subprocess.run([args.store_bench, "crisis", "2000"], check=True,
                                           capture_output=True, text=True).stdout)
        instructions = {"keel": callgrind_per_move(args.keel, ["breathe"], env, work),
                        "floor": callgrind_per_move(args.floor, [], env, work)}
        history = measure_history(args.keel, work, args.trials)
        field = measure_field(args.keel, args.store_bench, work, max(3, args.trials // 3))
        field_wide = measure_field(args.keel, args.store_bench, work, max(3, args.trials // 3), unit="é日")

        drift_result = None
        if drift:
            total = args.drift_minutes * 60
            if not drift.done.wait(timeout=total + 30):
                raise TimeoutError("the long breathing session never ended")
            drift.close()
            errors = []
            with open(drift_log) as f:
                for line in f:
                    parts = dict(kv.split("=") for kv in line.split()[3:])
                    errors.append(abs(float(parts["actual"]) - float(parts["scheduled"])) * 1000)
            drift_result = {"phases": len(errors), "median_ms": med(errors), "max_ms": max(errors)}

        k, f = merged["keel"], merged["floor"]
        first_k, first_f = med(k["first"]) * 1000, med(f["first"]) * 1000
        redraw_k, redraw_f = med(k["redraw"]) * 1000, med(f["redraw"]) * 1000
        bytes_k, bytes_f = med(k["bytes"]), med(f["bytes"])
        faults_k, faults_f = med(k["faults"]), med(f["faults"])
        mem_k = max(k["memory"]) / 1024
        mem_f = max(f["memory"]) / 1024
        rows = [
            ("first full frame", f"{first_k:.2f} ms", f"{first_f:.2f} ms", f"{first_k / first_f:.2f}x", "within 1.5x"),
            ("page faults to the first frame", f"{faults_k:.0f}", f"{faults_f:.0f}", f"{faults_k / faults_f:.2f}x", ""),
            ("keypress to redraw", f"{redraw_k:.3f} ms", f"{redraw_f:.3f} ms", f"{redraw_k / redraw_f:.2f}x", "within 1.2x"),
            ("bytes per menu move", f"{bytes_k:.0f}", f"{bytes_f:.0f}", f"{bytes_k / bytes_f:.2f}x", "within 2x"),
            ("peak memory", f"{mem_k:.1f} MB", f"{mem_f:.1f} MB", "", "under 15 MB"),
            ("first frame, 30 years of history against 1", f"{history['first'][30]:.2f} ms against "
             f"{history['first'][1]:.2f} ms", "", f"{history['first'][30] / history['first'][1]:.2f}x", "within 1.1x"),
            ("keel today, 30 years of history against 1", f"{history['today'][30]:.2f} ms against "
             f"{history['today'][1]:.2f} ms", "", f"{history['today'][30] / history['today'][1]:.2f}x", "within 1.1x"),
            ("idle CPU", f"{idle_cpu * 100:.2f}% of a core", "", "", "none"),
            ("animating CPU", f"{anim_cpu * 100:.2f}% of a core", "", "", "under 3%"),
            ("save one record", f"{save['saveMedianMs']:.2f} ms (p90 {save['saveP90Ms']:.2f})", "", "",
             "under 5 ms"),
            ("files touched per save", str(save["filesTouchedPerSaveMax"]), "", "", "1"),
            (f"crisis check, a {crisis['words']}-word paragraph",
             f"{crisis['crisisMedianUs']:.1f} µs (p90 {crisis['crisisP90Us']:.1f}; first check, rules and model read: "
             f"{crisis['crisisFirstCheckMs']:.1f} ms)", "", "", "under 1 ms"),
            ("screen with a 1 MB word (base64)", f"open {field['open_ms']:.1f} ms, scroll {field['scroll_ms']:.1f} ms",
             "", "", "under 50 ms"),
            ("screen with a 1 MB word (é日 repeated)",
             f"open {field_wide['open_ms']:.1f} ms, scroll {field_wide['scroll_ms']:.1f} ms", "", "", "under 50 ms"),
            ("import 600,000 records", f"{imported['importSeconds']:.1f} s ({imported['importMB']} MB; again "
             f"{imported['reimportSeconds']:.1f} s, export {imported['exportSeconds']:.1f} s)", "", "", "under 30 s"),
        ]
        if instructions["keel"] and instructions["floor"]:
            ik, fl = instructions["keel"], instructions["floor"]
            rows.insert(2, ("keypress to redraw, instructions (callgrind)", f"{ik / 1000:.0f} k", f"{fl / 1000:.0f} k",
                            f"{ik / fl:.2f}x", "within 1.2x"))
        if empty_starts:
            first_e = med(empty_starts) * 1000
            rows.insert(1, ("empty Swift program, first word", f"{first_e:.2f} ms", f"{first_f:.2f} ms",
                            f"{first_e / first_f:.2f}x", "(reference)"))
        if drift_result:
            rows.append(("pacer phases vs schedule",
                         f"median {drift_result['median_ms']:.2f} ms, max {drift_result['max_ms']:.2f} ms "
                         f"over {drift_result['phases']} phases", "", "", "within 50 ms"))
        print(f"keel bench: 10 years of sample history, {len(k['first'])} starts and "
              f"{len(k['redraw'])} moves each, medians")
        print()
        print("| measure | keel | floor | ratio | goal |")
        print("|---|---|---|---|---|")
        for r in rows:
            print("| " + " | ".join(r) + " |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
