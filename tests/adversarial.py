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
    # The phrases of periods, sprints, weekday dates and dots, and words one slip from a name:
    "weeks of months": "the first week of " * 550,
    "parts of months": "early late mid-" * 660,
    "holidays": "before the " * 900,
    "dots": "1." * 5_000,
    "dotted dates": "18.12. " * 1_400,
    "sprints": "by the end of the next sprint " * 330,
    "weekday dates": "thursday the " * 769,
    "from a weekday": "a week from " * 833,
    "slips": "wendesday " * 1_000,
    "different slips": " ".join(
        f"s{a}{b}urday" for a in "abcdefghijklmnopqrstuvwxyz" for b in "abcdefghijklmnopqrstuvwxyz"
    )[:10_000],
    "meetings": "monday planning call " * 476,
}


# A guard against a hang, not a speed goal: the slowest of these inputs costs about 45 ms of CPU,
# and a regular expression that backtracks badly over 10,000 characters runs for minutes or never
# ends. The speed goal (each input well under 50 ms, as a ratio to an ordinary goal measured in the
# same run) lives in benchmarks/adversarial.py, where machine speed cannot fail someone's CI.
CPU_HANG_SECONDS = 10.0


def cpu_seconds(call: Callable[[], object]) -> float:
    """CPU seconds one run takes: the cost of the work, never of a busy machine (while other
    processes hold the cores, this process's CPU clock stops)."""
    start = time.process_time()
    call()
    return time.process_time() - start
