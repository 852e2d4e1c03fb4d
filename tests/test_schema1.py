"""A folder of schema-1 notes gives the same answers as before schema 2 (issue 12): every
command recorded in tests/data/schema1/answers.json by the grow of issue 11 is run again on the
same folder, on the same days, and compared.

The only differences allowed are the ones the README documents for schema 2: objects may gain
keys (a prep sheet's `threads` and `goals_closed`, a person's `goals`), and in the calendar the
manager's own items read "You: ... (for NAME)" instead of "Support for NAME: ..."; and the
follow-up message, which speaks to the person since issue 16 (README, "The follow-up message"):
it still greets them, names the day of the conversation, every item the recorded one listed and
the next check-in, and ends the same way, and it says more. Since issue 17 the calendar also holds
items closed in the last 30 days, as cancelled events (README, "Reminders in your calendar"):
the events in force are the ones recorded.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA
from folders import on_day

RECORDED = DATA / "schema1"
ANSWERS: dict[str, dict[str, Any]] = json.loads((RECORDED / "answers.json").read_text())
MADE_IN = "/tmp/golden/schema1/notes"
# Keys added since: threads (schema 2), and a person's "archived" (grow person archive).
# Keys added since (issue 12: threads, goals; issue 13: archived; issue 16: style, ratings;
# issue 17: talking_points).
ADDED_KEYS = {"threads", "goals_closed", "goals", "archived", "style", "ratings", "talking_points"}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    notes = tmp_path_factory.mktemp("schema1") / "notes"
    shutil.copytree(RECORDED / "notes", notes)
    return notes


def same_or_extended(recorded: Any, now: Any, where: str = "") -> None:
    """`now` holds everything `recorded` held, the same; dicts may gain only ADDED_KEYS."""
    if isinstance(recorded, dict):
        assert isinstance(now, dict), where
        assert set(now) - set(recorded) <= ADDED_KEYS, (where, set(now) - set(recorded))
        for key, value in recorded.items():
            assert key in now, f"{where}.{key} is gone"
            same_or_extended(value, now[key], f"{where}.{key}")
    elif isinstance(recorded, list):
        assert isinstance(now, list) and len(now) == len(recorded), where
        for number, (old, new) in enumerate(zip(recorded, now, strict=True)):
            same_or_extended(old, new, f"{where}[{number}]")
    else:
        assert recorded == now, where


def events(text: str) -> dict[str, tuple[str, str]]:
    from icalendar import Calendar

    return {
        str(e["uid"]): (e["dtstart"].to_ical().decode(), str(e["summary"]))
        for e in Calendar.from_ical(text).walk("VEVENT")
        if str(e.get("status", "")) != "CANCELLED"
    }


@pytest.mark.parametrize("key", sorted(ANSWERS))
def test_the_same_answers_as_before_schema_2(
    key: str, folder: Path, grow: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    monkeypatch.setenv("GROW_NOTES_DIR", str(folder))
    day, *args = key.split(" ")  # "search  --json" gives the empty query back as ""
    with on_day(dt.date.fromisoformat(day)):
        result = grow(*args)
    recorded = ANSWERS[key]
    assert result.exit_code == recorded["exit"], result.output
    before = recorded["stdout"].replace(MADE_IN, str(folder))
    if "--json" in args:
        same_or_extended(json.loads(before), json.loads(result.stdout), key)
    elif args[0] == "export":
        then, now = events(before), events(result.stdout)
        assert {uid: when for uid, (when, _) in then.items()} == {
            uid: when for uid, (when, _) in now.items()
        }
        for uid, (_, summary) in then.items():
            if summary.startswith("Support for "):
                name, _, text = summary.removeprefix("Support for ").partition(": ")
                summary = f"You: {text} (for {name})"
            assert now[uid][1] == summary, uid
    elif args[0] == "followup":
        said_as_before(before, result.stdout)
    else:
        assert result.stdout == before


def said_as_before(before: str, now: str) -> None:
    """The follow-up `now` says what the recorded one said, in the words of issue 16."""
    import re

    if not before:  # grow said nothing (no conversation to follow up): nor does it now
        assert now == before
        return
    first, *_, last = before.rstrip("\n").splitlines()
    assert now.startswith(first + "\n") and now.rstrip("\n").endswith("\n" + last)
    day = re.search(r"Thanks for our conversation on (\w+ \d+ \w+)", before)
    assert day is not None and f" on {day.group(1)}." in now.splitlines()[2]
    following = re.search(r"Next check-in\n(\w+ \d+ \w+) \d{4}\n", before)
    if following:
        assert f"\nOur next check-in is on {following.group(1)}.\n" in now
    for item in re.findall(r"^- (.+?)(?: \(by [^)]*\))?$", before, re.MULTILINE):
        assert item.lower() in now.lower(), item
