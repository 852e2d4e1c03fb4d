"""One JSON shape per object (issue 11, point 4): every command that prints an item, a note, a
search match or a person prints the same keys, with dates as ISO strings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from folders import JOURNAL_ENTRY, example_folder, run_json
from shapes import COUNT_KEYS, DUE_KEYS, ITEM_KEYS, LAST_UPDATE_KEYS, NOTE_KEYS, PERSON_KEYS


@pytest.fixture
def folder(grow, notes_dir: Path) -> Path:  # type: ignore[no-untyped-def]
    return example_folder(grow, notes_dir)


def is_iso_or_null(value: Any) -> bool:
    if value is None:
        return True
    dt.date.fromisoformat(value)
    return True


def assert_item(item: dict[str, Any]) -> None:
    assert set(item) == ITEM_KEYS, sorted(set(item) ^ ITEM_KEYS)
    assert is_iso_or_null(item["due"]) and is_iso_or_null(item["closed_on"])
    assert (item["closed_on"] is None) == item["open"]
    if item["last_update"] is not None:
        assert set(item["last_update"]) == LAST_UPDATE_KEYS
        assert is_iso_or_null(item["last_update"]["date"])


def assert_note(note: dict[str, Any]) -> None:
    assert set(note) >= NOTE_KEYS, sorted(NOTE_KEYS - set(note))
    assert set(note["counts"]) == COUNT_KEYS
    assert is_iso_or_null(note["date"])


def test_items_have_one_shape_in_every_command(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[dict[str, Any]] = []
    seen += run_json(grow, "actions", "--status", "all")
    seen += run_json(grow, "person", "show", "alex-kim")["open_items"]
    prep = run_json(grow, "prep", "alex-kim")
    seen += prep["open_items"] + prep["support_owed"] + prep["recent_wins"]
    review = run_json(grow, "journal", "review", "--since", "2026-11-01")
    seen += review["actions"] + review["done"] + review["open"]
    shown = run_json(grow, "show", "alex-kim/2026-11-08-coaching")
    seen += [{k: v for k, v in i.items() if k != "in_this_note"} for i in shown["items"]]
    assert len(seen) > 10
    for item in seen:
        assert_item(item)
    # The same item is the same object wherever it is printed.
    by_id: dict[str, dict[str, Any]] = {}
    for item in seen:
        assert by_id.setdefault(item["id"], item) == item


def test_notes_have_one_shape_in_every_command(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    history = run_json(grow, "history", "alex-kim")
    journal = run_json(grow, "journal", "list")
    matches = run_json(grow, "search", "")
    shown = run_json(grow, "show", JOURNAL_ENTRY)
    for note in [*history, *journal, *matches, shown]:
        assert_note(note)
    assert all(set(note) == NOTE_KEYS for note in [*history, *journal])
    assert all(set(match) == NOTE_KEYS | {"matches"} for match in matches)
    assert set(shown) == NOTE_KEYS | {"front_matter", "items"}
    same = {n["id"]: n for n in history}
    for match in matches:
        if match["id"] in same:
            assert {k: v for k, v in match.items() if k != "matches"} == same[match["id"]]


def test_people_have_one_shape(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    listed = run_json(grow, "person", "list")
    assert all(set(person) == PERSON_KEYS for person in listed)
    added = run_json(grow, "person", "add", "Dee Moss")
    assert set(added) == PERSON_KEYS and added["started"] == "2026-11-22"
    shown = run_json(grow, "person", "show", "alex-kim")
    assert set(shown) >= PERSON_KEYS
    assert {k: shown[k] for k in PERSON_KEYS} == next(p for p in listed if p["slug"] == "alex-kim")


def test_due_keeps_the_shape_design_md_gives_it(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    entries = run_json(grow, "due", "--within", "30")
    assert entries and all(set(entry) == DUE_KEYS for entry in entries)
