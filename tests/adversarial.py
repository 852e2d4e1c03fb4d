"""Inputs built to make regex-based parsers slow, shared by the date and SMART tests."""

from __future__ import annotations

import time
from collections.abc import Callable

DATE_ADVERSARIAL: dict[str, str] = {
    "in": "in " * 3000,
    "by the end of": "by the end of " * 700,
    "digits": "9" * 10_000,
    "spaced digits": "1 " * 5_000,
    "long word": "a" * 10_000,
    "hyphenated": "a-" * 5_000,
    "mid-": "mid-" * 2_500,
    "spaces then a word": " " * 9_990 + "Friday",
    "weekdays": "every friday by 3 pm " * 476,
    "dates": "jan 1 " * 1_666,
    "iso dates": "2027-01-15 " * 900,
    "numeric dates": "1/1/2027 " * 1_100,
    "offsets": "in two weeks " * 769,
    "turnarounds": "answer each email within 2 days " * 300,
    "markers": "no later than " * 700,
    "commas": ", " * 5_000,
    "colons": "1:" * 5_000,
}


# The slowest of these inputs costs about 45 ms of CPU; a regular expression that backtracks over
# 10,000 characters costs from 0.15 s to seconds, or never ends.
CPU_BUDGET_SECONDS = 0.25


def best_of_three(call: Callable[[], object]) -> float:
    """CPU seconds for the fastest of three runs: the cost of the work, never of a busy machine.

    CPU time, not wall time: while other processes hold the cores, this one's CPU clock stops.
    """
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        call()
        best = min(best, time.process_time() - start)
    return best
