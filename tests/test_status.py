"""Current status of items, folded from updates (by the ledger: one place for the rule)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from hypothesis import given
from hypothesis import strategies as st

from grow_cli.domain.ledger import Ledger
from grow_cli.domain.models import Note
from grow_cli.domain.vocabulary import STATUSES, is_open


def NoteStatusRecord(
    note_date: dt.date,
    note_id: str,
    items: Iterable[tuple[str, str]] = (),
    updates: Iterable[tuple[str, str]] = (),
) -> Note:
    """A note holding these items (id, own status) and these updates (ref, status)."""
    return Note.model_validate(
        {
            "kind": "checkin",
            "date": note_date,
            "person": "a",
            "id": note_id,
            "actions": [{"text": "t", "id": item, "status": own} for item, own in items],
            "updates": [{"ref": ref, "status": status} for ref, status in updates],
        }
    )


def current_statuses(notes: Iterable[Note]) -> dict[str, str]:
    """Every item's current status, as the ledger folds it."""
    return {item.id: item.status for item in Ledger.build(notes).items}


def test_own_status_without_updates() -> None:
    record = NoteStatusRecord(dt.date(2026, 11, 1), "a/1", items=[("a/1#a1", "open")])
    assert current_statuses([record]) == {"a/1#a1": "open"}


def test_latest_update_wins_by_date_then_order() -> None:
    base = NoteStatusRecord(dt.date(2026, 11, 1), "a/2026-11-01-coaching", items=[("x", "open")])
    later = NoteStatusRecord(
        dt.date(2026, 11, 15), "a/2026-11-15-checkin", updates=[("x", "blocked"), ("x", "done")]
    )
    earlier = NoteStatusRecord(
        dt.date(2026, 11, 8), "a/2026-11-08-checkin", updates=[("x", "dropped")]
    )
    assert current_statuses([later, base, earlier]) == {"x": "done"}


def test_same_day_notes_order_by_number_not_text() -> None:
    day = dt.date(2026, 11, 8)
    base = NoteStatusRecord(dt.date(2026, 11, 1), "a/2026-11-01-coaching", items=[("x", "open")])
    second = NoteStatusRecord(day, "a/2026-11-08-checkin-2", updates=[("x", "progress")])
    tenth = NoteStatusRecord(day, "a/2026-11-08-checkin-10", updates=[("x", "done")])
    assert current_statuses([tenth, second, base]) == {"x": "done"}


@given(st.lists(st.sampled_from(STATUSES), min_size=1, max_size=12), st.randoms())
def test_any_chain_of_checkins_ends_in_the_last_update(chain: list[str], rnd) -> None:  # type: ignore[no-untyped-def]
    start = dt.date(2026, 1, 1)
    records = [NoteStatusRecord(start, "p/2026-01-01-coaching", items=[("x", "open")])]
    records += [
        NoteStatusRecord(
            start + dt.timedelta(days=7 * (i + 1)), f"p/checkin-{i}", updates=[("x", s)]
        )
        for i, s in enumerate(chain)
    ]
    rnd.shuffle(records)
    assert current_statuses(records)["x"] == chain[-1]


def test_open_means_still_to_do() -> None:
    assert [s for s in STATUSES if is_open(s)] == ["open", "progress", "blocked"]
