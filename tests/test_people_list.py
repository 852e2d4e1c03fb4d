"""`grow person list` kept in the index under the profiles' stamps (app/people_list.py): a warm
run reads one row, and any change to a profile, a damaged profile, a planted row or a profile
changed just now gives what reading every profile gives."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from folders import add_person
from grow_cli.store import index, people

LISTS = [("person", "list"), ("person", "list", "--json"), ("person", "list", "--all", "--json")]


@pytest.fixture(autouse=True)
def no_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index, "RACY_WINDOW_NS", 0)


@pytest.fixture
def folder(grow: Any, notes_dir: Path) -> Path:
    add_person(grow, "Alex Kim", "--role", "Support engineer")
    add_person(grow, "Priya Shah", "--cadence", "14")
    add_person(grow, "Sam Lee")
    assert grow("person", "archive", "Sam Lee").exit_code == 0
    return notes_dir


def lists(grow: Any) -> list[tuple[int, str, str]]:
    runs = []
    for args in LISTS:
        result = grow(*args)
        assert result.exception is None or isinstance(result.exception, SystemExit), args
        runs.append((result.exit_code, result.stdout, result.stderr))
    return runs


def read_every_profile(grow: Any, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str, str]]:
    """What the lists print with nothing kept (every profile read)."""
    from grow_cli.app import people_list

    with monkeypatch.context() as patch:
        patch.setattr(people_list, "_kept", lambda value: None)
        return lists(grow)


def test_a_warm_list_reads_no_profile_and_every_change_is_seen(
    grow: Any, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = lists(grow)
    assert first == read_every_profile(grow, monkeypatch)
    assert "Alex Kim" in first[0][1] and "Sam Lee" not in first[0][1]
    with monkeypatch.context() as patch:
        patch.setattr(people, "list_all", None)  # warm: one row, no profile read
        assert lists(grow) == first

    changes = [
        lambda: grow("person", "edit", "Priya Shah", "--cadence", "3"),
        lambda: add_person(grow, "Noor Ali"),
        lambda: (folder / "people" / "alex-kim" / "person.toml").write_text("name = [broken\n"),
        lambda: (folder / "people" / "priya-shah" / "person.toml").unlink(),
    ]
    seen = [first]
    for change in changes:
        change()
        after = lists(grow)
        assert after == read_every_profile(grow, monkeypatch)
        assert after not in seen
        seen.append(after)
    assert "person.toml" in seen[3][0][2]  # the damaged profile's warning, kept with the rows
    assert lists(grow) == seen[-1]


@pytest.mark.parametrize(
    "planted",
    [
        "[]",
        '{"rows": [{"slug": "x"}], "warnings": []}',
        '{"rows": [], "warnings": [1]}',
        '{"rows": [{"slug": "x", "name": "X", "role": "", "cadence_days": "7", "started": null, '
        '"style": null, "archived": null}], "warnings": []}',
    ],
)
def test_a_planted_row_is_read_again(
    grow: Any, folder: Path, monkeypatch: pytest.MonkeyPatch, planted: str
) -> None:
    first = lists(grow)
    with closing(sqlite3.connect(folder / ".grow" / index.INDEX_FILENAME)) as db, db:
        db.execute("UPDATE views SET value = ? WHERE name = 'person-list'", (planted,))
    assert lists(grow) == first


def test_a_profile_changed_just_now_is_read_and_nothing_is_kept(
    grow: Any, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lists(grow)
    monkeypatch.setattr(index, "RACY_WINDOW_NS", 10**18)  # every file: changed just now
    assert grow("person", "edit", "Alex Kim", "--role", "Lead").exit_code == 0
    after = lists(grow)
    assert "Lead" in after[0][1]
    with closing(sqlite3.connect(folder / ".grow" / index.INDEX_FILENAME)) as db:
        kept = db.execute("SELECT value FROM views WHERE name = 'person-list'").fetchone()[0]
    assert "Lead" not in kept
