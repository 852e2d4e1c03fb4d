"""Links, hostile text and warnings (issue 14, points 7, 8 and 10): nothing is read or written
through a link inside the notes folder, controls in names and answers reach the terminal as
escapes, and every damaged or doubtful file gets one warning that tells the truth."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from folders import coaching_answers, write_note, write_person

SLUG = "alex-kim"
NOTE = f"{SLUG}/2026-11-22-coaching"


def saved(grow: Any) -> None:
    assert grow("person", "add", "Alex Kim").exit_code == 0
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0


def test_a_people_folder_that_is_a_link_is_neither_read_nor_written(
    grow: Any, notes_dir: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    notes_dir.mkdir()
    (notes_dir / "people").symlink_to(elsewhere)
    write_person(elsewhere.parent / "elsewhere-notes", SLUG, "Alex Kim")  # unrelated folder
    added = grow("person", "add", "Alex Kim")
    assert added.exit_code == 1 and "is a link" in added.stderr
    assert list(elsewhere.iterdir()) == []
    (elsewhere / SLUG).mkdir()
    (elsewhere / SLUG / "person.toml").write_text('name = "Alex Kim"\n')
    listed = grow("person", "list")
    due = grow("due")
    assert "people/: skipped, it is a link" in due.stderr
    assert "Alex Kim" not in listed.stdout + due.stdout


def test_a_grow_folder_that_is_a_link_receives_no_draft(
    grow: Any, notes_dir: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert grow("person", "add", "Alex Kim").exit_code == 0
    # Every write leaves .grow/.gitignore (grow sync): a .grow/ replaced by a link afterwards.
    shutil.rmtree(notes_dir / ".grow")
    (notes_dir / ".grow").symlink_to(elsewhere)
    rejected = grow("coach", SLUG, "--answers", "-", input='topic = "only this"\n')
    assert rejected.exit_code == 1 and "not even a draft" in rejected.stderr
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    assert grow("due").exit_code == 0
    assert list(elsewhere.iterdir()) == []  # no draft, no index


def test_a_linked_note_or_person_folder_is_a_warning(grow: Any, notes_dir: Path) -> None:
    saved(grow)
    folder = notes_dir / "people" / SLUG
    (folder / "2026-11-23-checkin.md").symlink_to(folder / "2026-11-22-coaching.md")
    (notes_dir / "people" / "sam-lee").symlink_to(folder)
    result = grow("history", SLUG)
    assert result.exit_code == 0
    assert "people/alex-kim/2026-11-23-checkin.md: skipped, it is a link" in result.stderr
    assert "people/sam-lee: skipped, it is a link" in result.stderr


HOSTILE = "Evil\x1b[2J\x1b]0;owned\x07\u202eabc"


def test_controls_in_names_and_answers_are_shown_escaped(grow: Any, notes_dir: Path) -> None:
    # Written by hand (grow refuses such a name), in TOML's own escapes.
    profile = notes_dir / "people" / "evil" / "person.toml"
    profile.parent.mkdir(parents=True)
    profile.write_text(f"name = {json.dumps(HOSTILE)}\n")
    topic = "x\x1b[2Jy\u202ez"
    answers = coaching_answers().replace('topic = "Planning"', f'topic = "{topic}"')
    assert grow("coach", "evil", "--answers", "-", input=answers.replace("\x1b", "\\u001b"))
    for command in (
        ("person", "list"),
        ("history", "evil"),
        ("show", "evil/2026-11-22-coaching"),
        ("prep", "evil"),
        ("search", "x"),
        ("due", "--within", "30"),
    ):
        result = grow(*command)
        assert result.exit_code == 0, (command, result.output)
        assert "\x1b" not in result.output and "\u202e" not in result.output, command
    shown = grow("history", "evil").stdout
    assert "\\x1b[2J" in shown and "\\u202e" in shown
    # The note keeps what was typed; JSON gives it to programs as it is (escaped by JSON itself).
    data = json.loads(grow("show", "evil/2026-11-22-coaching", "--json").stdout)
    assert data["topic"] == topic


@pytest.mark.parametrize("name", ["Two\nLines", "Carriage\rReturn", "Bell\x07"])
def test_a_name_with_a_line_break_or_a_control_is_refused(grow: Any, name: str) -> None:
    result = grow("person", "add", name, "--slug", "odd")
    assert result.exit_code == 1 and "must be one line" in result.stderr
    assert "\r" not in result.stderr and "\x07" not in result.stderr


def test_the_smart_error_quotes_a_line_of_the_goal(grow: Any) -> None:
    assert grow("person", "add", "Alex Kim").exit_code == 0
    goal = "Be better " + "and better " * 200
    answers = coaching_answers().replace(
        'goal = "Send the sprint summary to the team every Friday by 3 PM for the next 4 weeks"',
        f'goal = "{goal}"',
    )
    assert goal in answers
    result = grow("coach", SLUG, "--answers", "-", input=answers)
    assert result.exit_code == 1 and "is not SMART" in result.stderr
    assert goal not in result.stderr and "…" in result.stderr
    assert max(len(line) for line in result.stderr.splitlines()) < 1_000


def test_a_notes_folder_open_to_others_is_named(grow: Any, notes_dir: Path) -> None:
    notes_dir.mkdir(mode=0o755)
    os.chmod(notes_dir, 0o755)
    result = grow("person", "add", "Alex Kim")
    assert result.exit_code == 0
    assert "can be read by other users" in result.stderr and "chmod 700" in result.stderr
    assert notes_dir.stat().st_mode & 0o777 == 0o755  # never changed behind the user's back
    os.chmod(notes_dir, 0o700)
    assert "other users" not in grow("person", "add", "Sam Lee").stderr


def test_a_copied_note_is_one_warning_and_its_items_count_once(grow: Any, notes_dir: Path) -> None:
    saved(grow)
    folder = notes_dir / "people" / SLUG
    before = json.loads(grow("due", "--within", "60", "--json").stdout)
    (folder / "2026-11-22-coaching copy.md").write_bytes(
        (folder / "2026-11-22-coaching.md").read_bytes()
    )
    result = grow("due", "--within", "60", "--json")
    assert json.loads(result.stdout) == before
    warnings = result.stderr.splitlines()
    assert len(warnings) == 1 and "2026-11-22-coaching copy.md: skipped" in warnings[0]
    assert "(a copy?)" in warnings[0]


def test_an_update_to_a_missing_item_is_a_warning(grow: Any, notes_dir: Path) -> None:
    saved(grow)
    write_note(
        notes_dir,
        f"people/{SLUG}/2026-11-23-checkin.md",
        f'kind = "checkin"\ndate = 2026-11-23\nperson = "{SLUG}"\n'
        f'[[updates]]\nref = "{NOTE}#a9"\nstatus = "done"\n',
    )
    result = grow("actions", SLUG)
    assert result.exit_code == 0
    assert f"an update refers to '{NOTE}#a9', which no note holds" in result.stderr


def test_a_person_folder_without_a_profile_is_a_warning(grow: Any, notes_dir: Path) -> None:
    saved(grow)
    stray = notes_dir / "people" / "sam-lee"
    stray.mkdir()
    write_note(
        notes_dir,
        "people/sam-lee/2026-11-20-feedback.md",
        'kind = "feedback"\ndate = 2026-11-20\nperson = "sam-lee"\ntopic = "standup"\n',
    )
    result = grow("history", SLUG)
    assert "people/sam-lee/: has no person.toml" in result.stderr
    assert "grow person add NAME --slug sam-lee" in result.stderr
