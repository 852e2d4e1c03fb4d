"""The ledger: current status after chains of check-ins, and each person's rhythm."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given
from hypothesis import strategies as st

from grow_cli.domain.ledger import Ledger, rhythm
from grow_cli.domain.models import Note
from grow_cli.domain.vocabulary import STATUSES

START = dt.date(2026, 1, 5)


def coaching(day: dt.date = START, **extra: object) -> Note:
    return Note.model_validate(
        {
            "kind": "coaching",
            "date": day,
            "person": "alex",
            "id": f"alex/{day}-coaching",
            "actions": [{"id": "alex/a1", "text": "A"}, {"id": "alex/a2", "text": "B"}],
            "support": [{"id": "alex/s1", "text": "S"}],
            **extra,
        }
    )


def checkin(day: dt.date, updates: list[tuple[str, str]], number: int = 0) -> Note:
    return Note.model_validate(
        {
            "kind": "checkin",
            "date": day,
            "person": "alex",
            "id": f"alex/{day}-checkin" + (f"-{number}" if number else ""),
            "updates": [{"ref": ref, "status": status} for ref, status in updates],
        }
    )


@given(
    chain=st.lists(
        st.tuples(
            st.sampled_from(["alex/a1", "alex/a2", "alex/s1"]),
            st.sampled_from(STATUSES),
            st.integers(0, 3),
        ),
        max_size=15,
    ),
    seed=st.integers(0, 1000),
)
def test_any_chain_of_check_ins_leaves_each_item_at_its_latest_update(
    chain: list[tuple[str, str, int]], seed: int
) -> None:
    notes = [coaching()]
    expected = {"alex/a1": "open", "alex/a2": "open", "alex/s1": "open"}
    day = START
    for number, (ref, status, gap) in enumerate(chain):
        day += dt.timedelta(days=gap)  # several check-ins may share a day
        notes.append(checkin(day, [(ref, status)], number + 1))
        expected[ref] = status
    random.Random(seed).shuffle(notes)  # reading order must not matter
    ledger = Ledger.build(notes)
    assert {item.id: item.status for item in ledger.items} == expected


def test_history_overdue_and_closing_date() -> None:
    notes = [
        coaching(actions=[{"id": "alex/a1", "text": "A", "due": START}]),
        checkin(START + dt.timedelta(days=7), [("alex/a1", "blocked")]),
        checkin(START + dt.timedelta(days=14), [("alex/a1", "done")]),
    ]
    item = Ledger.build(notes).item("alex/a1")
    assert item is not None
    assert [change.status for change in item.history] == ["blocked", "done"]
    assert item.closed_on() == START + dt.timedelta(days=14)
    assert not item.overdue(START + dt.timedelta(days=30))


def test_next_checkin_is_the_latest_agreed_date_else_last_plus_cadence() -> None:
    first = coaching(next_checkin=START + dt.timedelta(days=10))
    later = checkin(START + dt.timedelta(days=10), [])
    assert rhythm([first], 7).next_checkin == START + dt.timedelta(days=10)
    assert rhythm([first, later], 7).next_checkin == START + dt.timedelta(days=10)
    assert rhythm([checkin(START, [])], 14).next_checkin == START + dt.timedelta(days=14)
    assert rhythm([], 7).next_checkin is None
