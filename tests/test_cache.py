"""The notes cache in <notes>/.grow/: disposable, never wrong, never an error."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from grow_cli.domain.models import Action, Grow, Note
from grow_cli.env import Environment
from grow_cli.store import cache, frontmatter, notes, paths

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(autouse=True)
def no_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by a test are seconds old at most; let the cache take them at once."""
    monkeypatch.setattr(cache, "RACY_WINDOW_NS", 0)


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
        '+++\nkind = "checkin"\ndate = 2026-11-03\nperson = "sam"\nid = "dup"\n+++\n'
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
    assert (locations.cache_dir / cache.CACHE_FILENAME).exists()
    parses.clear()

    warm = notes.scan(locations)

    assert parses == []
    assert snapshot(warm) == snapshot(cold)
    assert [n.note for n in warm.notes] == [n.note for n in cold.notes]
    assert len(cold.warnings) == 4  # TOML, unknown key, wrong folder, duplicate id


def test_cached_notes_are_real_models(locations: paths.Locations) -> None:
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


def test_deleting_the_cache_changes_nothing(locations: paths.Locations) -> None:
    folder_with_everything(locations)
    first = snapshot(notes.scan(locations))
    (locations.cache_dir / cache.CACHE_FILENAME).unlink()
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
    stored = cache.NoteCache.open(locations.cache_dir).stored
    assert sorted(stored.notes) == [
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
    assert parses == []  # the warning itself is cached

    broken.write_text('+++\nkind = "coaching"\ndate = 2026-11-01\nperson = "alex-kim"\n+++\n')
    result = notes.scan(locations)
    assert result.warnings == [] and len(result.notes) == 2


@pytest.mark.parametrize(
    "contents",
    [
        b"",
        b"not json at all",
        b"\x00\xff\xfe garbage",
        b'{"fingerprint": "someone else"}\n{"notes": {}, "warnings": {}}',
        b"[1, 2]\n{}",
        b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[" * 4000,
        'FINGERPRINT\n{"notes": ',  # cut short
        'FINGERPRINT\n{"notes": [], "warnings": 5}',
        'FINGERPRINT\n{"notes": {"people/alex-kim/2026-11-22-coaching.md": [1, 2, 3, {}]}, '
        '"warnings": {}}',
        'FINGERPRINT\n{"notes": {"people/alex-kim/2026-11-22-coaching.md": [1, 2, 3, '
        '{"kind": "nonsense", "date": "2026-11-22"}]}, "warnings": {}}',
    ],
)
def test_a_corrupt_or_foreign_cache_is_ignored_and_rebuilt(
    locations: paths.Locations, parses: list[str], contents: bytes | str
) -> None:
    folder_with_everything(locations)
    expected = snapshot(notes.scan(locations))
    cache_file = locations.cache_dir / cache.CACHE_FILENAME
    if isinstance(contents, str):
        contents = contents.replace("FINGERPRINT", json.dumps({"fingerprint": cache.fingerprint()}))
        contents = contents.encode()
    cache_file.write_bytes(contents)
    parses.clear()

    assert snapshot(notes.scan(locations)) == expected
    assert len(parses) == 7  # every file read again
    parses.clear()
    assert snapshot(notes.scan(locations)) == expected
    assert parses == []  # and the cache is whole again


def test_a_cache_from_another_grow_version_is_not_used(
    locations: paths.Locations, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    save(locations, topic="one")
    notes.scan(locations)
    monkeypatch.setattr(cache, "__version__", "99.0")
    cache.fingerprint.cache_clear()
    try:
        parses.clear()
        notes.scan(locations)
        assert len(parses) == 1
    finally:
        cache.fingerprint.cache_clear()


def test_an_unreadable_or_unwritable_cache_is_no_error(locations: paths.Locations) -> None:
    save(locations, topic="one")
    expected = snapshot(notes.scan(locations))
    cache_file = locations.cache_dir / cache.CACHE_FILENAME
    cache_file.unlink()
    cache_file.mkdir()  # neither readable nor replaceable as a file
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


def test_the_cache_is_private(locations: paths.Locations) -> None:
    save(locations, topic="one")
    notes.scan(locations)
    assert stat.S_IMODE(locations.cache_dir.stat().st_mode) == 0o700
    cache_file = locations.cache_dir / cache.CACHE_FILENAME
    assert stat.S_IMODE(cache_file.stat().st_mode) == 0o600


def test_an_unchanged_folder_does_not_rewrite_the_cache(
    locations: paths.Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(locations, topic="one")
    notes.scan(locations)
    writes: list[Path] = []
    monkeypatch.setattr(cache, "write_replacing", lambda path, text: writes.append(path))
    notes.scan(locations)
    notes.scan(locations)
    assert writes == []
    save(locations, topic="two")
    notes.scan(locations)
    assert len(writes) == 1


def test_a_file_changed_just_now_is_not_trusted_to_the_cache(
    locations: paths.Locations, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its next edit could land in the same tick of the file system's clock, same size and all.
    monkeypatch.setattr(cache, "RACY_WINDOW_NS", 2 * 10**9)
    path = save(locations, topic="just written")
    notes.scan(locations)
    parses.clear()
    notes.scan(locations)
    assert parses == [path.name]

    now = cache._now_ns()
    monkeypatch.setattr(cache, "_now_ns", lambda: now + 60 * 10**9)  # a minute later
    notes.scan(locations)
    parses.clear()
    notes.scan(locations)
    assert parses == []


def test_a_missing_notes_folder_is_left_alone(locations: paths.Locations) -> None:
    result = notes.scan(locations)
    assert result.notes == [] and result.warnings == []
    assert not locations.notes_dir.exists()
