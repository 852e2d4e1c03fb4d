"""How coaching is going over a period: per person and for the team. Pure: built from the ledger
and profiles, no files, no terminal.

Definitions (the README's "How coaching is going" section says the same in words):

- The period runs from `since` to `until`, both included; `days` counts both ends.
- A conversation is a coaching or feedback note; a check-in is a checkin note. Journal notes are
  not counted. Days since the last conversation are counted from `until`, over every meeting
  (coaching, feedback or check-in) on or before it (also before the period); None when there
  never was one.
- A person's span: the days of the period they were on the team, from their `started` date
  (else their first note) when that is later than the period's start, to its end.
- Check-ins kept against the cadence: expected = the whole check-ins due in their span at their
  cadence (span days // cadence_days: a person who joined on the period's last day has none
  due yet); kept = checkin and coaching notes in the period.
- A person's conversations per week divide by their own span (span days / 7); the team's divide
  by the whole period, whoever joined when: how many conversations you had a week.
- The next check-in and whether it is missed are `grow due`'s, about today: the ledger's
  rhythm() gives the date, due.days_missed() the days it is past.
- The trend: the period's conversations in weeks of 7 days from `since` (the last may be
  shorter).
- Need (the report's order of people): domain/need.py.
- Threads (goals followed over weeks): opened in the period, closed in it with each outcome
  (achieved, partly_achieved, not_achieved, dropped), and active at its end.
- Actions: those agreed in notes dated in the period; done and overdue by their current status
  (after every update in the notes, as `grow actions` shows them), overdue meaning still to do and
  due before today.
- Focus shares: each focus's part of the person's coaching notes in the period ("unset" when a
  note has no focus).
- The team: conversations per week (conversations / (days / 7)); topic variety (distinct topics
  and tags over the period's notes about people, those that differ only in case, a plural "s"
  or "es", joining hyphens or surrounding punctuation counted as one: domain/topics.py); each
  person's share of the conversations.
- Flags: domain/stats_flags.py (never_coached, far_below, development_narrow, concentrated,
  mostly_corrective, no_development, support_blocking, checkin_missed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from grow_cli.domain import stats_flags, vocabulary
from grow_cli.domain.due import days_missed
from grow_cli.domain.stats_facts import Period
from grow_cli.domain.stats_flags import Flag
from grow_cli.domain.status import note_order_key
from grow_cli.domain.topics import distinct, distinct_except
from grow_cli.domain.vocabulary import COACHING_KINDS, ENDED

if TYPE_CHECKING:
    from grow_cli.domain.stats_facts import PersonFacts

KEPT = ("checkin", "coaching")  # the notes that count as a check-in kept
OUTCOMES = ("achieved", "partly_achieved", "not_achieved", "dropped")
FOCUSES = (*vocabulary.FOCUSES, "unset")
WEEK = 7


@dataclass
class ThreadCounts:
    """Goals followed over weeks: opened and closed in the period, their outcomes, active."""

    opened: int = 0
    closed: int = 0
    active: int = 0
    outcomes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))

    def add(self, other: ThreadCounts) -> None:
        """Count another's threads in too (a team's from its people)."""
        self.opened += other.opened
        self.closed += other.closed
        self.active += other.active
        for outcome, count in other.outcomes.items():
            self.outcomes[outcome] += count

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON form."""
        return {
            "opened": self.opened,
            "closed": self.closed,
            "active": self.active,
            "outcomes": dict(self.outcomes),
        }


