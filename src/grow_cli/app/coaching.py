"""The plan of a coaching conversation or an SBI record: who it is about, the goals they are
already followed on (so it can continue one), and the thread an answers file may name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from grow_cli.app import people, records
from grow_cli.app.agenda import open_points_of
from grow_cli.app.conversation import Plan
from grow_cli.app.session import Subject
from grow_cli.env import Environment

if TYPE_CHECKING:
    from grow_cli.domain.vocabulary import Kind
    from grow_cli.flows.model import Flow


def coaching_plan(env: Environment, kind: Kind, who: str | None) -> Plan:
    """The conversation (`coaching`) or SBI record (`feedback`) with one person (None: chosen
    at the terminal)."""
    locations = records.locations(env)

    def subject(may_ask: bool) -> Subject:
        found = people.subject_for(locations, kind, who, offer_to_add=may_ask)
        read = records.load(locations)
        threads = read.ledger.threads_of(found.slug)
        coaching = kind == "coaching" and found.slug is not None
        points = tuple(open_points_of(read, str(found.slug))) if coaching else ()
        return Subject(
            kind,
            found.slug,
            found.name,
            found.cadence_days,
            threads={t.id: t for t in threads},
            style=found.style,
            talking_points=points,
        )

    def flow(subject: Subject) -> Flow:
        from grow_cli.flows.coach import coach_flow, feedback_flow

        active = [thread for thread in subject.threads.values() if thread.open]
        if kind == "coaching":
            return coach_flow(active, subject.talking_points)
        return feedback_flow(active)

    return Plan(subject=subject, flow=flow, check=thread_known)


def thread_known(subject: Subject, answers: dict[str, Any]) -> list[str]:
    """An answers file's `thread` must be one of the person's threads."""
    named = answers.get("thread")
    if named in (None, "") or named in subject.threads:
        return []
    known = ", ".join(sorted(subject.threads)) or "none yet"
    return [
        f"thread: {named!r} is not one of {subject.name}'s threads ({known}); see them with "
        f"'grow goals {subject.slug}', or leave 'thread' out to open a new one"
    ]
