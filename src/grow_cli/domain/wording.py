"""Words for people: a count with its noun in the right number ("1 day", "2 days"), never
with an "s" in brackets. Pure; the views, templates and messages that count use it."""

from __future__ import annotations

# A noun phrase whose head comes first ("item to reopen") takes its plural on the head.
_HEAD_ENDS = (" to ", " of ", " for ", " in ")


def plural(count: int, noun: str, many: str | None = None) -> str:
    """`count` and `noun`: '1 day', '2 days', '0 days'. `many` is the plural when it is not
    the regular one: plural(3, "person", "people") is '3 people'."""
    return f"{count} {noun if abs(count) == 1 else (many or plural_of(noun))}"


def plural_of(noun: str) -> str:
    """The regular plural of a noun or noun phrase: 'day' -> 'days', 'entry' -> 'entries',
    'match' -> 'matches', 'SBI item' -> 'SBI items', 'item to reopen' -> 'items to reopen'."""
    for end in _HEAD_ENDS:
        head, found, rest = noun.partition(end)
        if found and head:
            return f"{plural_of(head)}{found}{rest}"
    before, space, last = noun.rpartition(" ")
    return f"{before}{space}{_plural_word(last)}"


def _plural_word(word: str) -> str:
    low = word.lower()
    if len(low) > 1 and low.endswith("y") and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def every(days: int) -> str:
    """'every day', 'every 14 days': how often, in days."""
    return "every day" if days == 1 else f"every {days} days"
