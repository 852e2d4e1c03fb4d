"""`grow due` from the index (issue 7): the same output cold, warm and with the index deleted;
every hand edit, new or deleted file and profile change picked up; a warm run reads no note."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from folders import (
    ALEX_CHECKIN_2,
    ALEX_DAMAGED,
    ALEX_TRIAGE,
    JOURNAL_HANDOVER,
    example_folder,
    write_note,
)
from grow_cli.app import records
from grow_cli.store import index, notes

DUE = ("due", "--json", "--within", "30")


@pytest.fixture(autouse=True)
def no_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by a test are seconds old at most; let the index take them at once."""
    monkeypatch.setattr(index, "RACY_WINDOW_NS", 0)


@pytest.fixture
def folder(grow: Any, notes_dir: Path) -> Path:
    return example_folder(grow, notes_dir)


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry for every time notes are read (the whole folder, or the people whose part of
    the view is computed again) rather than taken from the due view."""
    seen: list[int] = []
    real, real_people = records.load, records.load_people

    def counting(*args: Any, **kwargs: Any) -> records.Records:
        seen.append(1)
        return real(*args, **kwargs)

    def counting_people(*args: Any, **kwargs: Any) -> records.Records | None:
        seen.append(1)
        return real_people(*args, **kwargs)

    monkeypatch.setattr(records, "load", counting)
    monkeypatch.setattr(records, "load_people", counting_people)
    return seen


def due(grow: Any) -> tuple[list[dict[str, Any]], str]:
    result = grow(*DUE)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def ids(entries: list[dict[str, Any]]) -> list[str]:
    return [entry["id"] for entry in entries]


def test_cold_warm_and_without_the_index_the_output_is_the_same(
    grow: Any, folder: Path, scans: list[int]
) -> None:
    cold = due(grow)
    assert scans == [1]
    assert ALEX_TRIAGE in ids(cold[0]) and JOURNAL_HANDOVER in ids(cold[0])
    assert ALEX_DAMAGED in cold[1]  # the damaged note's warning

    assert due(grow) == cold
    assert due(grow) == cold
    assert scans == [1]  # both warm runs came from the view

    shutil.rmtree(folder / ".grow")
    assert due(grow) == cold
    (folder / ".grow" / index.INDEX_FILENAME).unlink()
    assert due(grow) == cold
    assert scans == [1, 1, 1]


def test_a_hand_edit_is_picked_up_on_the_next_run(grow: Any, folder: Path) -> None:
    before, _ = due(grow)
    triage = next(entry for entry in before if entry["id"] == ALEX_TRIAGE)
    assert triage["status"] == "blocked"

    checkin = folder / "people" / f"{ALEX_CHECKIN_2}.md"
    text = checkin.read_text()
    assert f'ref = "{ALEX_TRIAGE}"\nstatus = "blocked"' in text
    checkin.write_text(text.replace('status = "blocked"', 'status = "done"   '))
    after, _ = due(grow)
    assert ALEX_TRIAGE not in ids(after)

    # The same size again and the old mtime put back: the ctime still gives it away.
    stat = checkin.stat()
    checkin.write_text(text.replace('status = "blocked"', 'status = "open"   '))
    os.utime(checkin, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert checkin.stat().st_size == stat.st_size
    again, _ = due(grow)
    assert next(e for e in again if e["id"] == ALEX_TRIAGE)["status"] == "open"


def test_new_deleted_and_renamed_people_and_notes_are_picked_up(grow: Any, folder: Path) -> None:
    due(grow)
    write_note(
        folder,
        "journal/2026-11-21-journal.md",
        'kind = "journal"\ndate = 2026-11-21\n\n[[actions]]\ntext = "New"\ndue = 2026-11-25\n',
    )
    added, _ = due(grow)
    assert "journal/2026-11-21-journal#a1" in ids(added)

    (folder / "journal" / "2026-11-12-journal.md").unlink()
    removed, _ = due(grow)
    assert JOURNAL_HANDOVER not in ids(removed)

    profile = folder / "people" / "alex-kim" / "person.toml"
    profile.write_text(profile.read_text().replace("Alex Kim", "Alexandra Kim"))
    renamed, _ = due(grow)
    checkin = next(e for e in renamed if e["id"] == "alex-kim#checkin")
    assert checkin["text"].startswith("Check-in with Alexandra Kim: Bring the average first reply")

    shutil.rmtree(folder / "people" / "priya-shah")
    gone, _ = due(grow)
    assert not [e for e in gone if e["person"] == "priya-shah"]


def test_a_damaged_note_is_warned_about_on_every_warm_run(
    grow: Any, folder: Path, scans: list[int]
) -> None:
    first = due(grow)[1]
    assert first.count(ALEX_DAMAGED) == 1
    assert due(grow)[1] == first
    assert due(grow)[1] == first
    assert scans == [1]
    (folder / ALEX_DAMAGED).unlink()
    assert ALEX_DAMAGED not in due(grow)[1]


@pytest.mark.parametrize(
    "value",
    [
        "not json",
        "[]",
        '{"view": {}, "warnings": []}',
        '{"view": {"items": [[1]], "checkins": {}, "names": {}}, "warnings": []}',
        '{"view": {"items": [], "checkins": {"x": "tomorrow"}, "names": {}}, "warnings": []}',
        "5",
    ],
)
def test_a_damaged_or_planted_view_is_not_trusted(grow: Any, folder: Path, value: str) -> None:
    expected = due(grow)
    with closing(sqlite3.connect(folder / ".grow" / index.INDEX_FILENAME)) as db:
        db.execute("UPDATE views SET value = ?", (value,))
        db.commit()
    assert due(grow) == expected
    assert due(grow) == expected


def test_files_changed_just_now_keep_the_view_from_being_stored(
    grow: Any, folder: Path, scans: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index, "RACY_WINDOW_NS", 2 * 10**9)
    # The runs' clock is pinned: a second after the last file was written, however slowly the
    # fixture and this test run.
    stats = [p.stat() for p in folder.rglob("*") if p.is_file() and ".grow" not in p.parts]
    written = max(max(stat.st_mtime_ns, stat.st_ctime_ns) for stat in stats)
    monkeypatch.setattr(index, "now_ns", lambda: written + 10**9)
    expected = due(grow)
    assert due(grow) == expected
    assert scans == [1, 1]  # the newest file was written a second ago: no view trusted yet

    monkeypatch.setattr(index, "now_ns", lambda: written + 60 * 10**9)  # a minute later
    assert due(grow) == expected
    assert due(grow) == expected
    assert scans == [1, 1, 1]


def test_an_unwritable_index_folder_still_gives_due(grow: Any, folder: Path) -> None:
    expected = due(grow)
    shutil.rmtree(folder / ".grow")
    (folder / ".grow").write_text("a file where the index folder should be")
    assert due(grow) == expected
    assert due(grow) == expected


PROBE = """
import json, sys
from grow_cli.store import index
if sys.argv[2] == "cold":
    index.RACY_WINDOW_NS = 0  # the test's files are seconds old
