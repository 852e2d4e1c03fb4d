"""Around the 1:1: due, actions, prep, follow-up and check-in on a folder built from examples."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from interactive import (  # the in-process prompt harness
    DOWN,
    ENTER,
    NO,
    YES,
    Converse,
    front,
    keys,
    pick,
    saved_note,
    say,
)

A1 = "alex-kim/2026-11-01-coaching#a1"  # triage the queue, due 2026-11-15
A2 = "alex-kim/2026-11-01-coaching#a2"  # write 5 templates by Friday (2026-11-06)
S1 = "alex-kim/2026-11-01-coaching#s1"  # move the sync, due 2026-11-04
THREAD = "alex-kim/2026-11-01-coaching#t1"  # the goal the coaching conversation opened
CHECKIN = """+++
kind = "checkin"
date = 2026-11-10
person = "alex-kim"
next_checkin = 2026-11-17

[[updates]]
ref = "alex-kim/2026-11-01-coaching#a2"
status = "done"

[[updates]]
ref = "alex-kim/2026-11-01-coaching#a1"
status = "blocked"
note = "Project deadline ate the afternoons"
+++

Written by hand.
"""


@pytest.fixture
def folder(grow, notes_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:  # type: ignore[no-untyped-def]
    """Alex (coached on Nov 1, checked in by hand on Nov 10), Sam (no notes), a damaged note."""
    monkeypatch.setenv("GROW_TODAY", "2026-11-01")
    assert grow("person", "add", "Alex Kim").exit_code == 0
    assert grow("person", "add", "Sam Lee").exit_code == 0
    result = grow("coach", "alex-kim", "--answers", str(EXAMPLES / "performance.toml"))
    assert result.exit_code == 0, result.output
    (notes_dir / "people" / "alex-kim" / "2026-11-10-checkin.md").write_text(CHECKIN)
    (notes_dir / "people" / "sam-lee" / "2026-11-05-feedback.md").write_text(
        '+++\nkind = "feedback"\ndate = 2026-13-45\n+++\n'
    )
    monkeypatch.setenv("GROW_TODAY", "2026-11-22")
    return notes_dir


def test_due_lists_overdue_first_with_checkins(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("due", "--json")
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)
    assert [(e["type"], e["id"], e["status"], e["days_overdue"]) for e in entries] == [
        ("support", S1, "open", 18),
        ("action", A1, "blocked", 7),
        ("checkin", "alex-kim#checkin", "missed", 5),
    ]
    assert set(entries[0]) == {
        "type",
        "person",
        "id",
        "text",
        "due",
        "status",
        "overdue",
        "days_overdue",
    }
    assert entries[0]["person"] == "alex-kim" and entries[0]["due"] == "2026-11-04"
    assert all(e["overdue"] for e in entries)
    assert "sam-lee/2026-11-05-feedback.md:3: skipped, invalid TOML" in result.stderr


def test_due_within_a_window_and_nothing_due(grow, folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GROW_TODAY", "2026-11-02")
    entries = json.loads(grow("due", "--within", "3", "--json").stdout)
    assert [e["id"] for e in entries] == [S1]  # due Nov 4; the triage (Nov 15) is further
    assert entries[0]["overdue"] is False
    monkeypatch.setenv("GROW_TODAY", "2026-10-01")
    result = grow("due", "--within", "1")
    assert "Nothing due in the next 1 day, and nothing overdue." in result.stdout


def test_actions_show_the_current_status_after_check_ins(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    todo = json.loads(grow("actions", "alex-kim", "--json").stdout)
    assert {(i["id"], i["status"]) for i in todo} == {(A1, "blocked"), (S1, "open")}
    done = json.loads(grow("actions", "--status", "done", "--json").stdout)
    assert [i["id"] for i in done] == [A2]
    blocked = json.loads(grow("actions", "--status", "blocked", "--json").stdout)
    assert blocked[0]["last_update"]["note"] == "Project deadline ate the afternoons"
    assert grow("actions", "--status", "finished").exit_code == 2
    assert grow("actions", "nobody").exit_code == 1


def test_prep_summarises_before_the_one_to_one(grow, folder: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sheet = json.loads(grow("prep", "alex-kim", "--json").stdout)
    assert sheet["last_conversation"]["topic"] == "Client ticket turnaround"
    assert sheet["days_since_last"] == 12 and sheet["cadence_days"] == 7
    assert sheet["next_checkin"] == "2026-11-17"
    assert [(i["id"], i["days_overdue"]) for i in sheet["open_items"]] == [(A1, 7)]
    assert [(i["id"], i["overdue"]) for i in sheet["support_owed"]] == [(S1, True)]
    assert [i["id"] for i in sheet["recent_wins"]] == [A2]
    questions = sheet["questions"]
    assert 3 <= len(questions) <= 5
    assert any("unblock" in q for q in questions) and any("Write 5 reply" in q for q in questions)

    out = tmp_path / "prep.md"
    result = grow("prep", "Alex Kim", "--out", str(out))
    assert result.exit_code == 0 and f"Wrote {out}" in result.stdout
    text = out.read_text()
    assert text.startswith("# Prep for Alex Kim, 2026-11-22")
    assert "**7 days overdue**" in text and "**late by 18 days**" in text
    assert "12 days since the last one (cadence: every 7 days), **5 days late**" in text


def test_prep_out_dash_prints_the_markdown_and_writes_no_file(  # type: ignore[no-untyped-def]
    grow, folder: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = grow("prep", "Alex Kim", "--out", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Prep for Alex Kim, 2026-11-22\n")
    assert "Wrote" not in result.stdout and not (tmp_path / "-").exists()
    both = grow("prep", "Alex Kim", "--out", "-", "--json")
    assert both.exit_code == 2 and "Choose one" in both.output and not (tmp_path / "-").exists()


def test_prep_for_someone_with_no_notes_asks_what_to_work_on(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    sheet = json.loads(grow("prep", "sam-lee", "--json").stdout)
    assert sheet["last_conversation"] is None and sheet["open_items"] == []
    assert "Nothing is open: what would you like to work on next?" in sheet["questions"]


def test_followup_message_plain_and_markdown(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    plain = grow("followup", "alex-kim", "--note", "alex-kim/2026-11-01-coaching").stdout
    assert plain.startswith("Hi Alex,")
    assert "What you'll do\n- You'll triage the support queue" in plain
    assert "What I'll do to support you\n- I'll move the Thursday project sync" in plain
    assert "\nOur next check-in is on Sunday 8 November.\n" in plain
    markdown = grow("followup", "alex-kim", "--format", "markdown").stdout
    assert "## Next check-in" in markdown  # the latest note is the check-in
    assert grow("followup", "sam-lee").exit_code == 1
    assert grow("followup", "alex-kim", "--note", "nope").exit_code == 1


CHECKIN_ANSWERS = f"""
tags = ["weekly"]
[[updates]]
ref = "{A1}"
status = "done"
note = "Queue under control"
[[updates]]
ref = "{S1}"
status = "dropped"
note = "The sync moved anyway"
[[actions]]
text = "Share the turnaround numbers with the team every Friday"
relevant_to = "Team target"
confidence = 8
"""


def test_scripted_checkin_records_updates_and_never_rewrites(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    coaching = folder / "people" / "alex-kim" / "2026-11-01-coaching.md"
    before = coaching.read_text()
    result = grow("checkin", "alex-kim", "--answers", "-", input=CHECKIN_ANSWERS)
    assert result.exit_code == 0, result.output
    # Their own items only: the support item dropped is the manager's, not their win.
    assert "1 of 1 of their open items done since last time." in result.stdout
    note = front(Path(result.stdout.split("Saved ")[1].strip()))
    assert note["kind"] == "checkin" and note["next_checkin"] == dt.date(2026, 11, 29)
    assert [(u["ref"], u["status"]) for u in note["updates"]] == [(A1, "done"), (S1, "dropped")]
    assert note["actions"][0]["due"] == dt.date(2026, 11, 27)
    assert coaching.read_text() == before
    todo = json.loads(grow("actions", "alex-kim", "--json").stdout)
    assert [i["text"] for i in todo] == ["Share the turnaround numbers with the team every Friday"]
    body = Path(result.stdout.split("Saved ")[1].strip()).read_text()
    assert (
        "- Triage the support queue at 9:00 and 14:00 every weekday for 2 weeks: **done**" in body
    )


def test_scripted_checkin_refuses_unknown_refs(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow(
        "checkin",
        "alex-kim",
        "--answers",
        "-",
        input='[[updates]]\nref = "sam-lee/x#a1"\nstatus = "done"\n',
    )
    assert result.exit_code == 1
    assert "updates[1].ref: 'sam-lee/x#a1' is not one of Alex Kim's items" in result.stderr


def test_checkin_without_a_terminal_exits_2(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("checkin", "alex-kim")
    assert result.exit_code == 2 and "--answers FILE" in result.stderr


STATUS_ORDER = ("done", "progress", "blocked", "dropped", "open")  # as grow lists them


def choose(status: str, current: str = "open") -> str:
    """Pick a status: the pointer starts on the item's current status and wraps around."""
    return DOWN * ((STATUS_ORDER.index(status) - STATUS_ORDER.index(current)) % 5) + ENTER


