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
from hostile_folder import (
    ALEX,
    ALEX_ACTION,
    ALEX_COACHING,
    ALEX_THREAD,
    JOURNAL_GROW,
    PRIYA,
    READING_COMMANDS,
    with_out,
)

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
# A hand-written note of a person with no profile, in the folder the old slug of "Łukasz" names.
ACCENTED = """+++
kind = "feedback"
date = 2026-11-19
person = "ukasz"
topic = "Café review with Łukasz: die Straße, 日本語の会議"
tags = ["Qualität"]
+++
"""
EDITED = f"{PRIYA}/2026-11-20-crossing-checkin"
NOTES = "@notes@"  # in EXTRA_COMMANDS: the notes folder of the run
ALEX_COPY_AT_PRIYA = f"people/{PRIYA}/2026-11-08-alex-coaching.md"  # Alex's note, copied
OUTSIDE = "../outside-coaching.md"  # beside the notes folder: a copy of Alex's coaching note
# Commands about one person or the journal: the ones that read a scope (plus their neighbours).
EXTRA_COMMANDS: list[tuple[str, ...]] = [
    ("history", PRIYA, "--json"),
    ("prep", PRIYA, "--json"),
    ("person", "show", PRIYA, "--json"),
    ("escalation", PRIYA, "--json"),
    ("history", "alex"),
    ("history", "nobody-at-all"),
    # grow show reads the scope its id or path names (records.read_note)
    ("show", EDITED),
    ("show", EDITED, "--json"),
    ("show", f"people/{PRIYA}/2026-11-20-misfiled-feedback.md"),
    ("show", ALEX_ACTION),
    ("show", f" {ALEX_COACHING}.md "),
    ("show", f"{NOTES}/people/{ALEX}/2026-11-08-coaching.md", "--json"),
    ("show", f"{NOTES}/people/{ALEX}/../{PRIYA}/2026-11-16-checkin.md"),
    ("show", f"{NOTES}/people/linked-person/2026-11-08-coaching.md"),
    ("show", f"people/{ALEX}/2026-11-08-coaching copy.md", "--json"),
    ("show", ALEX_COPY_AT_PRIYA, "--json"),
    ("show", f"{NOTES}/{OUTSIDE}", "--json"),
    ("show", JOURNAL_GROW),
    ("show", f"{JOURNAL_GROW}#t1", "--json"),
    ("show", f"journal/{JOURNAL_GROW.removeprefix('journal/')}.md"),
    ("show", f"{PRIYA}/2026-01-01-coaching"),
    ("show", "nobody/2026-01-01-coaching"),
    ("show", "2026-11-08-coaching"),
    ("show", f"people/{ALEX}"),
    ("show", "journal"),
    # grow search loads the notes the index's full-text table names (app/search.py)
    ("search", "print"),
    ("search", "SPRINT summary", "--json"),
    ("search", "to"),
    ("search", "a", "--kind", "coaching", "--json"),
    ("search", "sprint", "--person", PRIYA),
    ("search", "Sprint", "--person", "Priya", "--json"),
    ("search", "send", "--since", "2026-11-01", "--until", "2026-11-20", "--json"),
    ("search", "summary", "--focus", "development"),
    ("search", "sprint", "--tag", "PLANNING"),
    ("search", "", "--kind", "checkin", "--json"),
    ("search", "queue", "--json"),
    ("search", "CAFÉ"),
    ("search", "strasse qualität", "--json"),
    ("search", "本語"),
    ("search", "cafe"),
    ("search", "café", "--person", "Łukasz"),
    ("search", "", "--person", "no-profile"),
    ("search", "x", "--person", "nobody-at-all"),
    ("search", "nothing-holds-this"),
]
COMMANDS = READING_COMMANDS + EXTRA_COMMANDS
SHOW_THE_EDIT = {("prep", ALEX, "--json"), ("actions", "--json"), ("search", "queue", "--json")}


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
    (folder.notes_dir / "people" / "ukasz").mkdir()
    accented = folder.notes_dir / "people" / "ukasz" / "2026-11-19-feedback.md"
    accented.write_text(ACCENTED, encoding="utf-8")
    alex_coaching = folder.notes_dir / "people" / f"{ALEX_COACHING}.md"
    (folder.notes_dir / ALEX_COPY_AT_PRIYA).write_bytes(alex_coaching.read_bytes())
    return folder


