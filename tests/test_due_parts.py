"""Issue 18: `grow due`, `actions`, `goals` and `export` put together from one part per person
(app/parts.py and the views on it).

After each change to the folder (a hand edit, a new note, a note that reaches into another
person's, an archived person, a damaged profile, a planted part), they print what reading the
whole folder prints, and compute again only the parts of the people whose files changed, or
every part while a note crosses between people.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from folders import (
    ALEX_CHECKIN_1,
    ALEX_CHECKIN_2,
    ALEX_TRIAGE,
    example_folder,
    write_note,
)
from grow_cli.app import due_view, records
from grow_cli.store import index

DUE = ("due", "--json", "--within", "60")
ALEX, PRIYA, SAM = "alex-kim", "priya-shah", "sam-lee"
CROSSING = f"""
schema = 2
kind = "checkin"
date = 2026-11-21
person = "{SAM}"

[[updates]]
ref = "{ALEX_TRIAGE}"
status = "done"
note = "Sam saw it finished"
"""


@pytest.fixture(autouse=True)
def no_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by a test are seconds old at most; let the index take them at once."""
    monkeypatch.setattr(index, "RACY_WINDOW_NS", 0)


@pytest.fixture
def folder(grow: Any, notes_dir: Path) -> Path:
    made = example_folder(grow, notes_dir)
    checkin = made / "people" / f"{ALEX_CHECKIN_1}.md"
    text = checkin.read_text()
    assert text.startswith("+++\n")
    checkin.write_text(text.replace("+++\n", '+++\ntags = ["Planning"]\n', 1))
    return made


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> list[list[str | None] | str]:
    """For every run that reads notes: the people whose parts it computed, or 'whole'."""
    seen: list[list[str | None] | str] = []
    real_load, real_people = records.load, records.load_people

    def whole(*args: Any, **kwargs: Any) -> records.Records:
        seen.append("whole")
        return real_load(*args, **kwargs)

    def people(
        locations: Any, scope: list[str | None], *args: Any, **kwargs: Any
    ) -> records.Records | None:
        seen.append(sorted(scope, key=lambda s: s or ""))
        return real_people(locations, scope, *args, **kwargs)

    monkeypatch.setattr(records, "load", whole)
    monkeypatch.setattr(records, "load_people", people)
    return seen


# Besides `grow due`: the views of every item, put together the same way.
ACTIONS: list[tuple[str, ...]] = [
    ("actions",),
    ("actions", "--status", "all", "--json"),
    ("actions", "--status", "done"),
    ("actions", "--tag", "planning", "--json"),
    ("actions", "--tag", "nothing-has-this"),
    ("goals",),
    ("goals", "--status", "all", "--json"),
    ("goals", "--status", "closed"),
    ("goals", "--status", "nonsense"),
    ("export", "--ics", "-"),
    ("stats", "--json"),
    ("stats",),
    ("stats", "--since", "0001-01-01", "--json"),
    ("stats", "--since", "2026-11-10", "--until", "2026-11-18", "--json"),
    ("report", "--html", "-"),
]


def due(grow: Any) -> tuple[int, Any, str]:
    result = grow(*DUE)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.stdout, result.output
    return result.exit_code, json.loads(result.stdout), result.stderr


def actions(grow: Any) -> list[tuple[int, str, str]]:
    runs = []
    for args in ACTIONS:
        result = grow(*args)
        assert result.exception is None or isinstance(result.exception, SystemExit), args
        runs.append((result.exit_code, result.stdout, result.stderr))
    return runs


