"""The notes index in <notes>/.grow/: disposable, never wrong, never an error."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from grow_cli.domain.models import Action, Grow, Note
from grow_cli.env import Environment
from grow_cli.store import frontmatter, index, notes, paths

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(autouse=True)
def no_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by a test are seconds old at most; let the index take them at once."""
    monkeypatch.setattr(index, "RACY_WINDOW_NS", 0)


@pytest.fixture
def locations(tmp_path: Path) -> paths.Locations:
    return paths.resolve(
        Environment(
            environ={"GROW_CONFIG": str(tmp_path / "c.toml")}, notes_override=tmp_path / "n"
        )
    )


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files a scan reads, in order."""
    seen: list[str] = []
    real = frontmatter.read

    def counting(path: Path | str) -> dict[str, object]:
        seen.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(frontmatter, "read", counting)
    return seen


def body(note: Note) -> str:
    return f"# {note.kind}\n"


def save(locations: paths.Locations, **fields: object) -> Path:
    data: dict[str, object] = {"kind": "coaching", "date": TODAY, "person": "alex-kim"}
    data.update(fields)
    return notes.save_new(locations, Note.model_validate(data), body)


def folder_with_everything(locations: paths.Locations) -> None:
    """Good notes, damaged ones, a note in the wrong folder, duplicate ids and a journal note."""
    save(
        locations,
        topic="Turnaround",
        next_checkin=TODAY,
        grow={"goal": "Reply within 4 hours", "options": ["a", "b"]},
        feedback=[{"situation": "s", "behavior": "b", "impact": "i"}],
        actions=[{"text": "Reply within 4 hours", "due": TODAY, "confidence": 8}],
        support=[{"text": "Move the sync"}],
        tags=["support"],
    )
    save(locations, kind="checkin", updates=[{"ref": "alex-kim/x#a1", "status": "done"}])
    save(locations, kind="journal", person=None, mode="career", career={"review_on": TODAY})
    folder = locations.people_dir / "alex-kim"
    (folder / "2026-11-01-coaching.md").write_text('+++\nkind = "coaching"\ntopic = oops\n+++\n')
    (folder / "2026-11-02-checkin.md").write_text(
        '+++\nkind = "checkin"\ndate = 2026-11-02\nperson = "alex-kim"\nmood = "sunny"\n+++\n'
    )
    (folder / "2026-11-03-checkin.md").write_text(
        # Wrong folder, and an item id the next note's first action also gets.
        '+++\nkind = "checkin"\ndate = 2026-11-03\nperson = "sam"\nid = "other"\n\n'
        '[[actions]]\nid = "dup#a1"\ntext = "Read the guide"\n+++\n'
    )
    (folder / "2026-11-04-checkin.md").write_text(
        '+++\nkind = "checkin"\ndate = 2026-11-04\nperson = "alex-kim"\nid = "dup"\n\n'
        '[[actions]]\ntext = "Book the course"\n+++\n\nhand-written, no ids\n'
    )


def snapshot(result: notes.ScanResult) -> tuple[list[object], list[str]]:
    """Everything a command can see in a scan, in order."""
    seen: list[object] = []
    for loaded in result.notes:
        note = loaded.note
        seen.append((loaded.path, json.dumps(note.model_dump(mode="json"), sort_keys=False)))
        seen.append(_fields_set(note))
    return seen, result.warnings


def _fields_set(model: object) -> object:
    from pydantic import BaseModel

    if isinstance(model, BaseModel):
        nested = {name: _fields_set(getattr(model, name)) for name in type(model).model_fields}
        return (sorted(model.model_fields_set), nested)
    if isinstance(model, list):
        return [_fields_set(item) for item in model]
    return None


def test_a_warm_scan_gives_exactly_what_a_cold_one_does(
    locations: paths.Locations, parses: list[str]
) -> None:
    folder_with_everything(locations)
    cold = notes.scan(locations)
    assert (locations.cache_dir / index.INDEX_FILENAME).exists()
    parses.clear()

    warm = notes.scan(locations)

    assert parses == []
    assert snapshot(warm) == snapshot(cold)
    assert [n.note for n in warm.notes] == [n.note for n in cold.notes]
    assert len(cold.warnings) == 4  # TOML, unknown key, wrong folder, duplicate id


def test_indexed_notes_are_real_models(locations: paths.Locations) -> None:
    folder_with_everything(locations)
    notes.scan(locations)
    [coaching] = [n.note for n in notes.scan(locations).notes if n.note.topic == "Turnaround"]
    assert isinstance(coaching, Note) and isinstance(coaching.grow, Grow)
    assert isinstance(coaching.actions[0], Action)
    assert coaching.actions[0].due == TODAY and type(coaching.actions[0].due) is dt.date
    assert coaching.actions[0].id == "alex-kim/2026-11-22-coaching#a1"
    [hand_written] = [
        n.note for n in notes.scan(locations).notes if n.path.name == "2026-11-04-checkin.md"
    ]
    assert hand_written.actions[0].id == "dup#a1"


def test_deleting_the_index_changes_nothing(locations: paths.Locations) -> None:
    folder_with_everything(locations)
    first = snapshot(notes.scan(locations))
    (locations.cache_dir / index.INDEX_FILENAME).unlink()
    assert snapshot(notes.scan(locations)) == first
    import shutil

    shutil.rmtree(locations.cache_dir)
    assert snapshot(notes.scan(locations)) == first


def test_an_edited_note_is_read_again(locations: paths.Locations, parses: list[str]) -> None:
    path = save(locations, topic="before")
    save(locations, topic="other")
    notes.scan(locations)
    parses.clear()

    path.write_text(path.read_text().replace("before", "after, longer"))
    assert [n.note.topic for n in notes.scan(locations).notes] == ["other", "after, longer"]
    assert parses == [path.name]

    # The same size, even with the old mtime put back: the ctime still changes.
    parses.clear()
    old = path.stat()
    path.write_text(path.read_text().replace("after, longer", "AFTER, LONGER"))
    os.utime(path, ns=(old.st_atime_ns, old.st_mtime_ns))
    assert notes.scan(locations).notes[1].note.topic == "AFTER, LONGER"
    assert parses == [path.name]


def test_a_deleted_note_disappears_and_a_new_one_appears(locations: paths.Locations) -> None:
    save(locations, topic="stays")
    gone = save(locations, kind="checkin")
    notes.scan(locations)
    gone.unlink()
    save(locations, topic="new")
    assert [n.note.topic for n in notes.scan(locations).notes] == ["new", "stays"]
    assert stored_keys(locations) == [
        str(Path("people", "alex-kim", name))
        for name in ("2026-11-22-coaching-2.md", "2026-11-22-coaching.md")
    ]


def test_a_damaged_note_warns_on_every_run_until_it_is_fixed(
    locations: paths.Locations, parses: list[str]
) -> None:
    save(locations, topic="fine")
    broken = locations.people_dir / "alex-kim" / "2026-11-01-coaching.md"
    broken.write_text('+++\nkind = "coaching"\ntopic = unquoted words\n+++\n')
    first = notes.scan(locations).warnings
    assert len(first) == 1 and first[0].startswith(
        str(Path("people/alex-kim/2026-11-01-coaching.md"))
    )
    parses.clear()
    assert notes.scan(locations).warnings == first
    assert notes.scan(locations).warnings == first
    assert parses == []  # the warning itself is indexed

    broken.write_text('+++\nkind = "coaching"\ndate = 2026-11-01\nperson = "alex-kim"\n+++\n')
    result = notes.scan(locations)
    assert result.warnings == [] and len(result.notes) == 2


def stored_keys(locations: paths.Locations) -> list[str]:
    with closing(sqlite3.connect(locations.cache_dir / index.INDEX_FILENAME)) as db:
        return sorted(key for (key,) in db.execute("SELECT key FROM files"))


def spoil_with_sql(*statements: str) -> Callable[[Path], None]:
    def spoil(path: Path) -> None:
        with closing(sqlite3.connect(path)) as db:
            for statement in statements:
                db.execute(statement.replace("FINGERPRINT", index.fingerprint()))
            db.commit()

    return spoil


def spoil_with_bytes(contents: bytes) -> Callable[[Path], None]:
    def spoil(path: Path) -> None:
        path.unlink()
        path.write_bytes(contents)

    return spoil


SPOILERS = {
    "empty file": spoil_with_bytes(b""),
    "not a database": spoil_with_bytes(b"not a database at all" * 100),
    "garbage": spoil_with_bytes(b"\x00\xff\xfe garbage" * 1000),
    "a database cut short": lambda path: path.write_bytes(path.read_bytes()[:1000]),
    "another fingerprint": spoil_with_sql("UPDATE meta SET value = 'someone else'"),
    "no tables": spoil_with_sql("DROP TABLE files", "DROP TABLE views", "DROP TABLE meta"),
    "other columns": spoil_with_sql("DROP TABLE files", "CREATE TABLE files (key TEXT)"),
    "a row that is not JSON": spoil_with_sql("UPDATE notes SET note = 'nonsense'"),
    "a row that is not a note": spoil_with_sql(
        """UPDATE notes SET note = '{"kind": "nonsense", "date": "2026-11-22"}'"""
    ),
    "a row of the wrong type": spoil_with_sql("UPDATE notes SET note = 5"),
}


@pytest.mark.parametrize("spoil", SPOILERS.values(), ids=SPOILERS.keys())
def test_a_corrupt_or_foreign_index_is_ignored_and_rebuilt(
    locations: paths.Locations, parses: list[str], spoil: Callable[[Path], None]
) -> None:
    folder_with_everything(locations)
    expected = snapshot(notes.scan(locations))
    spoil(locations.cache_dir / index.INDEX_FILENAME)
    parses.clear()

    assert snapshot(notes.scan(locations)) == expected
    assert 5 <= len(parses) <= 7  # read again: every file, or every file whose row is spoilt
    parses.clear()
    assert snapshot(notes.scan(locations)) == expected
    assert parses == []  # and the index is whole again


@pytest.mark.parametrize(
    ("name", "other"),
    [("__version__", "99.0"), ("FORMAT", index.FORMAT + 1), ("NOTE_SCHEMA_HASH", "0" * 32)],
    ids=["another grow version", "another format", "another note schema"],
)
def test_an_index_of_another_grow_version_format_or_note_schema_is_not_used(
    locations: paths.Locations,
    parses: list[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    other: object,
) -> None:
    save(locations, topic="one")
    notes.scan(locations)
    monkeypatch.setattr(index, name, other)
    parses.clear()
    notes.scan(locations)
    assert len(parses) == 1
    parses.clear()
    notes.scan(locations)
    assert parses == []  # rebuilt under the new fingerprint


# Every index format released, with the note_schema_hash() of the models it stores. Never edit
# an entry: when the note schema changes, bump index.FORMAT and add a line.
RELEASED_FORMATS = {
    2: "71a97b43ee476b93fb9a6efbef79cfa9",  # the sqlite index (9505515)
    3: "e681e041379483145843d03ad59396a3",  # schema 2: coaching threads; due's view by owner
    4: "1165568459fae7b552756ac6cc843535",  # issue 16: ownership, confidence, ratings
    5: "626c1aea89f453323500f4b620553ffe",  # issue 17: talking points discussed, private notes
    6: "626c1aea89f453323500f4b620553ffe",  # issue 18: notes, items and refs tables for queries
    # issue 18: profiles and a digest per folder kept; a full-text table for search
    7: "626c1aea89f453323500f4b620553ffe",
}


def test_the_fingerprint_is_the_format_the_version_and_the_note_schema() -> None:
    from grow_cli import __version__

    assert index.fingerprint() == f"{index.FORMAT}/{__version__}/{index.NOTE_SCHEMA_HASH}"


def test_a_changed_note_schema_bumps_the_index_format() -> None:
    current, last = index.note_schema_hash(), max(RELEASED_FORMATS)
    bump = (
        f"The note schema changed (its hash is now {current!r}): in src/grow_cli/store/index.py "
        f"bump FORMAT to {last + 1} and set NOTE_SCHEMA_HASH to {current!r}; here add "
        f"{last + 1}: {current!r} to RELEASED_FORMATS."
    )
    assert current == index.NOTE_SCHEMA_HASH, bump
    assert last == index.FORMAT, f"Add {index.FORMAT}: {current!r} to RELEASED_FORMATS."
    # The constant updated but FORMAT left as it was: the released entry still has the old hash.
    assert current == RELEASED_FORMATS[index.FORMAT], bump


FINGERPRINT_PROBE = """
import json, sys
from grow_cli.store import index
opened = []
sys.addaudithook(lambda event, args: event == "open" and opened.append(str(args[0])))
index.fingerprint()
models = sorted(m for m in sys.modules if m.startswith(("pydantic", "grow_cli.domain.models")))
print(json.dumps({"opened": opened, "models": models}))
"""


def test_the_fingerprint_reads_no_file_and_imports_no_models() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FINGERPRINT_PROBE],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert json.loads(done.stdout) == {"opened": [], "models": []}


def test_an_unreadable_or_unwritable_index_is_no_error(locations: paths.Locations) -> None:
    save(locations, topic="one")
    expected = snapshot(notes.scan(locations))
    index_file = locations.cache_dir / index.INDEX_FILENAME
    index_file.unlink()
    index_file.mkdir()  # neither readable nor replaceable as a file
    assert snapshot(notes.scan(locations)) == expected

    import shutil

    shutil.rmtree(locations.cache_dir)
    locations.cache_dir.write_text("a file where the cache folder should be")
    assert snapshot(notes.scan(locations)) == expected
    assert locations.cache_dir.read_text() == "a file where the cache folder should be"


def test_a_read_only_notes_folder_still_reads(locations: paths.Locations) -> None:
    save(locations, topic="one")
    expected = snapshot(notes.scan(locations))
    import shutil

    shutil.rmtree(locations.cache_dir)
    locations.notes_dir.chmod(0o500)
    try:
        if os.access(locations.notes_dir, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        assert snapshot(notes.scan(locations)) == expected
        assert not locations.cache_dir.exists()
    finally:
        locations.notes_dir.chmod(0o700)


def test_the_index_is_private(locations: paths.Locations) -> None:
    old_umask = os.umask(0o022)
    try:
        save(locations, topic="one")
        notes.scan(locations)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(locations.cache_dir.stat().st_mode) == 0o700
    index_file = locations.cache_dir / index.INDEX_FILENAME
    assert stat.S_IMODE(index_file.stat().st_mode) == 0o600
    # Beside the index only the .gitignore that keeps .grow/ out of git (grow sync).
    assert sorted(p.name for p in locations.cache_dir.iterdir()) == [
        ".gitignore",
        index.INDEX_FILENAME,
    ]
    assert stat.S_IMODE((locations.cache_dir / ".gitignore").stat().st_mode) & 0o077 == 0


def test_a_link_in_place_of_the_index_is_not_followed(
    locations: paths.Locations, tmp_path: Path
) -> None:
    save(locations, topic="one")
    expected = snapshot(notes.scan(locations))
    elsewhere = tmp_path / "elsewhere.sqlite3"
    elsewhere.write_bytes(b"")
    index_file = locations.cache_dir / index.INDEX_FILENAME
    index_file.unlink()
    index_file.symlink_to(elsewhere)
    assert snapshot(notes.scan(locations)) == expected
    assert elsewhere.read_bytes() == b""


def test_an_unchanged_folder_does_not_write_the_index(
    locations: paths.Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(locations, topic="one")
    notes.scan(locations)
    writes: list[object] = []
    monkeypatch.setattr(index.NoteIndex, "_write", lambda self, statements: writes.append(1))
    notes.scan(locations)
    notes.scan(locations)
    assert writes == []
    save(locations, topic="two")
    notes.scan(locations)
    assert len(writes) == 1


def test_a_file_changed_just_now_is_not_trusted_to_the_index(
    locations: paths.Locations, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its next edit could land in the same tick of the file system's clock, same size and all.
    monkeypatch.setattr(index, "RACY_WINDOW_NS", 2 * 10**9)
    path = save(locations, topic="just written")
    # The scans' clock is pinned: a second after the write, however slowly this test runs.
    written = max(path.stat().st_mtime_ns, path.stat().st_ctime_ns)
    monkeypatch.setattr(index, "now_ns", lambda: written + 10**9)
    notes.scan(locations)
    parses.clear()
    notes.scan(locations)
    assert parses == [path.name]

    monkeypatch.setattr(index, "now_ns", lambda: written + 60 * 10**9)  # a minute later
    notes.scan(locations)
    parses.clear()
    notes.scan(locations)
    assert parses == []


def test_a_missing_notes_folder_is_left_alone(locations: paths.Locations) -> None:
    result = notes.scan(locations)
    assert result.notes == [] and result.warnings == []
    assert not locations.notes_dir.exists()
