#!/usr/bin/env python3
"""keel's first frame with and without a config.json, alternated:
   python3 Tests/Bench/config_startup.py --keel .build/release/keel [--trials 30]"""
import argparse, os, statistics, sys, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from bench import Pty, env_for  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--keel", required=True)
ap.add_argument("--trials", type=int, default=30)
a = ap.parse_args()
tmp = tempfile.mkdtemp()
empty, full = os.path.join(tmp, "empty"), os.path.join(tmp, "full")
os.makedirs(empty)
os.makedirs(os.path.join(full, "keel"))
with open(os.path.join(full, "keel", "config.json"), "w") as f:
    f.write('{\n  "theme": "light",\n  "animate_breath": false,\n  "editor": "nano",\n  "region": "GB"\n}\n')
times = {"without": [], "with": []}
for i in range(a.trials):
    for name, cfg in (("without", empty), ("with", full)):
        env = env_for(os.path.join(tmp, "data"))
        env["XDG_CONFIG_HOME"] = cfg
        p = Pty([a.keel], env)
        times[name].append(p.first_frame() - p.start)
        p.close()
for name, xs in times.items():
    xs.sort()
    print(f"{name:8} config: median {statistics.median(xs) * 1000:.2f} ms, fastest tenth {xs[len(xs) // 10] * 1000:.2f} ms ({len(xs)} runs)")
