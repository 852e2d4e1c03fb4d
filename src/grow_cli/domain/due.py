"""What is due: open items due within a window or overdue, and check-ins due or missed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from grow_cli.domain.ledger import Ledger, Rhythm

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

    @classmethod
    def of(cls, ledger: Ledger, rhythms: Mapping[str, Rhythm], names: Mapping[str, str]) -> DueView:
        """The view of a read folder: its ledger, each person's rhythm and display name."""
        items = tuple(
            DueItem(item.type, item.person, item.id, item.text, item.due, item.status, item.mine)
            for item in ledger.items
            if item.open and item.due is not None
        )
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
        return cls(items, checkins, dict(names), goals)

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
        return cls(items, checkins, names, {str(k): str(v) for k, v in data["goals"].items()})

    def name_of(self, slug: str) -> str:
        """A person's display name (their slug when they have no profile)."""
        return self.names.get(slug, slug)


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
        missed = when < today
        entries.append(
            DueEntry(
                "checkin",
                slug,
                f"{slug}#checkin",
                f"Check-in with {view.name_of(slug)}"
                + (f": {view.goals[slug]}" if slug in view.goals else ""),
                when,
                "missed" if missed else "due",
                False,
                missed,
                (today - when).days if missed else 0,
            )
        )
    return sorted(entries, key=lambda e: (not e.overdue, e.due, e.person or "", e.id))
