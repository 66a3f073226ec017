"""Peak RSS per blocked goroutine for minigo (and gc, when `go` is installed).

    python benchmarks/million_blocked.py [n]

Builds million_blocked.go with each toolchain, runs it once, and divides the child's
peak RSS (ru_maxrss) by n.  A child exec'd from Python is charged at least Python's
own RSS (~15 MB), which is noise next to a million goroutines.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "million_blocked.go")


def peak_rss_kib(command):
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit(f"{command[0]} exited with status {status}")
    return usage.ru_maxrss


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    builds = {"minigo": [sys.executable, "-m", "minigo", "build", SOURCE, "-o"]}
    if shutil.which("go"):
        builds["gc"] = ["go", "build", "-o"]
    with tempfile.TemporaryDirectory() as work:
        for name, build in builds.items():
            binary = os.path.join(work, name)
            subprocess.run(build + [binary] + ([SOURCE] if name == "gc" else []), check=True)
            kib = peak_rss_kib([binary, str(n)])
            print(f"{name:7} {n} goroutines: peak RSS {kib / 1024:.0f} MiB, {kib / n:.2f} KiB each")


if __name__ == "__main__":
    main()
