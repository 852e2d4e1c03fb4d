"""What `grow stats` flags as worth a look: how coaching is spread, and what kind of coaching it
is. Pure: computed from the per-person numbers and facts (domain/stats_facts.py) stats has.

Each flag has a stable `kind`, the person it is about (their slug; None for the team), one plain
sentence for the manager, and details for programs. The kinds (the README's "How coaching is
going" section says the same in words):

- "never_coached": a person with no conversation (coaching or feedback note) in the period,
  once a check-in at least was expected from them (someone who joined less than a cadence ago
  is not flagged yet).
- "far_below": a person whose share of the conversations is under half their fair share: the
  mean share (1 / the number of people) when everyone was on the team the whole period, else
  their span's part of everyone's spans (a person there half the period has half the share).
- "development_narrow": development coaching reached fewer than half the people.
- "concentrated": a person whose share of the period's conversations is over twice the mean
  share (exactly twice is not over), once the team had at least MIN_CONVERSATIONS of them.
- "mostly_corrective": over CORRECTIVE_SHARE of the period's coaching notes that name a focus
  are performance coaching, with at least MIN_CONVERSATIONS such notes.
- "no_development": a person with no open performance goal (thread) today, on the team for at
  least DEVELOPMENT_DAYS (from their `started` date, else their first note), whose latest
  coaching note of focus development or career is more than DEVELOPMENT_DAYS before today, or
  who never had one.
- "support_blocking": a support item still to do and past its due date today, in the same thread
  or the same note as an action of the report's that is still to do.
- "checkin_missed": a person whose next check-in (grow due's date) is past today: `grow due`
  lists it as missed.

Archived people (a profile with `archived` set) are left out of concentrated, mostly_corrective,
no_development, support_blocking and checkin_missed; the app passes only current people anyway.
The period sets the window of every flag but no_development, support_blocking and
checkin_missed, which are about today, as overdue actions are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from grow_cli.domain.vocabulary import FOCUSES

if TYPE_CHECKING:
    from grow_cli.domain.ledger import Item
    from grow_cli.domain.stats import PersonStats
    from grow_cli.domain.stats_facts import PersonFacts

MIN_CONVERSATIONS = 5  # below this, one conversation more or less swings a share too far
CORRECTIVE_SHARE = Fraction(3, 5)  # "mostly corrective": over 3 in 5 are performance coaching
DEVELOPMENT_DAYS = 60
QUOTED_CHARACTERS = 60  # an item's text is cut to about this many characters in a message
NAMED_ACTIONS = 2  # the actions a message names before "and N more"


@dataclass(frozen=True)
class Flag:
    """Something about how coaching goes that deserves a look."""

    kind: str
    person: str | None
    message: str
    details: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON form: kind, person, message, then the flag's own details."""
        return {"kind": self.kind, "person": self.person, "message": self.message, **self.details}


def flags(
    rows: Sequence[PersonStats], people: Mapping[str, PersonFacts], today: dt.date
) -> list[Flag]:
    """Every flag, in a stable order: the spread flags of each person (in the rows' order) and
    of the team, then concentrated, mostly_corrective, no_development, support_blocking and
    checkin_missed.

    `rows` are the period's numbers per person; `people` maps slug to everything the stats read
    about them (domain/stats_facts.py).
    """
    found = _spread(rows)
    current = [row for row in rows if not _archived(people.get(row.slug))]
    found += concentrated(current)
    found += mostly_corrective(current)
    for row in current:
        found += no_development(people[row.slug], today)
    for row in current:
        found += support_blocking(people[row.slug], today)
    found += checkin_missed(current)
    return found


