"""Taskwarrior beside grow (issue 18): its due, list and search over 1,000 to 100,000 tasks.

    python benchmarks/taskwarrior.py --sizes 1000 10000 100000 --work /tmp/tw [--runs 5]

For each size, a task database in --work/tasks-<size> (made once with `task import`, reused)
holds that many pending tasks, one per item a generated folder of that many notes would hold
about (descriptions of a few words, a project per person, a due date in the year around
2026-11-22). Then, each run a fresh process with garbage collection, hooks and colour off:

- due: `task due.before:2026-11-29 list` (what `grow due` answers);
- list: `task list` (what `grow actions` answers);
- search: `task /triage/ list` (what `grow search triage` answers).

Prints a Markdown table of the medians in ms. Needs taskwarrior (`apt-get install taskwarrior`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import time
from pathlib import Path

WORDS = [
    "triage",
    "queue",
    "review",
    "draft",
    "send",
    "plan",
    "share",
    "book",
    "call",
    "write",
    "test",
    "ship",
    "fix",
    "update",
    "onboard",
    "summary",
    "budget",
    "roadmap",
    "retro",
    "demo",
    "hiring",
    "design",
    "customer",
    "incident",
    "report",
]
COMMANDS = {
    "due": ["due.before:2026-11-29", "list"],
    "list": ["list"],
    "search": ["/triage/", "list"],
}
SETTINGS = [
    "rc.gc=off",
    "rc.hooks=off",
    "rc.color=off",
    "rc.verbose=nothing",
    "rc.confirmation=off",
    "rc.recurrence=off",
    "rc.detection=off",
    "rc.defaultwidth=120",
]


def database(work: Path, size: int) -> dict[str, str]:
    """The environment of a task database of `size` tasks (made when missing)."""
    folder = work / f"tasks-{size}"
    env = {**os.environ, "TASKDATA": str(folder), "TASKRC": str(work / "taskrc")}
    (work / "taskrc").write_text("", encoding="utf-8")
    if (folder / "pending.data").is_file():
        return env
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rng = random.Random(7)
    start = dt.datetime(2025, 11, 22)
    tasks = [
        {
            "description": " ".join(rng.choice(WORDS) for _ in range(6)),
            "project": f"person{number % max(size // 50, 1)}",
            "status": "pending",
            "entry": (start + dt.timedelta(minutes=number)).strftime("%Y%m%dT%H%M%SZ"),
            "due": (start + dt.timedelta(days=rng.randrange(400))).strftime("%Y%m%dT%H%M%SZ"),
        }
        for number in range(size)
    ]
    source = work / f"tasks-{size}.json"
    source.write_text(json.dumps(tasks), encoding="utf-8")
    subprocess.run(
        ["task", *SETTINGS, "import", str(source)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return env


def timed(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 10000, 100000])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    envs = {size: database(args.work, size) for size in args.sizes}
    print("| taskwarrior | " + " | ".join(f"{size:,} tasks ms" for size in args.sizes) + " |")
    print("|---|" + "---:|" * len(args.sizes))
    for name, command in COMMANDS.items():
        cells = []
        for size in args.sizes:
            argv = ["task", *SETTINGS, *command]
            timed(argv, envs[size])
            cells.append(
                f"{statistics.median(timed(argv, envs[size]) for _ in range(args.runs)):.0f}"
            )
        print(f"| {name}: `task {' '.join(command)}` | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
