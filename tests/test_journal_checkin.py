"""Your own actions closed from the journal (`grow journal checkin`), and a career entry's date
to look again shown in `grow due` (issue 13, point 11)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from interactive import ENTER, NO, YES, Converse, front, keys, pick, saved_note, say

ACTION = "Submit a talk proposal to the local Python meetup by Friday"
ENTRY = "journal/2026-11-22-journal"
GROW_ENTRY = (
    'mode = "grow"\n[grow]\ngoal = "Give 3 talks at meetups by the end of next year"\n'
    'reality = "r"\noptions = ["o"]\nwill = "w"\n'
    f'[[actions]]\ntext = "{ACTION}"\nrelevant_to = "speaking"\nconfidence = 8\n'
)
CAREER_ENTRY = (
    'mode = "career"\n[career]\ndirection = "Towards   product management"\nstrengths = "s"\n'
    'development_areas = "d"\nnext_step = "n"\nreview_on = "2026-11-25"\n'
)


def my_action(grow: Any) -> dict[str, Any]:
    listed = json.loads(grow("actions", "--journal", "--status", "all", "--json").stdout)
    [action] = listed
    return dict(action)


def test_a_scripted_journal_check_in_closes_my_action(grow: Any) -> None:
    assert grow("journal", "--answers", "-", input=GROW_ENTRY).exit_code == 0
    done = f'[[updates]]\nref = "{ENTRY}#a1"\nstatus = "done"\nnote = "sent it"\n'
    result = grow("journal", "checkin", "--answers", "-", input=done)
    assert result.exit_code == 0, result.output
    assert my_action(grow)["status"] == "done"
    listed = json.loads(grow("journal", "list", "--json").stdout)
    newest = listed["entries"][0] if isinstance(listed, dict) else listed[0]
    assert newest["mode"] == "checkin" and newest["summary"] == "Check-in: 1 done"
    assert "Check-in: 1 done" in grow("journal", "list").stdout


def test_a_journal_check_in_refuses_what_is_not_mine(grow: Any, empty_folder: Any) -> None:
    nothing = grow("journal", "checkin", "--answers", "-", input="")
    assert nothing.exit_code == 1 and "no actions to check in on" in nothing.stderr
    assert grow("journal", "--answers", "-", input=GROW_ENTRY).exit_code == 0
    empty = grow("journal", "checkin", "--answers", "-", input="")
    assert empty.exit_code == 1 and "records [[updates]]" in empty.stderr
    stranger = '[[updates]]\nref = "alex-kim/2026-11-20-coaching#a1"\nstatus = "done"\n'
    wrong = grow("journal", "checkin", "--answers", "-", input=stranger)
    assert wrong.exit_code == 1 and "is not one of your journal actions" in wrong.stderr
    assert my_action(grow)["status"] == "open"


def test_the_journal_check_in_at_the_terminal(grow: Any, converse: Converse) -> None:
    assert grow("journal", "--answers", "-", input=GROW_ENTRY).exit_code == 0
    typed = keys(pick(1), ENTER, ENTER)  # from "Not started yet" down to "Done"; no tags; save
    run = converse("journal", "checkin", keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert ACTION in run.screen
    assert "1 of 1 of your open items done since last time" in run.stdout
    note = front(saved_note(run))
    assert note["kind"] == "journal" and note["mode"] == "checkin" and "person" not in note
    assert note["updates"] == [{"ref": f"{ENTRY}#a1", "status": "done", "note": ""}]
    assert my_action(grow)["status"] == "done"


def test_the_journal_check_in_reopens_an_action_closed_by_mistake(
    grow: Any, converse: Converse
) -> None:
    assert grow("journal", "--answers", "-", input=GROW_ENTRY).exit_code == 0
    done = f'[[updates]]\nref = "{ENTRY}#a1"\nstatus = "done"\n'
    assert grow("journal", "checkin", "--answers", "-", input=done).exit_code == 0
    typed = keys(YES, pick(0), pick(1), say("2026-12-04"), NO, ENTER, ENTER)
    run = converse("journal", "checkin", keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Closed items" in run.stdout and "My open actions" not in run.stdout
    action = my_action(grow)
    assert (action["status"], action["due"]) == ("progress", "2026-12-04")


def test_a_career_entrys_review_date_is_due(grow: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert grow("journal", "--answers", "-", input=CAREER_ENTRY).exit_code == 0
    shown = " ".join(grow("due", "--within", "7").stdout.split())
    assert "Look again at your career direction: Towards product" in shown
    [entry] = json.loads(grow("due", "--json").stdout)
    assert entry["person"] is None and entry["due"] == "2026-11-25"
    assert entry["id"].endswith("#review")
    # Outside the window it waits; once passed it is missed.
    assert json.loads(grow("due", "--within", "1", "--json").stdout) == []
    monkeypatch.setenv("GROW_TODAY", "2026-11-30")
    [missed] = json.loads(grow("due", "--json").stdout)
    assert (missed["status"], missed["days_overdue"]) == ("missed", 5)


def test_a_later_career_entry_sets_the_date(grow: Any) -> None:
    assert grow("journal", "--answers", "-", input=CAREER_ENTRY).exit_code == 0
    moved = CAREER_ENTRY.replace("2026-11-25", "2027-03-01")
    assert grow("journal", "--answers", "-", input=moved).exit_code == 0
    assert json.loads(grow("due", "--json").stdout) == []
    assert json.loads(grow("due", "--within", "120", "--json").stdout)[0]["due"] == "2027-03-01"
