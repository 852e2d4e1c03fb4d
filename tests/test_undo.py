"""Undoing the last check-in (issue 2): restorable, never a silent delete, and what it undid is
printed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from folders import coaching_answers, run_json, write_note
from interactive import ENTER, NO, YES, Converse

SLUG = "alex-kim"
COACHING = f"{SLUG}/2026-11-22-coaching"
CHECKIN = f"{SLUG}/2026-11-22-checkin"
DONE = f'[[updates]]\nref = "{COACHING}#a1"\nstatus = "done"\nnote = "Finished early"\n'


@pytest.fixture
def checked_in(grow: Any, notes_dir: Path) -> Path:
    """Alex: a coaching conversation today, then a check-in marking its action done."""
    assert grow("person", "add", "Alex Kim").exit_code == 0
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    result = grow("checkin", SLUG, "--answers", "-", input=DONE)
    assert result.exit_code == 0, result.output
    return notes_dir / "people" / SLUG / "2026-11-22-checkin.md"


def status_of(grow: Any, item_id: str) -> str:
    items = run_json(grow, "actions", "--status", "all")
    return str(next(i for i in items if i["id"] == item_id)["status"])


def test_undo_moves_the_check_in_aside_and_says_what_it_undid(
    grow: Any, notes_dir: Path, checked_in: Path
) -> None:
    text = checked_in.read_text()
    assert status_of(grow, f"{COACHING}#a1") == "done"
    result = grow("undo", SLUG, "--yes")
    assert result.exit_code == 0, result.output
    kept = notes_dir / ".grow" / "undone" / "people" / SLUG / "2026-11-22-checkin.md"
    assert not checked_in.exists()
    assert kept.read_text() == text  # moved, not rewritten: nothing is lost
    out = result.stdout
    assert f"Undid the check-in of 2026-11-22 with Alex Kim ({CHECKIN})" in out
    assert "Send the sprint summary to the team by Friday: done (Finished early)" in out
    assert "back to open" in out
    assert str(kept) in out
    assert "grow undo alex-kim --restore" in out
    # Every command forgets it at once.
    assert status_of(grow, f"{COACHING}#a1") == "open"
    history = run_json(grow, "history", SLUG)
    assert [note["id"] for note in history] == [COACHING]


def test_restore_puts_the_latest_undone_check_in_back(
    grow: Any, notes_dir: Path, checked_in: Path
) -> None:
    text = checked_in.read_text()
    assert grow("undo", "--yes").exit_code == 0
    result = grow("undo", "--restore")
    assert result.exit_code == 0, result.output
    assert "Put back people/alex-kim/2026-11-22-checkin.md" in result.stdout
    assert checked_in.read_text() == text
    assert status_of(grow, f"{COACHING}#a1") == "done"
    again = grow("undo", "--restore")
    assert again.exit_code == 1
    assert "No undone check-in to put back" in again.stderr


def test_the_index_notices_the_undo_at_once(grow: Any, checked_in: Path) -> None:
    # `grow due` keeps its answer in the index under a fingerprint of the folder's files.
    before = run_json(grow, "due", "--within", "30")
    assert f"{COACHING}#a1" not in [entry["id"] for entry in before]
    assert grow("undo", SLUG, "--yes").exit_code == 0
    after = run_json(grow, "due", "--within", "30")
    assert f"{COACHING}#a1" in [entry["id"] for entry in after]


def test_the_newest_check_in_by_date_then_id_is_undone(
    grow: Any, notes_dir: Path, checked_in: Path
) -> None:
    later = f'[[updates]]\nref = "{COACHING}#a1"\nstatus = "blocked"\nnote = "Waiting"\n'
    assert grow("checkin", SLUG, "--answers", "-", input=later).exit_code == 0  # ...-checkin-2
    earlier = f'[[updates]]\nref = "{COACHING}#a1"\nstatus = "progress"\n'
    result = grow("checkin", SLUG, "--answers", "-", "--date", "2026-11-21", input=earlier)
    assert result.exit_code == 0, result.output
    undone = grow("undo", SLUG, "--yes")
    assert undone.exit_code == 0, undone.output
    assert f"({CHECKIN}-2)" in undone.stdout
    assert (notes_dir / "people" / SLUG / "2026-11-22-checkin.md").exists()
    assert (notes_dir / "people" / SLUG / "2026-11-21-checkin.md").exists()


def test_without_a_terminal_it_needs_yes(grow: Any, checked_in: Path) -> None:
    result = grow("undo", SLUG)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "--yes" in result.stderr
    assert checked_in.exists()


def test_at_a_terminal_it_asks_and_no_is_the_default(
    converse: Converse, checked_in: Path, notes_dir: Path
) -> None:
    for declined in (NO, ENTER):
        run = converse("undo", SLUG, keys=declined)
        assert run.exit_code == 0, run.stdout + run.stderr
        assert "Nothing was undone." in run.stdout
        assert "Send the sprint summary to the team by Friday: done" in run.stdout
        assert checked_in.exists()
    run = converse("undo", SLUG, keys=YES)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert not checked_in.exists()
    assert "Undid the check-in" in run.stdout


def test_no_person_means_the_newest_check_in_of_anyone(grow: Any, checked_in: Path) -> None:
    assert grow("person", "add", "Sam Lee").exit_code == 0
    answers = coaching_answers(extra='date = "2026-11-20"')
    assert grow("coach", "sam-lee", "--answers", "-", input=answers).exit_code == 0
    sams = '[[updates]]\nref = "sam-lee/2026-11-20-coaching#a1"\nstatus = "done"\n'
    result = grow("checkin", "sam-lee", "--answers", "-", "--date", "2026-11-21", input=sams)
    assert result.exit_code == 0, result.output
    undone = grow("undo", "--yes")
    assert f"({CHECKIN})" in undone.stdout  # Alex's, on the 22nd, is the newest
    undone = grow("undo", "--yes")
    assert "(sam-lee/2026-11-21-checkin)" in undone.stdout
    none = grow("undo", "--yes")
    assert none.exit_code == 1 and "No check-in to undo" in none.stderr


def test_a_person_with_no_check_in_is_told_so(grow: Any) -> None:
    assert grow("person", "add", "Alex Kim").exit_code == 0
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    result = grow("undo", SLUG, "--yes")
    assert result.exit_code == 1
    assert "No check-in with Alex Kim to undo" in result.stderr


def test_a_journal_check_in_is_undone_with_journal(grow: Any, notes_dir: Path) -> None:
    write_note(
        notes_dir,
        "journal/2026-11-12-journal.md",
        'schema = 1\nkind = "journal"\ndate = 2026-11-12\nmode = "grow"\n\n'
        '[[actions]]\ntext = "Hand the report to Priya by 30 November"\ndue = 2026-11-30\n'
        'owner = "self"\n',
    )
    updates = '[[updates]]\nref = "journal/2026-11-12-journal#a1"\nstatus = "done"\n'
    result = grow("journal", "checkin", "--answers", "-", input=updates)
    assert result.exit_code == 0, result.output
    assert grow("undo", "--yes").exit_code == 1  # no manager's check-in
    undone = grow("undo", "--journal", "--yes")
    assert undone.exit_code == 0, undone.output
    assert "in your journal" in undone.stdout
    assert "Hand the report to Priya by 30 November: done; back to open" in undone.stdout
    assert not (notes_dir / "journal" / "2026-11-22-journal.md").exists()
    assert grow("undo", "--journal", "--restore").exit_code == 0
    assert (notes_dir / "journal" / "2026-11-22-journal.md").exists()
    both = grow("undo", SLUG, "--journal", "--yes")
    assert both.exit_code == 2


def test_a_check_in_whose_items_a_later_note_updates_is_not_undone(
    grow: Any, notes_dir: Path, checked_in: Path
) -> None:
    new_action = (
        f'{DONE}\n[[actions]]\ntext = "Send the sprint summary to the team by Friday"\n'
        'relevant_to = "Team planning"\nconfidence = 8\n'
    )
    assert grow("undo", SLUG, "--yes").exit_code == 0
    assert grow("checkin", SLUG, "--answers", "-", input=new_action).exit_code == 0
    write_note(
        notes_dir,
        f"people/{SLUG}/2026-11-22-feedback.md",
        f'schema = 1\nkind = "feedback"\ndate = 2026-11-22\nperson = "{SLUG}"\n\n'
        f'[[updates]]\nref = "{CHECKIN}#a1"\nstatus = "done"\n',
    )
    result = grow("undo", SLUG, "--yes")
    assert result.exit_code == 1
    assert f"{CHECKIN} cannot be undone" in result.stderr
    assert f"{SLUG}/2026-11-22-feedback updates {CHECKIN}#a1" in result.stderr
    assert checked_in.exists()


def test_a_second_undo_of_the_same_name_is_kept_beside_the_first(
    grow: Any, notes_dir: Path, checked_in: Path
) -> None:
    assert grow("undo", SLUG, "--yes").exit_code == 0
    assert grow("checkin", SLUG, "--answers", "-", input=DONE).exit_code == 0  # the same name
    result = grow("undo", SLUG, "--yes", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    folder = notes_dir / ".grow" / "undone" / "people" / SLUG
    assert data["kept_in"] == str(folder / "2026-11-22-checkin~2.md")
    assert sorted(p.name for p in folder.iterdir()) == [
        "2026-11-22-checkin.md",
        "2026-11-22-checkin~2.md",
    ]
    assert data["undone"]["id"] == CHECKIN
    assert data["updates"] == [
        {
            "ref": f"{COACHING}#a1",
            "text": "Send the sprint summary to the team by Friday",
            "status": "done",
            "note": "Finished early",
            "status_after": "open",
        }
    ]
    assert data["restore"] == "grow undo alex-kim --restore"
    # The latest undone comes back first, under its own name.
    assert grow("undo", SLUG, "--restore").exit_code == 0
    assert checked_in.exists()
    assert (folder / "2026-11-22-checkin.md").exists()
    # The other cannot: its name is taken now.
    grow("undo", SLUG, "--yes")
    assert grow("checkin", SLUG, "--answers", "-", input=DONE).exit_code == 0
    taken = grow("undo", SLUG, "--restore")
    assert taken.exit_code == 1
    assert "is taken by another note" in taken.stderr