def due_whole(grow: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[int, Any, str]:
    """What `grow due` prints from the whole folder read (the parts turned off)."""
    with monkeypatch.context() as patch:
        patch.setattr(records, "SCOPED", False)
        patch.setattr(records, "DUE_VIEW", "due-check")  # never the stored whole view
        patch.setattr(due_view, "DUE_VIEW", "due-check")
        return due(grow)


def same_as_whole(grow: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[int, Any, str]:
    items = actions(grow)
    parts = due(grow)
    assert parts == due_whole(grow, monkeypatch)
    with monkeypatch.context() as patch:
        patch.setattr(records, "SCOPED", False)
        assert items == actions(grow)
    return parts


def test_one_edited_note_computes_only_its_persons_part(
    grow: Any, folder: Path, computed: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = same_as_whole(grow, monkeypatch)
    assert computed[0] == "whole"  # cold: the folder read once, every part computed from it
    computed.clear()
    assert due(grow) == first and computed == []  # warm: the whole view, no note read
    actions(grow)
    assert computed == []  # every item's and thread's part kept

    checkin = folder / "people" / f"{ALEX_CHECKIN_2}.md"
    checkin.write_text(checkin.read_text().replace('status = "blocked"', 'status = "done"'))
    after = same_as_whole(grow, monkeypatch)
    assert computed[0] == [ALEX]
    assert ALEX_TRIAGE not in [entry["id"] for entry in after[1]]


def test_a_profile_change_computes_only_that_persons_part(
    grow: Any, folder: Path, computed: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    same_as_whole(grow, monkeypatch)
    computed.clear()
    assert grow("person", "edit", "Priya Shah", "--cadence", "3").exit_code == 0
    same_as_whole(grow, monkeypatch)
    assert computed[0] == [PRIYA]

    computed.clear()
    assert grow("person", "archive", "Priya Shah").exit_code == 0
    archived = same_as_whole(grow, monkeypatch)
    assert computed[0] == [PRIYA]
    assert PRIYA not in {entry["person"] for entry in archived[1]}


def test_a_note_reaching_into_another_persons_makes_every_part_depend_on_the_folder(
    grow: Any, folder: Path, computed: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = same_as_whole(grow, monkeypatch)
    assert ALEX_TRIAGE in [entry["id"] for entry in before[1]]
    computed.clear()
    crossing = write_note(folder, f"people/{SAM}/2026-11-21-checkin.md", CROSSING)
    after = same_as_whole(grow, monkeypatch)
    assert ALEX_TRIAGE not in [entry["id"] for entry in after[1]]  # Sam's note closed it
    assert computed[0] == [None, ALEX, PRIYA, SAM]

    computed.clear()  # while it is there, any change computes every part again
    checkin = folder / "people" / f"{ALEX_CHECKIN_2}.md"
    checkin.write_text(checkin.read_text() + "\nEdited.\n")
    same_as_whole(grow, monkeypatch)
    assert computed[0] == [None, ALEX, PRIYA, SAM]

    crossing.unlink()
    assert same_as_whole(grow, monkeypatch)[1] == before[1]


def test_new_people_removed_notes_and_damaged_profiles_match_the_whole_read(
    grow: Any, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    same_as_whole(grow, monkeypatch)
    assert grow("person", "add", "Noor Ali").exit_code == 0
    same_as_whole(grow, monkeypatch)
    (folder / "people" / "sam-lee" / "person.toml").write_text("name = [broken\n")
    damaged = same_as_whole(grow, monkeypatch)
    assert "person.toml" in damaged[2]
    for note in (folder / "people" / PRIYA).glob("*.md"):
        note.unlink()
    same_as_whole(grow, monkeypatch)
    (folder / "people" / PRIYA / "person.toml").unlink()
    with closing(sqlite3.connect(folder / ".grow" / index.INDEX_FILENAME)) as db:
        parts_of = "SELECT COUNT(*) FROM views WHERE name LIKE '%-part:people/' || ?"
        assert db.execute(parts_of, (PRIYA,)).fetchone()[0] > 0
    (folder / "people" / PRIYA).rmdir()
    same_as_whole(grow, monkeypatch)
    with closing(sqlite3.connect(folder / ".grow" / index.INDEX_FILENAME)) as db:
        assert db.execute(parts_of, (PRIYA,)).fetchone()[0] == 0  # gone with their folder


@pytest.mark.parametrize(
    "planted",
    [
        '{"archived": false, "name": "x"}',
        '{"archived": true}',
        "[1, 2]",
        '{"archived": "no"}',
        '{"archived": false, "name": null, "items": [], "tags": [], "reviews": {}}',
        '{"archived": false, "name": null, "items": [[1]], "checkin": "soon", "goal": 3}',
        '{"archived": false, "name": null, "rows": [{"id": "x", "status": "active"}]}',
        '{"archived": false, "name": null, "rows": {"slug": "alex-kim", "profile": null, '
        '"notes": [["x", "coaching", "2026-11-01", null, "5", null, []]], "threads": [], '
        '"items": [], "closed": [], "next_checkin": null}}',
        '{"archived": false, "name": "Sam Lee", "rows": {"slug": "sam-lee", "profile": '
        '["Sam Lee", 0, null, false], "notes": [], "threads": [], "items": [], "closed": [], '
        '"next_checkin": null}}',
        '{"archived": false, "name": "Alex Kim", "rows": {"slug": "sam-lee", "profile": '
        '["Alex Kim", 7, null, false], "notes": [], "threads": [], "items": [], "closed": [], '
        '"next_checkin": null}}',
    ],
)
def test_a_damaged_or_planted_part_is_computed_again(
    grow: Any, folder: Path, monkeypatch: pytest.MonkeyPatch, planted: str
) -> None:
    first = same_as_whole(grow, monkeypatch)
    with closing(sqlite3.connect(folder / ".grow" / index.INDEX_FILENAME)) as db, db:
        db.execute(
            "UPDATE views SET value = ? WHERE name LIKE '%-part:%'",
            (planted,),
        )
        db.execute("DELETE FROM views WHERE name = 'due'")
    assert same_as_whole(grow, monkeypatch) == first


def test_a_folder_with_a_link_is_read_whole(
    grow: Any, folder: Path, computed: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "people" / "linked").symlink_to(folder / "people" / SAM)
    same_as_whole(grow, monkeypatch)
    assert computed[0] == "whole"


def test_files_changed_just_now_are_used_but_nothing_made_from_them_is_kept(
    grow: Any, folder: Path, computed: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    same_as_whole(grow, monkeypatch)
    with closing(sqlite3.connect(folder / ".grow" / index.INDEX_FILENAME)) as db:
        kept_before = db.execute("SELECT name, digest FROM views ORDER BY name").fetchall()
    # Every file now counts as changed just now (as right after a check-in): the next run
    # reads the edited note and computes its person's part, but keeps nothing made from it.
    monkeypatch.setattr(index, "RACY_WINDOW_NS", 10**18)
    checkin = folder / "people" / f"{ALEX_CHECKIN_2}.md"
    checkin.write_text(checkin.read_text().replace('status = "blocked"', 'status = "done"'))
    computed.clear()
    after = same_as_whole(grow, monkeypatch)
    assert computed[0] == [ALEX] and "whole" not in computed[:2]
    with closing(sqlite3.connect(folder / ".grow" / index.INDEX_FILENAME)) as db:
        kept_after = db.execute("SELECT name, digest FROM views ORDER BY name").fetchall()
        alex = db.execute(
            "SELECT COUNT(*) FROM folders WHERE folder = ?", (f"people/{ALEX}",)
        ).fetchone()[0]
    assert kept_after == kept_before and alex == 0
    computed.clear()
    assert same_as_whole(grow, monkeypatch) == after
    assert computed[0] == [ALEX]  # read again: nothing made from it was trusted


STATS = ("stats", "--json", "--since", "2026-10-01")
TABLE = ("stats", "--since", "2026-10-01")  # the same period, as tables


def run_stats(grow: Any, *args: str) -> tuple[int, str, str]:
    result = grow(*(args or STATS))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def plant_stats(folder: Path, value: str) -> None:
    with closing(sqlite3.connect(folder / ".grow" / index.INDEX_FILENAME)) as db, db:
        db.execute("UPDATE views SET value = ? WHERE name = 'stats'", (value,))
        db.execute("DELETE FROM views WHERE name LIKE 'stats-part:%'")


def test_stats_of_the_same_period_are_one_row_and_a_planted_row_is_counted_again(
    grow: Any, folder: Path, computed: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(records, "SCOPED", False)
        whole = run_stats(grow)
    first = run_stats(grow)
    assert first == whole
    table = run_stats(grow, *TABLE)
    computed.clear()
    plant_stats(folder, '{"unused": 1}')  # only the parts: the whole row is kept
    with closing(sqlite3.connect(folder / ".grow" / index.INDEX_FILENAME)) as db:
        kept = db.execute("SELECT COUNT(*) FROM views WHERE name = 'stats'").fetchone()[0]
    assert kept == 1
    computed.clear()
    other_period = run_stats(grow, "stats", "--json")  # another period: counted from parts
    assert computed != []
    assert run_stats(grow) == first  # the row of the first period was replaced: counted again

    planted = [
        '{"stats": {"period": 3}, "warnings": []}',
        '{"stats": null, "warnings": [1]}',
        "[]",
        '{"stats": {"period": ["2026-11-23", "2026-11-22"], "people": [], '
        '"conversations": 0, "checkins": 0, "topics": [], "tags": [], "development_people": 0, '
        '"flags": [], "weekly": [], "public_topics": [], "career_conversations": 0}, '
        '"warnings": []}',
        '{"stats": {"period": ["2026-10-01", "2026-11-22"], "people": [{"slug": 1}], '
        '"conversations": 0, "checkins": 0, "topics": [], "tags": [], "development_people": 0, '
        '"flags": [], "weekly": [], "public_topics": [], "career_conversations": 0}, '
        '"warnings": []}',
    ]
    with closing(sqlite3.connect(folder / ".grow" / index.INDEX_FILENAME)) as db:
        (kept,) = db.execute("SELECT value FROM views WHERE name = 'stats'").fetchone()
    for damage in ("focus", "threads"):  # a row as kept, but for one of its counts
        row = json.loads(kept)
        person = row["stats"]["people"][0]
        if damage == "focus":
            del person["focus"]["performance"]  # the table prints each focus's share
        else:
            person["threads"][3]["ended"] = 1  # the team's counts add each outcome
        planted.append(json.dumps(row))
    for value in planted:
        for shown, args in ((first, STATS), (table, TABLE)):
            run_stats(grow, *args)  # the row kept is of this period
            computed.clear()
            plant_stats(folder, value)
            assert run_stats(grow, *args) == shown
            assert computed != []  # not trusted: the notes were read again
    assert run_stats(grow, "stats", "--json") == other_period


def test_kept_stats_come_back_as_they_were(grow: Any, folder: Path) -> None:
    """app/stats_kept.py: every field of the stats, through JSON and back."""
    import datetime as dt

    from grow_cli.app import reports, stats_kept
    from grow_cli.domain.stats_facts import Period
    from grow_cli.env import Environment

    env = Environment(environ={"GROW_NOTES_DIR": str(folder), "GROW_TODAY": "2026-11-22"})
    found = records.read(env)
    for period in (Period(dt.date(1, 1, 1), dt.date(2026, 11, 22)), Period.ending(env.today, 30)):
        stats = reports.stats(found, period, env.today)
        assert stats.people and stats.flags
        kept = json.loads(json.dumps(stats_kept.to_kept(stats)))
        assert stats_kept.from_kept(kept) == stats


@pytest.mark.parametrize(
    "profile", ['["Sam Lee", 0, null, false]', '["Sam Lee", -7, null, false]', '["Sam Lee"]']
)
def test_a_planted_stats_part_of_one_person_is_computed_again(
    grow: Any, folder: Path, monkeypatch: pytest.MonkeyPatch, profile: str
) -> None:
    first = run_stats(grow)
    planted = (
        f'{{"archived": false, "name": "Sam Lee", "rows": {{"slug": "{SAM}", "profile": '
        f'{profile}, "notes": [], "threads": [], "items": [], "closed": [], '
        '"next_checkin": null}}'
    )
    with closing(sqlite3.connect(folder / ".grow" / index.INDEX_FILENAME)) as db, db:
        db.execute(
            "UPDATE views SET value = ? WHERE name = ?", (planted, f"stats-part:people/{SAM}")
        )
        db.execute("DELETE FROM views WHERE name = 'stats'")
    assert run_stats(grow) == first
