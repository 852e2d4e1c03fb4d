"""What is due: open items due within a window or overdue, and check-ins due or missed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from grow_cli.domain.ledger import Ledger, Rhythm

DueType = Literal["action", "support", "checkin"]


@dataclass(frozen=True)
class DueEntry:
    """One thing that is due. Check-ins have status 'due', or 'missed' once their day has passed."""

    type: DueType
    person: str | None
    id: str
    text: str
    due: dt.date
    status: str
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


def due_entries(
    ledger: Ledger,
    rhythms: Mapping[str, Rhythm],
    names: Mapping[str, str],
    *,
    today: dt.date,
    within_days: int,
) -> list[DueEntry]:
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
            item.overdue(today),
            item.days_overdue(today),
        )
        for item in ledger.items
        if item.open and item.due is not None and item.due <= horizon
    ]
    for slug, person_rhythm in rhythms.items():
        when = person_rhythm.next_checkin
        if when is None or when > horizon:
            continue
        missed = when < today
        entries.append(
            DueEntry(
                "checkin",
                slug,
                f"{slug}#checkin",
                f"Check-in with {names.get(slug, slug)}",
                when,
                "missed" if missed else "due",
                missed,
                (today - when).days if missed else 0,
            )
        )
    return sorted(entries, key=lambda e: (not e.overdue, e.due, e.person or "", e.id))