@dataclass
class PersonStats:
    """One person's numbers for the period."""

    slug: str
    name: str
    cadence_days: int
    conversations: int = 0
    checkins: int = 0
    days_since_last: int | None = None
    kept: int = 0
    expected: int = 0
    days_counted: int = 0  # their span: the days of the period they were on the team
    next_checkin: dt.date | None = None  # grow due's date of their next check-in
    checkin_days_missed: int = 0  # how many days that check-in is past today (0: not missed)
    actions_agreed: int = 0
    actions_done: int = 0
    actions_overdue: int = 0
    focus: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FOCUSES, 0))
    share: float = 0.0
    threads: ThreadCounts = field(default_factory=lambda: ThreadCounts())
    ratings: list[int] = field(default_factory=list)  # their ratings given in the period

    @property
    def mean_rating(self) -> float | None:
        """The mean of their ratings in the period (1-5), or None without any."""
        return round(sum(self.ratings) / len(self.ratings), 2) if self.ratings else None

    @property
    def per_week(self) -> float | None:
        """Their conversations per week of their own span, to two decimals; None under a week
        on the team, where one conversation would read as a weekly habit ("7.0")."""
        if self.days_counted < WEEK:
            return None
        return round(self.conversations / (self.days_counted / WEEK), 2)

    @property
    def coaching_notes(self) -> int:
        """Coaching notes in the period (the focus counts' total)."""
        return sum(self.focus.values())

    def focus_share(self) -> dict[str, float]:
        """Each focus's share of the coaching notes (all 0 when there were none)."""
        total = self.coaching_notes
        return {k: round(v / total, 3) if total else 0.0 for k, v in self.focus.items()}

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON form."""
        return {
            "person": self.slug,
            "name": self.name,
            "cadence_days": self.cadence_days,
            "conversations": self.conversations,
            "checkins": self.checkins,
            "days_since_last_conversation": self.days_since_last,
            "checkins_kept": self.kept,
            "checkins_expected": self.expected,
            "days_counted": self.days_counted,
            "conversations_per_week": self.per_week,
            "next_checkin": None if self.next_checkin is None else self.next_checkin.isoformat(),
            "checkin_days_missed": self.checkin_days_missed,
            "actions": {
                "agreed": self.actions_agreed,
                "done": self.actions_done,
                "overdue": self.actions_overdue,
            },
            "focus": dict(self.focus),
            "focus_share": self.focus_share(),
            "share_of_conversations": self.share,
            "threads": self.threads.to_dict(),
            "ratings": {"count": len(self.ratings), "mean": self.mean_rating},
        }


@dataclass(frozen=True)
class Week:
    """One bar of the trend: the conversations of 7 days from `since` (fewer days at the end)."""

    since: dt.date
    days: int
    conversations: int

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON form."""
        return {
            "since": self.since.isoformat(),
            "days": self.days,
            "conversations": self.conversations,
        }


