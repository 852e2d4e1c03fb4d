"""Two installed grows timed against each other on the same commands, interleaved (issue 18).

    python benchmarks/before_after.py --folder /tmp/perf-notes-10k \
        --before /tmp/beforevenv/bin/grow --after /tmp/benchvenv/bin/grow [--rounds 7]

The two grows keep different views in the index, so each runs on a copy of its own of the
folder (made once beside it, as FOLDER-before and FOLDER-after, with `cp -a`). Two warm-up
rounds are not counted; then each round runs every command once in each grow, alternating
which goes first. Figures are medians of wall time in ms, and after / before. The machine's
noise moves both alike, which a comparison of two separate runs cannot say.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import time
from pathlib import Path

TODAY = "2026-11-22"


def commands(person: str) -> list[list[str]]:
    """The commands timed, with one person of the folder."""
    return [
        ["history", person],
        ["actions", person],
        ["goals", person],
        ["person", "show", person],
        ["journal", "list"],
        ["search", "triage"],
        ["due"],
        ["actions", "--json"],
    ]


def copy_of(folder: Path, side: str) -> Path:
    """The folder's copy for one side, made once."""
    copy = folder.with_name(f"{folder.name}-{side}")
    if not copy.exists():
        subprocess.run(["cp", "-a", str(folder), str(copy)], check=True)
    return copy


def timed(grow: str, folder: Path, command: list[str], env: dict[str, str]) -> float:
    """One run's wall time in ms."""
    start = time.perf_counter()
    subprocess.run(
        [grow, "--notes", str(folder), *command],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return (time.perf_counter() - start) * 1000


def main() -> None:
    """Time both grows and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--before", required=True, help="the grow executable to compare with")
    parser.add_argument("--after", required=True, help="the grow executable measured")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "GROW_TODAY": TODAY, "COLUMNS": "120"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed grow reads its compiled modules
    sides = {
        "before": (args.before, copy_of(args.folder, "before")),
        "after": (args.after, copy_of(args.folder, "after")),
    }
    person = sorted(os.listdir(args.folder / "people"))[0]
    timed_commands = commands(person)
    times: dict[tuple[str, int], list[float]] = {
        (side, number): [] for side in sides for number in range(len(timed_commands))
    }
    for round_number in range(2 + args.rounds):
        for number, command in enumerate(timed_commands):
            order = list(sides.items())
            if round_number % 2:
                order.reverse()
            for side, (grow, folder) in order:
                elapsed = timed(grow, folder, command, env)
                if round_number >= 2:  # the first two rounds build and warm the indexes
                    times[side, number].append(elapsed)
    print("| command | before ms | after ms | after / before |")
    print("|---|---:|---:|---:|")
    for number, command in enumerate(timed_commands):
        before = statistics.median(times["before", number])
        after = statistics.median(times["after", number])
        shown = " ".join("PERSON" if word == person else word for word in command)
        print(f"| `{shown}` | {before:.0f} | {after:.0f} | {after / before:.2f} |")


if __name__ == "__main__":
    main()