@pytest.fixture
def folder(
    built: hostile.HostileFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> hostile.HostileFolder:
    import time

    from grow_cli.store import index

    # As in test_hostile_folder.py: a minute on, so the files just copied are trusted.
    monkeypatch.setattr(index, "now_ns", lambda: time.time_ns() + 60 * 10**9)
    copied = built.copy_to(tmp_path / "notes")
    alex_coaching = copied.notes_dir / "people" / f"{ALEX_COACHING}.md"
    (copied.notes_dir / OUTSIDE).write_bytes(alex_coaching.read_bytes())
    return copied


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
    args = [arg.replace(NOTES, str(folder.notes_dir)) for arg in with_out(command, out_dir)]
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
    index.unlink(missing_ok=True)  # a command that stops early may leave none after the damage
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


def test_show_of_a_copy_in_another_persons_folder_reads_the_whole_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy of Sam's note in Bo's folder is skipped by the scan and shown read on its own,
    its action as Sam's later check-in left it: only the whole folder's ledger knows that (no
    note of Bo's names Sam), so `grow show` of such a file does not keep to Bo's scope."""
    import time

    from grow_cli.store import index

    monkeypatch.setattr(index, "now_ns", lambda: time.time_ns() + 60 * 10**9)
    coaching = (
        '+++\nschema = 2\nkind = "coaching"\ndate = 2026-11-01\nperson = "sam"\n'
        'id = "sam/2026-11-01-coaching"\n\n[[actions]]\nid = "sam/2026-11-01-coaching#a1"\n'
        'text = "Send the summary"\ndue = 2026-11-20\n+++\n'
    )
    checkin = (
        '+++\nschema = 2\nkind = "checkin"\ndate = 2026-11-08\nperson = "sam"\n\n'
        '[[updates]]\nref = "sam/2026-11-01-coaching#a1"\nstatus = "done"\n+++\n'
    )
    bo_feedback = '+++\nkind = "feedback"\ndate = 2026-11-02\nperson = "bo"\ntopic = "Demo"\n+++\n'
    notes_dir = tmp_path / "notes"
    for name, text in [
        ("people/sam/2026-11-01-coaching.md", coaching),
        ("people/sam/2026-11-08-checkin.md", checkin),
        ("people/bo/2026-11-02-feedback.md", bo_feedback),
        ("people/bo/2026-11-01-sam-coaching.md", coaching),
    ]:
        (notes_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (notes_dir / name).write_text(text, encoding="utf-8")
    args = ["show", "people/bo/2026-11-01-sam-coaching.md", "--json"]
    monkeypatch.setattr(records, "SCOPED", False)
    expected = run(notes_dir, args)
    assert '"status": "done"' in expected[1]
    monkeypatch.setattr(records, "SCOPED", True)
    assert run(notes_dir, args) == expected  # no index
    assert run(notes_dir, args) == expected  # warm
    assert run(notes_dir, ["show", "bo/2026-11-02-feedback"])[0] == 0


def test_show_reads_only_the_scope_its_id_names(
    folder: hostile.HostileFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Warm, `grow show` of a journal note validates the journal's notes and the notes that
    cross people (with Alex's and Priya's, whom they name), no one else's."""
    from grow_cli.domain.models import Note

    run(folder.notes_dir, ["show", JOURNAL_GROW])
    validated: list[str] = []
    real = Note.model_validate_json

    def counted(data: Any, *args: Any, **kwargs: Any) -> Note:
        note = real(data, *args, **kwargs)
        validated.append(note.id or "")
        return note

    monkeypatch.setattr(Note, "model_validate_json", counted)
    assert run(folder.notes_dir, ["show", JOURNAL_GROW])[0] == 0
    assert JOURNAL_GROW in validated
    wanted = ("journal/", f"{ALEX}/", f"{PRIYA}/")
    assert [note_id for note_id in validated if not note_id.startswith(wanted)] == []
    validated.clear()
    monkeypatch.setattr(records, "SCOPED", False)
    run(folder.notes_dir, ["show", JOURNAL_GROW])
    assert [note_id for note_id in validated if not note_id.startswith(wanted)] != []


def test_search_reads_only_the_notes_that_may_match(
    folder: hostile.HostileFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Warm, `grow search` validates only the notes the full-text table names: the ones that
    hold the words (a note's other answers may not), none of the rest."""
    from grow_cli.domain.models import Note
    from grow_cli.domain.search import searchable_text

    run(folder.notes_dir, ["search", "sprint"])
    validated: list[Note] = []
    real = Note.model_validate_json

    def counted(data: Any, *args: Any, **kwargs: Any) -> Note:
        note = real(data, *args, **kwargs)
        validated.append(note)
        return note

    monkeypatch.setattr(Note, "model_validate_json", counted)
    code, out, _ = run(folder.notes_dir, ["search", "sprint", "--json"])
    assert code == 0 and '"id"' in out
    assert validated, "the notes found are loaded"
    assert all("sprint" in searchable_text(note) for note in validated)
    validated.clear()
    monkeypatch.setattr(records, "SCOPED", False)
    run(folder.notes_dir, ["search", "sprint"])
    assert any("sprint" not in searchable_text(note) for note in validated)  # it can fail


# The views across everyone, put together from one part per person (app/parts.py). The hostile
# folder's links and named pipe send every run to the whole folder (a link can change in ways
# no stamp shows), so here they are taken out: the parts are used over every other damage.
ACROSS_EVERYONE: list[tuple[str, ...]] = [
    ("due", "--json"),
    ("due", "--within", "3650"),
    ("actions", "--status", "all", "--json"),
    ("actions", "--tag", "planning"),
    ("goals", "--status", "all", "--json"),
    ("goals",),
    ("stats", "--json"),
    ("stats", "--since", "0001-01-01"),
    ("report", "--html", "-"),
    ("export", "--ics", "-"),
    ("person", "list", "--all", "--json"),
]


@pytest.fixture
def unlinked(folder: hostile.HostileFolder) -> hostile.HostileFolder:
    for path in sorted(folder.notes_dir.rglob("*")):
        if path.is_symlink() or path.is_fifo():
            path.unlink()
    folder.fifos.clear()
    return folder


@pytest.mark.parametrize("command", ACROSS_EVERYONE, ids=" ".join)
def test_the_views_across_everyone_from_parts_print_what_the_whole_folder_gives(
    unlinked: hostile.HostileFolder, command: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3
    from contextlib import closing

    index = unlinked.notes_dir / ".grow" / "index.sqlite3"
    monkeypatch.setattr(records, "SCOPED", False)
    expected = run(unlinked.notes_dir, list(command))
    monkeypatch.setattr(records, "SCOPED", True)
    index.unlink(missing_ok=True)
    assert run(unlinked.notes_dir, list(command)) == expected  # cold
    assert run(unlinked.notes_dir, list(command)) == expected  # warm
    with closing(sqlite3.connect(index)) as db:
        parts = db.execute("SELECT COUNT(*) FROM views WHERE name LIKE '%-part:%'").fetchone()
    assert command[0] == "person" or parts[0] > 0, "the parts were used"

    edit_in_place(unlinked.notes_dir / "people" / f"{EDITED}.md")
    monkeypatch.setattr(records, "SCOPED", False)
    edited = run(unlinked.notes_dir, list(command))
    monkeypatch.setattr(records, "SCOPED", True)
    assert run(unlinked.notes_dir, list(command)) == edited  # the edited person's part again
