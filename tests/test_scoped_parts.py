"""Issue 18: `grow actions PERSON`, `grow actions --journal`, `grow goals PERSON`, `grow history
PERSON`, `grow journal list` and `grow person show PERSON` from the part the index keeps of that
person (or the journal; app/parts.py's collect_scoped), and `grow search` from the rows it keeps
of each note (app/search_rows.py), printing exactly what reading the notes prints.

Over the hostile folder (every kind of note, thread, update and damage) with its links and
named pipe taken out (a link can change in ways no stamp shows, so such a folder is always read)
and its note misfiled in another person's folder too (see `collect_scoped`):
each command runs with the notes read (the index's parts turned off), then from parts cold, warm,
after an edit in place that keeps the size and the times, after a part was planted, and with the
person archived, named by another spelling, by too little, or by nobody's name, and after the
folder was moved (a part keeps its paths relative to the folder).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import hostile_folder as hostile
from grow_cli.app import records
from grow_cli.cli import app
from grow_cli.ui import output
from hostile_folder import ALEX, ALEX_THREAD, CARRIAGE, EVIL, PRIYA

CHECKIN = "2026-11-18-checkin"  # Alex's check-in with a BOM and Windows line endings
# Closes items and Alex's goal, so that both halves of each view (open and closed) hold rows.
CLOSING = f"""+++
kind = "checkin"
date = 2026-11-21
person = "{ALEX}"
tags = ["Planning"]

[[updates]]
ref = "{ALEX}/2026-11-08-coaching#s1"
status = "done"
note = "Paired twice"

[[updates]]
ref = "{ALEX}/2026-11-18-checkin#a1"
status = "dropped"

[[progress]]
thread = "{ALEX}/2026-11-08-coaching#t1"
status = "achieved"
note = "Triage guide shipped"

[[actions]]
text = "Write up what the triage guide changed"
due = 2026-12-04
owner = "report"
+++
"""
ONE_PERSON: list[tuple[str, ...]] = [
    ("actions", ALEX),
    ("actions", ALEX, "--status", "all", "--json"),
    ("actions", ALEX, "--tag", "planning"),
    ("actions", "Alex", "--status", "done"),
    ("actions", PRIYA, "--status", "all"),
    ("actions", "--journal", "--json"),
    ("actions", "--journal", "--status", "all"),
    ("actions", "--journal", ALEX),
    ("actions", "a"),  # matches more than one person: the same error
    ("actions", "nobody-at-all"),
    ("actions", "no-profile"),
    ("goals", ALEX),
    ("goals", "alex kim", "--status", "all", "--json"),
    ("goals", PRIYA, "--status", "closed"),
    ("goals", ALEX, "--status", "bogus"),
    ("goals", "nobody-at-all"),
    ("goals", "no-profile", "--status", "all"),
    ("history", ALEX),
    ("history", ALEX, "--json"),
    ("history", "Priya", "--tag", "PLANNING"),
    ("history", ALEX, "--tag", "nothing-is-tagged-this"),
    ("history", ALEX, "--thread", ALEX_THREAD),
    ("history", EVIL),
    ("history", CARRIAGE, "--json"),
    ("history", "no-profile"),
    ("history", "nobody-at-all"),
    ("journal", "list"),
    ("journal", "list", "--json"),
    ("person", "show", ALEX),
    ("person", "show", ALEX, "--json"),
    ("person", "show", "priya", "--json"),
    ("person", "show", EVIL),
    ("person", "show", CARRIAGE, "--json"),
    ("person", "show", "no-profile"),
    ("person", "show", "nobody-at-all"),
    ("search", "checklist"),
    ("search", "CHECKLIST", "--json"),
    ("search", "sprint", "--person", "alex"),
    ("search", "a", "--kind", "checkin", "--json"),
    ("search", "", "--kind", "feedback"),
    ("search", "to", "--since", "2026-11-01", "--until", "2026-11-20", "--json"),
    ("search", "summary", "--focus", "development"),
    ("search", "sprint", "--tag", "PLANNING"),
    ("search", "guide", "--person", PRIYA, "--json"),
    ("search", "x", "--person", "no-profile"),
    ("search", "x", "--person", "nobody-at-all"),
    ("search", "nothing-holds-this"),
]


def run(notes_dir: Path, args: tuple[str, ...]) -> tuple[int, str, str]:
    output.reset()
    result = CliRunner().invoke(app, ["--notes", str(notes_dir), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def read_notes(notes_dir: Path, args: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> Any:
    """What the command prints with the index's parts turned off."""
    monkeypatch.setattr(records, "SCOPED", False)
    try:
        return run(notes_dir, args)
    finally:
        monkeypatch.setattr(records, "SCOPED", True)


