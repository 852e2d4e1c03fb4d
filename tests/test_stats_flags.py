"""The flags of `grow stats` about what kind of coaching it is (domain/stats_flags.py), on notes
and numbers made in memory: no folder, no terminal, no clock (today is a fixed day)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from grow_cli.domain.ledger import Ledger
from grow_cli.domain.models import Note, Person
from grow_cli.domain.stats import PersonStats, compute
from grow_cli.domain.stats_facts import Period, facts_of
from grow_cli.domain.stats_flags import (
    concentrated,
    flags,
    mostly_corrective,
    no_development,
    support_blocking,
)

TODAY = dt.date(2026, 11, 22)
ALL = Period(dt.date.min, TODAY)  # the flags about today read the facts of any period


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def row(slug: str, conversations: int = 0, **focus: int) -> PersonStats:
    found = PersonStats(slug, slug.replace("-", " ").title(), 7, conversations=conversations)
    found.focus.update(focus)
    return found


def note(person: str, day: dt.date, kind: str = "coaching", **extra: Any) -> Note:
    return Note.model_validate(
        {"kind": kind, "date": day, "person": person, "id": f"{person}/{day}-{kind}", **extra}
    )


def person(name: str, **extra: Any) -> Person:
    return Person.model_validate({"name": name, **extra})


def kinds(found: list[Any]) -> list[tuple[str, str | None]]:
    return [(flag.kind, flag.person) for flag in found]


# concentrated ----------------------------------------------------------------------------------


def test_over_twice_the_mean_share_is_concentrated() -> None:
    rows = [row("priya-shah", 9), row("alex-kim", 2), row("sam-lee", 1), row("bo", 1), row("cy", 1)]
    [flag] = concentrated(rows)
    assert flag.to_dict() == {
        "kind": "concentrated",
        "person": "priya-shah",
        "message": "Priya Shah had 9 of 14 conversations (64%), over twice the mean share of "
        "20%: who else needs your time?",
        "conversations": 9,
        "total": 14,
        "share": 0.643,
        "mean_share": 0.2,
    }


def test_exactly_twice_the_mean_share_is_not_concentrated() -> None:
    # 4 of 8 is 50%, twice the mean share of 25% exactly: not over it.
    assert concentrated([row("a", 4), row("b", 2), row("c", 1), row("d", 1)]) == []
    assert kinds(concentrated([row("a", 5), row("b", 1), row("c", 1), row("d", 1)])) == [
        ("concentrated", "a")
    ]


def test_too_few_conversations_or_people_never_concentrate() -> None:
    assert concentrated([row("a", 4), row("b"), row("c"), row("d")]) == []  # 4 < 5 in all
    assert concentrated([row("a", 30), row("b", 0)]) == []  # two people: 100% is only twice 50%
    assert concentrated([row("a", 30)]) == []
    assert concentrated([]) == []


# mostly_corrective -----------------------------------------------------------------------------


def test_mostly_corrective_over_three_in_five() -> None:
    rows = [row("a", performance=4, development=1), row("b", performance=3, career=1)]
    [flag] = mostly_corrective(rows)
    assert flag.kind == "mostly_corrective" and flag.person is None
    assert flag.message == (
        "7 of your 9 coaching conversations (78%) were performance coaching, so most of your "
        "coaching is corrective: who would gain from a development conversation?"
    )
    assert flag.to_dict()["share"] == 0.778 and flag.to_dict()["threshold"] == 0.6


def test_exactly_three_in_five_is_not_mostly_corrective() -> None:
    assert mostly_corrective([row("a", performance=3, development=2)]) == []
    assert mostly_corrective([row("a", performance=6, development=4)]) == []
    assert mostly_corrective([row("a", performance=7, development=4)]) != []


def test_mostly_corrective_needs_five_notes_that_name_a_focus() -> None:
    # 4 of 4 named are performance; the notes with no focus say nothing either way.
    assert mostly_corrective([row("a", performance=4, unset=6)]) == []
    assert mostly_corrective([row("a", performance=5, unset=6)]) != []


# no_development --------------------------------------------------------------------------------


def _no_development(notes: list[Note], profile: Person | None) -> list[Any]:
    return no_development(
        facts_of(Ledger.build(notes), {"sam-lee": profile}, ALL, TODAY)["sam-lee"], TODAY
    )


def test_no_development_conversation_in_sixty_days() -> None:
    notes = [note("sam-lee", ago(61), focus="development"), note("sam-lee", ago(5), "checkin")]
    [flag] = _no_development(notes, person("Sam Lee", started=ago(200)))
    assert flag.to_dict() == {
        "kind": "no_development",
        "person": "sam-lee",
        "message": "Your last development or career conversation with Sam Lee was 61 days ago "
        f"({ago(61)}), and they have no open performance goal: what would help them grow next?",
        "last_development": ago(61).isoformat(),
        "days_since": 61,
        "on_team_since": ago(200).isoformat(),
        "window_days": 60,
    }


def test_never_a_development_conversation() -> None:
    [flag] = _no_development([], person("Sam Lee", started=ago(75)))
    assert flag.message == (
        "You have had no development or career conversation with Sam Lee in the 75 days since "
        "they started, and they have no open performance goal: what would help them grow next?"
    )
    assert flag.to_dict()["last_development"] is None


def test_a_development_or_career_conversation_sixty_days_ago_still_counts() -> None:
    started = person("Sam Lee", started=ago(300))
    assert _no_development([note("sam-lee", ago(60), focus="development")], started) == []
    assert _no_development([note("sam-lee", ago(30), focus="career")], started) == []
    # A feedback record, a check-in or a coaching note of no focus is no development coaching.
    others = [
        note("sam-lee", ago(3), "feedback", focus="development"),
        note("sam-lee", ago(2), "checkin"),
        note("sam-lee", ago(1)),
    ]
    assert kinds(_no_development(others, started)) == [("no_development", "sam-lee")]


def test_someone_new_is_not_flagged() -> None:
    assert _no_development([], person("Sam Lee", started=ago(10))) == []  # added 10 days ago
    assert _no_development([], person("Sam Lee", started=ago(59))) == []
    assert _no_development([], person("Sam Lee", started=ago(60))) != []
    # No start date: their first note says when; with no note at all nobody can tell.
    assert _no_development([note("sam-lee", ago(10), "checkin")], person("Sam Lee")) == []
    assert _no_development([note("sam-lee", ago(90), "checkin")], None) != []
    assert _no_development([], person("Sam Lee")) == []


def test_an_open_performance_goal_is_no_development_gap() -> None:
    started = person("Sam Lee", started=ago(200))
    # A schema-1 coaching note is a goal of its own, open while it is the latest coaching one.
    performance = note("sam-lee", ago(90), focus="performance")
    assert _no_development([performance], started) == []
    closed = note(
        "sam-lee",
        ago(80),
        "checkin",
        schema=2,
        progress=[{"thread": f"{performance.id}#t1", "status": "achieved"}],
    )
    assert kinds(_no_development([performance, closed], started)) == [("no_development", "sam-lee")]


def test_archived_people_are_never_flagged() -> None:
    archived = person("Sam Lee", started=ago(200), archived=ago(1))
    assert _no_development([], archived) == []
    rows = [row("sam-lee", 9), row("a", 1), row("b", 1), row("c", 1)]
    people = {"sam-lee": archived, **{slug: person(slug) for slug in "abc"}}
    # Without Sam, 3 conversations among three people: nothing is concentrated, either.
    found = flags(rows, facts_of(Ledger.build([]), people, ALL, TODAY), TODAY)
    assert all(flag.person != "sam-lee" for flag in found if flag.kind != "far_below")
    assert [f.kind for f in found if f.kind not in ("never_coached", "far_below")] == []


# support_blocking ------------------------------------------------------------------------------


def _coaching(**extra: Any) -> Note:
    return note(
        "alex-kim",
        ago(20),
        actions=[
            {"id": "alex-kim/a1", "text": "Triage the queue at 14:00 daily"},
            {"id": "alex-kim/a2", "text": "Pair with Sam", "status": "done"},
            {"id": "alex-kim/a3", "text": "Book the room", "owner": "manager"},
        ],
        **extra,
    )


def _support_blocking(notes: list[Note]) -> list[Any]:
    people = {"alex-kim": person("Alex Kim")}
    return support_blocking(facts_of(Ledger.build(notes), people, ALL, TODAY)["alex-kim"], TODAY)


def test_late_support_in_the_same_note_as_an_open_action() -> None:
    coaching = _coaching(
        support=[{"id": "alex-kim/s1", "text": "Move the Thursday sync", "due": ago(11)}]
    )
    [flag] = _support_blocking([coaching])
    assert flag.to_dict() == {
        "kind": "support_blocking",
        "person": "alex-kim",
        "message": 'Your support for Alex Kim, "Move the Thursday sync", was due on '
        f'{ago(11)} (11 days late), and their action "Triage the queue at 14:00 daily" is still '
        "open from the same conversation: can you give it now, or agree a new date with them?",
        "support": {
            "id": "alex-kim/s1",
            "text": "Move the Thursday sync",
            "due": ago(11).isoformat(),
            "days_overdue": 11,
        },
        "actions": [
            {
                "id": "alex-kim/a1",
                "text": "Triage the queue at 14:00 daily",
                "due": None,
                "status": "open",
            }
        ],
        "thread": f"{coaching.id}#t1",
    }


def test_late_support_in_the_same_thread_names_every_waiting_action() -> None:
    coaching = _coaching()
    later = note(
        "alex-kim",
        ago(10),
        "checkin",
        actions=[{"id": "alex-kim/a4", "text": "Write the triage notes"}],
        support=[
            {
                "id": "alex-kim/s2",
                "text": "Ask the platform team for a dashboard",
                "due": ago(1),
                "thread": f"{coaching.id}#t1",
            }
        ],
    )
    [flag] = _support_blocking([coaching, later])
    # a1 serves the thread; a4 is in the same note (a check-in's items follow no thread).
    assert [a["id"] for a in flag.to_dict()["actions"]] == ["alex-kim/a1", "alex-kim/a4"]
    assert "(1 day late)" in flag.message
    assert (
        'their actions "Triage the queue at 14:00 daily" and "Write the triage notes" are '
        "still open for the same goal" in flag.message
    )


def test_support_that_is_not_late_or_blocks_nothing_is_not_flagged() -> None:
    def support(**item: Any) -> list[Any]:
        return _support_blocking([_coaching(support=[{"id": "alex-kim/s1", "text": "S", **item}])])

    assert support() == []  # no due date: never late
    assert support(due=TODAY) == []  # due today: not late yet
    assert support(due=ago(3), status="done") == []
    assert support(due=ago(3), status="blocked") != []  # still to do
    # Only the report's own open actions wait on it: a2 is done, a3 is the manager's.
    alone = note(
        "alex-kim",
        ago(20),
        actions=[
            {"id": "alex-kim/a2", "text": "Pair", "status": "done"},
            {"id": "alex-kim/a3", "text": "Book", "owner": "manager"},
        ],
        support=[{"id": "alex-kim/s1", "text": "S", "due": ago(3)}],
    )
    assert _support_blocking([alone]) == []


def test_many_waiting_actions_are_counted_not_all_named() -> None:
    coaching = note(
        "alex-kim",
        ago(20),
        actions=[{"id": f"alex-kim/a{n}", "text": f"Action {n}"} for n in range(1, 5)],
        support=[{"id": "alex-kim/s1", "text": "S " * 80, "due": ago(2)}],
    )
    [flag] = _support_blocking([coaching])
    assert 'their actions "Action 1", "Action 2" and 2 more are still open' in flag.message
    assert '"S S S' in flag.message and "…" in flag.message  # a long text is cut in the sentence
    assert flag.to_dict()["support"]["text"] == "S " * 80  # and kept whole in the details


# all together, through compute -----------------------------------------------------------------


def test_compute_puts_the_new_flags_after_the_spread_flags() -> None:
    notes = [
        note("ana", ago(200 - n), focus="performance", id=f"ana/{n}")
        for n in range(6)  # six performance conversations with Ana, long ago
    ]
    notes.append(note("ben", ago(5), focus="performance"))
    people = {"ana": person("Ana", started=ago(300)), "ben": person("Ben", started=ago(10))}
    period = Period(ago(210), TODAY)
    found = compute(facts_of(Ledger.build(notes), people, period, TODAY), period, TODAY)
    assert kinds(found.flags) == [
        # Ben joined 10 days ago: 1 of 7 (14%) is over his fair share (11 of 222 person-days)
        ("mostly_corrective", None),  # 7 of 7 performance
        ("checkin_missed", "ana"),  # her last conversation was 195 days ago, at a 7-day cadence
    ]
