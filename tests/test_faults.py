"""Faults (issue 7, point 3): a kill in the middle of a write, two grow processes at once, a folder
that cannot be written, a hand-damaged note, symlinks out of the notes folder, hostile names."""

from __future__ import annotations

import errno
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import tomllib
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from folders import GROW_ANSWERS, REFLECTION_ANSWERS
from grow_cli.store import notes
from grow_cli.store.paths import Locations

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and links")

PERFORMANCE = EXAMPLES / "performance.toml"
TODAY = "2026-11-22"
ENTRY = "import sys; from grow_cli.cli import main; sys.argv[0] = 'grow'; main()"


def locations_for(folder: Path) -> Locations:
    return Locations(folder, "test", folder / "config.toml", "test")


def child_env(notes_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(GROW_NOTES_DIR=str(notes_dir), GROW_TODAY=TODAY)
    return env


def run_grow(
    notes_dir: Path, *args: str, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", ENTRY, *args],
        env=child_env(notes_dir),
        input=input,
        capture_output=True,
        text=True,
        timeout=60,
    )


def no_traceback(text: str) -> None:
    assert "Traceback" not in text and "╭" not in text and 'File "' not in text, text


# --- kill -9 in the middle of a write ----------------------------------------------------------
# Each child stops itself at one named fault point (store/atomic.py and store/index.py call
# `fault_hook` there), says so on stdout and waits; the parent kills it -9 exactly there. No
# sleep, no clock: every point is hit, in the same order, however busy the machine is.

STOP_AT = textwrap.dedent(
    """
    import os, sys

    def stop_at(point, occurrence, wanted=lambda *args: True):
        # A fault hook that stops the process the `occurrence`-th time it reaches `point`.
        reached = 0

        def hook(name, *args):
            nonlocal reached
            if name != point or not wanted(*args):
                return
            reached += 1
            if reached == occurrence:
                sys.stdout.write(f"at {name}\\n")
                sys.stdout.flush()
                sys.stdin.read()  # the parent never writes: this waits for its kill -9
                os._exit(3)  # stdin closed without a kill: the parent is gone

        return hook
    """
)


def kill_at(script: Path, point: str, *args: str) -> None:
    """Run the script until it stops at `point` (it prints "at <point>"), then kill -9 it there.

    The timeout only bounds a hang: a child that never reaches its point ends its loop and exits.
    """
    child = subprocess.Popen(
        [sys.executable, str(script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    line = child.stdout.readline()
    if line.startswith("at "):
        child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    rest = child.stdout.read()
    child.stdout.close()
    child.stdin.close()
    assert line == f"at {point}\n", f"{point} {args}: {line}{rest}"
    assert child.returncode == -signal.SIGKILL


WRITER = STOP_AT + textwrap.dedent(
    """
    import datetime as dt
    from pathlib import Path
    from grow_cli.domain.models import Note
    from grow_cli.store import atomic, drafts, notes
    from grow_cli.store.paths import Locations

    folder, target, run, point = sys.argv[1:5]
    occurrence = int(sys.argv[5])
    locations = Locations(Path(folder), "test", Path(folder) / "config.toml", "test")
    number = 0
    # The first time `point` is reached in the occurrence-th write of the target (a note may
    # first try names already taken, each with a temp file of its own).
    is_target = lambda path: (path.suffix == ".md") == (target == "note")
    atomic.fault_hook = stop_at(point, 1, lambda path: is_target(path) and number == occurrence)
    body = "".join(f"line {n} of a long body\\n" for n in range(2000)) + "END-OF-NOTE\\n"
    draft = drafts.draft_path(locations, "coaching", "alex-kim")
    for number in range(1, occurrence + 1):  # a note, then the draft replaced; again
        note = Note.model_validate(
            {"kind": "coaching", "date": dt.date(2026, 11, 22), "person": "alex-kim",
             "topic": "Turnaround",
             "actions": [{"text": "Triage daily", "due": dt.date(2026, 12, 6)}]}
        )
        notes.save_new(locations, note, lambda n: body)
        drafts.save(draft, {"run": int(run), "number": number, "body": body})
    sys.stdout.write("finished without reaching the point\\n")
    """
)
NOTE_POINTS = ("temp-created", "temp-written", "temp-synced", "linked", "done")
DRAFT_POINTS = ("temp-created", "temp-written", "temp-synced", "replaced", "done")
# Where a kill leaves the temp file behind, and where the new file is already in place.
LEAVES_TEMP = {"temp-created", "temp-written", "temp-synced", "linked"}
WRITTEN = {"linked", "replaced", "done"}
WRITER_KILLS = [
    *[("note", point, occurrence) for occurrence in (1, 2) for point in NOTE_POINTS],
    *[("draft", point, occurrence) for occurrence in (1, 2) for point in DRAFT_POINTS],
]


def temps_in(folder: Path) -> list[str]:
    from grow_cli.store import atomic

    names = [p.name for p in folder.iterdir()] if folder.exists() else []
    return [name for name in names if name.endswith(".tmp") and atomic.is_temp_name(name)]


def test_kill_9_while_saving_leaves_only_whole_notes(tmp_path: Path) -> None:
    from grow_cli.store import drafts

    folder = tmp_path / "notes"
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    person = folder / "people" / "alex-kim"
    draft = drafts.draft_path(locations_for(folder), "coaching", "alex-kim")
    saved = 0
    kept: tuple[int, int] | None = None  # the (run, number) the draft holds
    for run, (target, point, occurrence) in enumerate(WRITER_KILLS):
        kill_at(script, point, str(folder), target, str(run), point, str(occurrence))
        # What the kill leaves is fixed by where it struck, never by how fast the child ran.
        done = point in WRITTEN
        if target == "note":
            saved += occurrence - 1 + done
            kept = (run, occurrence - 1) if occurrence > 1 else kept
        else:
            saved += occurrence
            kept = (run, occurrence - 1 + done) if occurrence - 1 + done else kept

        # A kill before the new name is complete leaves its temp file (hidden, never read as a
        # note or a draft); the first reader then removes it, as its writer has ended.
        where = person if target == "note" else draft.parent
        assert len(temps_in(where)) == (point in LEAVES_TEMP), (target, point, temps_in(where))
        md = sorted(person.glob("*.md"))
        assert len(md) == saved, (target, point, occurrence)
        for path in md:
            text = path.read_text(encoding="utf-8")
            assert text.endswith("END-OF-NOTE\n"), f"half a note in {path.name}"
            note = notes.read_note(path)
            assert note.topic == "Turnaround" and note.actions[0].text == "Triage daily"
        result = notes.scan(locations_for(folder))
        assert result.warnings == []
        assert sorted(loaded.path for loaded in result.notes) == md
        ids = [loaded.note.id for loaded in result.notes]
        assert len(ids) == len(set(ids))

        loaded_draft = drafts.load(draft)
        if kept is None:
            assert loaded_draft is None
        else:
            assert loaded_draft is not None
            assert (loaded_draft["run"], loaded_draft["number"]) == kept
            assert loaded_draft["body"].endswith("END-OF-NOTE\n")

        assert temps_in(person) == temps_in(draft.parent) == [], (target, point)


def test_temp_files_left_by_a_kill_are_swept_by_the_next_write(tmp_path: Path) -> None:
    from grow_cli.store import atomic

    folder = tmp_path / "people" / "alex-kim"
    folder.mkdir(parents=True)
    hour_ago = time.time() - atomic.STALE_TEMP_SECONDS - 5
    stale = folder / ".2026-11-22-coaching.md.4242.0.tmp"
    fresh = folder / ".2026-11-22-coaching.md.4243.0.tmp"  # a writer may still be at work
    other = folder / ".my-own.tmp"  # not a name grow gives: not grow's to remove
    for path in (stale, fresh, other):
        path.write_text("half a note")
    for path in (stale, other):
        os.utime(path, (hour_ago, hour_ago))
    assert atomic.write_new(folder / "2026-11-22-checkin.md", "+++\n+++\n")
    assert not stale.exists()
    assert fresh.exists() and other.exists()

    os.utime(fresh, (hour_ago, hour_ago))
    atomic.write_replacing(folder / "person.toml", 'name = "Alex Kim"\n')
    assert not fresh.exists() and other.exists()


INDEX_WRITER = STOP_AT + textwrap.dedent(
    """
    from pathlib import Path
    from grow_cli.app import records
    from grow_cli.store import index, notes
    from grow_cli.store.paths import Locations

    folder, run, point, occurrence = sys.argv[1:]
    locations = Locations(Path(folder), "test", Path(folder) / "config.toml", "test")
    index.RACY_WINDOW_NS = 0
    index.fault_hook = stop_at(point, int(occurrence))
    connect = index._connect

    def small_cache(path):  # the rows spill into the database file before COMMIT
        connection = connect(path)
        if connection is not None:
            connection.execute("PRAGMA cache_size = 1")
        return connection

    index._connect = small_cache
    paths = [found.path for found in notes.list_files(locations).notes]
    for tick in range(3):  # every note "changed": every row and the due view written again
        seconds = (int(run) * 10 + tick) * 10**9
        for path in paths:
            os.utime(path, ns=(seconds, seconds))
        records.load_due(locations)
    sys.stdout.write("finished without reaching the point\\n")
    """
)
# A warm run writes two transactions (the rows, then the due view); a run without an index, or
# with one of another fingerprint, first makes the tables in a transaction of their own.
TRANSACTION = ("transaction-begun", "transaction-written", "transaction-committing")
INDEX_KILLS = [
    *[("whole", point, 1) for point in (*TRANSACTION, "transaction-committed")],
    ("whole", "transaction-written", 2),  # the rows written, not committed
    *[("whole", point, 2) for point in (*TRANSACTION, "transaction-committed")],
    ("whole", "transaction-written", 3),  # the view written, not committed
    ("missing", "file-created", 1),
    *[("missing", point, 1) for point in (*TRANSACTION, "transaction-committed")],
    ("missing", "transaction-written", 2),
    *[("stale", point, 1) for point in TRANSACTION],
]
# Kills inside a transaction that has changed pages, which sqlite must roll back from its journal
# (the child's small cache spills those pages into the database file before COMMIT, too).
HALF_WRITTEN = {
    ("whole", "transaction-written", 2),
    ("whole", "transaction-committing", 1),
    ("whole", "transaction-written", 3),
    ("whole", "transaction-committing", 2),
}


def test_kill_9_while_writing_the_index_never_changes_what_grow_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grow_cli.app import records
    from grow_cli.store import index

    monkeypatch.setattr(index, "RACY_WINDOW_NS", 0)
    folder = tmp_path / "notes"
    for day in range(1, 29):
        for person in ("alex-kim", "sam-lee", "priya-shah", "mei-tanaka", "omar-haddad"):
            path = folder / "people" / person / f"2026-11-{day:02d}-coaching.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(
                f'+++\nkind = "coaching"\ndate = 2026-11-{day:02d}\nperson = "{person}"\n'
                f'next_checkin = 2026-12-{day:02d}\n\n[[actions]]\ntext = "Do {day}"\n'
                f"due = 2026-12-{day:02d}\n+++\n"
            )
    locations = locations_for(folder)
    expected_scan = [(n.path, n.note) for n in notes.scan(locations).notes]
    expected_due = records.load_due(locations)
    database = locations.cache_dir / index.INDEX_FILENAME
    journal = database.with_name(database.name + "-journal")
    script = tmp_path / "index_writer.py"
    script.write_text(INDEX_WRITER)
    for run, (setup, point, occurrence) in enumerate(INDEX_KILLS):
        if setup == "missing":
            database.unlink()
        elif setup == "stale":
            with closing(sqlite3.connect(database)) as db:
                db.execute("UPDATE meta SET value = 'another grow' WHERE key = 'fingerprint'")
                db.commit()
        kill_at(script, point, str(folder), str(run), point, str(occurrence))
        if (setup, point, occurrence) in HALF_WRITTEN:
            assert journal.exists(), (setup, point, occurrence)
        result = notes.scan(locations)
        assert result.warnings == []
        assert [(n.path, n.note) for n in result.notes] == expected_scan
        assert records.load_due(locations) == expected_due
    read: list[str] = []
    real = notes.read_outcome
    monkeypatch.setattr(notes, "read_outcome", lambda *a: read.append("x") or real(*a))
    notes.scan(locations)
    assert read == []  # and the index, whole again, serves every note


# --- two grow processes at once --------------------------------------------------------------


def test_two_checkins_at_once_keep_both_notes(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    assert run_grow(folder, "person", "add", "Alex Kim").returncode == 0
    coached = run_grow(folder, "coach", "alex-kim", "--answers", str(PERFORMANCE))
    assert coached.returncode == 0, coached.stderr
    answers = tmp_path / "checkin.toml"
    answers.write_text(
        'next_checkin = "in 1 week"\n[[updates]]\nref = "alex-kim/2026-11-22-coaching#a1"\n'
        'status = "progress"\nnote = "halfway"\n[[actions]]\ntext = "Write 3 templates by Friday"\n'
        'relevant_to = "Team target"\nconfidence = 8\n'
    )
    rounds = 3
    for _round in range(rounds):
        children = [
            subprocess.Popen(
                [sys.executable, "-c", ENTRY, "checkin", "alex-kim", "--answers", str(answers)],
                env=child_env(folder),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        for child in children:
            out, err = child.communicate(timeout=60)
            assert child.returncode == 0, err
            assert "Saved " in out
    person = folder / "people" / "alex-kim"
    checkins = sorted(person.glob("*-checkin*.md"))
    expected = {f"{TODAY}-checkin.md"} | {
        f"{TODAY}-checkin-{n}.md" for n in range(2, 2 * rounds + 1)
    }
    assert {p.name for p in checkins} == expected
    ids: list[str] = []
    for path in checkins:
        note = notes.read_note(path)
        assert note.id == f"alex-kim/{path.stem}"
        ids += [note.id, *[a.id for a in note.actions if a.id]]
    assert len(ids) == len(set(ids)) == 4 * rounds  # the note and its one action, each
    result = notes.scan(locations_for(folder))
    assert result.warnings == []


# --- a folder that cannot be written ---------------------------------------------------------


def _failing(call: Any, code: int, only_tmp: bool = True) -> Any:
    def fail(*args: Any, **kwargs: Any) -> Any:
        target = str(args[0]) if args else ""
        if only_tmp and not target.endswith(".tmp"):
            return call(*args, **kwargs)
        raise OSError(code, os.strerror(code), target)

    return fail


REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EACCES: "permission denied",
    errno.EROFS: "the file system is read-only",
}


@pytest.mark.parametrize("code", sorted(REASONS))
def test_a_note_that_cannot_be_linked_is_one_clear_line(
    grow: Any, notes_dir: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    from grow_cli.store import atomic

    assert grow("person", "add", "Alex Kim").exit_code == 0
    monkeypatch.setattr(atomic.os, "link", _failing(os.link, code))
    result = grow("coach", "alex-kim", "--answers", str(PERFORMANCE))
    assert result.exit_code == 1
    note = notes_dir / "people" / "alex-kim" / f"{TODAY}-coaching.md"
    assert result.stderr == f"grow: error: Cannot write {note}: {REASONS[code]}.\n"
    no_traceback(result.output)
    assert not note.exists()
    assert not [p for p in note.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_disk_that_fills_during_the_write_leaves_no_temp_file(
    grow: Any, notes_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grow_cli.store import atomic

    assert grow("person", "add", "Alex Kim").exit_code == 0
    monkeypatch.setattr(atomic.os, "fsync", _failing(os.fsync, errno.ENOSPC, only_tmp=False))
    result = grow(
        "journal",
        "--answers",
        "-",
        input=REFLECTION_ANSWERS,
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("grow: error: Cannot write ")
    assert result.stderr.endswith("-journal.md: the disk is full.\n")
    assert result.stderr.count("\n") == 1
    no_traceback(result.output)
    journal = notes_dir / "journal"
    assert sorted(p.name for p in journal.iterdir()) == []


def test_a_rejected_answers_file_keeps_its_draft_when_it_can(
    grow: Any, notes_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grow_cli.store import atomic

    assert grow("person", "add", "Alex Kim").exit_code == 0
    bad = f'focus = "performance"\ntopic = "Ticket turnaround"\n{GROW_ANSWERS}' + (
        '[[actions]]\ntext = "x"\nconfidence = 42\n'
    )
    monkeypatch.setattr(atomic.os, "link", _failing(os.link, errno.EROFS))
    kept = grow("coach", "alex-kim", "--answers", "-", input=bad)
    assert kept.exit_code == 1
    assert kept.stderr.startswith("grow: error: ") and kept.stderr.count("\n") == 1
    assert "Nothing was saved" in kept.stderr
    draft = notes_dir / ".grow" / "drafts" / "coaching-alex-kim.toml"
    assert tomllib.loads(draft.read_text())["answers"]["topic"] == "Ticket turnaround"
    draft.unlink()

    # The draft cannot be written either (the disk is full): still one line, no traceback, and
    # the problem with the answers is still the message, the disk's the hint.
    real_open = os.open
    monkeypatch.setattr(atomic.os, "open", _failing(real_open, errno.ENOSPC))
    lost = grow("coach", "alex-kim", "--answers", "-", input=bad)
    assert lost.exit_code == 1
    assert lost.stderr.startswith("grow: error: ") and lost.stderr.count("\n") == 1
    assert lost.stderr.split("Nothing was saved")[0] == kept.stderr.split("Nothing was saved")[0]
    assert "confidence" in lost.stderr
    assert "not even a draft" in lost.stderr and "the disk is full" in lost.stderr
    no_traceback(lost.output)
    assert not draft.exists()
    assert not list((notes_dir / "people" / "alex-kim").glob("*.md"))


def test_a_rejected_checkin_names_its_problem_even_when_no_draft_can_be_kept(
    grow: Any, notes_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grow_cli.store import atomic

    assert grow("person", "add", "Alex Kim").exit_code == 0
    bad = 'next_checkin = "someday"\n'
    monkeypatch.setattr(atomic.os, "open", _failing(os.open, errno.ENOSPC))
    result = grow("checkin", "alex-kim", "--answers", "-", input=bad)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "grow: error: The note was not saved:"  # then each problem
    assert "someday" in result.stderr and "[[updates]], [[progress]] or [[actions]]" in lines[2]
    assert "not even a draft" in lines[-1] and "the disk is full" in lines[-1]


def test_a_read_only_folder_for_real_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    assert run_grow(folder, "person", "add", "Alex Kim").returncode == 0
    person = folder / "people" / "alex-kim"
    person.chmod(0o500)
    try:
        if os.access(person, os.W_OK):
            pytest.skip("running as a user (root) whom permissions do not stop")
        result = run_grow(folder, "coach", "alex-kim", "--answers", str(PERFORMANCE))
    finally:
        person.chmod(0o700)
    assert result.returncode == 1
    assert result.stderr.startswith("grow: error: Cannot write ")
    assert "permission denied" in result.stderr
    no_traceback(result.stdout + result.stderr)


# --- a note damaged by hand ------------------------------------------------------------------


def test_a_hand_damaged_note_is_named_skipped_and_stays_visible(grow: Any, notes_dir: Path) -> None:
    assert grow("person", "add", "Alex Kim").exit_code == 0
    assert grow("coach", "alex-kim", "--answers", str(PERFORMANCE)).exit_code == 0
    first = notes_dir / "people" / "alex-kim" / f"{TODAY}-coaching.md"
    assert grow("due", "--json").exit_code == 0  # a warm cache holding the good note
    lines = first.read_text().splitlines()
    bad_line = next(n for n, line in enumerate(lines, start=1) if line.startswith("topic = "))
    lines[bad_line - 1] = 'topic = "Client ticket turnaround'  # the closing quote deleted
    first.write_text("\n".join(lines) + "\n")

    shown = f"people{os.sep}alex-kim{os.sep}{first.name}"
    for _run in range(2):  # the second run must not take the old note from the cache
        due = grow("due", "--json")
        assert due.exit_code == 0, due.stderr
        warnings = [line for line in due.stderr.splitlines() if line.startswith("grow: warning:")]
        assert len(warnings) == 1 and f"{shown}:{bad_line}:" in warnings[0], due.stderr
        assert "skipped" in warnings[0]
        items = json.loads(due.stdout)
        assert all("2026-11-22-coaching#" not in item["id"] for item in items)
        history = grow("history", "alex-kim")
        assert history.exit_code == 0, history.stderr
        assert f"{shown}:{bad_line}:" in history.stderr
        assert "Client ticket turnaround" not in history.stdout
    assert grow("person", "show", "alex-kim").exit_code == 0


# --- symlinks out of the notes folder --------------------------------------------------------

SECRET = "OUTSIDE-SECRET-PHRASE"


def _outside_note(person: str, date: str) -> str:
    return (
        f'+++\nschema = 1\nkind = "coaching"\ndate = {date}\nperson = "{person}"\n'
        f'topic = "{SECRET} topic"\n[grow]\ngoal = "{SECRET} goal"\n'
        f'[[actions]]\ntext = "{SECRET} action"\ndue = 2026-11-25\n+++\n\n{SECRET} body\n'
    )


def _outside_journal(date: str) -> str:
    return (
        f'+++\nschema = 1\nkind = "journal"\nmode = "reflection"\ndate = {date}\n'
        f'[reflection]\nwhat_happened = "{SECRET} happened"\nwhat_ill_try = "{SECRET} try"\n'
        f"+++\n\n{SECRET} body\n"
    )


def _links_out(tmp_path: Path, folder: Path) -> Path:
    outside = tmp_path / "outside"
    (outside / "alex").mkdir(parents=True)
    (outside / "journal").mkdir()
    (outside / "alex" / "2026-11-20-coaching.md").write_text(
        _outside_note("alex-kim", "2026-11-20")
    )
    (outside / "journal" / "2026-11-20-journal.md").write_text(_outside_journal("2026-11-20"))
    person = folder / "people" / "alex-kim"
    (person / "2026-11-20-coaching.md").symlink_to(outside / "alex" / "2026-11-20-coaching.md")
    (folder / "journal").symlink_to(outside / "journal", target_is_directory=True)
    return outside


def test_symlinked_note_and_journal_folder_are_not_followed(
    grow: Any, notes_dir: Path, tmp_path: Path
) -> None:
    assert grow("person", "add", "Alex Kim").exit_code == 0
    assert grow("coach", "alex-kim", "--answers", str(PERFORMANCE)).exit_code == 0
    _links_out(tmp_path, notes_dir)
    commands = [
        ("due", "--json"),
        ("actions", "alex-kim"),
        ("history", "alex-kim"),
        ("prep", "alex-kim"),
        ("search", "outside"),
        ("search", "topic"),
        ("journal", "list"),
        ("stats",),
        ("export", "--ics", "-"),
        ("person", "list"),
    ]
    for args in commands:
        result = grow(*args)
        assert SECRET not in result.stdout + result.stderr, args
        no_traceback(result.output)
    history = grow("history", "alex-kim")
    assert "Client ticket turnaround" in history.stdout  # the real note is still read


def test_symlinked_person_folder_is_not_followed(
    grow: Any, notes_dir: Path, tmp_path: Path
) -> None:
    assert grow("person", "add", "Alex Kim").exit_code == 0
    outside = tmp_path / "outside-bob"
    outside.mkdir()
    (outside / "person.toml").write_text(f'name = "{SECRET} Bob"\ncadence_days = 7\n')
    (outside / "2026-11-20-coaching.md").write_text(_outside_note("bob", "2026-11-20"))
    (notes_dir / "people" / "bob").symlink_to(outside, target_is_directory=True)
    before = sorted(p.name for p in outside.iterdir())
    for args in (
        ("person", "list"),
        ("due",),
        ("history", "bob"),
        ("prep", "bob"),
        ("person", "show", "bob"),
        ("search", "goal"),
    ):
        result = grow(*args)
        assert SECRET not in result.stdout + result.stderr, args
        no_traceback(result.output)
    grow("coach", "bob", "--answers", str(PERFORMANCE))
    assert sorted(p.name for p in outside.iterdir()) == before  # nothing written outside


# --- hostile person names --------------------------------------------------------------------

REFUSED = ["../x", "a/b", "", "   ", "..", "a\\b", "שלום", "مرحبا", "🙂🚀"]
SLUGGED = {
    "x" * 500: "x" * 64,
    "Zoë Ng 🙂": "zoe-ng",
    "Dana שלום Levi": "dana-levi",
    "Omar عمر": "omar",
    "  Mixed   CASE\tname ": "mixed-case-name",
}


@pytest.mark.parametrize("name", REFUSED)
def test_unsafe_person_names_are_refused_in_one_line(grow: Any, notes_dir: Path, name: str) -> None:
    result = grow("person", "add", name)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("grow: error: ") and result.stderr.count("\n") == 1
    no_traceback(result.output)
    people = notes_dir / "people"
    assert not people.exists() or list(people.iterdir()) == []
    assert sorted(p.name for p in notes_dir.parent.iterdir()) == ["home", "notes"]


@pytest.mark.parametrize("name", sorted(SLUGGED))
def test_odd_person_names_get_a_safe_slug_and_keep_the_name(
    grow: Any, notes_dir: Path, name: str
) -> None:
    result = grow("person", "add", name, "--json")
    assert result.exit_code == 0, result.output
    slug = SLUGGED[name]
    assert json.loads(result.stdout)["slug"] == slug
    assert [p.name for p in (notes_dir / "people").iterdir()] == [slug]
    stored = tomllib.loads((notes_dir / "people" / slug / "person.toml").read_text())
    assert stored["name"] == name.strip() or stored["name"] == name
    assert sorted(p.name for p in notes_dir.parent.iterdir()) == ["home", "notes"]


def test_a_non_latin_name_is_kept_exactly_with_an_explicit_slug(grow: Any, notes_dir: Path) -> None:
    name = "נועה כהן‎ / نور 🙂"
    refused = grow("person", "add", name)
    assert refused.exit_code == 1 and refused.stderr.count("\n") == 1
    name = "נועה כהן نور 🙂"
    result = grow("person", "add", name, "--slug", "noa")
    assert result.exit_code == 0, result.output
    stored = tomllib.loads((notes_dir / "people" / "noa" / "person.toml").read_text())
    assert stored["name"] == name
    assert grow("person", "add", "Someone", "--slug", "../up").exit_code == 1
    assert sorted(p.name for p in (notes_dir / "people").iterdir()) == ["noa"]