opened = []
sys.addaudithook(lambda event, args: event == "open" and opened.append(str(args[0])))
sys.argv = ["grow", "--notes", sys.argv[1], "due", "--json"]
from grow_cli.cli import main
try:
    main()
except SystemExit:
    pass
notes_read = [path for path in opened if path.endswith(".md")]
models = sorted(m for m in sys.modules if m.startswith(("pydantic", "grow_cli.domain.models")))
sys.stderr.write("PROBE " + json.dumps({"read": notes_read, "models": models}) + "\\n")
"""


def probe(folder: Path, mode: str) -> tuple[str, dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder), mode],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    line = next(line for line in done.stderr.splitlines() if line.startswith("PROBE "))
    return done.stdout, json.loads(line.removeprefix("PROBE "))


def test_a_warm_run_reads_no_note_and_imports_no_models(folder: Path) -> None:
    shutil.rmtree(folder / ".grow", ignore_errors=True)
    cold_output, cold = probe(folder, "cold")
    assert len(cold["read"]) == 7 and "grow_cli.domain.models" in cold["models"]

    warm_output, warm = probe(folder, "warm")
    assert warm_output == cold_output
    assert warm == {"read": [], "models": []}


def test_the_index_holds_what_the_listing_found(grow: Any, folder: Path) -> None:
    due(grow)
    with closing(sqlite3.connect(folder / ".grow" / index.INDEX_FILENAME)) as db:
        keys = sorted(key for (key,) in db.execute("SELECT key FROM files"))
        views = [name for (name,) in db.execute("SELECT name FROM views")]
    from grow_cli.env import Environment
    from grow_cli.store import paths

    listing = notes.list_files(paths.resolve(Environment(environ={}, notes_override=folder)))
    assert keys == sorted(found.shown for found in listing.notes)
    from grow_cli.app import due_view, parts
    from grow_cli.store import scope

    assert records.DUE_VIEW in views
    # Besides the whole view: one part per person and the journal, the folder's warnings.
    others = {parts.PROFILES_VIEW, scope.FOLDER_VIEW}
    assert all(v.startswith(due_view.PART_VIEW) or v in others for v in views if v != "due")
    assert due_view.PART_VIEW + "journal" in views
