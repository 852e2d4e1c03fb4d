"""Every reading command on generated folders, warm, interleaved, beside the floor (issue 18).

    python benchmarks/commands.py --folders /tmp/perf-notes-1k /tmp/perf-notes-10k [--runs 5]
    python benchmarks/commands.py --folders ... --grow before=/tmp/venv-a/bin/python after=...

Each `--grow NAME=PYTHON` is a grow installed in that interpreter's environment (default: this
one); with several, every command runs in each, in the same rounds, and its row is named after
it. `--only due show "person list"` times only the commands that start with those words.
`--columns 80` sets COLUMNS (default 120, a wide terminal); `--columns none` leaves it unset,
so piped output is rich's 80 columns: the narrow layouts (ui/views/layout.py).

Each folder comes from generate_notes.py (GROW_TODAY 2026-11-22). Each round runs every command
once as a fresh process on every folder, the order moving by one each round; one warm-up round
(which also builds the index) is not counted. The floor is what no command can beat: start
Python, import typer, lstat every note file and run one sqlite query on the index. Figures are
wall-time medians in ms, and each command's median over the floor's in the same folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

TODAY = "2026-11-22"
FLOOR = """
import os, sqlite3, sys, typer
root = sys.argv[1]
for top in ("people", "journal"):
    for entry in os.scandir(os.path.join(root, top)):
        if entry.is_dir(follow_symlinks=False):
            for note in os.scandir(entry.path):
                note.stat(follow_symlinks=False)
        else:
            entry.stat(follow_symlinks=False)
db = sqlite3.connect(os.path.join(root, ".grow", "index.sqlite3"))
db.execute("SELECT count(*) FROM files").fetchall()
"""


def commands(person: str, note: str) -> list[list[str]]:
    """The reading commands timed, with one person of the folder, and one of their notes (a
    coaching conversation, which opens a thread), where one is needed."""
    return [
        ["due", "--json"],
        ["due"],
        ["actions"],
        ["actions", "--json"],
        ["actions", "--status", "all", "--json"],
        ["actions", person],
        ["goals"],
        ["goals", person],
        ["search", "triage"],
        ["stats", "--json"],
        ["history", person],
        ["show", note],
        ["show", f"{note}#t1"],
        ["prep", person],
        ["person", "show", person],
        ["escalation", person],
        ["person", "list"],
        ["journal", "list"],
        ["journal", "review"],
        ["export", "--ics", "-"],
    ]


def timed(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    spent = (time.perf_counter() - started) * 1000
    # A command may exit 1 (it printed warnings); the floor, only 0 (typer must be there).
    if done.returncode not in ((0,) if "-c" in argv else (0, 1)):
        raise SystemExit(f"{' '.join(argv)} exited {done.returncode}")
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folders", nargs="+", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--grow", nargs="+", default=[f"grow={sys.executable}"])
    parser.add_argument("--only", nargs="+", help="only the commands that start with these words")
    parser.add_argument("--columns", default="120", help="COLUMNS, or none to leave it unset")
    args = parser.parse_args()
    env = {**os.environ, "GROW_TODAY": TODAY, "NO_COLOR": "1", "TERM": "dumb"}
    env.pop("COLUMNS", None)
    if args.columns != "none":
        env["COLUMNS"] = args.columns
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # start from .pyc files, as an installed grow does
    grows = [tuple(named.split("=", 1)) for named in args.grow]
    plan: list[tuple[str, str, list[str]]] = []
    for folder in args.folders:
        person = sorted(os.listdir(folder / "people"))[0]
        coaching = sorted(p.stem for p in (folder / "people" / person).glob("*-coaching.md"))
        note = f"{person}/{coaching[0]}"
        plan.append((folder.name, "floor", [sys.executable, "-c", FLOOR, str(folder)]))
        for command in commands(person, note):
            if args.only and not any(command[: len(w.split())] == w.split() for w in args.only):
                continue
            shown = " ".join(command).replace(note, "NOTE").replace(person, "PERSON")
            for name, python in grows:
                label = f"{shown} ({name})" if len(grows) > 1 else shown
                argv = [python, "-m", "grow_cli", "--notes", str(folder), *command]
                plan.append((folder.name, label, argv))
    times: dict[tuple[str, str], list[float]] = {}
    for round_number in range(args.runs + 1):
        shift = round_number % len(plan)
        for folder_name, shown, argv in plan[shift:] + plan[:shift]:
            spent = timed(argv, env)
            if round_number:
                times.setdefault((folder_name, shown), []).append(spent)
    names = [folder.name for folder in args.folders]
    print("| command | " + " | ".join(f"{n} ms | x floor" for n in names) + " |")
    print("|---|" + "---:|---:|" * len(names))
    shown_all = dict.fromkeys(shown for _, shown, _ in plan)
    for shown in shown_all:
        cells = []
        for name in names:
            median = statistics.median(times[(name, shown)])
            floor = statistics.median(times[(name, "floor")])
            cells.append(f"{median:.0f} | {median / floor:.1f}")
        print(f"| `{shown}` | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
