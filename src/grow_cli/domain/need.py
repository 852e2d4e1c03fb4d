"""Who needs you most: the order of people in `grow report` (the README's "How coaching is
going" section says the same in words). Pure: read from the numbers of domain/stats.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grow_cli.domain.stats import PersonStats


def need_key(person: PersonStats) -> tuple[int, int, float, str, str]:
    """The report's order of people, who needs you most first: the most days their check-in is
    missed (grow due's rule), then the most check-ins short of those expected (expected - kept),
    then the fewest conversations for each check-in expected (nobody expected yet comes last),
    then by name."""
    short = max(person.expected - person.kept, 0)
    ratio = person.conversations / person.expected if person.expected else float("inf")
    return (-person.checkin_days_missed, -short, ratio, person.name.casefold(), person.slug)


def by_need(people: list[PersonStats]) -> list[PersonStats]:
    """The people sorted by need_key."""
    return sorted(people, key=need_key)
