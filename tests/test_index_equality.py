"""Issue 18: the commands that read only one person's notes, or the journal's, from the index
(store/scope.py) print exactly what reading the whole folder prints.

One folder holds every kind of note, thread and update grow writes, hand-written and schema-1
notes, and every kind of damage (tests/hostile_folder.py), plus hand-written notes that reach
across people: a check-in in Priya's folder updating Alex's action and reading Alex's goal, and
a note about Alex misfiled in Priya's folder. Every reading command runs with the whole folder
read (the scoped path turned off), then scoped with no index, warm, after the index was damaged
and after an edit that keeps the size and puts the old times back; stdout, stderr, exit status
and the files written must be the same in every run.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import hostile_folder as hostile
from grow_cli.app import records
from grow_cli.cli import app
from grow_cli.ui import output
from hostile_folder import ALEX, ALEX_ACTION, ALEX_THREAD, PRIYA, READING_COMMANDS, with_out

CROSSING_CHECKIN = f"""+++
schema = 2
kind = "checkin"
date = 2026-11-21
person = "{PRIYA}"
next_checkin = 2026-11-28

[[updates]]
ref = "{ALEX_ACTION}"
status = "blocked"
note = "Waiting on the queue tool"

[[progress]]
thread = "{ALEX_THREAD}"
reading = 9
+++

Written by hand.
"""
MISFILED = f"""+++
kind = "feedback"
date = 2026-11-21
person = "{ALEX}"
topic = "Misfiled demo feedback"
+++
"""
EDITED = f"{PRIYA}/2026-11-20-crossing-checkin"
# Commands about one person or the journal: the ones that read a scope (plus their neighbours).
EXTRA_COMMANDS: list[tuple[str, ...]] = [
    ("history", PRIYA, "--json"),
    ("prep", PRIYA, "--json"),
    ("person", "show", PRIYA, "--json"),
    ("escalation", PRIYA, "--json"),
    ("history", "alex"),
    ("history", "nobody-at-all"),
]
COMMANDS = READING_COMMANDS + EXTRA_COMMANDS
SHOW_THE_EDIT = {("prep", ALEX, "--json"), ("actions", "--json")}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> hostile.HostileFolder:
    root = tmp_path_factory.mktemp("equality")
    runner = CliRunner()
    env = {"HOME": str(root / "home"), "GROW_CONFIG": str(root / "config.toml")}

    def grow(*args: str, input: str | None = None) -> Any:
        output.reset()
        return runner.invoke(app, list(args), input=input, env=env)

    folder = hostile.build(root / "notes", grow)
    priya = folder.notes_dir / "people" / PRIYA
    (priya / "2026-11-20-crossing-checkin.md").write_text(CROSSING_CHECKIN, encoding="utf-8")
    (priya / "2026-11-20-misfiled-feedback.md").write_text(MISFILED, encoding="utf-8")
    return folder


@pytest.fixture
def folder(
    built: hostile.HostileFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> hostile.HostileFolder:
    import time

    from grow_cli.store import index

    # As in test_hostile_folder.py: a minute on, so the files just copied are trusted.
    monkeypatch.setattr(index, "now_ns", lambda: time.time_ns() + 60 * 10**9)
    return built.copy_to(tmp_path / "notes")


def run(notes_dir: Path, args: list[str]) -> tuple[int, str, str]:
    output.reset()
    result = CliRunner().invoke(app, ["--notes", str(notes_dir), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def written(out_dir: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(out_dir.iterdir())}


def edit_in_place(path: Path) -> None:
    """Change one character, keeping the size, and put the old times back."""
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Waiting on the queue tool", "Waiting on the queue tooL"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_command_prints_the_same_with_the_index_without_it_and_after_damage(
    folder: hostile.HostileFolder,
    tmp_path: Path,
    command: tuple[str, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = with_out(command, out_dir)
    index = folder.notes_dir / ".grow" / "index.sqlite3"
    runs: dict[str, tuple[tuple[int, str, str], dict[str, bytes]]] = {}

    def take(name: str) -> None:
        runs[name] = (run(folder.notes_dir, args), written(out_dir))

    monkeypatch.setattr(records, "SCOPED", False)
    take("whole folder")
    monkeypatch.setattr(records, "SCOPED", True)
    index.unlink(missing_ok=True)
    take("no index")
    take("warm")
    index.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
    take("damaged index")
    take("rebuilt")
    expected = runs["whole folder"]
    for name, ran in runs.items():
        assert ran == expected, name

    edit_in_place(folder.notes_dir / "people" / f"{EDITED}.md")
    monkeypatch.setattr(records, "SCOPED", False)
    index.unlink()
    edited = (run(folder.notes_dir, args), written(out_dir))
    monkeypatch.setattr(records, "SCOPED", True)
    take("warm")  # the index of before the edit is read again
    assert runs["warm"] == edited
    if command in SHOW_THE_EDIT:
        assert "tooL" in edited[0][1], "the edited note is read again"


def test_the_scoped_path_reads_only_the_scope(
    folder: hostile.HostileFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Warm, a command about Priya validates her notes, the notes that cross people, and the
    notes of the one person those name (Alex); no one else's, and not the journal's."""
    from grow_cli.domain.models import Note

    run(folder.notes_dir, ["history", PRIYA])
    validated: list[str] = []
    real = Note.model_validate_json

    def counted(data: Any, *args: Any, **kwargs: Any) -> Note:
        note = real(data, *args, **kwargs)
        validated.append(note.id or "")
        return note

    monkeypatch.setattr(Note, "model_validate_json", counted)
    code, _, _ = run(folder.notes_dir, ["history", PRIYA])
    assert code == 0
    assert f"{PRIYA}/2026-11-20-crossing-checkin" in validated
    others = [n for n in validated if not n.startswith((f"{PRIYA}/", f"{ALEX}/"))]
    assert others == []
    validated.clear()
    monkeypatch.setattr(records, "SCOPED", False)
    run(folder.notes_dir, ["history", PRIYA])
    assert any(note_id.startswith("journal/") for note_id in validated)  # the test can fail