def _spread(rows: Sequence[PersonStats]) -> list[Flag]:
    """never_coached, far_below and development_narrow, as grow stats has always flagged them."""
    found: list[Flag] = []
    if not rows:
        return found
    total = sum(row.conversations for row in rows)
    developed = sum(1 for row in rows if row.focus["development"])
    mean = 1 / len(rows)
    spans = sum(row.days_counted for row in rows)
    whole = max(row.days_counted for row in rows)
    even = not spans or all(row.days_counted == whole for row in rows)
    for row in rows:
        if row.conversations == 0:
            if row.expected or not spans:  # nothing due yet from someone new: not flagged
                found.append(
                    Flag(
                        "never_coached", row.slug, f"{row.name} had no conversation in the period."
                    )
                )
            continue
        fair = mean if even else row.days_counted / spans
        if total and row.conversations / total < fair / 2:
            found.append(Flag("far_below", row.slug, _far_below(row, total, fair, even)))
    if developed and developed < len(rows) / 2:
        found.append(
            Flag(
                "development_narrow",
                None,
                f"Development coaching reached {developed} of {len(rows)} people.",
            )
        )
    return found


def _far_below(row: PersonStats, total: int, fair: float, even: bool) -> str:
    """far_below's sentence: against the mean share, or their fair share for their span."""
    share = f"{row.name} had {row.conversations / total:.1%} of the conversations, under half"
    if even:
        return f"{share} the mean share ({fair:.1%})."
    return (
        f"{share} their fair share ({fair:.1%}: the mean share, weighed by the days each person "
        "was on the team in the period)."
    )


def checkin_missed(rows: Sequence[PersonStats]) -> list[Flag]:
    """Each person whose next check-in is missed: its day passed with no meeting since (grow
    due's rule, which set row.next_checkin and row.checkin_days_missed)."""
    found = []
    for row in rows:
        if row.next_checkin is None or not row.checkin_days_missed:
            continue
        days = row.checkin_days_missed
        found.append(
            Flag(
                "checkin_missed",
                row.slug,
                f"Your check-in with {row.name} was due on {row.next_checkin.isoformat()} "
                f"({_count(days, 'day')} ago) and has not happened: when can you meet?",
                {"next_checkin": row.next_checkin.isoformat(), "days_missed": days},
            )
        )
    return found


def concentrated(rows: Sequence[PersonStats]) -> list[Flag]:
    """Each person with over twice the mean share of the conversations (the mean share is one
    divided by the number of people), once there were MIN_CONVERSATIONS conversations."""
    total = sum(row.conversations for row in rows)
    if not rows or total < MIN_CONVERSATIONS:
        return []
    people = len(rows)
    mean = 1 / people
    found = []
    for row in rows:
        # share > 2 * mean, in whole numbers: conversations / total > 2 / people.
        if row.conversations * people <= 2 * total:
            continue
        share = row.conversations / total
        found.append(
            Flag(
                "concentrated",
                row.slug,
                f"{row.name} had {row.conversations} of {total} conversations ({share:.0%}), "
                f"over twice the mean share of {mean:.0%}: who else needs your time?",
                {
                    "conversations": row.conversations,
                    "total": total,
                    "share": round(share, 3),
                    "mean_share": round(mean, 3),
                },
            )
        )
    return found


def mostly_corrective(rows: Sequence[PersonStats]) -> list[Flag]:
    """The team's coaching notes that name a focus: over CORRECTIVE_SHARE of them performance
    coaching, with at least MIN_CONVERSATIONS of them."""
    named = sum(row.focus[focus] for row in rows for focus in FOCUSES)
    performance = sum(row.focus["performance"] for row in rows)
    if named < MIN_CONVERSATIONS or performance <= CORRECTIVE_SHARE * named:
        return []
    share = performance / named
    return [
        Flag(
            "mostly_corrective",
            None,
            f"{performance} of your {named} coaching conversations ({share:.0%}) were "
            "performance coaching, so most of your coaching is corrective: who would gain from "
            "a development conversation?",
            {
                "performance": performance,
                "total": named,
                "share": round(share, 3),
                "threshold": float(CORRECTIVE_SHARE),
            },
        )
    ]


