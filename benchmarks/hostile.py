"""Every reading command on the hostile folder (tests/hostile_folder.py: every kind of damage at
once, a 5 MB note among them), cold and warm, as fresh processes of the installed grow.

    python benchmarks/hostile.py [--runs 5] [--grow PATH] [--folder DIR]

The folder is built the way the tests build it (people and conversations saved by `grow` from
answers files, the damage written by hand), in a temporary directory unless --folder names one
to keep. Then, for each command of tests/hostile_folder.py's READING_COMMANDS:

- cold: the index (<notes>/.grow/index.sqlite3) deleted before each run: every note read;
- warm: the same command again, nothing changed: notes come from the index.

The same commands are timed on a clean folder in the same run (the same good people and
conversations, no damage), so the cost of the damage reads as a ratio, which a busy machine
disturbs less than the figures themselves; a command that fails there (about a person only the
hostile folder has) gets no clean figure.

Each figure is the median (with min and max) wall time in ms of --runs runs, the process's whole
life (start-up, imports, output thrown away, exit). Before the warm runs the script waits until
every file is more than 2 s old, as the index trusts no file changed in the last 2 s. The
operating system's file cache is warm throughout. Prints a Markdown table, slowest cold first,
then the slowest command cold and warm.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from grow_cli import __version__

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import hostile_folder  # tests/hostile_folder.py: the standard library and grow only

TODAY = hostile_folder.TODAY


@dataclass
class Ran:
    """What a run of grow gave, shaped like the CliRunner results the generator expects."""

    exit_code: int
    output: str


def environment(root: Path) -> dict[str, str]:
    """A throwaway home and config, today fixed, no colour: never the real home folder."""
    env = {
        key: value
        for key, value in os.environ.items()
        # .pyc files are used as an installed grow uses them (benchmarks/README.md)
        if not key.startswith("GROW_")
        and key not in ("FORCE_COLOR", "PY_COLORS", "PYTHONDONTWRITEBYTECODE")
    }
    env.update(
        HOME=str(root / "home"),
        XDG_CONFIG_HOME=str(root / "home" / ".config"),
        GROW_CONFIG=str(root / "config.toml"),
        GROW_TODAY=TODAY,
        NO_COLOR="1",
        TERM="dumb",
        COLUMNS="100",
    )
    return env


def grow_runner(grow: str, env: dict[str, str]) -> hostile_folder.Grow:
    def run(*args: str, input: str | None = None) -> Ran:
        result = subprocess.run(
            [grow, *args],
            env=env,
            input=input,
            capture_output=True,
            text=True,
            stdin=None if input is not None else subprocess.DEVNULL,
        )
        return Ran(result.returncode, result.stdout + result.stderr)

    return run


def timed(command: list[str], env: dict[str, str], runs: int, index: Path | None) -> list[float]:
    """Wall times in ms of `runs` runs; the index deleted before each when given."""
    times = []
    for _ in range(runs):
        if index is not None:
            index.unlink(missing_ok=True)
        start = time.perf_counter()
        subprocess.run(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        times.append((time.perf_counter() - start) * 1000)
    return times


def figures(times: list[float]) -> str:
    return f"{statistics.median(times):.0f} | {min(times):.0f} | {max(times):.0f}"


def settle(notes_dir: Path) -> None:
    """Wait until every file is older than the index's 2 s window (benchmarks may wait)."""
    newest = max(path.lstat().st_mtime for path in notes_dir.rglob("*"))
    time.sleep(max(0.0, newest + 2.2 - time.time()))


def exit_code(command: list[str], env: dict[str, str]) -> int:
    return subprocess.run(
        command, env=env, stdin=subprocess.DEVNULL, capture_output=True
    ).returncode


@dataclass
class Row:
    """One command's timings: on the hostile folder, and on the clean one (None: it fails
    there, as a command about a person only the hostile folder has does)."""

    name: str
    cold: list[float]
    warm: list[float]
    clean_cold: list[float] | None
    clean_warm: list[float] | None


