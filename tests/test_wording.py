"""Counts with their noun in the right number (issue 16, point 10): '1 day', '2 days', never
'day(s)'; and how often, in days."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from grow_cli.domain.wording import every, plural, plural_of

SRC = Path(__file__).parent.parent / "src" / "grow_cli"


@pytest.mark.parametrize(
    ("count", "noun", "many", "expected"),
    [
        (1, "day", None, "1 day"),
        (2, "day", None, "2 days"),
        (0, "day", None, "0 days"),
        (-1, "day", None, "-1 day"),
        (1, "week", None, "1 week"),
        (7, "entry", None, "7 entries"),
        (2, "match", None, "2 matches"),
        (2, "box", None, "2 boxes"),
        (2, "wish", None, "2 wishes"),
        (2, "status", None, "2 statuses"),
        (3, "check-in", None, "3 check-ins"),
        (2, "SBI item", None, "2 SBI items"),
        (2, "conversation note", None, "2 conversation notes"),
        (2, "item to reopen", None, "2 items to reopen"),
        (1, "item to reopen", None, "1 item to reopen"),
        (1, "person", "people", "1 person"),
        (3, "person", "people", "3 people"),
        (2, "feedback item", None, "2 feedback items"),
    ],
)
def test_plural(count: int, noun: str, many: str | None, expected: str) -> None:
    assert plural(count, noun, many) == expected


def test_plural_of_keeps_the_case_of_the_word() -> None:
    assert plural_of("Entry") == "Entries" and plural_of("Day") == "Days"


def test_every() -> None:
    assert every(1) == "every day"
    assert every(7) == "every 7 days"
    assert every(14) == "every 14 days"


def test_no_count_in_grow_says_s_in_brackets() -> None:
    """Nothing grow prints counts with '(s)': each count goes through plural()."""
    found = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in sorted(SRC.rglob("*"))
        if path.suffix in (".py", ".j2")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"\w\(s\)", line)
    ]
    assert found == []
