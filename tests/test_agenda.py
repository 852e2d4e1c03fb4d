"""`grow agenda`: talking points between 1:1s, in files of their own that nothing takes for
notes; prep shows them first; coach, checkin and 1on1 offer them and the note marks the ones
discussed (scripted and at the prompts); the others carry over; a merge carries them along."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from folders import coaching_answers, run_json
from interactive import DOWN, ENTER, NO, YES, Converse, front, keys, pick, saved_note, say

SLUG = "alex-kim"
TODAY = dt.date(2026, 11, 22)
SPACE = " "  # ticks the choice under the pointer in a checkbox
GOAL = "Send the sprint plan to the team every Monday by 10am, starting 2026-11-30"
ACTION = "Write a one-page summary of the sprint plan and send it to the team by Friday"
Grow = Callable[..., Any]


@pytest.fixture
def alex(grow: Grow) -> str:
    assert grow("person", "add", "Alex Kim").exit_code == 0
    return SLUG


def add(grow: Grow, text: str, *options: str) -> str:
    """Add a point; its id."""
    added = run_json(grow, "agenda", "alex", "add", text, *options)
    return str(added["id"])


@pytest.fixture
def two_points(grow: Grow, alex: str) -> tuple[str, str]:
    """Their point first, then yours, both today."""
    return add(grow, "Conference budget", "--theirs"), add(grow, "Hiring plan")


def agenda_files(notes_dir: Path) -> list[Path]:
    return sorted((notes_dir / "people" / SLUG / "agenda").glob("*.toml"))


# -- Adding and listing ----------------------------------------------------------------------------


def test_points_are_listed_oldest_first_marked_whose(
    grow: Grow, two_points: tuple[str, str]
) -> None:
    listed = grow("agenda", "alex")
    assert listed.exit_code == 0, listed.output
    lines = listed.stdout.splitlines()
    assert "Talking points for Alex Kim (still open, oldest first)" in lines[0]
    assert "2026-11-22  theirs  Conference budget" in lines[1]
    assert "2026-11-22  mine    Hiring plan" in lines[2]
    data = run_json(grow, "agenda", "alex")
    assert [(p["text"], p["by"], p["open"]) for p in data] == [
        ("Conference budget", "report", True),
        ("Hiring plan", "manager", True),
    ]
    assert set(data[0]) == {
        "id", "person", "date", "by", "text", "open", "discussed_on", "discussed_in"
    }  # fmt: skip


def test_by_them_is_theirs_and_the_words_are_checked(grow: Grow, alex: str) -> None:
    assert run_json(grow, "agenda", "alex", "add", "Pay review", "--by", "them")["by"] == "report"
    assert run_json(grow, "agenda", "alex", "add", "Rota", "--by", "me")["by"] == "manager"
    wrong = grow("agenda", "alex", "add", "X", "--by", "boss")
    assert wrong.exit_code == 2 and "use me (yours) or them (theirs)" in wrong.stderr
    both = grow("agenda", "alex", "add", "X", "--theirs", "--by", "me")
    assert both.exit_code == 2


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_text_is_refused_in_one_line(
    grow: Grow, alex: str, notes_dir: Path, text: str
) -> None:
    result = grow("agenda", "alex", "add", text)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "needs some words" in result.stderr
    assert agenda_files(notes_dir) == []


def test_an_unknown_person_gets_the_closest_name(grow: Grow, alex: str) -> None:
    for args in (("agenda", "alx"), ("agenda", "alx", "add", "Budget")):
        result = grow(*args)
        assert result.exit_code == 1
        assert "No person 'alx'. Did you mean alex-kim (Alex Kim)?" in result.stderr


def test_anything_but_add_is_a_usage_error(grow: Grow, alex: str) -> None:
    result = grow("agenda", "alex", "remove", "X")
    assert result.exit_code == 2 and "grow agenda PERSON add TEXT" in result.stderr


def test_nothing_open_says_how_to_add_one(grow: Grow, alex: str) -> None:
    result = grow("agenda", "alex")
    assert result.exit_code == 0
    assert "No open talking points for Alex Kim. Add one: grow agenda alex-kim add TEXT" in (
        result.stdout
    )


# -- The files -------------------------------------------------------------------------------------


def test_one_private_file_per_point_with_a_name_no_other_device_takes(
    grow: Grow, two_points: tuple[str, str], notes_dir: Path
) -> None:
    import tomllib

    files = agenda_files(notes_dir)
    assert [f.name for f in files] == sorted(f"2026-11-22-{pid}.toml" for pid in two_points)
    assert all(f.stat().st_mode & 0o777 == 0o600 for f in files)
    point = tomllib.loads(files[0].read_text(encoding="utf-8"))
    assert set(point) == {"id", "date", "by", "text", "added"}
    # Many points on one day (two devices, one folder in git): every one a name of its own.
    from grow_cli.store import agenda
    from grow_cli.store.paths import Locations

    locations = Locations(notes_dir, "test", notes_dir / "config.toml", "test")
    made = {agenda.add(locations, SLUG, f"Point {n}", "manager", TODAY)[1] for n in range(50)}
    assert len(made) == 50


def test_points_are_never_taken_for_notes(
    grow: Grow, two_points: tuple[str, str], notes_dir: Path
) -> None:
    for args in (("history", "alex"), ("due",), ("stats",), ("goals",), ("actions",)):
        result = grow(*args)
        assert result.exit_code == 0, result.output
        assert result.stderr == "", args
    found = grow("search", "Conference budget")
    assert "No notes match" in found.stdout and found.stderr == ""
    assert run_json(grow, "person", "show", "alex")["conversations"]["total"] == 0


def test_a_damaged_or_copied_point_is_one_warning_and_the_rest_read(
    grow: Grow, two_points: tuple[str, str], notes_dir: Path
) -> None:
    folder = notes_dir / "people" / SLUG / "agenda"
    first = agenda_files(notes_dir)[0]
    (folder / "2026-11-21-broken.toml").write_text("text = [unclosed\n", encoding="utf-8")
    (folder / "zz-copy.toml").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "2026-11-20-by-hand.toml").write_text(
        'date = 2026-11-20\ntext = "Written by hand"\n', encoding="utf-8"
    )
    result = grow("agenda", "alex", "--json")
    assert result.exit_code == 0
    warnings = result.stderr.splitlines()
    assert len(warnings) == 2
    assert "2026-11-21-broken.toml:1: skipped" in warnings[0]
    assert "zz-copy.toml: skipped, it has the id" in warnings[1]
    data = json.loads(result.stdout)
    assert [p["id"] for p in data] == ["by-hand", *two_points]  # its id from its file name


# -- Prep ------------------------------------------------------------------------------------------


def test_prep_shows_the_open_points_first(grow: Grow, two_points: tuple[str, str]) -> None:
    assert grow("coach", "alex", "--answers", "-", input=coaching_answers()).exit_code == 0
    sheet = grow("prep", "alex")
    assert sheet.exit_code == 0, sheet.output
    text = sheet.stdout
    assert text.index("Talking points") < text.index("Conference budget (theirs, added 2026-11-22)")
    assert text.index("Hiring plan (mine") < text.index("Last conversation")
    data = run_json(grow, "prep", "alex")
    assert [p["id"] for p in data["talking_points"]] == list(two_points)


def test_prep_without_points_is_as_before(grow: Grow, alex: str) -> None:
    assert grow("coach", "alex", "--answers", "-", input=coaching_answers()).exit_code == 0
    assert "Talking points" not in grow("prep", "alex").stdout
    assert run_json(grow, "prep", "alex")["talking_points"] == []


# -- Marked discussed by an answers file -----------------------------------------------------------


def test_an_answers_file_marks_the_points_discussed_and_the_rest_carry_over(
    grow: Grow, two_points: tuple[str, str], notes_dir: Path
) -> None:
    theirs, mine = two_points
    before = {f: f.read_bytes() for f in agenda_files(notes_dir)}
    extra = f'talking_points = ["{theirs}"]\nprivate_notes = "Mine alone"'
    result = grow("coach", "alex", "--answers", "-", input=coaching_answers(extra=extra))
    assert result.exit_code == 0, result.output
    note_path = Path(result.stdout.split("Saved ")[1].strip())
    note = front(note_path)
    assert note["talking_points"] == [theirs] and note["private_notes"] == "Mine alone"
    body = note_path.read_text(encoding="utf-8")
    assert "## Talking points discussed\n\n- Conference budget\n" in body
    assert "## Private notes (yours only: never in grow share)\n\nMine alone\n" in body
    # Append-only: the points' files are as they were.
    assert {f: f.read_bytes() for f in agenda_files(notes_dir)} == before
    still = run_json(grow, "agenda", "alex")
    assert [p["id"] for p in still] == [mine]
    every = run_json(grow, "agenda", "alex", "--all")
    discussed = next(p for p in every if p["id"] == theirs)
    assert discussed["discussed_on"] == "2026-11-22"
    assert discussed["discussed_in"] == "alex-kim/2026-11-22-coaching"
    assert (
        "[discussed 2026-11-22 (alex-kim/2026-11-22-coaching)]"
        in grow("agenda", "alex", "--all").stdout
    )


def test_all_marks_every_open_point_in_a_check_in(grow: Grow, two_points: tuple[str, str]) -> None:
    assert grow("coach", "alex", "--answers", "-", input=coaching_answers()).exit_code == 0
    answers = (
        'talking_points = "all"\n[[updates]]\n'
        f'ref = "{SLUG}/2026-11-22-coaching#a1"\nstatus = "done"\n'
    )
    result = grow("checkin", "alex", "--answers", "-", input=answers)
    assert result.exit_code == 0, result.output
    note = front(Path(result.stdout.split("Saved ")[1].strip()))
    assert note["talking_points"] == list(two_points)
    assert run_json(grow, "agenda", "alex") == []


def test_an_id_that_is_not_an_open_point_is_refused(
    grow: Grow, two_points: tuple[str, str], notes_dir: Path
) -> None:
    extra = 'talking_points = ["tp-nothere"]'
    result = grow("coach", "alex", "--answers", "-", input=coaching_answers(extra=extra))
    assert result.exit_code == 1
    assert "talking_points: 'tp-nothere' is not one of their open talking points" in (result.stderr)
    assert not list((notes_dir / "people" / SLUG).glob("*.md"))


def test_an_answers_file_without_the_key_works_as_before(
    grow: Grow, two_points: tuple[str, str]
) -> None:
    result = grow("coach", "alex", "--answers", "-", input=coaching_answers())
    assert result.exit_code == 0
    note = front(Path(result.stdout.split("Saved ")[1].strip()))
    assert "talking_points" not in note and "private_notes" not in note
    assert len(run_json(grow, "agenda", "alex")) == 2


# -- Offered at the prompts ------------------------------------------------------------------------


def _coach_keys(points: list[str], private: str = "") -> str:
    return keys(
        YES,  # a gap to close now
        ENTER,  # performance
        say("Planning"),
        NO,  # no moment to name first
        say(GOAL),
        say("Plans arrive on Wednesday"),
        ENTER,  # what's going on
        say("Draft the plan on Friday"),
        ENTER,  # no more options
        ENTER,  # whose ideas: theirs
        say("Draft on Friday"),
        say("8"),  # their confidence
        ENTER,  # no measure
        say(ACTION),
        pick(0),  # they do it
        NO,  # another action?
        NO,  # support?
        points,
        ENTER,  # next check-in
        ENTER,  # tags
        say(private),  # private notes
        ENTER,  # save
        NO,  # follow-up
    )


def test_coach_offers_the_open_points_and_marks_those_ticked(
    converse: Converse, two_points: tuple[str, str], grow: Grow
) -> None:
    theirs, mine = two_points
    # The pointer starts on the first (theirs): down to the second, tick it, Enter.
    run = converse("coach", SLUG, keys=_coach_keys([DOWN, SPACE, ENTER], private="Keep close"))
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Which of these did you talk about?" in run.screen
    assert "[Mine (added 22 Nov): Hirin" in run.screen  # the answer, as ticked
    note = front(saved_note(run))
    assert note["talking_points"] == [mine] and note["private_notes"] == "Keep close"
    assert "Private notes, for you only (never in `grow share`" in run.screen
    assert [p["id"] for p in run_json(grow, "agenda", "alex")] == [theirs]  # carried over


def test_each_point_is_offered_with_whose_it_is_and_when_it_was_added() -> None:
    from grow_cli.domain.agenda import PointState
    from grow_cli.domain.models import TalkingPoint
    from grow_cli.flows.agenda import points_stages

    assert points_stages([]) == ()
    point = TalkingPoint(id="tp-1", date=TODAY, by="report", text="Conference budget")
    [stage] = points_stages([PointState(point)])
    [ask] = stage.steps
    assert ask.kind == "checkbox" and ask.required is False  # type: ignore[union-attr]
    assert [(c.value, c.label) for c in ask.choices] == [  # type: ignore[union-attr]
        ("tp-1", "Theirs (added 22 Nov): Conference budget")
    ]


def test_coach_without_open_points_does_not_ask(converse: Converse, alex: str) -> None:
    run = converse("coach", SLUG, keys=_coach_keys([]))
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Which of these did you talk about?" not in run.screen
    assert "talking_points" not in front(saved_note(run))


def test_the_checkin_and_the_1on1_offer_them_too(
    converse: Converse, two_points: tuple[str, str], grow: Grow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert grow("coach", "alex", "--answers", "-", input=coaching_answers()).exit_code == 0
    monkeypatch.setenv("GROW_TODAY", "2026-11-29")
    look_back = [
        ENTER,  # no rating this time
        ENTER,  # how is it going with the goal?
        DOWN + ENTER,  # the action: done
        ENTER,  # the goal: still working on it
        ENTER,  # its next check-in
    ]
    one_on_one = keys(
        look_back,
        SPACE,  # tick the first point (theirs)
        ENTER,
        NO,  # coach on a goal now?
        NO,  # new actions?
        ENTER,  # tags
        ENTER,  # private notes
        ENTER,  # save
        NO,
    )
    run = converse("1on1", SLUG, keys=one_on_one)
    assert run.exit_code == 0, run.stdout + run.stderr
    theirs, mine = two_points
    assert front(saved_note(run))["talking_points"] == [theirs]
    # The check-in a week on offers only what is still open: the other point.
    monkeypatch.setenv("GROW_TODAY", "2026-12-06")
    checkin = keys(
        ENTER,  # their rating: not this time either
        ENTER,  # how is it going with the goal?
        ENTER,  # the goal: still working on it
        ENTER,  # its next check-in
        NO,  # reopen an item closed by mistake?
        SPACE,
        ENTER,  # tick the one point left
        NO,  # new actions?
        ENTER,  # tags
        say("Private words"),
        ENTER,  # save
        NO,
    )
    run = converse("checkin", SLUG, keys=checkin)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Conference budget" not in run.screen.split("Which of these did you talk about?", 1)[1]
    note = front(saved_note(run))
    assert note["talking_points"] == [mine] and note["private_notes"] == "Private words"
    assert run_json(grow, "agenda", "alex") == []


# -- A merge carries them along --------------------------------------------------------------------


def test_a_merge_carries_the_points_and_what_discussed_them(
    grow: Grow, two_points: tuple[str, str], notes_dir: Path
) -> None:
    theirs, _ = two_points
    extra = f'talking_points = ["{theirs}"]'
    assert (
        grow("coach", "alex", "--answers", "-", input=coaching_answers(extra=extra)).exit_code == 0
    )
    assert grow("person", "add", "Alexander Kim", "--slug", "alexander-kim").exit_code == 0
    merged = run_json(grow, "person", "merge", "alex-kim", "alexander-kim", "--yes")
    assert len(merged["talking_points_copied"]) == 2
    points = run_json(grow, "agenda", "alexander-kim", "--all")
    assert [(p["text"], p["open"]) for p in points] == [
        ("Conference budget", False),
        ("Hiring plan", True),
    ]
    assert points[0]["discussed_in"] == "alexander-kim/2026-11-22-coaching"
    kept = next((notes_dir / "merged").iterdir())
    assert len(list((kept / SLUG / "agenda").glob("*.toml"))) == 2  # the originals, kept aside


def test_old_notes_without_the_new_keys_still_load() -> None:
    from grow_cli.domain.models import Note

    note = Note.model_validate(
        {"schema": 2, "kind": "coaching", "date": TODAY, "person": SLUG, "topic": "Old"}
    )
    assert note.talking_points == [] and note.private_notes is None
    assert "talking_points" not in note.front_matter()