def part_names(notes_dir: Path, pattern: str = "%part:%") -> set[str]:
    with closing(sqlite3.connect(notes_dir / ".grow" / "index.sqlite3")) as db:
        return {
            name for (name,) in db.execute("SELECT name FROM views WHERE name LIKE ?", (pattern,))
        }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> hostile.HostileFolder:
    root = tmp_path_factory.mktemp("scoped")
    env = {"HOME": str(root / "home"), "GROW_CONFIG": str(root / "config.toml")}

    def grow(*args: str, input: str | None = None) -> Any:
        output.reset()
        return CliRunner().invoke(app, list(args), input=input, env=env)

    folder = hostile.build(root / "notes", grow)
    for path in sorted(folder.notes_dir.rglob("*")):
        if path.is_symlink() or path.is_fifo():
            path.unlink()
    folder.fifos.clear()
    (folder.notes_dir / "people" / ALEX / "2026-11-21-checkin.md").write_text(CLOSING)
    # A note reaching across people (one about Alex misfiled in Priya's folder) sends every
    # one-person view to the notes: test_index_equality.py covers those. Here they are taken out.
    run(folder.notes_dir, ("due",))
    index = folder.notes_dir / ".grow" / "index.sqlite3"
    with closing(sqlite3.connect(index)) as db:
        crossing = [key for (key,) in db.execute("SELECT key FROM files WHERE crossing = 1")]
    assert crossing, "the hostile folder has a note that reaches across people"
    for key in crossing:
        (folder.notes_dir / key).unlink()
    index.unlink()
    return folder


