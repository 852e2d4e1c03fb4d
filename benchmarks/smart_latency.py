"""How long one SMART check takes in-process, per goal, over every text of the labelled corpus.

    python benchmarks/smart_latency.py [--rounds 5]

Each round checks every goal of tests/data/corpus/goals_*.jsonl once (the first round, which
compiles the patterns, is not counted), timing each call with perf_counter_ns. Prints the
median, p95, p99 and maximum per goal, in milliseconds, and the slowest texts. Issue 15's goal:
p99 under 1 ms. A benchmark, not a test: it never fails on a figure.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from grow_cli.domain.smart import check_smart  # noqa: E402

TODAY = date(2026, 11, 22)


def texts() -> list[str]:
    """Every goal text of the corpus."""
    found = []
    for path in sorted((ROOT / "tests" / "data" / "corpus").glob("goals_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.append(json.loads(line)["text"])
    return found


def main() -> None:
    """Time the checks and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    goals = texts()
    for goal in goals:  # warm-up: compiles the patterns
        check_smart(goal, today=TODAY)
    timings: list[tuple[float, str]] = []
    for _ in range(args.rounds):
        for goal in goals:
            start = time.perf_counter_ns()
            check_smart(goal, today=TODAY)
            timings.append(((time.perf_counter_ns() - start) / 1e6, goal))
    values = sorted(ms for ms, _ in timings)

    def pct(share: float) -> float:
        return values[min(len(values) - 1, int(share * len(values)))]

    print(f"{len(goals)} goals x {args.rounds} rounds = {len(values)} checks")
    print(
        f"median {statistics.median(values):.3f} ms  p95 {pct(0.95):.3f} ms  "
        f"p99 {pct(0.99):.3f} ms  max {values[-1]:.3f} ms"
    )
    for ms, goal in sorted(timings, reverse=True)[:5]:
        print(f"  {ms:.3f} ms  {goal[:70]!r}")


if __name__ == "__main__":
    main()
