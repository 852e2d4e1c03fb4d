"""How fast grow reads a big notes folder, with and without its index.

    python benchmarks/due.py [--runs 7] [--notes DIR] [--people 200] [--notes-count 10000]
                             [--grow PATH] [--skip-parsers]

Builds a folder of 10,000 notes from 200 people once (benchmarks/generate_notes.py, in a temp
folder unless --notes names one), then prints the median, min and max wall time of N runs of:

- the scan in this process (store.notes.scan), cold (no index in <notes>/.grow/) and warm;
- the same scan as a fresh `python -c` process, cold and warm (start-up and imports included);
- `grow due --json` as a process, cold and warm, and `grow --version` for the start-up alone;
- the stages of a scan, one by one (list, read, parse, validate, index);
- tomllib, tomli, rtoml and toml_rs on the same front matter, whichever of them are installed.

"Cold" is grow's index only: the operating system's file cache is warm in every run, as it is
when someone runs grow twice. Run it from a clean virtual environment, so that nothing else in
site-packages is measured (see benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from grow_cli.env import Environment
from grow_cli.store import frontmatter, notes, paths
from grow_cli.store.index import INDEX_FILENAME

sys.path.insert(0, str(Path(__file__).parent))
from generate_notes import generate

TODAY = "2026-11-22"
SCAN_ONLY = """
import sys
from pathlib import Path
from grow_cli.env import Environment
from grow_cli.store import notes, paths
locations = paths.resolve(Environment(environ={}, notes_override=Path(sys.argv[1])))
result = notes.scan(locations)
print(len(result.notes), len(result.warnings))
"""
# The same, but skipping the interpreter's last garbage collection over every note at exit: what
# grow's main() could do (gc.freeze() before exiting) to save that time too.
SCAN_THEN_FREEZE = SCAN_ONLY + "import gc\ngc.freeze()\n"


def median_row(label: str, times: list[float]) -> str:
    """One Markdown table row: label, median, min, max in milliseconds."""
    ms = [t * 1000 for t in times]
    return f"| {label} | {statistics.median(ms):.0f} | {min(ms):.0f} | {max(ms):.0f} |"


def header(title: str, runs: int) -> None:
    """The head of one Markdown table."""
    print(f"\n{title} ({runs} runs, ms)\n")
    print("| what | median | min | max |\n|---|---:|---:|---:|")


def timed(action: Callable[[], object], runs: int, before: Callable[[], None]) -> list[float]:
    """Wall times of `runs` calls of `action`, each after `before` (not timed)."""
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


@contextmanager
def collector_paused() -> Iterator[None]:
    """As scan() runs: without the cyclic garbage collector (see store/notes.py)."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        gc.enable()


def drop_cache(locations: paths.Locations) -> Callable[[], None]:
    """A `before` step that deletes grow's index, for cold runs."""

    def drop() -> None:
        (locations.cache_dir / INDEX_FILENAME).unlink(missing_ok=True)

    return drop


def keep_cache() -> None:
    """A `before` step for warm runs: nothing to do."""


def in_process(locations: paths.Locations, runs: int) -> None:
    """scan() in this process, cold and warm."""
    header("scan() in-process", runs)
    notes.scan(locations)  # imports, and the file cache, warmed once
    cold = timed(lambda: notes.scan(locations), runs, drop_cache(locations))
    print(median_row("cold (no index)", cold))
    notes.scan(locations)
    print(median_row("warm (index)", timed(lambda: notes.scan(locations), runs, keep_cache)))


def as_processes(locations: paths.Locations, runs: int, grow: str | None) -> None:
    """A fresh process per run: the scan alone, then `grow due --json` if there is one."""
    env = {
        **os.environ,
        "GROW_TODAY": TODAY,
        "GROW_NOTES_DIR": str(locations.notes_dir),
        "GROW_CONFIG": str(locations.notes_dir.parent / "no-config.toml"),
        "NO_COLOR": "1",
    }
    scan = [sys.executable, "-c", SCAN_ONLY, str(locations.notes_dir)]
    frozen = [sys.executable, "-c", SCAN_THEN_FREEZE, str(locations.notes_dir)]
    commands = [("python -c scan()", scan), ("python -c scan(), gc.freeze() at exit", frozen)]
    if grow and has_due(grow, env):
        commands.append(("grow due --json", [grow, "due", "--json"]))
    else:  # an older grow: the scan rows still say what reading the notes costs
        print("\n(no `grow due` in the installed grow: timing the scan alone)")
    header("as a subprocess", runs)
    for label, command in commands:
        run(command, env)  # warm the .pyc files and the file cache
        cold = timed(lambda c=command: run(c, env), runs, drop_cache(locations))
        print(median_row(f"{label}, cold", cold))
        run(command, env)
        print(median_row(f"{label}, warm", timed(lambda c=command: run(c, env), runs, keep_cache)))
    if grow:
        version = timed(lambda: run([grow, "--version"], env), runs, keep_cache)
        print(median_row("grow --version (start-up only)", version))


