"""How `grow due --json` grows with the folder: 1,000 to 100,000 notes, cold, warm, one edit.

    python benchmarks/sizes.py [--sizes 1000,3000,10000,30000,100000] [--runs 5]
                               [--folders DIR] [--grow PATH]

For each size, a folder of that many notes from size/50 people (benchmarks/generate_notes.py,
seed 7; kept in --folders as notes-<size> and reused, so only the first run pays for it), then
the median, min and max wall time of `grow due --json` as a fresh process:

- cold: the index (<notes>/.grow/index.sqlite3) deleted before each run: every note read;
- warm: nothing changed since the last run: the due view is one row of the index;
- one edit: one note's body changed before each run: that note is read again, every other
  note comes from the index, and the view is computed again.

The operating system's file cache is warm in every run (as when someone runs grow twice). Prints a
Markdown table for benchmarks/README.md. Run it from a clean virtual environment.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from grow_cli import __version__
from grow_cli.env import Environment
from grow_cli.store import notes, paths
from grow_cli.store.index import INDEX_FILENAME

sys.path.insert(0, str(Path(__file__).parent))
from generate_notes import generate

TODAY = "2026-11-22"
NOTES_PER_PERSON = 50


def folder_of(root: Path, size: int) -> paths.Locations:
    """The folder of `size` notes under root, generated when missing."""
    folder = root / f"notes-{size}"
    locations = paths.resolve(Environment(environ={}, notes_override=folder))
    if not (folder / "people").is_dir():
        start = time.perf_counter()
        people = max(size // NOTES_PER_PERSON, 1)
        generate(locations, people, size, 7, dt.date.fromisoformat(TODAY))
        print(f"generated {size} notes in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        time.sleep(2.5)  # files changed in the last 2 s are not indexed yet
    return locations


def timed(command: list[str], env: dict[str, str], runs: int, before: Callable[[], None]) -> str:
    """'median | min | max' in ms of `runs` runs of the command, each after `before`."""
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return f"{statistics.median(times):.0f} | {min(times):.0f} | {max(times):.0f}"


def editor(target: Path, original: str) -> Callable[[], None]:
    """A `before` step that changes one note's body (its front matter stays valid)."""
    count = 0

    def edit() -> None:
        nonlocal count
        count += 1
        target.write_text(original + "x" * count + "\n", encoding="utf-8")
        past = time.time() - 60  # old enough to be trusted to the index (ctime moves anyway)
        os.utime(target, (past, past))

    return edit


def measure(locations: paths.Locations, grow: str, runs: int) -> str:
    """One table row for this folder."""
    env = {
        **os.environ,
        "GROW_TODAY": TODAY,
        "GROW_NOTES_DIR": str(locations.notes_dir),
        "GROW_CONFIG": str(locations.notes_dir.parent / "no-config.toml"),
        "NO_COLOR": "1",
    }
    command = [grow, "due", "--json"]
    index = locations.cache_dir / INDEX_FILENAME

    def drop_index() -> None:
        index.unlink(missing_ok=True)

    def nothing() -> None:
        pass

    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)  # warm .pyc files
    cold = timed(command, env, runs, drop_index)
    time.sleep(2.1)  # let the index trust every file (ctime) before the warm runs
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    warm = timed(command, env, runs, nothing)
    target = notes.list_files(locations).notes[0].path
    original = target.read_text(encoding="utf-8")
    try:
        edited = timed(command, env, runs, editor(target, original))
    finally:
        target.write_text(original, encoding="utf-8")
    listing = notes.list_files(locations)
    files = len(listing.notes)
    people = len(listing.profiles)
    return f"| {files:,} | {people:,} | {cold} | {warm} | {edited} |"


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,3000,10000,30000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--folders", type=Path, default=Path("/tmp/grow-bench-sizes"))
    parser.add_argument(
        "--grow",
        default=shutil.which("grow", path=os.path.dirname(sys.executable)) or shutil.which("grow"),
    )
    args = parser.parse_args()
    if not args.grow:
        parser.error("no grow found: pass --grow PATH")
    print(
        f"grow {__version__}, python {platform.python_version()} on {platform.system()}, "
        f"{os.cpu_count()} cores, {args.runs} runs each, ms (median | min | max)\n"
    )
    print("| notes | people | cold | | | warm | | | one edit | | |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        print(measure(folder_of(args.folders, size), args.grow, args.runs), flush=True)


if __name__ == "__main__":
    main()
