"""Start-up time of grow commands against `jrnl --version`, measured interleaved.

    python benchmarks/startup.py --venv /tmp/startup-venv [--rounds 30] [--warmup 2] [--reinstall]
    python benchmarks/startup.py --grow PATH [--jrnl PATH]

With --venv, the virtual environment is made if it does not exist (`python -m venv`, then
`pip install <this repository> jrnl`); --reinstall puts the working tree's grow in again
(`pip install --force-reinstall --no-deps`). Its site-packages are then byte-compiled
(`python -m compileall`), and every child runs without PYTHONDONTWRITEBYTECODE, so both tools
start from .pyc files.

Each round runs every command once as a fresh process, in turn (the first command moves by one
each round), so drifts of a noisy machine touch every command alike; the first --warmup rounds
are not counted. Every child gets a throwaway HOME, XDG folders, notes folder and config, so jrnl
finds no configuration (`jrnl --version` needs none) and grow reads nothing of the user's.
Prints the median, min and max wall time of each command in milliseconds and, for each grow
command, the ratio of its median to jrnl's. A benchmark, not a test: it never fails on a figure.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
GOAL = "Send a weekly status email to the team every Friday by 3 PM"
JRNL = "jrnl --version"
# (label, tool, arguments, exit statuses that mean it ran as intended)
COMMANDS: tuple[tuple[str, str, tuple[str, ...], frozenset[int]], ...] = (
    ("grow --version", "grow", ("--version",), frozenset({0})),
    ('grow smart "..."', "grow", ("smart", GOAL), frozenset({0, 1})),
    ('grow smart --json "..."', "grow", ("smart", "--json", GOAL), frozenset({0, 1})),
    ("grow where", "grow", ("where",), frozenset({0})),
    (JRNL, "jrnl", ("--version",), frozenset({0})),
)


def child_environment(home: Path) -> dict[str, str]:
    """The environment of every measured process: nothing of the user's, .pyc files allowed."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("PYTHON", "XDG_", "GROW_", "JRNL")) and name != "VIRTUAL_ENV"
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_DOCUMENTS_DIR=str(home / "Documents"),
        GROW_TODAY="2026-11-22",
        GROW_NOTES_DIR=str(home / "notes"),
        GROW_CONFIG=str(home / ".config" / "grow" / "config.toml"),
        NO_COLOR="1",
        TERM="dumb",
    )
    return env


def prepare_venv(venv: Path, reinstall: bool) -> Path:
    """Make (or reuse) the benchmark's venv with grow and jrnl; returns its bin folder."""
    python = venv / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([*pip, str(REPOSITORY), "jrnl"], check=True)
    elif reinstall:
        subprocess.run([*pip, "--force-reinstall", "--no-deps", str(REPOSITORY)], check=True)
    site_packages = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    subprocess.run([str(python), "-m", "compileall", "-q", site_packages], check=True)
    return venv / "bin"


def first_line(command: Sequence[str], env: dict[str, str], allowed: frozenset[int]) -> str:
    """Run `command` once, check that it did what it should (no prompt, no error), say how."""
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, check=False
    )
    if result.returncode not in allowed or not result.stdout.strip():
        sys.exit(f"{' '.join(command)} exited {result.returncode}:\n{result.stdout}{result.stderr}")
    return result.stdout.strip().splitlines()[0]


def run_once(command: Sequence[str], env: dict[str, str]) -> float:
    """Wall time in milliseconds of one fresh process running `command`."""
    start = time.perf_counter()
    subprocess.run(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        check=False,
    )
    return (time.perf_counter() - start) * 1000


def interleaved(
    commands: Sequence[Sequence[str]], rounds: int, warmup: int, env: dict[str, str]
) -> list[list[float]]:
    """Times of each command over `rounds` rounds, each round running every command once."""
    times: list[list[float]] = [[] for _ in commands]
    for number in range(warmup + rounds):
        shift = number % len(commands)
        for index in [*range(shift, len(commands)), *range(shift)]:
            elapsed = run_once(commands[index], env)
            if number >= warmup:
                times[index].append(elapsed)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--venv", type=Path, help="venv to make or reuse, with grow and jrnl")
    parser.add_argument("--reinstall", action="store_true", help="reinstall grow into --venv")
    parser.add_argument("--grow", help="the grow script (default: next to this Python or PATH)")
    parser.add_argument("--jrnl", help="the jrnl script (default: next to this Python or PATH)")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=2, help="rounds run first and not counted")
    args = parser.parse_args()

    bin_folder = prepare_venv(args.venv, args.reinstall) if args.venv else None
    search = str(bin_folder) if bin_folder else os.path.dirname(sys.executable)
    tools = {
        name: given or shutil.which(name, path=search) or shutil.which(name)
        for name, given in (("grow", args.grow), ("jrnl", args.jrnl))
    }
    if not tools["grow"]:
        sys.exit("No grow script found: pass --venv DIR or --grow PATH.")
    chosen = [entry for entry in COMMANDS if tools[entry[1]]]

    with tempfile.TemporaryDirectory(prefix="grow-startup-") as folder:
        env = child_environment(Path(folder))
        commands = [[str(tools[tool]), *arguments] for _, tool, arguments, _ in chosen]
        versions = {
            tool: first_line([str(path), "--version"], env, frozenset({0}))
            for tool, path in tools.items()
            if path
        }
        for command, (_, _, _, allowed) in zip(commands, chosen, strict=True):
            first_line(command, env, allowed)
        times = interleaved(commands, args.rounds, args.warmup, env)

    print(
        f"nproc {os.cpu_count()}, Python {platform.python_version()}, "
        + ", ".join(versions.values())
    )
    print(f"{args.rounds} rounds after {args.warmup} warm-up rounds, interleaved; wall time in ms")
    medians = {label: statistics.median(t) for (label, *_), t in zip(chosen, times, strict=True)}
    jrnl = medians.get(JRNL, 0.0)
    print(f"\n| {'command':<26} | {'median':>6} | {'min':>6} | {'max':>6} | {'/ jrnl':>6} |")
    print(f"|{'-' * 28}|{'-' * 7}:|{'-' * 7}:|{'-' * 7}:|{'-' * 7}:|")
    for (label, *_), measured in zip(chosen, times, strict=True):
        median = medians[label]
        ratio = f"{median / jrnl:6.2f}" if jrnl and label != JRNL else " " * 6
        print(
            f"| {label:<26} | {median:6.1f} | {min(measured):6.1f} | {max(measured):6.1f} "
            f"| {ratio} |"
        )


if __name__ == "__main__":
    main()