@pytest.fixture
def folder(
    built: hostile.HostileFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> hostile.HostileFolder:
    import time

    from grow_cli.store import index

    # A minute on, so that the files just copied are settled and their parts kept.
    monkeypatch.setattr(index, "now_ns", lambda: time.time_ns() + 60 * 10**9)
    return built.copy_to(tmp_path / "notes")


@pytest.mark.parametrize("command", ONE_PERSON, ids=" ".join)
def test_one_persons_view_from_their_part_prints_what_their_notes_give(
    folder: hostile.HostileFolder, command: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = folder.notes_dir
    expected = read_notes(notes, command, monkeypatch)
    (notes / ".grow" / "index.sqlite3").unlink(missing_ok=True)
    assert run(notes, command) == expected  # cold
    assert run(notes, command) == expected  # warm

    checkin = notes / "people" / ALEX / f"{CHECKIN}.md"
    before = checkin.stat()
    text = checkin.read_bytes()
    changed = text.replace(b"CRLF checklist", b"CRLF checklisT", 1)
    assert changed != text
    checkin.write_bytes(changed)
    os.utime(checkin, ns=(before.st_atime_ns, before.st_mtime_ns))
    expected = read_notes(notes, command, monkeypatch)
    assert run(notes, command) == expected  # the edited person's part again


def test_the_part_of_the_person_named_is_read_and_kept(
    folder: hostile.HostileFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grow_cli.app import parts

    notes = folder.notes_dir
    commands = [
        ("actions", ALEX, "--json"),
        ("goals", ALEX, "--status", "all"),
        ("history", "alex"),
        ("journal", "list", "--json"),
        ("person", "show", ALEX, "--json"),
    ]
    first = [run(notes, command) for command in commands]
    assert first[0][0] == 0 and first[0][1].startswith("[")
    kept = part_names(notes)
    assert f"items-open-part:people/{ALEX}" in kept
    assert f"goals-closed-part:people/{ALEX}" in kept
    assert {f"notes-part:people/{ALEX}", "notes-part:journal"} <= kept
    assert f"person-part:people/{ALEX}" in kept
    assert f"items-open-part:people/{PRIYA}" not in kept, "only the person named"
    with closing(sqlite3.connect(notes / ".grow" / "index.sqlite3")) as db:
        names = "SELECT COUNT(*) FROM views WHERE name = ?"
        assert db.execute(names, (parts.PROFILES_VIEW,)).fetchone()[0] == 1

    # A warm run builds them from the parts alone: no person's notes are read.
    def no_reading(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a person's notes were read")

    monkeypatch.setattr(records, "load_people", no_reading)
    monkeypatch.setattr(records, "read_person", no_reading)
    assert [run(notes, command) for command in commands] == first


def test_a_planted_part_is_not_trusted(
    folder: hostile.HostileFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = folder.notes_dir
    command = ("actions", ALEX, "--status", "all", "--json")
    expected = run(notes, command)
    plants = [
        '{"name": "Alex", "archived": false, "items": [[1]], "tags": {}}',
        '{"name": "Alex", "archived": true}',
        '{"name": 7, "archived": false, "items": [], "tags": {}}',
        "[]",
    ]
    for plant in plants:
        with closing(sqlite3.connect(notes / ".grow" / "index.sqlite3")) as db, db:
            db.execute(
                "UPDATE views SET value = ? WHERE name LIKE 'items-%-part:people/alex%'", (plant,)
            )
        assert run(notes, command) == expected, plant
    assert read_notes(notes, command, monkeypatch) == expected


def test_an_archived_person_and_profiles_kept_wrong_read_their_notes(
    folder: hostile.HostileFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = folder.notes_dir
    profile = notes / "people" / PRIYA / "person.toml"
    profile.write_text(profile.read_text(encoding="utf-8") + "archived = 2026-11-01\n")
    for command in [("actions", PRIYA, "--status", "all"), ("goals", PRIYA, "--status", "all")]:
        expected = read_notes(notes, command, monkeypatch)
        assert expected[0] == 0
        assert run(notes, command) == expected
        assert run(notes, command) == expected

    # Kept profiles of another shape are read again, as the notes give them.
    command = ("actions", "alex")
    expected = read_notes(notes, command, monkeypatch)
    plants = [
        '{"people": [["alex-kim"]], "warnings": []}',
        '{"people": [["alex-kim", "Alex Kim", "no"]], "warnings": []}',
        '{"people": [], "warnings": [7]}',
        '{"people": "alex-kim"}',
    ]
    for plant in plants:
        with closing(sqlite3.connect(notes / ".grow" / "index.sqlite3")) as db, db:
            db.execute("UPDATE views SET value = ? WHERE name = 'profiles'", (plant,))
        assert run(notes, command) == expected, plant


MOVED_COMMANDS: list[tuple[str, ...]] = [
    ("history", ALEX, "--json"),
    ("journal", "list", "--json"),
    ("search", "sprint", "--json"),
    ("due", "--json"),
    ("stats", "--json"),
    ("person", "list"),
    ("person", "show", ALEX),
    ("actions", ALEX),
]


def test_what_is_kept_names_the_folder_where_it_is_after_a_move(
    folder: hostile.HostileFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = folder.notes_dir
    for command in MOVED_COMMANDS:
        run(notes, command)
    moved = tmp_path / "moved"
    notes.rename(moved)  # the files keep their stamps: what was kept of them still stands
    for command in MOVED_COMMANDS:
        (moved / ".grow").rename(tmp_path / "kept")
        expected = read_notes(moved, command, monkeypatch)  # no index: nothing kept
        shutil.rmtree(moved / ".grow", ignore_errors=True)
        (tmp_path / "kept").rename(moved / ".grow")
        # The damaged profiles' warnings and the notes' paths name the folder where it is now.
        assert str(moved) in expected[1] + expected[2], command
        assert run(moved, command) == expected, command
        assert str(notes) + os.sep not in "".join(expected[1:])


def test_a_planted_row_of_notes_is_not_trusted(
    folder: hostile.HostileFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = folder.notes_dir
    command = ("history", ALEX, "--json")
    expected = run(notes, command)
    good = (
        '{"id": "x", "path": "p", "date": "2026-11-01", "kind": "checkin", "person": null, '
        '"focus": null, "mode": null, "topic": null, "goal": null, "summary": "", "tags": [], '
        '"counts": {"actions": 0, "support": 0, "updates": 0, "feedback": 0}}'
    )
    plants = [
        good.replace('"2026-11-01"', '"someday"'),
        good.replace('"tags": []', '"tags": [1]'),
        good.replace('"feedback": 0', '"feedback": true'),
        good.replace('"summary": ""', '"summary": null'),
        good.replace('"path": "p", ', ""),
        good.replace('"id": "x", "path": "p"', '"path": "p", "id": "x"'),
    ]
    for plant in plants:
        with closing(sqlite3.connect(notes / ".grow" / "index.sqlite3")) as db, db:
            value = '{"name": "Alex Kim", "archived": false, "rows": [' + plant + "]}"
            db.execute(
                "UPDATE views SET value = ? WHERE name LIKE 'notes-part:people/alex%'", (value,)
            )
        assert run(notes, command) == expected, plant
    assert read_notes(notes, command, monkeypatch) == expected


def test_a_planted_summary_part_is_not_trusted(
    folder: hostile.HostileFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    notes = folder.notes_dir
    command = ("person", "show", ALEX, "--json")
    expected = run(notes, command)
    assert expected[0] == 0
    with closing(sqlite3.connect(notes / ".grow" / "index.sqlite3")) as db:
        (value,) = db.execute(
            "SELECT value FROM views WHERE name = ?", (f"person-part:people/{ALEX}",)
        ).fetchone()
    good = json.loads(value)
    assert good["open"] and good["kinds"]
    closed_item = [*good["open"][0][:4], "done", *good["open"][0][5:]]
    plants = [
        {**good, "profile": {**good["profile"], "slug": PRIYA}},
        {**good, "profile": {**good["profile"], "cadence_days": "7"}},
        {**good, "open": [closed_item]},
        {**good, "open": [good["open"][0][:5]]},
        {**good, "kinds": [None]},
        {**good, "last": "last week"},
        {**good, "cadence": 7.5},
        {**good, "goals": [{"id": "x"}]},
        {key: value for key, value in good.items() if key != "next"},
    ]
    for plant in plants:
        with closing(sqlite3.connect(notes / ".grow" / "index.sqlite3")) as db, db:
            db.execute(
                "UPDATE views SET value = ? WHERE name = ?",
                (json.dumps(plant), f"person-part:people/{ALEX}"),
            )
        assert run(notes, command) == expected, plant
    assert read_notes(notes, command, monkeypatch) == expected


def test_a_warm_search_reads_kept_rows_and_drops_those_of_notes_gone(
    folder: hostile.HostileFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grow_cli.store import scope

    notes = folder.notes_dir
    command = ("search", "checklist", "--json")
    first = run(notes, command)
    assert first[0] == 0 and "checklist" in first[1].lower()
    rows = part_names(notes, "file:%")
    assert rows, "the candidates' rows are kept"

    def no_loading(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a note was loaded")

    with monkeypatch.context() as patched:
        patched.setattr(scope, "picked_scan", no_loading)
        patched.setattr(records, "load", no_loading)
        assert run(notes, command) == first

    (notes / "people" / ALEX / f"{CHECKIN}.md").unlink()
    expected = read_notes(notes, command, monkeypatch)
    assert run(notes, command) == expected
    with closing(sqlite3.connect(notes / ".grow" / "index.sqlite3")) as db:
        names = [n for (n,) in db.execute("SELECT name FROM views WHERE name LIKE 'file:%'")]
    assert not any(CHECKIN in name for name in names), "the row of the note removed is dropped"


def test_a_planted_search_row_is_not_trusted(
    folder: hostile.HostileFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    notes = folder.notes_dir
    command = ("search", "checklist", "--json")
    expected = run(notes, command)
    name = f"file:people/{ALEX}/{CHECKIN}.md"
    with closing(sqlite3.connect(notes / ".grow" / "index.sqlite3")) as db:
        (value,) = db.execute("SELECT value FROM views WHERE name = ?", (name,)).fetchone()
    good = json.loads(value)
    plants = [
        {**good, "texts": good["texts"][:-1]},
        {**good, "texts": [None] * len(good["texts"])},
        {**good, "fields": "topic"},
        {**good, "row": {**good["row"], "date": "soon"}},
        {**good, "row": {**good["row"], "counts": {**good["row"]["counts"], "actions": True}}},
        {**good, "answers": []},
        {key: value for key, value in good.items() if key != "fields"},
    ]
    for plant in plants:
        with closing(sqlite3.connect(notes / ".grow" / "index.sqlite3")) as db, db:
            db.execute("UPDATE views SET value = ? WHERE name = ?", (json.dumps(plant), name))
        assert run(notes, command) == expected, plant
    assert read_notes(notes, command, monkeypatch) == expected


def test_a_kept_row_of_a_note_that_became_a_copy_is_left_out(
    folder: hostile.HostileFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = folder.notes_dir
    original = notes / "people" / ALEX / "2026-11-08-coaching.md"
    aside = tmp_path / "aside.md"
    command = ("search", "sprint", "--json")
    original.rename(aside)  # the copy is the only note of its id: it is found, its row kept
    alone = run(notes, command)
    assert "coaching copy.md" in alone[1]
    aside.rename(original)  # a copy again, its row still as fresh as its file
    expected = read_notes(notes, command, monkeypatch)
    assert "coaching copy.md" not in expected[1]
    assert run(notes, command) == expected


def test_the_slug_of_a_profile_that_cannot_be_read_is_not_taken_for_another_person(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from grow_cli.store import index

    monkeypatch.setattr(index, "now_ns", lambda: time.time_ns() + 60 * 10**9)
    notes = tmp_path / "notes"
    for name in ("Alex Kim", "Alex Kimura"):
        assert run(notes, ("person", "add", name))[0] == 0
    (notes / "people" / "alex-kim" / "person.toml").write_text('name = "Alex Kim\n')
    for command in [
        ("person", "show", "alex-kim"),
        ("history", "alex-kim"),
        ("actions", "alex-kim"),
        ("goals", "alex-kim"),
        ("person", "show", " alex-kim "),
    ]:
        expected = read_notes(notes, command, monkeypatch)
        assert run(notes, command) == expected, command  # building the index
        assert run(notes, command) == expected, command  # from it
    assert read_notes(notes, ("person", "show", "alex-kim"), monkeypatch)[0] == 1
