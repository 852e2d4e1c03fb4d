"""Warm, after one edited note, cold, and a write, on generated folders (issue 18's goals).

    python benchmarks/edits.py --folders /tmp/perf-notes-1k /tmp/perf-notes-10k --work /tmp/edits
                               [--runs 3] [--only due history]

Each folder (from generate_notes.py, GROW_TODAY 2026-11-22) is copied once into --work (a copy
already there is reused), since every run here changes it. For each command, each round times:

- warm: the command run again with nothing changed;
- after edit: one note of the command's person (or of the first person) gets a line more in
  its body before the run, 2.1 s earlier (a file changed in the last 2 s is read again every
  run: store/index.py's RACY_WINDOW_NS), so the run reads that note again and whatever was
  kept from it;
- cold (with --cold): the index deleted before the run.

Then `grow checkin PERSON --answers FILE` (a check-in with one action: a write) is timed on
every folder. Figures are wall-time medians in ms of fresh processes; "x warm" is the after-edit
median over the warm one, "x 1k" a write's median over the write on the first folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

TODAY = "2026-11-22"
CHECKIN = """
[[actions]]
text = "Send the summary of the review to the team by Friday"
due = 2026-11-27
owner = "report"
"""


def commands(person: str, note: str) -> list[list[str]]:
    """The commands timed (with one person of the folder and one of their notes)."""
    return [
        ["due", "--json"],
        ["due"],
        ["actions"],
        ["actions", "--json"],
        ["goals"],
        ["search", "triage"],
        ["stats", "--json"],
        ["history", person],
        ["show", note],
        ["prep", person],
        ["person", "show", person],
        ["journal", "list"],
    ]


def timed(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    spent = (time.perf_counter() - started) * 1000
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} exited {done.returncode}: {done.stderr[-300:]!r}")
    return spent


def edit(note: Path) -> None:
    """One more line in the note's body (its front matter, and so its meaning, unchanged)."""
    with note.open("a", encoding="utf-8") as file:
        file.write("\nEdited for the benchmark.\n")
    time.sleep(2.1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folders", nargs="+", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", nargs="+")
    parser.add_argument("--cold", action="store_true", help="also time runs with no index")
    parser.add_argument("--python", default=sys.executable, help="the grow to time")
    args = parser.parse_args()
    env = {**os.environ, "GROW_TODAY": TODAY, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "120"}
    answers = args.work / "checkin.toml"
    args.work.mkdir(parents=True, exist_ok=True)
    answers.write_text(CHECKIN, encoding="utf-8")
    print("| command | notes | warm ms | after edit ms | x warm | cold ms |")
    print("|---|---:|---:|---:|---:|---:|")
    writes: list[tuple[str, float]] = []
    for source in args.folders:
        folder = args.work / source.name
        if not folder.is_dir():
            subprocess.run(["cp", "-a", str(source), str(folder)], check=True)
        person = sorted(os.listdir(folder / "people"))[0]
        coaching = sorted(p.stem for p in (folder / "people" / person).glob("*-coaching.md"))
        edited = folder / "people" / person / f"{coaching[-1]}.md"
        grow = [args.python, "-m", "grow_cli", "--notes", str(folder)]
        for command in commands(person, f"{person}/{coaching[0]}"):
            if args.only and command[0] not in args.only:
                continue
            timed(grow + command, env)  # warm-up: the index and what is kept from it
            warm, after, cold = [], [], []
            for _ in range(args.runs):
                warm.append(timed(grow + command, env))
                edit(edited)
                after.append(timed(grow + command, env))
                if args.cold:
                    shutil.rmtree(folder / ".grow", ignore_errors=True)
                    cold.append(timed(grow + command, env))
                    timed(grow + command, env)
            shown = " ".join(command).replace(person, "PERSON").replace(coaching[0], "NOTE")
            w, a = statistics.median(warm), statistics.median(after)
            c = f"{statistics.median(cold):.0f}" if cold else ""
            print(f"| `{shown}` | {source.name} | {w:.0f} | {a:.0f} | {a / w:.2f} | {c} |")
        write = [
            timed([*grow, "checkin", person, "--answers", str(answers)], env)
            for _ in range(args.runs)
        ]
        writes.append((source.name, statistics.median(write)))
    print("\n| write: `checkin PERSON --answers FILE` | ms | x first folder |")
    print("|---|---:|---:|")
    for name, spent in writes:
        print(f"| {name} | {spent:.0f} | {spent / writes[0][1]:.2f} |")


if __name__ == "__main__":
    main()
