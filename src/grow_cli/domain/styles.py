"""How a person likes to be coached (person.toml `style`), read as one of three styles: what the
conversation's hints and the prep sheet's questions then stress. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from grow_cli.domain.vocabulary import STYLES, Style

STYLE_WORDS: Final[Mapping[Style, tuple[str, ...]]] = {
    "high-autonomy": ("autonom", "independen", "self-direct", "freedom", "own way"),
    "collaboration-oriented": ("collaborat", "team", "together", "people", "social"),
    "detail-focused": ("detail", "structure", "precise", "numbers", "exact", "step"),
}
# What the prep sheet asks for each style: outcomes and obstacles; who else is involved; the exact
# numbers and steps.
PREP_QUESTIONS: Final[Mapping[Style, str]] = {
    "high-autonomy": "What outcome do you want by next time, and what is in your way?",
    "collaboration-oriented": "Who else is involved in this, and who could help?",
    "detail-focused": "What exactly will you do, in which steps, and which number will show it?",
}
SUMMARY: Final[Mapping[Style, str]] = {
    "high-autonomy": "agree outcomes, leave the method to them, remove obstacles",
    "collaboration-oriented": "talk about the team around them and who else is involved",
    "detail-focused": "bring exact numbers, dates and steps; vague feedback frustrates them",
}


def style_of(text: str) -> Style | None:
    """Which of the three coaching styles a person's `style` words name, if any."""
    low = text.strip().lower()
    if low in STYLES:
        return low
    for style, words in STYLE_WORDS.items():
        if any(word in low for word in words):
            return style
    return None
