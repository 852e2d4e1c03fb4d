"""Fixing what was said (issue 13): reopening and rescheduling items, the day a conversation
happened, drafts that are never lost."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from folders import GROW_ANSWERS, SMART_ACTION, coaching_answers, on_day
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
    replace,
    saved_note,
    say,
)

SLUG = "alex-kim"
NOTE = f"{SLUG}/2026-11-22-coaching"


@pytest.fixture
def alex(grow: Any) -> str:
    assert grow("person", "add", "Alex Kim").exit_code == 0
    return SLUG


def item(grow: Any, item_id: str) -> dict[str, Any]:
    listed = json.loads(grow("actions", SLUG, "--status", "all", "--json").stdout)
    return next(i for i in listed if i["id"] == item_id)


def test_a_later_update_reopens_an_item_and_moves_its_due_date(grow: Any, alex: str) -> None:
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    done = f'[[updates]]\nref = "{NOTE}#a1"\nstatus = "done"\n'
    assert grow("checkin", SLUG, "--answers", "-", input=done).exit_code == 0
    assert item(grow, f"{NOTE}#a1")["status"] == "done"
    coaching = Path(front_path(grow))
    before = coaching.read_text()
    # Done by mistake: reopened, and given a later date, by a later check-in.
    again = f'[[updates]]\nref = "{NOTE}#a1"\nstatus = "progress"\ndue = "2026-12-04"\n'
    result = grow("checkin", SLUG, "--answers", "-", input=again)
    assert result.exit_code == 0, result.output
    now = item(grow, f"{NOTE}#a1")
    assert (now["status"], now["due"], now["open"]) == ("progress", "2026-12-04", True)
    assert coaching.read_text() == before  # history stays append-only


def front_path(grow: Any) -> str:
    shown = json.loads(grow("show", NOTE, "--json").stdout)
    return str(shown["path"])


def test_a_check_in_offers_closed_items_on_request(
    grow: Any, alex: str, converse: Converse
) -> None:
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    done = f'[[updates]]\nref = "{NOTE}#a1"\nstatus = "done"\n'
    assert grow("checkin", SLUG, "--answers", "-", input=done).exit_code == 0
    typed = keys(
        ENTER,  # their rating of the last conversation: skipped
        ENTER,  # how is it going?
        ENTER,  # the goal: still working on it
        ENTER,  # its next check-in
        YES,  # reopen an item closed by mistake?
        pick(0),  # the action
        pick(1),  # in progress
        say("2026-12-04"),  # a new due date
        NO,  # another?
        NO,  # new actions?
        ENTER,  # tags
        ENTER,  # private notes
        ENTER,  # save
        NO,
    )
    run = converse("checkin", SLUG, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    update = front(saved_note(run))["updates"][-1]
    assert update == {
        "ref": f"{NOTE}#a1",
        "status": "progress",
        "note": "",
        "due": dt.date(2026, 12, 4),
    }
    assert item(grow, f"{NOTE}#a1")["status"] == "progress"


def test_date_sets_the_day_and_phrases_resolve_against_it(grow: Any, alex: str) -> None:
    # A Monday conversation recorded on Wednesday: "by Friday" is that week's Friday.
    typed = coaching_answers().replace(
        "Send the sprint summary to the team by Friday", "Send the sprint summary by Friday"
    )
    with on_day(dt.date(2026, 11, 25)):  # a Wednesday
        result = grow("coach", SLUG, "--date", "2026-11-23", "--answers", "-", input=typed)
    assert result.exit_code == 0, result.output
    note = front(Path(result.stdout.split("Saved ")[1].strip()))
    assert note["date"] == dt.date(2026, 11, 23)
    assert note["actions"][0]["due"] == dt.date(2026, 11, 27)
    with on_day(dt.date(2026, 11, 25)):
        later = grow("coach", SLUG, "--date", "tomorrow", "--answers", "-", input=typed)
    assert later.exit_code == 1 and "date:" in later.stderr


def test_a_resumed_draft_keeps_its_date(
    grow: Any, alex: str, converse: Converse, monkeypatch: Any
) -> None:
    monkeypatch.setenv("GROW_TODAY", "2026-11-02")  # a Monday
    stopped = converse("coach", SLUG, keys=keys(YES, pick(0), say("Planning"), CTRL_C))
    assert stopped.exit_code == 130
    monkeypatch.setenv("GROW_TODAY", "2026-11-10")
    goal = "Send the sprint plan to the team every Monday by 10am for 4 weeks"
    typed = keys(
        NO,  # no gap to name
        say(goal),
        say("Plans arrive late"),
        ENTER,  # what's going on
        say("Draft on Friday"),
        ENTER,
        ENTER,  # whose ideas: theirs
        say("Draft on Friday"),
        ENTER,  # their confidence: not asked
        ENTER,  # no measure
        say("Send the first sprint plan to the team by Friday"),
        pick(0),
        say("8"),
        NO,
        NO,  # support
        ENTER,  # next check-in, suggested from the conversation's day
        ENTER,
        ENTER,  # private notes
        ENTER,  # save
        NO,
    )
    resumed = converse("coach", SLUG, "--resume", keys=typed)
    assert resumed.exit_code == 0, resumed.stdout + resumed.stderr
    assert "Already recorded" in resumed.stdout and "date: 2026-11-02" in resumed.stdout
    note = front(saved_note(resumed))
    assert note["date"] == dt.date(2026, 11, 2)
    assert note["actions"][0]["due"] == dt.date(2026, 11, 6)  # that week's Friday, not 11-13


def test_declining_to_continue_keeps_the_earlier_draft(
    grow: Any, alex: str, converse: Converse, notes_dir: Path
) -> None:
    first = converse("coach", SLUG, keys=keys(YES, pick(0), say("Planning"), CTRL_C))
    assert first.exit_code == 130
    draft = draft_of(notes_dir, SLUG)
    earlier = tomllib.loads(draft.read_text())["answers"]
    again = converse("coach", SLUG, keys=keys(NO, pick(1), CTRL_C))  # No, then Ctrl-C
    assert again.exit_code == 130
    kept = draft.with_name(f"{draft.stem}.earlier.toml")
    assert kept.is_file()
    assert tomllib.loads(kept.read_text())["answers"] == earlier
    assert "the earlier draft is kept in" in again.stdout


def test_ctrl_c_at_what_now_keeps_the_goal_just_typed(
    grow: Any, alex: str, converse: Converse, notes_dir: Path
) -> None:
    vague = "Get better at planning"
    typed = keys(YES, pick(0), say("Planning"), NO, say(vague), CTRL_C)  # at "What now?"
    run = converse("coach", SLUG, keys=typed)
    assert run.exit_code == 130
    kept = tomllib.loads(draft_of(notes_dir, SLUG).read_text())["answers"]
    assert vague in json.dumps(kept)


def test_review_can_change_the_date(grow: Any, alex: str, converse: Converse) -> None:
    talk = coaching_answers()
    assert talk  # the answers below type the same conversation
    typed = keys(
        YES,
        pick(0),
        say("Planning"),
        NO,
        say("Send the sprint summary to the team every Friday by 3 PM for the next 4 weeks"),
        say("The summary goes out on Mondays"),
        ENTER,
        say("Draft it on Thursday"),
        ENTER,
        ENTER,
        say("Draft the first one this Thursday"),
        ENTER,
        ENTER,  # no measure
        say("Send the sprint summary to the team by 4 December"),
        pick(0),
        say("8"),
        NO,
        NO,
        ENTER,
        ENTER,
        ENTER,  # private notes
        pick(1),  # "Change a part"
        DOWN_TO_DATE,
        replace("2 days ago"),
        ENTER,  # save
        NO,
    )
    run = converse("coach", SLUG, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert front(saved_note(run))["date"] == dt.date(2026, 11, 20)


DOWN_TO_DATE = "\x1b[B" * 9 + ENTER  # "Which part?": the date comes after the 9 stages
assert GROW_ANSWERS and SMART_ACTION  # the shared answers the helpers are made of
