"""Keeping the list of people right (issue point 4): grow person edit, archive and unarchive,
remove (kept aside, never deleted), and merge a duplicate (notes move, ids stay unique and every
reference holds, nothing lost, even when stopped half way)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from folders import coaching_answers, example_folder, run_json, write_note
from interactive import ENTER, NO, YES, Converse, front, keys, replace
from shapes import PERSON_KEYS

TODAY = "2026-11-22"


def profile(notes_dir: Path, slug: str) -> dict[str, Any]:
    return tomllib.loads((notes_dir / "people" / slug / "person.toml").read_text())


def files_under(folder: Path) -> dict[str, str]:
    """Every file below `folder` (relative path: text), to compare whole folders."""
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".grow" not in p.relative_to(folder).parts
    }


# -- grow person edit ----------------------------------------------------------------------------


@pytest.fixture
def priya(grow: Any, notes_dir: Path) -> Path:
    result = grow(
        "person", "add", "Priya Shah", "--role", "Engineer", "--style", "Direct", "--cadence", "7"
    )
    assert result.exit_code == 0, result.output
    return notes_dir / "people" / "priya-shah" / "person.toml"


def test_edit_changes_only_what_is_given_and_says_what_changed(grow: Any, priya: Path) -> None:
    result = grow("person", "edit", "priya", "--role", "Senior engineer", "--cadence", "14")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "Changed Priya Shah (priya-shah):",
        "  role: Engineer -> Senior engineer",
        "  cadence: 7 -> 14",
    ]
    assert tomllib.loads(priya.read_text()) == {
        "name": "Priya Shah",
        "role": "Senior engineer",
        "cadence_days": 14,
        "started": tomllib.loads(priya.read_text())["started"],
        "style": "Direct",
    }


def test_a_new_name_keeps_the_slug_and_the_folder(grow: Any, priya: Path) -> None:
    result = grow("person", "edit", "priya-shah", "--name", "Priya Shah-Patel")
    assert result.exit_code == 0, result.output
    assert "name: Priya Shah -> Priya Shah-Patel" in result.stdout
    assert "Their folder stays" in result.stdout and "the slug 'priya-shah'" in result.stdout
    assert tomllib.loads(priya.read_text())["name"] == "Priya Shah-Patel"
    assert run_json(grow, "person", "show", "Priya Shah-Patel")["slug"] == "priya-shah"


def test_edit_reads_started_as_a_phrase_and_prints_the_person_json(grow: Any, priya: Path) -> None:
    edited = run_json(grow, "person", "edit", "priya", "--started", "2 weeks ago")
    assert set(edited) == PERSON_KEYS
    assert (edited["started"], edited["slug"], edited["role"]) == (
        "2026-11-08",
        "priya-shah",
        "Engineer",
    )


def test_edit_validates_as_add_does_and_writes_nothing_on_a_problem(grow: Any, priya: Path) -> None:
    before = priya.read_text()
    result = grow("person", "edit", "priya", "--name", "  ", "--started", "in 3 weeks")
    assert result.exit_code == 1
    assert "The profile was not saved:" in result.stderr
    assert priya.read_text() == before
    assert grow("person", "edit", "priya", "--cadence", "0").exit_code == 2


def test_edit_with_nothing_to_change_is_a_usage_error_without_a_terminal(
    grow: Any, priya: Path
) -> None:
    result = grow("person", "edit", "priya")
    assert result.exit_code == 2
    assert (
        "Give what to change: --name, --role, --cadence, --started, --style or --email."
        in result.stderr
    )


def test_edit_at_the_terminal_asks_each_field_with_its_value_as_default(
    converse: Converse, priya: Path
) -> None:
    typed = keys(ENTER, replace("Tech lead"), ENTER, ENTER, ENTER)
    run = converse("person", "edit", "priya", keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert run.stdout.splitlines() == [
        "Changed Priya Shah (priya-shah):",
        "  role: Engineer -> Tech lead",
    ]
    assert tomllib.loads(priya.read_text())["role"] == "Tech lead"


# -- grow person archive -------------------------------------------------------------------------


@pytest.fixture
def folder(grow: Any, notes_dir: Path) -> Path:
    return example_folder(grow, notes_dir)


def test_an_archived_person_leaves_every_view_across_people_but_keeps_their_notes(
    grow: Any, folder: Path
) -> None:
    due_before = run_json(grow, "due", "--within", "30")
    assert any(entry["person"] == "alex-kim" for entry in due_before)
    result = grow("person", "archive", "Alex")
    assert result.exit_code == 0, result.output
    assert f"Archived Alex Kim (alex-kim) on {TODAY}" in result.stdout
    assert profile(folder, "alex-kim")["archived"].isoformat() == TODAY

    due = run_json(grow, "due", "--within", "30")
    assert due and all(entry["person"] != "alex-kim" for entry in due)
    assert [p["person"] for p in run_json(grow, "stats")["people"]] == ["priya-shah", "sam-lee"]
    assert all(item["person"] != "alex-kim" for item in run_json(grow, "actions"))
    assert all(goal["person"] != "alex-kim" for goal in run_json(grow, "goals"))
    calendar = grow("export", "--ics", "-").stdout
    assert "Alex Kim" not in calendar and "Priya Shah" in calendar
    assert [p["slug"] for p in run_json(grow, "person", "list")] == ["priya-shah", "sam-lee"]
    listed = run_json(grow, "person", "list", "--all")
    assert [(p["slug"], p["archived"]) for p in listed] == [
        ("alex-kim", TODAY),
        ("priya-shah", None),
        ("sam-lee", None),
    ]
    assert "archived" in grow("person", "list", "--all").stdout

    # Their record is still there, when asked for by name.
    assert len(run_json(grow, "history", "alex-kim")) == 3
    assert run_json(grow, "show", "alex-kim/2026-11-08-coaching")["person"] == "alex-kim"
    assert run_json(grow, "person", "show", "alex-kim")["archived"] == TODAY
    assert run_json(grow, "actions", "alex-kim")


def test_no_new_conversation_with_someone_archived(grow: Any, folder: Path) -> None:
    assert grow("person", "archive", "alex-kim").exit_code == 0
    for command in (["coach", "alex"], ["checkin", "alex"], ["feedback", "alex"]):
        result = grow(*command, "--answers", "-", input=coaching_answers())
        assert result.exit_code == 1, result.output
        assert "Alex Kim (alex-kim) was archived on 2026-11-22" in result.stderr
        assert "grow person unarchive alex-kim" in result.stderr


def test_unarchive_brings_them_back_and_archiving_twice_keeps_the_first_date(
    grow: Any, folder: Path
) -> None:
    assert grow("person", "archive", "alex-kim").exit_code == 0
    again = grow("person", "archive", "alex-kim")
    assert again.exit_code == 0 and "already archived (since 2026-11-22)" in again.stdout
    result = grow("person", "unarchive", "alex-kim")
    assert result.exit_code == 0 and "is back" in result.stdout
    assert "archived" not in profile(folder, "alex-kim")
    assert any(entry["person"] == "alex-kim" for entry in run_json(grow, "due", "--within", "30"))
    assert grow("person", "archive", "alex-kim", "--undo").stdout.strip().endswith("not archived.")


# -- grow person remove --------------------------------------------------------------------------


def test_remove_without_a_terminal_needs_yes(grow: Any, folder: Path) -> None:
    before = files_under(folder)
    result = grow("person", "remove", "alex-kim")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "grow person remove alex-kim --yes" in result.stderr
    assert files_under(folder) == before


def test_remove_moves_the_folder_and_drafts_aside_where_they_can_be_restored(
    grow: Any, folder: Path
) -> None:
    draft = folder / ".grow" / "drafts" / "coaching-alex-kim.toml"
    draft.parent.mkdir(parents=True, exist_ok=True)
    draft.write_text('kind = "coaching"\n[answers]\ntopic = "Unfinished"\n')
    person = files_under(folder / "people" / "alex-kim")
    result = grow("person", "remove", "alex-kim", "--yes")
    assert result.exit_code == 0, result.output
    kept = folder / "removed" / f"alex-kim-{TODAY}"
    assert f"moved to {kept}" in result.stdout and "To restore them" in result.stdout
    assert not (folder / "people" / "alex-kim").exists() and not draft.exists()
    assert files_under(kept / "alex-kim") == person  # every file, byte for byte
    assert (kept / "drafts" / "coaching-alex-kim.toml").exists()
    assert [p["slug"] for p in run_json(grow, "person", "list", "--all")] == [
        "priya-shah",
        "sam-lee",
    ]
    assert all(entry["person"] != "alex-kim" for entry in run_json(grow, "due", "--within", "30"))
    # Moving the folder back restores them.
    (kept / "alex-kim").rename(folder / "people" / "alex-kim")
    assert len(run_json(grow, "history", "alex-kim")) == 3


def test_remove_with_yes_insists_on_an_exact_name(grow: Any, folder: Path) -> None:
    result = grow("person", "remove", "ale", "--yes")
    assert result.exit_code == 2
    assert "give 'alex-kim'" in result.stderr
    assert (folder / "people" / "alex-kim").exists()
    assert grow("person", "remove", "Alex Kim", "--yes").exit_code == 0


def test_remove_at_the_terminal_says_what_goes_and_asks(converse: Converse, folder: Path) -> None:
    run = converse("person", "remove", "alex", keys=NO)
    assert "Remove Alex Kim (alex-kim): 4 notes?" in run.screen
    assert run.exit_code == 130 and "Nothing was changed." in run.stderr
    assert (folder / "people" / "alex-kim").exists()
    run = converse("person", "remove", "alex", keys=YES)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert not (folder / "people" / "alex-kim").exists()


# -- grow person merge ---------------------------------------------------------------------------

DUPLICATE = "p-shah/2026-11-22-coaching"
MOVED = "priya-shah/2026-11-22-coaching-2"  # the name priya-shah's own note already has


@pytest.fixture
def twice(grow: Any, notes_dir: Path) -> Path:
    """Priya Shah, added twice: once as 'P. Shah' (with a conversation, a check-in on it and a
    draft), once as 'Priya Shah' (with a conversation the same day, and a hand-written check-in
    that refers to P. Shah's action)."""
    assert grow("person", "add", "Priya Shah", "--started", "2026-11-01").exit_code == 0
    assert (
        grow("person", "add", "P. Shah", "--role", "Engineer", "--started", "2026-10-01").exit_code
        == 0
    )
    support = '[[support]]\ntext = "Review the summary with them on Thursday"\n'
    for who, topic in (("priya-shah", "Roadmap"), ("p-shah", "Planning")):
        answers = coaching_answers(topic=topic) + support
        result = grow("coach", who, "--answers", "-", input=answers)
        assert result.exit_code == 0, result.output
    checkin = (
        f'[[updates]]\nref = "{DUPLICATE}#a1"\nstatus = "done"\n'
        f'[[progress]]\nthread = "{DUPLICATE}#t1"\nreading = 3\nnote = "Going well"\n'
    )
    result = grow("checkin", "p-shah", "--answers", "-", input=checkin)
    assert result.exit_code == 0, result.output
    write_note(
        notes_dir,
        "people/priya-shah/2026-11-21-checkin.md",
        f'schema = 1\nkind = "checkin"\ndate = 2026-11-21\nperson = "priya-shah"\n'
        f'# written by hand\n[[updates]]\nref = "{DUPLICATE}#s1"\nstatus = "progress"\n',
        "Hand-written.\n",
    )
    draft = notes_dir / ".grow" / "drafts" / "feedback-p-shah.toml"
    draft.parent.mkdir(parents=True, exist_ok=True)
    draft.write_text(f'kind = "feedback"\n[answers]\nthread = "{DUPLICATE}#t1"\ntopic = "Demo"\n')
    return notes_dir


def test_merge_moves_every_note_with_ids_renamed_and_references_kept(
    grow: Any, twice: Path
) -> None:
    originals = files_under(twice / "people" / "p-shah")
    statuses = {
        i["text"]: i["status"] for i in run_json(grow, "actions", "p-shah", "--status", "all")
    }
    result = grow("person", "merge", "p-shah", "priya-shah", "--yes")
    assert result.exit_code == 0, result.output
    assert "Merged P. Shah (p-shah) into Priya Shah (priya-shah)." in result.stdout
    assert "2 notes moved to people/priya-shah/" in result.stdout
    assert f"  {DUPLICATE} -> {MOVED}" in result.stdout
    assert "warning" not in result.stderr.lower()

    folder = twice / "people" / "priya-shah"
    assert sorted(p.name for p in folder.iterdir()) == [
        "2026-11-21-checkin.md",
        "2026-11-22-checkin.md",
        "2026-11-22-coaching-2.md",
        "2026-11-22-coaching.md",
        "person.toml",
    ]
    moved = front(folder / "2026-11-22-coaching-2.md")
    assert (moved["person"], moved["id"], moved["thread"]) == ("priya-shah", MOVED, f"{MOVED}#t1")
    assert [a["id"] for a in moved["actions"]] == [f"{MOVED}#a1"]
    assert [s["id"] for s in moved["support"]] == [f"{MOVED}#s1"]
    assert moved["topic"] == "Planning"
    checkin = front(folder / "2026-11-22-checkin.md")
    assert checkin["updates"][0]["ref"] == f"{MOVED}#a1"
    assert checkin["progress"][0]["thread"] == f"{MOVED}#t1"
    by_hand = front(folder / "2026-11-21-checkin.md")
    assert by_hand["updates"][0]["ref"] == f"{MOVED}#s1"
    assert "Hand-written.\n" in (folder / "2026-11-21-checkin.md").read_text()

    # Every item still has the status its check-ins gave it, now under Priya Shah.
    now = run_json(grow, "actions", "priya-shah", "--status", "all")
    assert {i["id"] for i in now} >= {
        f"{MOVED}#a1",
        f"{MOVED}#s1",
        "priya-shah/2026-11-22-coaching#a1",
    }
    assert (
        next(i for i in now if i["id"] == f"{MOVED}#a1")["status"]
        == statuses["Send the sprint summary to the team by Friday"]
        == "done"
    )
    goals = run_json(grow, "goals", "priya-shah", "--status", "all")
    moved_goal = next(g for g in goals if g["id"] == f"{MOVED}#t1")
    assert [r["value"] for r in moved_goal["readings"]] == [3]
    ids = [n["id"] for n in run_json(grow, "history", "priya-shah")]
    assert len(ids) == len(set(ids)) == 4

    # The duplicate is gone from people/, kept whole beside the record of the merge.
    kept = twice / "merged" / f"p-shah-into-priya-shah-{TODAY}"
    assert not (twice / "people" / "p-shah").exists()
    assert files_under(kept / "p-shah") == originals
    assert (kept / "originals" / "people" / "priya-shah" / "2026-11-21-checkin.md").exists()
    record = tomllib.loads((kept / "merge.toml").read_text())
    assert record["finished"] is True and record["ids"][DUPLICATE] == MOVED
    # The draft follows, ids renamed; the profile takes the earlier start and the role.
    draft = tomllib.loads((twice / ".grow" / "drafts" / "feedback-priya-shah.toml").read_text())
    assert draft["answers"] == {"thread": f"{MOVED}#t1", "topic": "Demo"}
    assert profile(twice, "priya-shah")["started"].isoformat() == "2026-10-01"
    assert profile(twice, "priya-shah")["role"] == "Engineer"
    assert [p["slug"] for p in run_json(grow, "person", "list", "--all")] == ["priya-shah"]


def test_merge_json_names_what_moved(grow: Any, twice: Path) -> None:
    merged = run_json(grow, "person", "merge", "p-shah", "priya-shah", "--yes")
    assert merged["from"]["slug"] == "p-shah" and merged["into"]["slug"] == "priya-shah"
    assert {"from": f"people/{DUPLICATE}.md", "to": f"people/{MOVED}.md"} in merged["moved"]
    assert merged["kept_in"] == f"merged/p-shah-into-priya-shah-{TODAY}"
    assert merged["rewritten"] == ["people/priya-shah/2026-11-21-checkin.md"]


class Killed(BaseException):
    """Stands for the process dying at that point: nothing in grow catches it."""


@pytest.mark.parametrize(("copy", "point"), [(1, "temp-synced"), (1, "done"), (2, "linked")])
def test_a_merge_stopped_half_way_loses_nothing_and_the_same_command_finishes_it(
    grow: Any, twice: Path, monkeypatch: pytest.MonkeyPatch, copy: int, point: str
) -> None:
    from grow_cli.store import atomic

    originals = files_under(twice / "people" / "p-shah")
    target = twice / "people" / "priya-shah"
    copies = 0

    def hook(name: str, path: Path) -> None:
        nonlocal copies
        if path.parent == target and path.suffix == ".md" and name == "temp-created":
            copies += 1
        if name == point and copies == copy and path.parent == target:
            raise Killed

    monkeypatch.setattr(atomic, "fault_hook", hook)
    with pytest.raises(Killed):
        grow("person", "merge", "p-shah", "priya-shah", "--yes")
    monkeypatch.setattr(atomic, "fault_hook", None)
    # Stopped: the duplicate still has every note; nothing was lost.
    assert files_under(twice / "people" / "p-shah") == originals

    result = grow("person", "merge", "p-shah", "priya-shah", "--yes")
    assert result.exit_code == 0, result.output
    assert "finishing the merge stopped earlier" in result.stdout
    names = sorted(p.name for p in target.glob("*.md"))
    assert names == [
        "2026-11-21-checkin.md",
        "2026-11-22-checkin.md",
        "2026-11-22-coaching-2.md",
        "2026-11-22-coaching.md",
    ]
    assert front(target / "2026-11-22-checkin.md")["updates"][0]["ref"] == f"{MOVED}#a1"
    assert len(list((twice / "merged").iterdir())) == 1
    kept = twice / "merged" / f"p-shah-into-priya-shah-{TODAY}"
    assert files_under(kept / "p-shah") == originals


def test_merge_refuses_a_person_into_themselves_or_someone_archived(grow: Any, twice: Path) -> None:
    before = files_under(twice)
    result = grow("person", "merge", "priya", "priya-shah", "--yes")
    assert result.exit_code == 2
    assert "a person cannot be merged into themselves" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert grow("person", "archive", "p-shah").exit_code == 0
    result = grow("person", "merge", "p-shah", "priya-shah", "--yes")
    assert result.exit_code == 1
    assert "P. Shah (p-shah) is archived; unarchive them first" in result.stderr
    assert grow("person", "unarchive", "p-shah").exit_code == 0
    assert files_under(twice) == before


def test_merge_asks_first_and_needs_yes_without_a_terminal(
    grow: Any, converse: Converse, twice: Path
) -> None:
    before = files_under(twice)
    result = grow("person", "merge", "p-shah", "priya-shah")
    assert result.exit_code == 2 and "--yes" in result.stderr
    run = converse("person", "merge", "P. Shah", "Priya Shah", keys=NO)
    assert "Merge P. Shah (p-shah: 2 notes, 1 draft) into Priya Shah (priya-shah)?" in run.screen
    assert run.exit_code == 130
    assert files_under(twice) == before
    run = converse("person", "merge", "P. Shah", "Priya Shah", keys=YES)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert not (twice / "people" / "p-shah").exists()


def test_merge_refuses_while_a_note_of_the_duplicate_is_damaged(grow: Any, twice: Path) -> None:
    write_note(twice, "people/p-shah/2026-11-20-feedback.md", 'kind = "feedback\n')
    before = files_under(twice)
    result = grow("person", "merge", "p-shah", "priya-shah", "--yes")
    assert result.exit_code == 1
    assert "Cannot merge p-shah: fix these notes first" in result.stderr
    assert "people/p-shah/2026-11-20-feedback.md" in result.stderr
    assert files_under(twice) == before
    assert json.loads(grow("person", "list", "--json").stdout)[0]["slug"] == "p-shah"


def test_adding_a_name_that_fits_someone_already_there_points_at_merge(grow: Any) -> None:
    assert grow("person", "add", "Priya Shah").exit_code == 0
    result = grow("person", "add", "P. Shah")
    assert result.exit_code == 0, result.output
    assert (
        "Priya Shah (priya-shah) is in your notes already. If that is the same person: "
        "grow person merge p-shah priya-shah"
    ) in result.stderr
    assert grow("person", "add", "Priya Patel").stderr == ""  # only close: two people


# -- folder names from names (issue 19, point 1) ---------------------------------------------


def test_a_name_with_polish_and_german_letters_keeps_them_in_its_folder(
    grow: Any, notes_dir: Path
) -> None:
    assert grow("person", "add", "Łukasz Żółw").exit_code == 0
    assert grow("person", "add", "Jana Straße").exit_code == 0
    assert {p.name for p in (notes_dir / "people").iterdir()} == {"lukasz-zolw", "jana-strasse"}


@pytest.mark.parametrize("args", [("Con",), ("Con Li", "--slug", "con"), ("Lee", "--slug", "lpt1")])
def test_a_folder_name_windows_keeps_for_a_device_is_refused_in_one_line(
    grow: Any, notes_dir: Path, args: tuple[str, ...]
) -> None:
    result = grow("person", "add", *args)
    assert result.exit_code != 0
    assert "Windows" in result.output and "e.g." in result.output
    assert "Traceback" not in result.output
    assert not (notes_dir / "people").exists() or not any((notes_dir / "people").iterdir())


def test_notes_in_a_folder_named_before_transliteration_are_found_by_the_name(
    grow: Any, notes_dir: Path
) -> None:
    write_note(
        notes_dir,
        "people/ukasz-zow/2026-11-20-checkin.md",
        'kind = "checkin"\nperson = "ukasz-zow"\ndate = 2026-11-20\n',
    )
    result = grow("history", "Łukasz Żółw", "--json")
    assert result.exit_code == 0, result.output
    assert "ukasz-zow/2026-11-20-checkin" in result.output
