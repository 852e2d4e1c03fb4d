"""`grow escalation`: the five questions of the escalation path, answered from example folders
written here with known dates (today is 2026-11-22, GROW_TODAY in conftest).

- Dana Ross (cadence 7), well coached: a performance coaching note on 2026-11-01 (SBI feedback,
  full GROW, a SMART action, a support item), check-ins on 2026-11-08 and 2026-11-20 that follow
  both items up, and a feedback note on 2026-11-15. All five answers yes; 3 weeks of coaching.
- Eli Park (cadence 7): one performance feedback note on 2026-11-10, nothing else.
- Fay Moss (cadence 7): a coaching note on 2026-10-01 with a hand-written action (no verdicts),
  old feedback and GROW without a will, then one check-in on 2026-11-18 with a support item:
  four answers partly, documented no (2 notes in 8 weeks, the action never followed up).
- Sam Lee: a profile and no notes.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from folders import Grow, on_day, write_note, write_person
from grow_cli.domain.escalation import CHECKLIST_NOTE, build

PASS = """
[actions.smart]
specific = "pass"
measurable = "pass"
achievable = "pass"
relevant = "pass"
time_bound = "pass"
"""

DANA_COACHING = "dana-ross/2026-11-01-coaching"
DANA_CHECKIN_1 = "dana-ross/2026-11-08-checkin"
DANA_FEEDBACK = "dana-ross/2026-11-15-feedback"
DANA_CHECKIN_2 = "dana-ross/2026-11-20-checkin"

DANA = {
    DANA_COACHING: f"""
schema = 1
kind = "coaching"
date = 2026-11-01
person = "dana-ross"
focus = "performance"

[[feedback]]
situation = "Sprint review on 28 October"
behavior = "The demo was not ready and no one was told beforehand"
impact = "The client left without seeing the feature"

[grow]
goal = "Every demo rehearsed one day before the review for the next 4 sprints"
options = ["Rehearse with Lee", "Block a slot the day before"]
will = "Block a rehearsal slot the day before each review"

[[actions]]
text = "Rehearse each sprint demo with Lee one day before the review for 4 sprints"
due = 2026-12-20
{PASS}
[[support]]
text = "Book the demo room for rehearsals"
due = 2026-11-05
""",
    DANA_CHECKIN_1: f"""
schema = 1
kind = "checkin"
date = 2026-11-08
person = "dana-ross"

[[updates]]
ref = "{DANA_COACHING}#a1"
status = "progress"

[[updates]]
ref = "{DANA_COACHING}#s1"
status = "done"
""",
    DANA_FEEDBACK: """
schema = 1
kind = "feedback"
date = 2026-11-15
person = "dana-ross"
focus = "performance"

[[feedback]]
situation = "Sprint review on 14 November"
behavior = "The demo was rehearsed and ran on time"
impact = "The client signed off the feature"
""",
    DANA_CHECKIN_2: f"""
schema = 1
kind = "checkin"
date = 2026-11-20
person = "dana-ross"

[[updates]]
ref = "{DANA_COACHING}#a1"
status = "progress"
note = "Two of four rehearsals done"
""",
}

ELI_FEEDBACK = "eli-park/2026-11-10-feedback"
ELI = {
    ELI_FEEDBACK: """
schema = 1
kind = "feedback"
date = 2026-11-10
person = "eli-park"
focus = "performance"

[[feedback]]
situation = "Stand-up on 9 November"
behavior = "Interrupted two colleagues mid-update"
impact = "Both stopped sharing blockers"
""",
}

FAY_COACHING = "fay-moss/2026-10-01-coaching"
FAY_CHECKIN = "fay-moss/2026-11-18-checkin"
FAY = {
    FAY_COACHING: """
schema = 1
kind = "coaching"
date = 2026-10-01
person = "fay-moss"
focus = "performance"

[[feedback]]
situation = "Release on 30 September"
behavior = "Skipped the checklist"
impact = "A rollback at night"

[grow]
goal = "Fewer release mistakes"
options = ["Use the checklist"]

[[actions]]
text = "Be more careful"
""",
    FAY_CHECKIN: """
