"""Start-up time of grow commands: the median of N runs of the installed `grow` script.

    python benchmarks/startup.py [--runs 10] [--grow PATH]

Prints one line per command with the median, min and max wall time in milliseconds. Run it from
a clean virtual environment (`python -m venv v && v/bin/pip install . && v/bin/python
benchmarks/startup.py --grow v/bin/grow`) so that nothing else on the machine's site-packages
(such as .pth files) is measured.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

COMMANDS = (
    ("--version",),
    ("smart", "Send a weekly status email to stakeholders every Friday by 3 PM"),
    ("smart", "--json", "Send a weekly status email to stakeholders every Friday by 3 PM"),
    ("where",),
)


def measure(command: list[str], runs: int, env: dict[str, str]) -> list[float]:
    """Wall times in seconds of `runs` runs of `command`."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False
        )
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument(
        "--grow",
        default=shutil.which("grow", path=os.path.dirname(sys.executable)) or shutil.which("grow"),
    )
    args = parser.parse_args()
    if not args.grow:
        sys.exit("No grow script found; install grow first or pass --grow PATH.")
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "GROW_TODAY": "2026-11-22",
            "GROW_NOTES_DIR": folder,
            "GROW_CONFIG": os.path.join(folder, "config.toml"),
            "NO_COLOR": "1",
        }
        measure([args.grow, "--version"], 2, env)  # warm the file cache and .pyc files
        print(f"{'command':<40} {'median':>8} {'min':>8} {'max':>8}  (ms, {args.runs} runs)")
        for words in COMMANDS:
            times = [t * 1000 for t in measure([args.grow, *words], args.runs, env)]
            shown = " ".join(words)[:40]
            print(
                f"{shown:<40} {statistics.median(times):8.1f} {min(times):8.1f} {max(times):8.1f}"
            )


if __name__ == "__main__":
    main()
