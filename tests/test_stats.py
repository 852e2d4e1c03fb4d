"""`grow stats`: every number checked against a small folder computed by hand (stats_folder)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from folders import Grow, write_note, write_person
from grow_cli.domain.stats_facts import Period
from grow_cli.ui.views.stats import bar

# The period the hand computation uses: 2026-10-24 to 2026-11-20, 28 days, 4 weeks.
SINCE, UNTIL = "2026-10-24", "2026-11-20"


def _note(kind: str, day: str, person: str | None, extra: str = "") -> str:
    who = f'person = "{person}"\n' if person else ""
    return f'schema = 1\nkind = "{kind}"\ndate = {day}\n{who}{extra}'


def stats_folder(notes_dir: Path) -> Path:
    """Four people and a journal entry; today is 2026-11-22.

    Ana Diaz (cadence 7): coaching 10-20 (before the period), coaching 10-27 (performance,
      a1 due 11-10 open -> overdue, a2 done by the 11-03 check-in), check-in 11-03, feedback
      11-10, coaching 11-17 (development, a1 due 12-15), check-in 11-21 (after the period).
    Ben Ode (cadence 14): coaching 11-05 (performance, one action done).
    Cy Park (cadence 10): coaching 09-01 only (before the period).
    Dee Ray (cadence 7): coaching 10-24 (career, first day), coaching 11-02 (no focus), feedback
      11-06, feedback 11-13, coaching 11-20 (performance, last day).
    The journal: an entry in the period, which is never counted.
    """
    write_person(notes_dir, "ana-diaz", "Ana Diaz", cadence_days=7)
    write_person(notes_dir, "ben-ode", "Ben Ode", cadence_days=14)
    write_person(notes_dir, "cy-park", "Cy Park", cadence_days=10)
    write_person(notes_dir, "dee-ray", "Dee Ray", cadence_days=7)
    notes: dict[str, str] = {
        "people/ana-diaz/2026-10-20-coaching.md": _note(
            "coaching",
            "2026-10-20",
            "ana-diaz",
            'focus = "performance"\ntopic = "Old topic"\ntags = ["old"]\n'
            '[[actions]]\ntext = "Old action"\ndue = 2026-10-30\n',
        ),
        "people/ana-diaz/2026-10-27-coaching.md": _note(
            "coaching",
            "2026-10-27",
            "ana-diaz",
            'focus = "performance"\ntopic = "Response times"\ntags = ["support", "speed"]\n'
            '[[actions]]\ntext = "Answer within 4 hours"\ndue = 2026-11-10\n'
            '[[actions]]\ntext = "Write reply templates"\ndue = 2026-11-30\n',
        ),
        "people/ana-diaz/2026-11-03-checkin.md": _note(
            "checkin",
            "2026-11-03",
            "ana-diaz",
            '[[updates]]\nref = "ana-diaz/2026-10-27-coaching#a2"\nstatus = "done"\n',
        ),
        "people/ana-diaz/2026-11-10-feedback.md": _note(
            "feedback",
            "2026-11-10",
            "ana-diaz",
            'topic = "response times"\ntags = ["Support"]\n'
            '[[feedback]]\nsituation = "Monday"\nbehavior = "Two tickets waited"\n'
            'impact = "Late"\n',
        ),
        "people/ana-diaz/2026-11-17-coaching.md": _note(
            "coaching",
            "2026-11-17",
            "ana-diaz",
            'focus = "development"\ntopic = "Leading incidents"\ntags = ["leadership"]\n'
            '[[actions]]\ntext = "Lead one incident review"\ndue = 2026-12-15\n',
        ),
        "people/ana-diaz/2026-11-21-checkin.md": _note("checkin", "2026-11-21", "ana-diaz"),
        "people/ben-ode/2026-11-05-coaching.md": _note(
            "coaching",
            "2026-11-05",
            "ben-ode",
            'focus = "performance"\ntopic = "Code review"\n'
            '[[actions]]\ntext = "Review two PRs a day"\ndue = 2026-11-12\nstatus = "done"\n',
        ),
        "people/cy-park/2026-09-01-coaching.md": _note(
            "coaching", "2026-09-01", "cy-park", 'focus = "performance"\n'
        ),
        "people/dee-ray/2026-10-24-coaching.md": _note(
            "coaching", "2026-10-24", "dee-ray", 'focus = "career"\ntopic = "Next role"\n'
        ),
        "people/dee-ray/2026-11-02-coaching.md": _note(
            "coaching", "2026-11-02", "dee-ray", 'topic = "Next role"\n'
        ),
        "people/dee-ray/2026-11-06-feedback.md": _note(
            "feedback", "2026-11-06", "dee-ray", 'topic = "Demo prep"\ntags = ["Speed"]\n'
        ),
        "people/dee-ray/2026-11-13-feedback.md": _note("feedback", "2026-11-13", "dee-ray"),
        "people/dee-ray/2026-11-20-coaching.md": _note(
            "coaching",
            "2026-11-20",
            "dee-ray",
            'focus = "performance"\ntopic = "Estimates"\ntags = ["planning"]\n',
        ),
        "journal/2026-11-12-journal.md": _note(
            "journal", "2026-11-12", None, 'topic = "My delegation"\ntags = ["self"]\n'
        ),
    }
    for path, toml in notes.items():
        write_note(notes_dir, path, toml)
    return notes_dir


def flags_folder(
    notes_dir: Path, support: str = "Book a training slot with the platform team"
) -> Path:
    """A folder where every flag about the kind of coaching shows; today is 2026-11-22 and the
    period the default 90 days (2026-08-25 to 2026-11-22).

    Priya Shah (started 2026-06-01): seven coaching conversations in the period, six of them
      performance (topics "Code review", "code reviews", "Code-review."), the latest on 11-10
      with `support` due 11-15 still open and her action due 11-30 still open.
    Alex Kim (started 2026-11-12, ten days ago): one development conversation.
    Sam Lee (started 2026-05-01): a development conversation on 2026-08-01, before the period,
      and a check-in since.
    Dee Ray (started 2026-01-01): one feedback record.
    Cy Park: archived; started long ago and never coached, but out of the stats.
    """
    profiles = {
        "priya-shah": 'name = "Priya Shah"\nstarted = 2026-06-01\n',
        "alex-kim": 'name = "Alex Kim"\nstarted = 2026-11-12\n',
        "sam-lee": 'name = "Sam Lee"\nstarted = 2026-05-01\n',
        "dee-ray": 'name = "Dee Ray"\nstarted = 2026-01-01\n',
        "cy-park": 'name = "Cy Park"\nstarted = 2025-01-01\narchived = 2026-11-01\n',
    }
    for slug, toml in profiles.items():
        folder = notes_dir / "people" / slug
        folder.mkdir(parents=True)
        (folder / "person.toml").write_text(toml, encoding="utf-8")
    topics = ["Code review", "code reviews", "Code-review.", "Estimates", "estimate", "On-call"]
    for number, day in enumerate(("09-01", "09-15", "09-29", "10-13", "10-20", "10-27")):
        write_note(
            notes_dir,
            f"people/priya-shah/2026-{day}-coaching.md",
            _note(
                "coaching",
                f"2026-{day}",
                "priya-shah",
                f'focus = "development"\ntopic = "{topics[number]}"\n'
                if number == 0
                else f'focus = "performance"\ntopic = "{topics[number]}"\n',
            ),
        )
    write_note(
        notes_dir,
        "people/priya-shah/2026-11-10-coaching.md",
        _note(
            "coaching",
            "2026-11-10",
            "priya-shah",
            'focus = "performance"\ntopic = "On-call"\n'
            '[[actions]]\ntext = "Write the on-call runbook"\ndue = 2026-11-30\n'
            f"[[support]]\ntext = {json.dumps(support)}\ndue = 2026-11-15\n",
        ),
    )
    write_note(
        notes_dir,
        "people/alex-kim/2026-11-15-coaching.md",
        _note("coaching", "2026-11-15", "alex-kim", 'focus = "development"\ntopic = "Mentoring"\n'),
    )
    write_note(
        notes_dir,
        "people/sam-lee/2026-08-01-coaching.md",
        _note("coaching", "2026-08-01", "sam-lee", 'focus = "development"\ntopic = "Next role"\n'),
    )
    write_note(
        notes_dir, "people/sam-lee/2026-10-01-checkin.md", _note("checkin", "2026-10-01", "sam-lee")
    )
    write_note(
        notes_dir,
        "people/dee-ray/2026-11-02-feedback.md",
        _note("feedback", "2026-11-02", "dee-ray", 'topic = "Demo prep"\n'),
    )
    return notes_dir


def _json(grow: Grow, *args: str) -> dict[str, Any]:
    result = grow("stats", "--json", *args)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


@pytest.fixture
def period_stats(grow: Grow, notes_dir: Path) -> dict[str, Any]:
    stats_folder(notes_dir)
    return _json(grow, "--since", SINCE, "--until", UNTIL)


def _person(data: dict[str, Any], slug: str) -> dict[str, Any]:
    found: dict[str, Any] = next(p for p in data["people"] if p["person"] == slug)
    return found


def test_period(period_stats: dict[str, Any]) -> None:
    assert period_stats["period"] == {"since": SINCE, "until": UNTIL, "days": 28}
    assert [p["person"] for p in period_stats["people"]] == [
        "ana-diaz",
        "ben-ode",
        "cy-park",
        "dee-ray",
    ]


def test_ana(period_stats: dict[str, Any]) -> None:
    assert _person(period_stats, "ana-diaz") == {
        "person": "ana-diaz",
        "name": "Ana Diaz",
        "cadence_days": 7,
        "conversations": 3,  # coaching 10-27, feedback 11-10, coaching 11-17
        "checkins": 1,  # 11-03 (11-21 is after the period)
        "days_since_last_conversation": 3,  # 11-17 -> 11-20
        "checkins_kept": 3,  # check-in 11-03 + two coaching notes
        "checkins_expected": 4,  # 28 days, a check-in every 7: four whole check-ins due
        "days_counted": 28,  # on the team the whole period
        "conversations_per_week": 0.75,  # 3 in 4 weeks
        "next_checkin": "2026-11-28",  # grow due's: the 11-21 check-in + 7 days
        "checkin_days_missed": 0,
        "actions": {"agreed": 3, "done": 1, "overdue": 1},  # the 10-20 action is before
        "focus": {"performance": 1, "development": 1, "career": 0, "unset": 0},
        "focus_share": {"performance": 0.5, "development": 0.5, "career": 0.0, "unset": 0.0},
        "share_of_conversations": 0.333,  # 3 of 9
        # Each schema-1 coaching note is a thread of its own: 10-27 and 11-17 opened in the
        # period; all three still active (open items, or the latest conversation).
        "threads": {
            "opened": 2,
            "closed": 0,
            "active": 3,
            "outcomes": {"achieved": 0, "partly_achieved": 0, "not_achieved": 0, "dropped": 0},
        },
        "ratings": {"count": 0, "mean": None},  # no rating from her yet
    }


def test_ben(period_stats: dict[str, Any]) -> None:
    ben = _person(period_stats, "ben-ode")
    assert (ben["conversations"], ben["checkins"]) == (1, 0)
    assert ben["days_since_last_conversation"] == 15  # 11-05 -> 11-20
    # Coached from his first note on 11-05: 16 days of the period, not 28; one whole check-in
    # due in them at 14 days (16 // 14), never a fraction of one.
    assert (ben["checkins_kept"], ben["checkins_expected"]) == (1, 1)
    # His rate is over his own 16 days (1 / (16 / 7)), not the period's 4 weeks (0.25).
    assert (ben["days_counted"], ben["conversations_per_week"]) == (16, 0.44)
    # As grow due has it: 11-05 + 14 days = 11-19, missed by today (11-22).
    assert (ben["next_checkin"], ben["checkin_days_missed"]) == ("2026-11-19", 3)
    assert ben["actions"] == {"agreed": 1, "done": 1, "overdue": 0}
    assert ben["focus_share"]["performance"] == 1.0
    assert ben["share_of_conversations"] == 0.111  # 1 of 9


def test_cy_never_coached_in_the_period(period_stats: dict[str, Any]) -> None:
    cy = _person(period_stats, "cy-park")
    assert (cy["conversations"], cy["checkins"], cy["checkins_kept"]) == (0, 0, 0)
    assert cy["days_since_last_conversation"] == 80  # 2026-09-01 -> 2026-11-20
    assert cy["checkins_expected"] == 2  # 28 // 10: two whole check-ins due
    assert (cy["next_checkin"], cy["checkin_days_missed"]) == ("2026-09-11", 72)
    assert cy["actions"] == {"agreed": 0, "done": 0, "overdue": 0}
    assert cy["focus"] == {"performance": 0, "development": 0, "career": 0, "unset": 0}
    assert cy["share_of_conversations"] == 0.0


def test_dee_both_ends_of_the_period_count(period_stats: dict[str, Any]) -> None:
    dee = _person(period_stats, "dee-ray")
    assert (dee["conversations"], dee["checkins"], dee["days_since_last_conversation"]) == (5, 0, 0)
    assert (dee["checkins_kept"], dee["checkins_expected"]) == (3, 4)
    assert dee["focus"] == {"performance": 1, "development": 0, "career": 1, "unset": 1}
    assert dee["focus_share"] == {
        "performance": 0.333,
        "development": 0.0,
        "career": 0.333,
        "unset": 0.333,
    }
    assert dee["share_of_conversations"] == 0.556  # 5 of 9


def test_team(period_stats: dict[str, Any]) -> None:
    assert period_stats["team"] == {
        "people": 4,
        "conversations": 9,
        "checkins": 1,
        "conversations_per_week": 2.25,  # 9 / 4 weeks
        "distinct_topics": 6,  # "response times" twice, "Next role" twice; journal not counted
        "distinct_tags": 4,  # support/Support, speed/Speed, leadership, planning
        "topics": [
            "Code review",
            "Demo prep",
            "Estimates",
            "Leading incidents",
            "Next role",
            "Response times",
        ],
        "tags": ["leadership", "planning", "speed", "support"],
        "mean_share": 0.25,
        "people_with_development": 1,
        "threads": {
            "opened": 6,
            "closed": 0,
            "active": 6,
            "outcomes": {"achieved": 0, "partly_achieved": 0, "not_achieved": 0, "dropped": 0},
        },
        "ratings": {"count": 0, "mean": None},
        # The trend: 9 conversations in the period's four weeks from 10-24.
        "weekly": [
            {"since": "2026-10-24", "days": 7, "conversations": 2},  # Dee 10-24, Ana 10-27
            {"since": "2026-10-31", "days": 7, "conversations": 3},  # Dee 11-02, Ben, Dee 11-06
            {"since": "2026-11-07", "days": 7, "conversations": 2},  # Ana 11-10, Dee 11-13
            {"since": "2026-11-14", "days": 7, "conversations": 2},  # Ana 11-17, Dee 11-20
        ],
    }


def test_flags(period_stats: dict[str, Any]) -> None:
    # Ben: 1/9 = 11%, but he was coached 16 of the 100 person-days (his fair share 16%), so not
    # under half of it; Cy: none; development: 1 of 4 people; Dee: 5/9 = 56%, over twice the mean
    # share (50%). Not mostly corrective: 3 of the 5 coaching notes with a focus are
    # performance, exactly 60%, not over it. Ben's and Cy's check-ins are past, as in grow due.
    assert [(f["kind"], f["person"]) for f in period_stats["flags"]] == [
        ("never_coached", "cy-park"),
        ("development_narrow", None),
        ("concentrated", "dee-ray"),
        ("checkin_missed", "ben-ode"),
        ("checkin_missed", "cy-park"),
    ]
    assert "1 of 4 people" in period_stats["flags"][1]["message"]
    assert period_stats["flags"][3] == {
        "kind": "checkin_missed",
        "person": "ben-ode",
        "message": "Your check-in with Ben Ode was due on 2026-11-19 (3 days ago) and has not "
        "happened: when can you meet?",
        "next_checkin": "2026-11-19",
        "days_missed": 3,
    }
    assert period_stats["flags"][2] == {
        "kind": "concentrated",
        "person": "dee-ray",
        "message": "Dee Ray had 5 of 9 conversations (56%), over twice the mean share of 25%: "
        "who else needs your time?",
        "conversations": 5,
        "total": 9,
        "share": 0.556,
        "mean_share": 0.25,
    }


def test_default_period_is_the_last_90_days(grow: Grow, notes_dir: Path) -> None:
    stats_folder(notes_dir)
    data = _json(grow)
    assert data["period"] == {"since": "2026-08-25", "until": "2026-11-22", "days": 90}
    ana = _person(data, "ana-diaz")
    # Now the 10-20 coaching counts, and the 11-21 check-in (the last meeting: 1 day before
    # today); its action is overdue too.
    assert (ana["conversations"], ana["checkins"], ana["days_since_last_conversation"]) == (4, 2, 1)
    assert ana["actions"] == {"agreed": 4, "done": 1, "overdue": 2}
    assert _person(data, "cy-park")["conversations"] == 1
    assert data["team"]["conversations"] == 11
    assert data["team"]["conversations_per_week"] == round(11 / (90 / 7), 2)


def test_terminal_tables(grow: Grow, notes_dir: Path) -> None:
    stats_folder(notes_dir)
    result = grow("stats", "--since", SINCE, "--until", UNTIL)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Coaching from 2026-10-24 to 2026-11-20 (28 days)" in out
    assert "Ana Diaz" in out and "3/4" in out and "3/1/1" in out and "50% 50% 0%" in out
    assert " 1/1 " in out and "1/1.1" not in out  # Ben: whole check-ins, never a fraction
    assert "check-ins missed now" in out and "│ 2 " in out.split("check-ins missed now")[1][:40]
    assert "2.25" in out
    assert "█" * 12 in out  # Dee, the most conversations, gets the full bar
    assert "Cy Park had no conversation in the period." in out
    assert "Development coaching reached 1 of 4 people." in out


def test_empty_folder(grow: Grow, empty_folder: Path) -> None:
    data = _json(grow)
    assert data["people"] == [] and data["flags"] == []
    assert data["team"]["conversations"] == 0
    assert grow("stats").exit_code == 0


@pytest.mark.parametrize(
    "args",
    [
        ("--since", "someday"),
        ("--until", "2026-13-01"),
        ("--since", "2026-11-21", "--until", "2026-11-20"),
    ],
)
def test_bad_dates(grow: Grow, args: tuple[str, ...]) -> None:
    result = grow("stats", *args)
    assert result.exit_code == 2
    assert "grow: error:" in result.stderr


def test_dates_take_the_same_phrases_as_search(grow: Grow, empty_folder: Path) -> None:
    period = json.loads(grow("stats", "--json", "--since", "4 weeks ago").stdout)["period"]
    assert (period["since"], period["until"]) == ("2026-10-25", "2026-11-22")


def test_bar() -> None:
    assert bar(10, 10, 4) == "████"
    assert bar(5, 10, 4) == "██"
    assert bar(11, 16, 2) == "█▍"  # 11/16 * 16 eighths = 11 -> one full block and 3 eighths
    assert bar(0, 10) == "" and bar(3, 0) == ""


def test_period_contains_both_ends() -> None:
    period = Period(dt.date(2026, 1, 1), dt.date(2026, 1, 3))
    assert period.days == 3
    assert dt.date(2026, 1, 1) in period and dt.date(2026, 1, 3) in period
    assert dt.date(2026, 1, 4) not in period


def test_flags_about_the_kind_of_coaching(grow: Grow, notes_dir: Path) -> None:
    flags_folder(notes_dir)
    data = _json(grow)
    assert [p["person"] for p in data["people"]] == ["alex-kim", "dee-ray", "priya-shah", "sam-lee"]
    # 9 conversations among 4 people (Cy is archived): the mean share is 25%. Alex joined 11 of
    # the 90 days ago: his 1 of 9 (11%) is over his fair share (11 / 281 person-days, 4%).
    assert [(f["kind"], f["person"]) for f in data["flags"]] == [
        ("far_below", "dee-ray"),  # 1 of 9, under half of 90 / 281 person-days (32%)
        ("never_coached", "sam-lee"),
        ("concentrated", "priya-shah"),  # 7 of 9
        ("mostly_corrective", None),  # 6 of the 8 coaching notes with a focus
        # Dee never had development coaching, Sam not since 08-01; Alex started 10 days ago, and
        # Priya's latest goal is a performance one.
        ("no_development", "dee-ray"),
        ("no_development", "sam-lee"),
        ("support_blocking", "priya-shah"),
        # As grow due has them: Dee 11-02 + 7, Priya 11-10 + 7, Sam 10-01 + 7; Alex's is today.
        ("checkin_missed", "dee-ray"),
        ("checkin_missed", "priya-shah"),
        ("checkin_missed", "sam-lee"),
    ]
    assert data["flags"][0]["message"] == (
        "Dee Ray had 11.1% of the conversations, under half their fair share (32.0%: the mean "
        "share, weighed by the days each person was on the team in the period)."
    )
    by_kind = {f["kind"]: f for f in data["flags"] if f["person"] != "dee-ray"}
    assert by_kind["concentrated"]["message"] == (
        "Priya Shah had 7 of 9 conversations (78%), over twice the mean share of 25%: who else "
        "needs your time?"
    )
    assert by_kind["mostly_corrective"]["message"].startswith(
        "6 of your 8 coaching conversations (75%) were performance coaching"
    )
    assert by_kind["no_development"] == {
        "kind": "no_development",
        "person": "sam-lee",
        "message": "Your last development or career conversation with Sam Lee was 113 days ago "
        "(2026-08-01), and they have no open performance goal: what would help them grow next?",
        "last_development": "2026-08-01",
        "days_since": 113,
        "on_team_since": "2026-05-01",
        "window_days": 60,
    }
    blocking = by_kind["support_blocking"]
    assert blocking["message"] == (
        'Your support for Priya Shah, "Book a training slot with the platform team", was due on '
        '2026-11-15 (7 days late), and their action "Write the on-call runbook" is still open '
        "from the same conversation: can you give it now, or agree a new date with them?"
    )
    assert blocking["support"] == {
        "id": "priya-shah/2026-11-10-coaching#s1",
        "text": "Book a training slot with the platform team",
        "due": "2026-11-15",
        "days_overdue": 7,
    }
    assert blocking["actions"] == [
        {
            "id": "priya-shah/2026-11-10-coaching#a1",
            "text": "Write the on-call runbook",
            "due": "2026-11-30",
            "status": "open",
        }
    ]
    assert blocking["thread"] == "priya-shah/2026-11-10-coaching#t1"
    # Every flag keeps the three keys every flag has always had.
    assert all(list(f)[:3] == ["kind", "person", "message"] for f in data["flags"])
    # Topic variety: "Code review", "code reviews" and "Code-review." are one topic, and
    # "Estimates" and "estimate" another.
    assert data["team"]["topics"] == [
        "Code review",
        "Demo prep",
        "Estimates",
        "Mentoring",
        "On-call",
    ]


def test_worth_a_look_comes_after_the_counts(grow: Grow, notes_dir: Path) -> None:
    flags_folder(notes_dir)
    result = grow("stats")
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())  # the sentences wrap at the terminal's width
    assert out.index("Team") < out.index("Worth a look") < out.index("! Dee Ray had 11.1%")
    assert (
        "! Priya Shah had 7 of 9 conversations (78%), over twice the mean share of 25%: who "
        "else needs your time?" in out
    )
    assert "! 6 of your 8 coaching conversations (75%) were performance coaching" in out
    assert "! Your last development or career conversation with Sam Lee was 113 days ago" in out
    assert '! Your support for Priya Shah, "Book a training slot with the platform team"' in out
    assert "Cy Park" not in out


def test_no_worth_a_look_without_flags(grow: Grow, notes_dir: Path) -> None:
    write_person(notes_dir, "ana-diaz", "Ana Diaz")
    write_note(
        notes_dir,
        "people/ana-diaz/2026-11-17-coaching.md",
        _note("coaching", "2026-11-17", "ana-diaz", 'focus = "development"\n'),
    )
    assert _json(grow)["flags"] == []
    result = grow("stats")
    assert result.exit_code == 0, result.output
    assert "Ana Diaz" in result.stdout and "Worth a look" not in result.stdout


def test_someone_added_today_is_counted_from_today(grow: Grow, notes_dir: Path) -> None:
    # Ana has been on the team the whole 90 days, with 6 conversations; Ben was added today and
    # had his first conversation today; Cy was added today and has had none yet.
    people = {"ana-diaz": "2026-01-01", "ben-ode": "2026-11-22", "cy-park": "2026-11-22"}
    for slug, started in people.items():
        folder = notes_dir / "people" / slug
        folder.mkdir(parents=True)
        name = slug.replace("-", " ").title()
        (folder / "person.toml").write_text(
            f'name = "{name}"\nstarted = {started}\n', encoding="utf-8"
        )
    for day in ("09-01", "09-15", "10-01", "10-15", "11-01", "11-15"):
        write_note(
            notes_dir,
            f"people/ana-diaz/2026-{day}-coaching.md",
            _note("coaching", f"2026-{day}", "ana-diaz", 'focus = "development"\n'),
        )
    write_note(
        notes_dir,
        "people/ben-ode/2026-11-22-coaching.md",
        _note("coaching", "2026-11-22", "ben-ode", 'focus = "development"\n'),
    )
    data = _json(grow)
    ben, cy = _person(data, "ben-ode"), _person(data, "cy-park")
    # One day on the team: no check-in is due from them yet, and their rate is over that day.
    assert (ben["days_counted"], ben["checkins_expected"], ben["checkins_kept"]) == (1, 0, 1)
    assert (cy["days_counted"], cy["checkins_expected"]) == (1, 0)
    assert ben["conversations_per_week"] is None  # under a week on the team: no rate yet
    assert _person(data, "ana-diaz")["checkins_expected"] == 12  # 90 // 7
    # Ben's 1 of 7 conversations (14%) was once "under half the mean share" (33%); counted from
    # today his fair share is 1 of 92 person-days. Cy has had nothing due yet.
    flagged = [(f["kind"], f["person"]) for f in data["flags"]]
    assert all(person not in ("ben-ode", "cy-park") for _, person in flagged), flagged
    assert data["team"]["conversations_per_week"] == round(7 / (90 / 7), 2)  # the whole period


def test_need_order() -> None:
    from grow_cli.domain.need import by_need
    from grow_cli.domain.stats import PersonStats

    def person(name: str, missed: int, expected: int, kept: int, talks: int) -> PersonStats:
        row = PersonStats(name.lower(), name, 7, conversations=talks, kept=kept)
        row.expected, row.checkin_days_missed = expected, missed
        return row

    people = [
        person("Ana", 0, 4, 4, 4),  # nothing missed or short, 1 conversation per check-in
        person("Ben", 3, 4, 4, 4),  # check-in missed 3 days
        person("Cy", 10, 4, 4, 9),  # missed 10 days: first, however many conversations
        person("Dee", 0, 4, 1, 1),  # 3 check-ins short
        person("Eve", 0, 4, 3, 3),  # 1 short
        person("Fay", 0, 0, 0, 0),  # new: nothing expected yet, so last
        person("Gus", 0, 4, 4, 2),  # not short, but fewer conversations for each expected
    ]
    assert [p.name for p in by_need(people)] == ["Cy", "Ben", "Dee", "Eve", "Gus", "Ana", "Fay"]


def test_weekly_trend_ends_with_the_period() -> None:
    from grow_cli.domain.stats import weekly

    period = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 10))  # 10 days: 7 + 3
    days = [dt.date(2026, 11, 1), dt.date(2026, 11, 7), dt.date(2026, 11, 8), dt.date(2026, 11, 10)]
    assert [(w.since.day, w.days, w.conversations) for w in weekly(period, days)] == [
        (1, 7, 2),
        (8, 3, 2),
    ]


def test_a_checkin_is_missed_the_day_after_it_was_due() -> None:
    from grow_cli.domain.due import days_missed

    due = dt.date(2026, 11, 20)
    assert [days_missed(due, due + dt.timedelta(days=n)) for n in (-1, 0, 1, 5)] == [0, 0, 1, 5]
