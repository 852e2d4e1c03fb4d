"""`grow person show PERSON`: the profile and where things stand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from folders import (
    ALEX_DAMAGED,
    ALEX_PAIR,
    ALEX_SYNC,
    ALEX_TRIAGE,
    PRIYA_REFLECT,
    example_folder,
    write_note,
    write_person,
)


@pytest.fixture
def folder(grow, notes_dir: Path) -> Path:  # type: ignore[no-untyped-def]
    return example_folder(grow, notes_dir)


def test_profile_and_summary(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("person", "show", "Alex Kim")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"grow: warning: {ALEX_DAMAGED}:3: skipped")
    lines = result.stdout.splitlines()
    # Each goal being coached, with its own next check-in (the coaching note's thread).
    goal = lines.pop(7)
    assert goal.startswith("Goal: performance: Bring the average first reply on client tickets")
    assert lines[7].strip().endswith("check-in 2026-11-27")
    del lines[7]
    assert lines[:8] == [
        "Alex Kim (alex-kim)",
        "Role: Support engineer",
        "Check-in every 7 days",
        "Coaching since 2026-11-01",
        "Conversations: 3 (1 coaching, 2 check-ins)",  # the damaged feedback note is skipped
        "Last conversation: 2026-11-20 (2 days ago)",
        "Next check-in: 2026-11-27 (in 5 days)",
        "Open items: 3, overdue: 2",
    ]
    items = " ".join(" ".join(lines[8:]).split())
    # soonest due first; done and dropped items are left out
    assert items == (
        "- [open] support: Move the Thursday project sync so it no longer clashes with the 14:00 "
        "triage (overdue by 11 days) - [open] action: Pair with Sam on the 3 oldest tickets "
        "(overdue by 3 days) - [blocked] action: Triage the support queue at 9:00 and 14:00 "
        "every weekday for 2 weeks (due 2026-11-22)"
    )


def test_style_and_long_cadence(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    lines = grow("person", "show", "priya-shah").stdout.splitlines()
    assert "Style: Reflective; likes questions" in lines
    assert "Check-in every 14 days" in lines
    assert "Next check-in: 2026-11-29 (in 7 days)" in lines
    assert "Open items: 1, overdue: 0" in lines


def test_json(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("person", "show", "alex-kim", "--json")
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert {k: shown[k] for k in ("slug", "name", "role", "cadence_days", "started")} == {
        "slug": "alex-kim",
        "name": "Alex Kim",
        "role": "Support engineer",
        "cadence_days": 7,
        "started": "2026-11-01",
    }
    assert shown["conversations"] == {"coaching": 1, "checkin": 2, "feedback": 0, "total": 3}
    assert (shown["open_count"], shown["overdue_count"]) == (3, 2)
    assert (shown["last_conversation"], shown["days_since_last"]) == ("2026-11-20", 2)
    assert (shown["next_checkin"], shown["days_to_next_checkin"]) == ("2026-11-27", 5)
    assert [item["id"] for item in shown["open_items"]] == [ALEX_SYNC, ALEX_PAIR, ALEX_TRIAGE]
    assert shown["open_items"][2]["status"] == "blocked"


def test_someone_with_no_notes_yet(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("person", "show", "Sam Lee")
    assert result.exit_code == 0
    assert "No conversations yet. Start with: grow coach sam-lee" in result.stdout
    assert "Next check-in" not in result.stdout
    shown = json.loads(grow("person", "show", "sam-lee", "--json").stdout)
    assert shown["conversations"]["total"] == 0 and shown["open_items"] == []
    assert shown["last_conversation"] is None and shown["next_checkin"] is None


def test_an_overdue_check_in_says_so(grow, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    write_person(notes_dir, "jo-park", "Jo Park", cadence_days=10)
    write_note(
        notes_dir,
        "people/jo-park/2026-11-01-checkin.md",
        'schema = 1\nkind = "checkin"\ndate = 2026-11-01\nperson = "jo-park"\n'
        f'[[updates]]\nref = "{PRIYA_REFLECT}"\nstatus = "done"\n',
    )
    lines = grow("person", "show", "jo-park").stdout.splitlines()
    # no next_checkin in the note: its date plus the cadence
    assert "Next check-in: 2026-11-11 (11 days ago, overdue)" in lines
    assert "Conversations: 1 (1 check-in)" in lines


def test_an_unknown_person_is_one_line(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("person", "show", "Nobody Here")
    assert result.exit_code == 1
    assert result.stderr.count("grow: error:") == 1 and "Traceback" not in result.output


def test_help(grow) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(grow("person", "show", "--help").stdout.split())
    for words in ("profile", "open and overdue items", "next check-in", "--json"):
        assert words in text
    assert "show" in grow("person", "--help").stdout