def test_interactive_checkin_walks_each_open_item(converse: Converse, folder: Path) -> None:
    typed = keys(
        ENTER,  # their rating of the last conversation: skipped
        say("Better since the triage started"),  # how is it going with the goal?
        say("11"),  # the measure's reading: 11 hours to a first reply
        choose("done"),  # support S1 (due Nov 4), from the oldest note first
        choose("blocked", "blocked"),
        say("Waiting for the new queue tool; a 30-minute setup session would help"),
        say("2026-12-04"),  # it was due 11-15: moved to 4 December
        ENTER,  # the goal: still working on it
        ENTER,  # its next check-in: the suggested date (a week from today)
        NO,  # reopen an item closed by mistake?
        NO,  # any new actions?
        say("weekly"),  # tags
        ENTER,  # private notes
        ENTER,  # review: Save it
        NO,  # follow-up message
    )
    run = converse("checkin", "alex-kim", keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    # The support item done is the manager's: their one open action is still blocked.
    assert "Nothing of theirs closed yet of 1 open item:" in run.stdout
    assert "Where is it now?" in run.screen and "How is it going with: " in run.screen
    note: dict[str, Any] = front(saved_note(run))
    assert [(u["ref"], u["status"]) for u in note["updates"]] == [(S1, "done"), (A1, "blocked")]
    assert note["updates"][1]["note"].startswith("Waiting for the new queue tool")
    assert note["updates"][1]["due"] == dt.date(2026, 12, 4)  # rescheduled, append-only
    assert note["progress"] == [
        {
            "thread": THREAD,
            "reading": 11.0,
            "note": "Better since the triage started",
            "next_checkin": dt.date(2026, 11, 29),
        }
    ]
    assert "18 -> 11: moving towards the target. Name the win." in run.stdout
    assert note["next_checkin"] == dt.date(2026, 11, 29) and note["tags"] == ["weekly"]


def test_interactive_checkin_adds_a_smart_action(converse: Converse, folder: Path) -> None:
    typed = keys(
        ENTER,  # their rating of the last conversation: skipped
        ENTER,  # how is it going? (nothing to say)
        ENTER,  # the measure's reading: skipped
        choose("progress"),
        ENTER,  # it was due 11-04: keep the date
        choose("done", "blocked"),
        ENTER,  # the goal: still working on it
        ENTER,  # its next check-in: suggested
        NO,  # reopen an item closed by mistake?
        YES,  # any new actions?
        say("Share the turnaround numbers with the team every Friday"),
        pick(0),  # which goal does it serve? the one being followed
        pick(0),  # they do it
        say("Team target"),
        say("8"),
        NO,  # another?
        ENTER,  # tags
        ENTER,  # private notes
        ENTER,  # save
        NO,
    )
    run = converse("checkin", "alex-kim", keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    note = front(saved_note(run))
    assert note["actions"][0]["smart"]["measurable"] == "pass"
    assert note["actions"][0]["thread"] == THREAD
    assert [u["status"] for u in note["updates"]] == ["progress", "done"]