def measure(
    argv: list[str], notes_dir: Path, env: dict[str, str], runs: int
) -> tuple[list[float], list[float]]:
    """Cold and warm wall times of one command on one folder."""
    index = notes_dir / ".grow" / "index.sqlite3"
    timed(argv, env, 1, None)  # temps swept, the index made, before timing
    cold = timed(argv, env, runs, index)
    timed(argv, env, 1, None)  # the index as this command leaves it
    warm = timed(argv, env, runs, None)
    return cold, warm


def median(times: list[float] | None) -> str:
    return f"{statistics.median(times):.0f}" if times else "-"


def ratio(times: list[float], clean: list[float] | None) -> str:
    return f"{statistics.median(times) / statistics.median(clean):.1f}" if clean else "-"


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--folder", type=Path, help="build the hostile folder here and keep it")
    parser.add_argument(
        "--grow",
        default=shutil.which("grow", path=os.path.dirname(sys.executable)) or shutil.which("grow"),
    )
    args = parser.parse_args()
    if not args.grow:
        parser.error("no grow found: pass --grow PATH")
    with tempfile.TemporaryDirectory(prefix="grow-hostile-") as scratch:
        root = Path(scratch)
        notes_dir = args.folder or root / "notes"
        if notes_dir.exists():
            shutil.rmtree(notes_dir)
        env = environment(root)
        grow = grow_runner(args.grow, env)
        start = time.perf_counter()
        built = hostile_folder.build(notes_dir, grow)
        clean_dir = root / "clean-notes"
        clean_dir.mkdir(mode=0o700)
        hostile_folder.good_people_and_notes(clean_dir, grow)
        print(
            f"built the hostile folder ({len(built.damage)} damaged or odd files) and the clean "
            f"one in {time.perf_counter() - start:.1f} s",
            file=sys.stderr,
        )
        settle(notes_dir)
        settle(clean_dir)
        out_dir = root / "out"
        out_dir.mkdir()
        rows = []
        for command in hostile_folder.READING_COMMANDS:
            name = shlex.join(command).replace(hostile_folder.OUT, "OUT")
            rest = hostile_folder.with_out(command, out_dir)
            hostile_argv = [args.grow, "--notes", str(notes_dir), *rest]
            clean_argv = [args.grow, "--notes", str(clean_dir), *rest]
            cold, warm = measure(hostile_argv, notes_dir, env, args.runs)
            clean: tuple[list[float] | None, list[float] | None] = (None, None)
            if exit_code(clean_argv, env) == 0:
                clean = measure(clean_argv, clean_dir, env, args.runs)
            rows.append(Row(name, cold, warm, *clean))
            print(f"  {name}: {median(cold)} / {median(clean[0])} ms", file=sys.stderr)
    print(
        f"grow {__version__}, python {platform.python_version()} on {platform.system()}, "
        f"{os.cpu_count()} cores, {args.runs} runs each, wall ms as a fresh process: hostile "
        "median | min | max, then the clean folder's median and hostile / clean\n"
    )
    print("| command | cold | | | clean | x | warm | | | clean | x |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    rows.sort(key=lambda row: statistics.median(row.cold), reverse=True)
    for row in rows:
        print(
            f"| `grow {row.name}` | {figures(row.cold)} | {median(row.clean_cold)} | "
            f"{ratio(row.cold, row.clean_cold)} | {figures(row.warm)} | "
            f"{median(row.clean_warm)} | {ratio(row.warm, row.clean_warm)} |"
        )
    slowest_cold = max(rows, key=lambda row: statistics.median(row.cold))
    slowest_warm = max(rows, key=lambda row: statistics.median(row.warm))
    print(
        f"\nslowest cold: grow {slowest_cold.name} ({median(slowest_cold.cold)} ms; clean folder "
        f"{median(slowest_cold.clean_cold)} ms); slowest warm: grow {slowest_warm.name} "
        f"({median(slowest_warm.warm)} ms; clean folder {median(slowest_warm.clean_warm)} ms)"
    )


if __name__ == "__main__":
    main()