def no_development(facts: PersonFacts, today: dt.date) -> list[Flag]:
    """The person, when they have no open performance goal, have been on the team for at least
    DEVELOPMENT_DAYS, and had no development or career coaching in the last DEVELOPMENT_DAYS."""
    if _archived(facts):
        return []
    slug, name = facts.slug, facts.name
    if any(thread.open and thread.focus == "performance" for thread in facts.threads):
        return []
    since = facts.started or facts.first_until_today
    if since is None or (today - since).days < DEVELOPMENT_DAYS:
        return []
    last = facts.last_growing
    if last is not None and (today - last).days <= DEVELOPMENT_DAYS:
        return []
    question = "and they have no open performance goal: what would help them grow next?"
    if last is None:
        days = (today - since).days
        message = (
            f"You have had no development or career conversation with {name} in the {days} "
            f"days since they started, {question}"
        )
    else:
        days = (today - last).days
        message = (
            f"Your last development or career conversation with {name} was {days} days ago "
            f"({last.isoformat()}), {question}"
        )
    return [
        Flag(
            "no_development",
            slug,
            message,
            {
                "last_development": None if last is None else last.isoformat(),
                "days_since": None if last is None else days,
                "on_team_since": since.isoformat(),
                "window_days": DEVELOPMENT_DAYS,
            },
        )
    ]


def support_blocking(facts: PersonFacts, today: dt.date) -> list[Flag]:
    """Each support item of the person's still to do and past due, in the same thread or note
    as an action of theirs still to do; the actions named, in the order they were agreed."""
    slug, name, items = facts.slug, facts.name, facts.items
    waiting = [i for i in items if i.type == "action" and i.owner == "report" and i.open]
    by_note: dict[str, list[Item]] = {}
    by_thread: dict[str, list[Item]] = {}
    for action in waiting:
        by_note.setdefault(action.note_id, []).append(action)
        if action.thread is not None:
            by_thread.setdefault(action.thread, []).append(action)
    late = [i for i in items if i.type == "support" and i.overdue(today)]
    late.sort(key=lambda item: (item.due or today, item.id))
    found = []
    for support in late:
        linked = {a.id: a for a in by_note.get(support.note_id, ())}
        if support.thread is not None:
            linked.update({a.id: a for a in by_thread.get(support.thread, ())})
        if not linked:
            continue
        actions = [a for a in waiting if a.id in linked]
        days = support.days_overdue(today)
        same_note = all(action.note_id == support.note_id for action in actions)
        where = "from the same conversation" if same_note else "for the same goal"
        found.append(
            Flag(
                "support_blocking",
                slug,
                f"Your support for {name}, {_quote(support.text)}, was due on "
                f"{_iso(support.due)} ({_count(days, 'day')} late), and {_their(actions)} "
                f"still open {where}: can you give it now, or agree a new date with them?",
                {
                    "support": {
                        "id": support.id,
                        "text": support.text,
                        "due": _iso(support.due),
                        "days_overdue": days,
                    },
                    "actions": [
                        {"id": a.id, "text": a.text, "due": _iso(a.due), "status": a.status}
                        for a in actions
                    ],
                    "thread": support.thread,
                },
            )
        )
    return found


def _archived(facts: PersonFacts | None) -> bool:
    return facts is not None and facts.profile is not None and facts.profile.archived


def _their(actions: Sequence[Item]) -> str:
    """'their action "X" is', 'their actions "X" and "Y" are', '... "X", "Y" and 2 more are'."""
    named = [_quote(action.text) for action in actions[:NAMED_ACTIONS]]
    rest = len(actions) - len(named)
    if len(actions) == 1:
        return f"their action {named[0]} is"
    listed = f"{', '.join(named)} and {rest} more" if rest else " and ".join(named)
    return f"their actions {listed} are"


def _quote(text: str) -> str:
    """An item's text on one line, cut at a word near QUOTED_CHARACTERS, in quotes."""
    words = " ".join(text.split())
    if len(words) > QUOTED_CHARACTERS:
        cut = words[:QUOTED_CHARACTERS].rsplit(" ", 1)[0] or words[:QUOTED_CHARACTERS]
        words = cut.rstrip(" ,;:.") + "…"
    return f'"{words}"'


def _count(number: int, noun: str) -> str:
    """'1 day', '3 days'."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()
