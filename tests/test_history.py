"""`grow history PERSON` and `grow show NOTE`, on a folder built from examples and by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from folders import (
    ALEX_CHECKIN_1,
    ALEX_CHECKIN_2,
    ALEX_COACHING,
    ALEX_DAMAGED,
    ALEX_DASHBOARD,
    ALEX_PAIR,
    ALEX_SYNC,
    ALEX_TEMPLATES,
    ALEX_TRIAGE,
    JOURNAL_ENTRY,
    example_folder,
    run_json,
    write_note,
)
from grow_cli.store import frontmatter

DAMAGE_WARNING = f"grow: warning: {ALEX_DAMAGED}:3: skipped, invalid TOML"


@pytest.fixture
def folder(grow, notes_dir: Path) -> Path:  # type: ignore[no-untyped-def]
    return example_folder(grow, notes_dir)


def assert_one_line_error(result, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("grow: error:")]
    assert len(errors) == 1 and "Traceback" not in result.output
    for word in words:
        assert word in errors[0]


# grow history


def test_history_lists_notes_newest_first_one_line_each(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("history", "Alex Kim")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["date", "kind", "focus", "topic", "holds", "id"]
    rows = [line.split() for line in lines[1:4]]
    assert [row[-1] for row in rows] == [ALEX_CHECKIN_2, ALEX_CHECKIN_1, ALEX_COACHING]
    assert rows[0][:2] == ["2026-11-20", "checkin"] and rows[0][-2] == "2u"
    assert rows[1][-4:-1] == ["1a", "1s", "2u"]  # hand-written: counted, ids derived from path
    assert rows[2][:3] == ["2026-11-08", "coaching", "performance"]
    assert "Client ticket turnaround" in lines[3] and rows[2][-4:-1] == ["2a", "1s", "1f"]
    assert lines[4].startswith("holds: a actions")


def test_history_warns_about_the_damaged_note_first_and_skips_it(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("history", "alex-kim")
    assert result.stderr.startswith(DAMAGE_WARNING)
    assert "2026-11-21" not in result.stdout and result.exit_code == 0


def test_history_json(grow, folder: Path, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    rows = run_json(grow, "history", "alex-kim")
    assert [row["id"] for row in rows] == [ALEX_CHECKIN_2, ALEX_CHECKIN_1, ALEX_COACHING]
    first_checkin = rows[1]
    assert first_checkin == {
        "id": ALEX_CHECKIN_1,
        "path": str(notes_dir / "people" / f"{ALEX_CHECKIN_1}.md"),
        "date": "2026-11-15",
        "kind": "checkin",
        "person": "alex-kim",
        "focus": None,
        "mode": None,
        "topic": None,
        "goal": None,
        "summary": "",
        "tags": [],
        "counts": {"actions": 1, "support": 1, "updates": 2, "feedback": 0},
    }
    coaching = rows[2]
    assert (coaching["focus"], coaching["topic"]) == ("performance", "Client ticket turnaround")
    assert coaching["goal"].startswith("Bring the average first reply")
    assert coaching["counts"] == {"actions": 2, "support": 1, "updates": 0, "feedback": 1}


def test_history_shows_the_goal_when_there_is_no_topic(grow, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    grow("person", "add", "Jo Park")
    write_note(
        notes_dir,
        "people/jo-park/2026-11-01-coaching.md",
        'schema = 1\nkind = "coaching"\ndate = 2026-11-01\nperson = "jo-park"\n'
        '[grow]\ngoal = "Ship the CSV export by Friday"\n',
    )
    result = grow("history", "jo-park")
    assert "Ship the CSV export by Friday" in result.stdout
    assert "jo-park/2026-11-01-coaching" in result.stdout and "  -  " in result.stdout


def test_history_of_someone_with_no_notes_yet(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("history", "Sam Lee")
    assert result.exit_code == 0
    assert result.stdout == "No notes about Sam Lee yet. Start with: grow coach sam-lee\n"
    assert run_json(grow, "history", "sam-lee") == []


def test_history_finds_notes_of_someone_without_a_profile(grow, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    write_note(
        notes_dir,
        "people/jo-park/2026-11-01-feedback.md",
        'schema = 1\nkind = "feedback"\ndate = 2026-11-01\nperson = "jo-park"\n',
    )
    assert [row["id"] for row in run_json(grow, "history", "Jo Park")] == [
        "jo-park/2026-11-01-feedback"
    ]


def test_history_of_an_unknown_person_is_one_line(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    assert_one_line_error(grow("history", "Nobody Here"), "'Nobody Here'", "grow person add")


# grow show


def test_show_renders_the_note_with_current_statuses(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("show", ALEX_COACHING)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(DAMAGE_WARNING)
    text = " ".join(result.stdout.split())
    assert "Coaching conversation with Alex Kim, 2026-11-08" in text
    assert "Bring the average first reply" in text  # the GROW goal, from the front matter
    # done in a later check-in: the item's line and the status line both say so
    assert "questions by Friday (due 2026-11-13) (done)" in text
    assert "Triage the support queue" in text and "[ ]" not in text
    assert "Where things stand (2026-11-22)" in text
    assert (
        "Write 5 reply templates for the most common ticket questions by Friday: done on "
        "2026-11-15 (latest update 2026-11-15 in alex-kim/2026-11-15-checkin: Templates shared "
        "with the team)" in text
    )
    assert "every weekday for 2 weeks: blocked, due 2026-11-22" in text
    assert "The Thursday sync still clashes" in text
    assert "14:00 triage: open, overdue by 11 days (due 2026-11-11)" in text
    assert f"Note {ALEX_COACHING} in people/{ALEX_COACHING}.md" in text


def test_show_a_hand_written_check_in_by_path(grow, folder: Path, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    path = notes_dir / "people" / f"{ALEX_CHECKIN_1}.md"
    result = grow("show", str(path))
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "Check-in with Alex Kim, 2026-11-15" in text
    assert "Pair with Sam on the 3 oldest tickets: open, overdue by 3 days" in text
    assert "triage dashboard: dropped on 2026-11-20" in text
    # the items its updates refer to, by id, with where they stand now
    assert f"action {ALEX_TRIAGE}: Triage the support queue" in text
    assert f"action {ALEX_TEMPLATES}: Write 5 reply templates" in text
    assert "Written by hand." not in text  # the body is made from the front matter
    relative = grow("show", f"people/{ALEX_CHECKIN_1}.md")
    assert relative.stdout == result.stdout


def test_show_as_written_keeps_the_files_own_body(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("show", ALEX_CHECKIN_1, "--as-written")
    assert result.exit_code == 0, result.output
    assert "Written by hand." in result.stdout
    assert "Where things stand" in result.stdout


def test_show_an_item_id_shows_its_note(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    assert "Check-in with Alex Kim, 2026-11-15" in grow("show", ALEX_PAIR).stdout


def test_show_a_journal_entry(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(grow("show", JOURNAL_ENTRY).stdout.split())
    assert "Journal, 2026-11-12" in text and "with you" not in text
    assert "Hand the weekly report over to Priya by 30 November: open, due 2026-11-30" in text


def test_show_json_has_the_front_matter_and_current_statuses(
    grow, folder: Path, notes_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    shown = run_json(grow, "show", ALEX_COACHING)
    path = notes_dir / "people" / f"{ALEX_COACHING}.md"
    assert shown["id"] == ALEX_COACHING and shown["path"] == str(path)
    on_disk = frontmatter.parse(path.read_text(encoding="utf-8"))
    assert shown["front_matter"]["topic"] == on_disk["topic"]
    assert shown["front_matter"]["actions"][1]["status"] == "open"  # as written in the note
    statuses = {item["id"]: item["status"] for item in shown["items"]}
    assert statuses == {ALEX_TRIAGE: "blocked", ALEX_TEMPLATES: "done", ALEX_SYNC: "open"}
    sync = next(item for item in shown["items"] if item["id"] == ALEX_SYNC)
    assert sync["overdue"] is True and sync["days_overdue"] == 11 and sync["in_this_note"]
    templates = next(item for item in shown["items"] if item["id"] == ALEX_TEMPLATES)
    assert templates["last_update"] == {
        "date": "2026-11-15",
        "status": "done",
        "note": "Templates shared with the team",
        "note_id": ALEX_CHECKIN_1,
    }


def test_show_json_of_a_hand_written_note_derives_its_ids(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    shown = run_json(grow, "show", ALEX_CHECKIN_1)
    assert shown["front_matter"]["id"] == ALEX_CHECKIN_1
    assert shown["front_matter"]["actions"][0]["id"] == ALEX_PAIR
    by_id = {item["id"]: item for item in shown["items"]}
    assert by_id[ALEX_DASHBOARD]["status"] == "dropped" and by_id[ALEX_DASHBOARD]["in_this_note"]
    assert by_id[ALEX_TRIAGE]["status"] == "blocked" and not by_id[ALEX_TRIAGE]["in_this_note"]


def test_show_an_unknown_id_says_how_to_find_one(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    assert_one_line_error(
        grow("show", "alex-kim/2026-01-01-coaching"), "No note", "grow history alex-kim"
    )
    assert_one_line_error(grow("show", "nobody/2026-01-01"), "grow history PERSON")


def test_show_the_damaged_note_is_one_line_not_a_traceback(
    grow, folder: Path, notes_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    result = grow("show", str(notes_dir / ALEX_DAMAGED))
    assert_one_line_error(result, "cannot show it", "invalid TOML")
    assert result.stderr.startswith(DAMAGE_WARNING)


def test_show_a_note_outside_the_folder(grow, tmp_path: Path, empty_folder) -> None:  # type: ignore[no-untyped-def]
    path = write_note(
        tmp_path / "elsewhere",
        "2026-11-01-checkin.md",
        'schema = 1\nkind = "checkin"\ndate = 2026-11-01\nperson = "jo-park"\n'
        '[[actions]]\ntext = "Book the demo room"\n',
    )
    shown = run_json(grow, "show", str(path))
    assert shown["front_matter"]["actions"][0]["id"] == "2026-11-01-checkin#a1"
    assert shown["items"][0]["status"] == "open" and shown["items"][0]["in_this_note"]
    text = " ".join(grow("show", str(path)).stdout.split())
    assert "action: Book the demo room: open" in text


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (("history",), ("newest first", "grow show")),
        (("show",), ("note id", "front matter", "--as-written", "--json")),
    ],
)
def test_help_explains_the_command(grow, command: tuple[str, ...], words: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    result = grow(*command, "--help")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    for word in words:
        assert word in text
