"""The speed goal the tests only guard against hangs: inputs built to make regex parsers slow,
and a search over 10,000 notes, each as CPU time and as a ratio to an ordinary goal checked in the
same run (so the figure means the same on a fast and a slow machine).

    python benchmarks/adversarial.py [--runs 5]

Goal: every adversarial input of up to 10,000 characters costs well under 50 ms of CPU here
(about 0.05 s), i.e. within a few hundred ordinary goals.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from adversarial import DATE_ADVERSARIAL
from grow_cli.domain.dates import find_deadline
from grow_cli.domain.models import Grow, Note
from grow_cli.domain.search import Filters, query_words, search
from grow_cli.domain.smart import check_smart

TODAY = dt.date(2026, 11, 22)
ORDINARY = "Send the weekly status email to the three stakeholders every Friday by 3 PM"


def cpu(call: Callable[[], object], runs: int) -> float:
    """The median CPU seconds of `runs` runs."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        call()
        times.append(time.process_time() - start)
    return statistics.median(times)


def notes(count: int) -> list[Note]:
    """Journal notes to search, one in seven about delegation."""
    return [
        Note(
            kind="journal",
            date=TODAY - dt.timedelta(days=i % 365),
            id=f"journal/{i}",
            topic=f"Topic {i} {'delegation' if i % 7 == 0 else 'focus'}",
            grow=Grow(goal="Reach inbox zero every Friday", options=["Batch email"]),
            tags=["a"],
        )
        for i in range(count)
    ]


def main() -> None:
    """Print a table: input, CPU ms, and the ratio to one ordinary goal."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    ordinary = cpu(lambda: check_smart(ORDINARY, today=TODAY), runs * 20)
    print(f"ordinary goal: {ordinary * 1000:.3f} ms of CPU (check_smart)")
    print(f"{'input':<22} {'deadline ms':>12} {'smart ms':>10} {'x ordinary':>11}")
    for name, text in DATE_ADVERSARIAL.items():
        text = text[:10_000]
        deadline = cpu(lambda text=text: find_deadline(text, TODAY), runs)
        smart = cpu(lambda text=text: check_smart(text, today=TODAY), runs)
        print(
            f"{name:<22} {deadline * 1000:>12.1f} {smart * 1000:>10.1f} {smart / ordinary:>11.0f}"
        )
    folder = notes(10_000)
    found = cpu(lambda: search(folder, query_words("delegation friday"), Filters()), runs)
    print(f"search over 10,000 notes: {found * 1000:.0f} ms of CPU")


if __name__ == "__main__":
    main()