def run(command: list[str], env: dict[str, str]) -> None:
    """Run a command to the end; fail loudly if it fails, so no error is timed as a result."""
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)


def has_due(grow: str, env: dict[str, str]) -> bool:
    """Whether this grow has a `due` command."""
    probe = subprocess.run([grow, "due", "--help"], env=env, capture_output=True, check=False)
    return probe.returncode == 0


def stages(locations: paths.Locations, runs: int) -> list[str]:
    """Each stage of a cold and a warm scan alone; returns the front matter texts."""
    from grow_cli.domain.models import Note
    from grow_cli.store.index import NoteIndex

    header("stages of a scan, in-process", runs)
    files = notes.list_files(locations).notes
    texts = [frontmatter.read_toml(found.file) for found in files]
    data = [frontmatter.loads(text) for text in texts]
    models = [Note.model_validate(d) for d in data]
    notes.scan(locations)
    cache_dir = locations.cache_dir
    rows = NoteIndex.open(cache_dir)._stored()
    stored = [row.note or "" for row in rows.values()]
    steps: list[tuple[str, Callable[[], object]]] = [
        ("list and lstat the files", lambda: notes.list_files(locations)),
        (
            "  and the digest of every path, size and time",
            lambda: notes.list_files(locations).digest(),
        ),
        ("read the front matter (bytes up to the closing +++)", lambda: read_all(files)),
        ("parse the TOML (rtoml)", lambda: [frontmatter.loads(text) for text in texts]),
        ("validate (Note.model_validate)", lambda: [Note.model_validate(d) for d in data]),
        ("serialize for the index (model_dump_json)", lambda: [dump(m) for m in models]),
        ("load the index rows (sqlite3)", lambda: NoteIndex.open(cache_dir)._stored()),
        (
            "validate the rows (model_validate_json)",
            lambda: [Note.model_validate_json(s) for s in stored],
        ),
    ]
    for label, step in steps:
        with collector_paused():
            print(median_row(label, timed(step, runs, keep_cache)))
    return texts


def dump(note: Any) -> None:
    """Serialize a note, as NoteIndex.remember does."""
    note.model_dump_json(by_alias=True, exclude_unset=True)


def read_all(files: list[Any]) -> None:
    """Read every file's front matter."""
    for found in files:
        frontmatter.read_toml(found.file)


def parsers(texts: list[str], runs: int) -> None:
    """tomllib against the fast parsers that are installed, on the same front matter."""
    header(f"TOML parsers on the same {len(texts)} front matters", runs)
    expected = [frontmatter.loads(text) for text in texts[:200]]
    for name in ("tomllib", "tomli", "rtoml", "toml_rs"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            print(f"| {name} | not installed | | |")
            continue
        loads = module.loads
        assert [loads(text) for text in texts[:200]] == expected, f"{name} reads notes differently"
        with collector_paused():
            print(median_row(name, timed(lambda f=loads: [f(t) for t in texts], runs, keep_cache)))


def machine() -> None:
    """What the figures were measured on."""
    print(f"python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} cores")


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--notes", type=Path, help="an existing notes folder to read instead (its cache is deleted)"
    )
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--notes-count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--grow",
        default=shutil.which("grow", path=os.path.dirname(sys.executable)) or shutil.which("grow"),
    )
    parser.add_argument("--skip-parsers", action="store_true")
    args = parser.parse_args()
    machine()
    with tempfile.TemporaryDirectory(prefix="grow-bench-") as temp:
        folder = args.notes or Path(temp) / "notes"
        locations = paths.resolve(Environment(environ={}, notes_override=folder))
        if args.notes is None:
            start = time.perf_counter()
            today = dt.date.fromisoformat(TODAY)
            generate(locations, args.people, args.notes_count, args.seed, today)
            print(f"generated {args.notes_count} notes in {time.perf_counter() - start:.1f} s")
            # Files changed in the last 2 s are not indexed yet (store/index.py: RACY_WINDOW_NS).
            time.sleep(2.5)
        in_process(locations, args.runs)
        as_processes(locations, args.runs, args.grow)
        texts = stages(locations, args.runs)
        if not args.skip_parsers:
            parsers(texts, args.runs)


if __name__ == "__main__":
    main()
