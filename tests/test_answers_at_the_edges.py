"""Answers kept at the edges (issue 14, points 6 and 9): a list still open, a disk that fills
mid-conversation, a save error that names the file being written, a person added on a full disk,
and one temp file per save."""

from __future__ import annotations

import errno
import os
import tomllib
from pathlib import Path
from typing import Any

import pytest

from folders import coaching_answers
from interactive import (
    CTRL_C,
    ENTER,
    NO,
    YES,
    Converse,
    draft_of,
    front,
    keys,
    pick,
    saved_note,
    say,
)

SLUG = "alex-kim"
GOAL = "Give 3 talks at meetups by the end of next year"
ACTION = "Submit a talk proposal to the local Python meetup by Friday"


def full_disk_after(count: int) -> Any:
    """os.open that fails with ENOSPC for temp files once `count` have been made."""
    real = os.open
    made = [0]

    def open_(path: Any, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith(".tmp"):
            made[0] += 1
            if made[0] > count:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real(path, *args, **kwargs)

    return open_


def test_options_typed_into_an_open_list_are_in_the_draft(
    converse: Converse, notes_dir: Path
) -> None:
    typed = keys(pick(0), say(GOAL), say("I froze on questions"), say("Practise"), say("Club"))
    stopped = converse("journal", keys=keys(typed, CTRL_C))
    assert stopped.exit_code == 130
    kept = tomllib.loads(draft_of(notes_dir, "journal", "journal").read_text())["answers"]
    assert kept["_redo"]["grow"]["options"] == ["Practise", "Club"]
    resumed = converse(
        "journal",
        "--resume",
        keys=keys(
            ENTER, ENTER, ENTER, say("w"), say(ACTION), say("talks"), say("8"), NO, ENTER, ENTER
        ),
    )
    assert resumed.exit_code == 0, resumed.stdout + resumed.stderr
    note = front(saved_note(resumed))
    assert note["grow"]["options"] == ["Practise", "Club"] and "_redo" not in note


def test_a_disk_that_fills_mid_conversation_says_what_is_kept(
    grow: Any, converse: Converse, notes_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grow_cli.store import atomic

    assert grow("person", "add", "Alex Kim").exit_code == 0
    # The drafts of the first two answers only: "a gap to close?" and the focus.
    monkeypatch.setattr(atomic.os, "open", full_disk_after(2))
    run = converse("coach", SLUG, keys=keys(YES, pick(0), say("Ticket turnaround")))
    assert run.exit_code == 1
    draft = draft_of(notes_dir, SLUG)
    assert f"The answers before this one are kept in {draft}." in run.stderr
    assert f"continue with: grow coach {SLUG} --resume" in run.stderr
    assert "the disk is full" in run.stderr and "Traceback" not in run.stderr
    assert tomllib.loads(draft.read_text())["answers"]["focus"] == "performance"


def test_a_save_error_names_the_file_being_written(
    grow: Any, notes_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grow_cli.store import atomic

    assert grow("person", "add", "Alex Kim").exit_code == 0
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    monkeypatch.setattr(atomic.os, "open", full_disk_after(0))
    result = grow("coach", SLUG, "--answers", "-", input=coaching_answers())
    assert result.exit_code == 1
    written = notes_dir / "people" / SLUG / "2026-11-22-coaching-2.md"
    assert f"Cannot write {written}: the disk is full." in result.stderr


def test_a_person_added_on_a_full_disk_leaves_no_folder(
    grow: Any, empty_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grow_cli.store import atomic

    monkeypatch.setattr(atomic.os, "open", full_disk_after(0))
    result = grow("person", "add", "Alex Kim")
    assert result.exit_code == 1 and "the disk is full" in result.stderr
    assert not (empty_folder / "people" / SLUG).exists()
    monkeypatch.undo()
    assert grow("person", "add", "Alex Kim").exit_code == 0


def test_one_temp_file_per_save_however_many_names_are_taken(
    grow: Any, notes_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grow_cli.store import atomic

    assert grow("person", "add", "Alex Kim").exit_code == 0
    for _ in range(3):
        assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    temps: list[Path] = []
    monkeypatch.setattr(
        atomic,
        "fault_hook",
        lambda point, path: temps.append(path) if point == "temp-created" else None,
    )
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    notes_written = [path for path in temps if path.suffix == ".md"]
    assert notes_written == [notes_dir / "people" / SLUG / "2026-11-22-coaching-4.md"]


def test_a_killed_writers_temp_file_is_removed_by_the_next_reader(
    grow: Any, notes_dir: Path
) -> None:
    from grow_cli.store import atomic

    assert grow("person", "add", "Alex Kim").exit_code == 0
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    folder = notes_dir / "people" / SLUG
    # A pid no process has (beyond the kernel's limit): a writer that has ended.
    left = folder / f".2026-11-22-checkin.md.{atomic._HOST}.99999999.0.tmp"
    other_host = folder / ".2026-11-22-checkin.md.elsewhere.99999999.0.tmp"
    mine = folder / ".notes-by-hand.tmp"  # not a name grow gives
    for path in (left, other_host, mine):
        path.write_text("+++\nkind = 'checkin'\n+++\n")
    assert grow("due").exit_code == 0
    assert not left.exists()
    assert other_host.exists() and mine.exists()  # another machine's writer may be at work
