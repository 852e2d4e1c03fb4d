"""What a sync commit says: from the paths that changed, never from what the notes hold.

"grow: coaching with alex-kim (2026-12-03); person sam-lee edited". Only file names and person
slugs appear, so a remote's history says no more about anyone than its file list does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

SUBJECT_PARTS = 5  # past these, "and N more"
_NOTE = re.compile(
    r"people/(?P<slug>[^/]+)/(?P<date>\d{4}-\d{2}-\d{2})-(?P<kind>[a-z]+)"
    r"(?:-[a-z0-9]{4})?(?:-\d+)?\.md"
)
_JOURNAL = re.compile(r"journal/(?P<date>\d{4}-\d{2}-\d{2})-journal(?:-[a-z0-9]{4})?(?:-\d+)?\.md")
_PROFILE = re.compile(r"people/(?P<slug>[^/]+)/person\.toml")
_VERBS = {"A": "added", "M": "edited", "D": "removed", "T": "edited"}


@dataclass(frozen=True)
class Change:
    """One path in a commit: git's status letter (A, M, D ...) and the path."""

    status: str
    path: str


def describe(change: Change) -> str:
    """A few words for one changed file."""
    verb = _VERBS.get(change.status[:1], "changed")
    if match := _NOTE.fullmatch(change.path):
        words = f"{match['kind']} with {match['slug']} ({match['date']})"
        return words if verb == "added" else f"{words} {verb}"
    if match := _JOURNAL.fullmatch(change.path):
        words = f"journal ({match['date']})"
        return words if verb == "added" else f"{words} {verb}"
    if match := _PROFILE.fullmatch(change.path):
        return f"person {match['slug']} {verb}"
    return f"{change.path} {verb}"


def commit_subject(changes: Sequence[Change]) -> str:
    """The commit's first line: what changed, the first few named, then how many more."""
    parts = list(dict.fromkeys(describe(change) for change in changes))
    if not parts:
        return "grow: no change"
    shown = parts[:SUBJECT_PARTS]
    rest = len(parts) - len(shown)
    more = f"; and {rest} more" if rest else ""
    return "grow: " + "; ".join(shown) + more


def commit_body(changes: Sequence[Change]) -> str:
    """The commit's body: every file, one per line, with its status letter."""
    return "\n".join(f"{change.status[:1]} {change.path}" for change in changes)
