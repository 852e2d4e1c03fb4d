"""SBI feedback: notice when a 'behavior' judges the person instead of saying what was seen."""

from __future__ import annotations

import re

# Words that label the person instead of describing what they did.
_JUDGEMENTS = (
    "lazy",
    "sloppy",
    "careless",
    "unprofessional",
    "rude",
    "arrogant",
    "incompetent",
    "unreliable",
    "disrespectful",
    "difficult",
    "negative",
    "selfish",
    "clueless",
    "useless",
    "bad attitude",
    "attitude",
    "not a team player",
    "not pulling",
    "pulling your weight",
    "doesn't care",
    "does not care",
    "don't care",
    "no initiative",
    "lacks initiative",
    "not committed",
    "not engaged",
    "disengaged",
    "unmotivated",
    "immature",
    "toxic",
)
_PATTERN = re.compile(
    r"\b("
    + "|".join(re.escape(word) for word in sorted(_JUDGEMENTS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# "You are X" labels the person whatever X is.
_YOU_ARE = re.compile(
    r"\b(?:you're|you are)\s+(?:so\s+|too\s+)?\w+",
    re.IGNORECASE,
)

JUDGEMENT_REASON = (
    "{words} describes the person, not what they did; say what you saw or heard, e.g. "
    "'three stories were incomplete at the demo' instead of 'lazy'."
)


def judgement_in(behavior: str) -> str | None:
    """Why `behavior` reads as a judgement of the person, or None when it describes an action."""
    found = [match.group(1).lower() for match in _PATTERN.finditer(behavior)]
    if not found:
        you_are = _YOU_ARE.search(behavior)
        if you_are is None:
            return None
        found = [you_are.group(0)]
    words = ", ".join(f"'{word}'" for word in dict.fromkeys(found))
    return JUDGEMENT_REASON.format(words=words)
