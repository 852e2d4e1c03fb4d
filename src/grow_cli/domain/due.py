"""What is due: open items due within a window or overdue, and check-ins due or missed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from grow_cli.domain.ledger import Item, Ledger, Rhythm

DueType = Literal["action", "support", "checkin"]


@dataclass(frozen=True)
class DueItem:
    """An open action or support item with a due date, as `grow due` needs it."""

    type: DueType
    person: str | None
    id: str
    text: str
    due: dt.date
    status: str
    mine: bool  # the manager's own to do: support, or an action the manager owns


@dataclass(frozen=True)
class DueEntry(DueItem):
    """One thing that is due. Check-ins have status 'due', or 'missed' once their day has passed."""

    overdue: bool
    days_overdue: int

    def to_dict(self) -> dict[str, Any]:
        """design.md's JSON object for `grow due --json`."""
        return {
            "type": self.type,
            "person": self.person,
            "id": self.id,
            "text": self.text,
            "due": self.due.isoformat(),
            "status": self.status,
            "overdue": self.overdue,
            "days_overdue": self.days_overdue,
        }


@dataclass(frozen=True)
class DueView:
    """What `grow due` needs from the whole folder, whatever the day: the open dated items,
    each person's next check-in, and their names. Small enough to keep in the index."""

    items: tuple[DueItem, ...]
    checkins: dict[str, dt.date]
    names: dict[str, str]
    goals: dict[str, str] = field(default_factory=dict)  # slug: the goal whose check-in it is
    reviews: tuple[DueItem, ...] = ()  # your own career entry's date to look at it again

    @classmethod
    def of(cls, ledger: Ledger, rhythms: Mapping[str, Rhythm], names: Mapping[str, str]) -> DueView:
        """The view of a read folder: its ledger, each person's rhythm and display name."""
        items = tuple(due for item in ledger.items if (due := due_item(item)) is not None)
        checkins = {
            slug: rhythm.next_checkin
            for slug, rhythm in rhythms.items()
            if rhythm.next_checkin is not None
        }
        goals = {
            slug: thread.label
            for slug, rhythm in rhythms.items()
            for thread, when in rhythm.threads
            if when == rhythm.next_checkin
        }
        return cls(items, checkins, dict(names), goals, _career_review(ledger))

    def to_json(self) -> dict[str, Any]:
        """Plain JSON values (dates as ISO strings)."""
        return {
            "items": [
                [i.type, i.person, i.id, i.text, i.due.isoformat(), i.status, i.mine]
                for i in self.items
            ],
            "checkins": {slug: when.isoformat() for slug, when in self.checkins.items()},
            "names": self.names,
            "goals": self.goals,
            "reviews": [[r.id, r.text, r.due.isoformat()] for r in self.reviews],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DueView:
        """The view to_json gave. Raises ValueError, KeyError or TypeError on anything else."""
        items = tuple(
            DueItem(kind, person, item_id, text, dt.date.fromisoformat(due), status, bool(mine))
            for kind, person, item_id, text, due, status, mine in data["items"]
        )
        checkins = {
            str(slug): dt.date.fromisoformat(when) for slug, when in data["checkins"].items()
        }
        names = {str(k): str(v) for k, v in data["names"].items()}
        goals = {str(k): str(v) for k, v in data["goals"].items()}
        reviews = tuple(
            DueItem("checkin", None, str(i), str(t), dt.date.fromisoformat(d), "due", False)
            for i, t, d in data["reviews"]
        )
        return cls(items, checkins, names, goals, reviews)

    def name_of(self, slug: str) -> str:
        """A person's display name (their slug when they have no profile)."""
        return self.names.get(slug, slug)


def due_item(item: Item) -> DueItem | None:
    """An item as `grow due` keeps it: only while it is open and has a due date."""
    if not item.open or item.due is None:
        return None
    return DueItem(item.type, item.person, item.id, item.text, item.due, item.status, item.mine)


def _career_review(ledger: Ledger) -> tuple[DueItem, ...]:
    """The date your latest career entry set to look at your direction again."""
    entries = [n for n in ledger.notes_of(None) if n.career is not None]
    latest = entries[-1] if entries else None
    if latest is None or latest.career is None or latest.career.review_on is None:
        return ()
    direction = " ".join(latest.career.direction.split()) or "your direction"
    text = f"Look again at your career direction: {direction}"
    when = latest.career.review_on
    return (DueItem("checkin", None, f"{latest.id}#review", text, when, "due", False),)


def days_missed(when: dt.date, today: dt.date) -> int:
    """How many days a check-in due on `when` is missed by today: 0 while its day has not passed
    (a check-in due today is due, not missed). `grow due` and `grow stats` both ask this."""
    return max((today - when).days, 0)


def due_entries(view: DueView, *, today: dt.date, within_days: int) -> list[DueEntry]:
    """Everything due by today + within_days, overdue first (most overdue first), then by date."""
    horizon = today + dt.timedelta(days=within_days)
    entries = [
        DueEntry(
            item.type,
            item.person,
            item.id,
            item.text,
            item.due,
            item.status,
            item.mine,
            item.due < today,
            max((today - item.due).days, 0),
        )
        for item in view.items
        if item.due <= horizon
    ]
    for slug, when in view.checkins.items():
        if when > horizon:
            continue
        late = days_missed(when, today)
        entries.append(
            DueEntry(
                "checkin",
                slug,
                f"{slug}#checkin",
                f"Check-in with {view.name_of(slug)}"
                + (f": {view.goals[slug]}" if slug in view.goals else ""),
                when,
                "missed" if late else "due",
                False,
                late > 0,
                late,
            )
        )
    for review in view.reviews:
        if review.due > horizon:
            continue
        late = days_missed(review.due, today)
        entries.append(
            DueEntry(
                review.type,
                None,
                review.id,
                review.text,
                review.due,
                "missed" if late else "due",
                False,
                late > 0,
                late,
            )
        )
    return sorted(entries, key=lambda e: (not e.overdue, e.due, e.person or "", e.id))