@dataclass
class Stats:
    """Everything `grow stats` shows."""

    period: Period
    people: list[PersonStats]
    conversations: int
    checkins: int
    topics: list[str]
    tags: list[str]
    development_people: int
    flags: list[Flag]
    weekly: list[Week] = field(default_factory=list)
    public_topics: list[str] = field(default_factory=list)  # topics of no career conversation
    career_conversations: int = 0  # coaching notes of focus career in the period

    def team_ratings(self) -> dict[str, Any]:
        """Every rating the reports gave in the period: how many, and their mean."""
        scores = [score for person in self.people for score in person.ratings]
        mean = round(sum(scores) / len(scores), 2) if scores else None
        return {"count": len(scores), "mean": mean}

    def team_threads(self) -> ThreadCounts:
        """Every person's threads counted together."""
        team = ThreadCounts()
        for person in self.people:
            team.add(person.threads)
        return team

    @property
    def weeks(self) -> float:
        """The period in weeks."""
        return self.period.days / 7

    @property
    def per_week(self) -> float:
        """Conversations per week, to two decimals."""
        return round(self.conversations / self.weeks, 2)

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON form: period, people, team, flags."""
        return {
            "period": {
                "since": self.period.since.isoformat(),
                "until": self.period.until.isoformat(),
                "days": self.period.days,
            },
            "people": [p.to_dict() for p in self.people],
            "team": {
                "people": len(self.people),
                "conversations": self.conversations,
                "checkins": self.checkins,
                "conversations_per_week": self.per_week,
                "distinct_topics": len(self.topics),
                "distinct_tags": len(self.tags),
                "topics": self.topics,
                "tags": self.tags,
                "mean_share": round(1 / len(self.people), 3) if self.people else 0.0,
                "people_with_development": self.development_people,
                "threads": self.team_threads().to_dict(),
                "ratings": self.team_ratings(),
                "weekly": [week.to_dict() for week in self.weekly],
            },
            "flags": [f.to_dict() for f in self.flags],
        }


def compute(people: Mapping[str, PersonFacts], period: Period, today: dt.date) -> Stats:
    """The stats for `period` from each person's facts for it (domain/stats_facts.py: slug to
    facts).

    Everyone with a profile is counted, and anyone else with a note in the period.
    """
    counted = [facts for facts in people.values() if facts.profile is not None or facts.notes]
    rows = [_person(facts, period, today) for facts in counted]
    rows.sort(key=lambda p: (p.name.casefold(), p.slug))
    total = sum(p.conversations for p in rows)
    for row in rows:
        row.share = round(row.conversations / total, 3) if total else 0.0
    # Oldest first, as the ledger orders notes; the slug settles a tie between two people's
    # notes (the first spelling of a topic is the one shown).
    in_period = [
        note
        for _, note in sorted(
            ((facts.slug, note) for facts in people.values() for note in facts.notes),
            key=lambda pair: (note_order_key(pair[1].date, pair[1].id), pair[0]),
        )
    ]
    career = [n for n in in_period if n.kind == "coaching" and n.focus == "career"]
    tags = distinct(tag for n in in_period for tag in n.tags)
    return Stats(
        period,
        rows,
        total,
        sum(p.checkins for p in rows),
        distinct(n.topic for n in in_period),
        tags,
        sum(1 for p in rows if p.focus["development"]),
        stats_flags.flags(rows, people, today),
        weekly(period, [n.date for n in in_period if n.kind in COACHING_KINDS]),
        distinct_except((n.topic for n in in_period), (n.topic for n in career)),
        len(career),
    )


def weekly(period: Period, days: list[dt.date]) -> list[Week]:
    """The conversations on `days` in weeks of 7 days from the period's start (the last week
    ends with the period, so it may be shorter)."""
    weeks = []
    for offset in range(0, period.days, WEEK):
        since = period.since + dt.timedelta(days=offset)
        length = min(WEEK, period.days - offset)
        until = since + dt.timedelta(days=length - 1)
        weeks.append(Week(since, length, sum(1 for day in days if since <= day <= until)))
    return weeks


def _person(facts: PersonFacts, period: Period, today: dt.date) -> PersonStats:
    cadence = facts.cadence_days
    row = PersonStats(facts.slug, facts.name, cadence)
    for note in facts.notes:
        if note.kind in COACHING_KINDS:
            row.conversations += 1
        if note.kind == "checkin":
            row.checkins += 1
        if note.kind in KEPT:
            row.kept += 1
        if note.kind == "coaching":
            row.focus[note.focus or "unset"] += 1
        if note.rating is not None:
            row.ratings.append(note.rating)
    last = facts.last_meeting
    row.days_since_last = None if last is None else (period.until - last).days
    row.days_counted = _days_coached(period, facts)
    row.expected = row.days_counted // cadence
    # grow due's next check-in and its notion of missed: the same two domain functions.
    row.next_checkin = facts.next_checkin
    row.checkin_days_missed = (
        0 if row.next_checkin is None else days_missed(row.next_checkin, today)
    )
    row.threads = _thread_counts(facts, period)
    for item in facts.items:
        if item.type != "action" or item.note_date not in period:
            continue
        row.actions_agreed += 1
        row.actions_overdue += item.overdue(today)
    row.actions_agreed += len(facts.closed_actions)
    row.actions_done = facts.closed_actions.count("done")
    return row


def _days_coached(period: Period, facts: PersonFacts) -> int:
    """The person's span: the days of the period they were on the team, from their start (the
    profile's `started`, else their first note) when that is later than the period's start."""
    first = facts.started or facts.first_note
    since = max(period.since, first) if first is not None else period.since
    return max((period.until - since).days + 1, 0)


def _thread_counts(facts: PersonFacts, period: Period) -> ThreadCounts:
    counts = ThreadCounts()
    for thread in facts.threads:
        if thread.opened_on in period:
            counts.opened += 1
        if thread.closed_on is not None and thread.closed_on in period:
            counts.closed += 1
            counts.outcomes[thread.status] = counts.outcomes.get(thread.status, 0) + 1
        opened_by_end = thread.opened_on <= period.until
        closed_by_end = thread.closed_on is not None and thread.closed_on <= period.until
        if opened_by_end and not closed_by_end and thread.status != ENDED:
            counts.active += 1
    return counts
