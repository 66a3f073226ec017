"""The issue-10 strconv/scanning figures: minigo against gc, side by side.

    python benchmarks/strconv_bench.py [--runs N] [--only NAME,...]

Builds strconv_fixed.go, strconv_shortest.go, strconv_parse.go, strconv_ints.go and
scan_fields.go with gc (`go build`, so Go's own strconv/bufio/strings) and with minigo
(ours, under stdlib/), checks both print the same, and runs them alternately N times
(default 5), printing the median wall-clock and user CPU seconds and minigo/gc ratios.
scan_fields reads a 100 MB file it first generates in /tmp. Run from the worktree root so that
`python -m minigo` is this tree's. The machine is shared: compare the user-time
ratio when the load is high.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = ["strconv_fixed", "strconv_shortest", "strconv_parse", "strconv_ints", "scan_fields"]
SCAN_INPUT = "/tmp/scan_fields_100mb.txt"


def build(work):
    """Both toolchains' binaries: {(name, toolchain): path}."""
    binaries = {}
    for name in PROGRAMS:
        source = os.path.join(HERE, name + ".go")
        for toolchain, command in (("gc", ["go", "build", "-o"]),
                                   ("minigo", [sys.executable, "-m", "minigo", "build", source, "-o"])):
            out = os.path.join(work, f"{name}.{toolchain}")
            full = command + [out] + ([source] if toolchain == "gc" else [])
            subprocess.run(full, check=True)
            binaries[name, toolchain] = out
    return binaries


def run_once(command):
    """(stdout, wall seconds, user seconds) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{command[0]} exited with status {status}")
    return output, wall, usage.ru_utime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default=",".join(PROGRAMS))
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n]
    with tempfile.TemporaryDirectory() as work:
        binaries = build(work)
        if "scan_fields" in names and not os.path.exists(SCAN_INPUT):
            subprocess.run([binaries["scan_fields", "gc"], "gen", SCAN_INPUT], check=True)
        print(f"{'program':18} {'gc wall':>8} {'minigo':>8} {'ratio':>6}   {'gc user':>8} {'minigo':>8} {'ratio':>6}")
        for name in names:
            extra = [SCAN_INPUT] if name == "scan_fields" else []
            samples = {"gc": [], "minigo": []}
            outputs = {}
            for _ in range(args.runs):
                for toolchain in ("gc", "minigo"):
                    out, wall, user = run_once([binaries[name, toolchain]] + extra)
                    outputs[toolchain] = out
                    samples[toolchain].append((wall, user))
            if outputs["gc"] != outputs["minigo"]:
                print(f"{name:18} WRONG: minigo printed {outputs['minigo']!r}, gc {outputs['gc']!r}")
                continue
            wall = {t: statistics.median(w for w, _ in s) for t, s in samples.items()}
            user = {t: statistics.median(u for _, u in s) for t, s in samples.items()}
            print(f"{name:18} {wall['gc']:8.3f} {wall['minigo']:8.3f} {wall['minigo'] / wall['gc']:5.2f}x"
                  f"   {user['gc']:8.3f} {user['minigo']:8.3f} {user['minigo'] / user['gc']:5.2f}x")


if __name__ == "__main__":
    main()