schema = 1
kind = "checkin"
date = 2026-11-18
person = "fay-moss"

[[support]]
text = "Pair on the next release"
""",
}


def _folder(notes_dir: Path) -> None:
    for slug, name in (
        ("dana-ross", "Dana Ross"),
        ("eli-park", "Eli Park"),
        ("fay-moss", "Fay Moss"),
        ("sam-lee", "Sam Lee"),
    ):
        write_person(notes_dir, slug, name)
    for notes in (DANA, ELI, FAY):
        for note_id, toml in notes.items():
            write_note(notes_dir, f"people/{note_id}.md", toml)


@pytest.fixture
def folder(notes_dir: Path) -> Path:
    _folder(notes_dir)
    return notes_dir


def _json(grow: Grow, person: str) -> dict[str, Any]:
    result = grow("escalation", person, "--json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _answers(data: dict[str, Any]) -> dict[str, str]:
    return {q["key"]: q["answer"] for q in data["questions"]}


def _evidence(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    question = next(q for q in data["questions"] if q["key"] == key)
    evidence: list[dict[str, Any]] = question["evidence"]
    return evidence


def _details(data: dict[str, Any], key: str) -> list[str]:
    return [e["detail"] for e in _evidence(data, key)]


def test_well_coached_person_answers_all_yes(grow: Grow, folder: Path) -> None:
    data = _json(grow, "Dana Ross")
    assert data["person"] == "dana-ross"
    assert data["checklist_note"] == CHECKLIST_NOTE
    assert [q["key"] for q in data["questions"]] == [
        "improving",
        "smart",
        "sbi",
        "grow",
        "checkins",
        "documented",
    ]
    # No measure to read: whether performance improved cannot be told yet; the five are yes.
    answers = _answers(data)
    assert answers.pop("improving") == "partly"
    assert set(answers.values()) == {"yes"}
    smart = _evidence(data, "smart")
    assert smart == [
        {
            "note_id": DANA_COACHING,
            "date": "2026-11-01",
            "detail": "a1: 'Rehearse each sprint demo with Lee one day before "
            "the review for 4 sprints', SMART",
        }
    ]
    sbi = _evidence(data, "sbi")
    assert [(e["note_id"], e["date"]) for e in sbi] == [
        (DANA_COACHING, "2026-11-01"),
        (DANA_FEEDBACK, "2026-11-15"),
        (None, "2026-11-15"),
    ]
    assert sbi[-1]["detail"] == "Latest feedback 7 days ago."
    assert _evidence(data, "grow") == [
        {
            "note_id": DANA_COACHING,
            "date": "2026-11-01",
            "detail": "GROW with 2 options and a will",
        }
    ]
    checkins = _details(data, "checkins")
    assert checkins == [
        "check-in",
        "check-in",
        "support s1: 'Book the demo room for rehearsals'",
    ]
    assert [e["note_id"] for e in _evidence(data, "checkins")[:2]] == [
        DANA_CHECKIN_1,
        DANA_CHECKIN_2,
    ]
    documented = _evidence(data, "documented")
    assert documented[0]["detail"] == (
        "4 conversation notes over 4 weeks: 1.0 per week (at least 1 asked)."
    )
    assert documented[1:] == [
        {
            "note_id": DANA_CHECKIN_2,
            "date": "2026-11-20",
            "detail": f"{DANA_COACHING}#a1 followed up (progress)",
        },
        {
            "note_id": DANA_CHECKIN_1,
            "date": "2026-11-08",
            "detail": f"{DANA_COACHING}#s1 followed up (done)",
        },
    ]
    path = data["path"]
    assert (path["weeks_of_verbal_coaching"], path["stage"]) == (3, "verbal coaching")
    assert [step["step"] for step in path["steps"]] == [
        "verbal coaching",
        "written warning",
        "performance improvement plan",
        "final decision",
    ]
    assert path["steps"][0] == {
        "step": "verbal coaching",
        "status": "current",
        "from": "2026-11-01",
        "for": "2-4 weeks",
    }
    assert path["steps"][1]["earliest"] == "2026-11-22"
    # All that is missing: a measure to see improvement by, and the targets a plan would need.
    assert [m.split(":")[0] for m in path["missing"]] == [
        "Agree a measure with a baseline and a target, and record its readings at each check-in "
        "(grow checkin), so improvement can be seen.",
        "A performance improvement plan needs measurable targets",
    ]


def test_feedback_without_checkins(grow: Grow, folder: Path) -> None:
    data = _json(grow, "eli-park")
    assert _answers(data) == {
        "improving": "partly",
        "smart": "no",
        "sbi": "yes",
        "grow": "no",
        "checkins": "no",
        "documented": "partly",
    }
    assert _details(data, "smart") == ["No actions agreed in the coaching period."]
    assert _evidence(data, "sbi")[0]["note_id"] == ELI_FEEDBACK
    assert _details(data, "sbi")[-1] == "Latest feedback 12 days ago."
    assert _details(data, "checkins") == [
        "No check-in notes in the coaching period.",
        "Gap of 12 days from 2026-11-10 to today (allowed 10).",
        "No support items (your commitments) recorded.",
    ]
    assert _evidence(data, "checkins")[1]["date"] == "2026-11-10"
    assert _details(data, "documented") == [
        "1 conversation note over 2 weeks: 0.5 per week (at least 1 asked).",
        "No items agreed a cadence or more ago to follow up.",
    ]
    path = data["path"]
    assert path["weeks_of_verbal_coaching"] == 1
    assert path["stage"] == "verbal coaching"
    assert path["missing"][0] == (
        "Verbal coaching has run 1 week; the path asks for 2-4 weeks with clear goals before a "
        "written warning."
    )
    # the path, improving (no measure), smart, grow, checkins, documented, and targets for a plan
    assert len(path["missing"]) == 7
    assert any("offer support" in m for m in path["missing"])


def test_partly_answers_and_undocumented(grow: Grow, folder: Path) -> None:
    data = _json(grow, "Fay Moss")
    assert _answers(data) == {
        "improving": "partly",
        "smart": "partly",
        "sbi": "partly",
        "grow": "partly",
        "checkins": "partly",
        "documented": "no",
    }
    assert _details(data, "smart") == ["a1: 'Be more careful', no SMART verdicts (written by hand)"]
    assert _details(data, "sbi")[-1] == "Latest feedback 52 days ago."
    assert _details(data, "grow") == ["GROW with 1 option and no will"]
    checkins = _details(data, "checkins")
    assert "Gap of 48 days from 2026-10-01 to 2026-11-18 (allowed 10)." in checkins
    assert "support s1: 'Pair on the next release'" in checkins
    documented = _details(data, "documented")
    assert documented[0] == "2 conversation notes over 8 weeks: 0.2 per week (at least 1 asked)."
    assert f"{FAY_COACHING}#a1 never followed up" in documented
    assert data["path"]["weeks_of_verbal_coaching"] == 7
    assert "past the 2-4 weeks" in data["path"]["stage"]


def test_never_coached_person_is_all_no(grow: Grow, folder: Path) -> None:
    data = _json(grow, "Sam Lee")
    assert set(_answers(data).values()) == {"no"}
    for question in data["questions"]:
        assert question["evidence"] == [
            {"note_id": None, "date": None, "detail": "No performance coaching for Sam Lee."}
        ]
    assert data["path"]["weeks_of_verbal_coaching"] == 0
    assert data["path"]["stage"] == "not started"
    assert "Sam Lee has had no performance coaching" in data["path"]["missing"][0]
    result = grow("escalation", "sam-lee")
    assert result.exit_code == 0, result.output
    assert "No performance coaching for Sam Lee." in result.stdout
    assert "not an HR decision" in result.stdout


def test_table_shows_answers_evidence_and_path(grow: Grow, folder: Path) -> None:
    result = grow("escalation", "eli-park")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Before escalating: Eli Park\n")
    assert CHECKLIST_NOTE in out
    for words in ("Clear SMART expectations", "Everything documented?", "partly", "yes"):
        assert words in out
    assert f"2026-11-10 {ELI_FEEDBACK}" in out
    assert "Stage: verbal coaching, 1 week since 2026-11-10." in out
    assert "Before a next step would be fair:" in out
    assert "- Verbal coaching has run 1 week" in out


def test_unknown_person_is_one_line_error(grow: Grow, folder: Path) -> None:
    result = grow("escalation", "nobody-here")
    assert result.exit_code != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("grow: error: ")


def test_help_explains(grow: Grow) -> None:
    result = grow("escalation", "--help")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    for words in (
        "five questions",
        "yes, partly or no",
        "not an HR decision",
        "--json",
        "cadence + 3",
    ):
        assert words in text


def test_build_without_notes_is_pure() -> None:
    checklist = build([], [], [], "x", "X", 7, dt.date(2026, 11, 22))
    assert not checklist.coached
    assert [q.answer for q in checklist.questions] == ["no"] * 6


def test_smart_states_of_actions() -> None:
    from grow_cli.domain.groundwork import smart_state
    from grow_cli.domain.models import Action

    verdicts = dict.fromkeys(("specific", "measurable", "achievable", "relevant"), "pass")
    passing = {**verdicts, "time_bound": "pass"}
    failing = {**verdicts, "time_bound": "fail"}
    assert smart_state(Action.model_validate({"text": "x", "smart": passing})) == "smart"
    assert smart_state(Action.model_validate({"text": "x", "smart": failing})) == "failed"
    kept = {"text": "x", "smart": failing, "smart_override": True}
    assert smart_state(Action.model_validate(kept)) == "override"
    assert smart_state(Action.model_validate({"text": "x"})) == "unchecked"


def _question(data: dict[str, Any], key: str) -> str:
    return str(next(q for q in data["questions"] if q["key"] == key)["question"])


def test_the_check_ins_question_says_the_persons_own_cadence(grow: Grow, notes_dir: Path) -> None:
    """'Weekly check-ins' only for a cadence of 7 days; a fortnightly report's question and
    advice say every 14 days, a daily one's every day (issue 16, point 10)."""
    _folder(notes_dir)
    assert _question(_json(grow, "Dana Ross"), "checkins") == (
        "Weekly check-ins with support offered?"
    )
    write_person(notes_dir, "eli-park", "Eli Park", cadence_days=14)
    write_person(notes_dir, "sam-lee", "Sam Lee", cadence_days=14)
    write_person(notes_dir, "fay-moss", "Fay Moss", cadence_days=1)
    eli = _json(grow, "eli-park")
    assert _question(eli, "checkins") == "Regular check-ins, every 14 days, with support offered?"
    assert (
        "Hold check-ins every 14 days (gaps up to 17 days count as on time); offer support and "
        "record it as [[support]] items." in eli["path"]["missing"]
    )
    never = _json(grow, "sam-lee")  # never coached: every question no, still in their cadence
    assert _question(never, "checkins") == "Regular check-ins, every 14 days, with support offered?"
    fay = _json(grow, "fay-moss")
    assert _question(fay, "checkins") == "Regular check-ins, every day, with support offered?"
    assert "Gap of 48 days from 2026-10-01 to 2026-11-18 (allowed 4)." in _details(fay, "checkins")
    table = grow("escalation", "eli-park")
    assert table.exit_code == 0, table.output
    assert "Weekly" not in table.stdout and "every 14 days" in table.stdout


def test_counts_are_singular_for_one(grow: Grow, notes_dir: Path) -> None:
    """'1 SBI item', '1 day ago', 'today': no '(s)' anywhere in the checklist."""
    _folder(notes_dir)
    eli = _json(grow, "eli-park")
    assert _details(eli, "sbi")[0] == "1 SBI item; first: 'Interrupted two colleagues mid-update'"
    with on_day(dt.date(2026, 11, 11)):
        assert _details(_json(grow, "eli-park"), "sbi")[-1] == "Latest feedback 1 day ago."
    with on_day(dt.date(2026, 11, 10)):
        assert _details(_json(grow, "eli-park"), "sbi")[-1] == "Latest feedback today."
    for person in ("dana-ross", "eli-park", "fay-moss", "sam-lee"):
        assert "(s)" not in grow("escalation", person).stdout
        assert "(s)" not in grow("escalation", person, "--json").stdout
