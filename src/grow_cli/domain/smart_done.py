"""A result stated as done, in a key result with no verb: "FY27 budget signed off", "Old CRM
retired in Q2", "Release notes drafted and sent". The participle of a verb that finishes something
says both what was done to what (Specific) and that it is done or not (Measurable).
"""

from __future__ import annotations

from functools import cache
from typing import Final

from grow_cli.domain.patterns import LazyPattern
from grow_cli.domain.smart_words import OPEN_ENDED, VERBS

_IRREGULAR_PAST: Final = {
    "send": "sent", "write": "written", "rewrite": "rewritten", "build": "built",
    "rebuild": "rebuilt", "run": "run", "rerun": "rerun", "hold": "held", "do": "done",
    "redo": "redone", "make": "made", "pay": "paid", "repay": "repaid", "sell": "sold",
    "buy": "bought", "meet": "met", "lead": "led", "read": "read", "give": "given",
    "take": "taken", "set": "set", "cut": "cut", "put": "put", "hit": "hit", "choose": "chosen",
    "find": "found", "get": "got", "lose": "lost", "split": "split", "speak": "spoken",
    "spend": "spent", "teach": "taught", "tell": "told", "sit": "sat", "swim": "swum",
    "bring": "brought", "eat": "eaten", "drink": "drunk", "sleep": "slept",
}  # fmt: skip
_DOUBLED_PAST: Final = frozenset(
    "drop log map plan ship submit stop scan pin tag chat commit admit ban skip prep swap"  # noqa: SIM905
    " jog".split()
)
# Done states of verbs the list above lacks, which goals often state as results.
_EXTRA_DONE: Final = frozenset(
    "promoted accepted retrained rolled shipped signed sunsetted decommissioned".split()  # noqa: SIM905
)


def _past(verb: str) -> str:
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    if verb in _DOUBLED_PAST:
        return verb + verb[-1] + "ed"
    return verb + "ed"


@cache
def done_states() -> frozenset[str]:
    """Past participles that say a one-off thing is finished ("submitted", "signed", "sent"):
    the action verbs' own, less those with no point at which they are done ("improved")."""
    done = {_past(verb) for verb in VERBS if verb not in OPEN_ENDED and "-" not in verb}
    return frozenset(done | _EXTRA_DONE)


# After the participle: the end, a mark, a particle, or a word that goes on with the sentence,
# never a noun it describes ("automated tests", "shared understanding").
DONE_STATE_AFTER = LazyPattern(
    r"(?:\s+(?:off|up|out|over|through|live|down))?(?=\s*(?:$|[^\w\s]|(?:and|or|by|in|on|at|to"
    r"|for|within|before|after|until|till|every|each|with|from|via|across|once|twice|no|ahead"
    r"|this|next|[a-z]+ly)\b|\d))"
)

_WORD = LazyPattern(r"[a-z\d][\w'’-]*")
# Before a participle, words that make it a state or a wish, not a result ("be more prepared",
# "I retired"): only a noun phrase is the thing that is done.
NOT_DONE_SUBJECT = frozenset(
    "be been being is was were are am get got getting feel felt more less very so too i we you"  # noqa: SIM905
    " he she they it well".split()
)


def done_state(masked: str) -> tuple[int, int] | None:
    """Where a goal (folded, its dates blanked) states its result as done: a noun phrase, then
    the participle of a verb that finishes something, as (0, end of the participle)."""
    words = list(_WORD.finditer(masked))
    done = done_states()
    for index in range(1, len(words)):
        word = words[index].group()
        if word not in done and not (word.startswith("re") and word[2:] in done):
            continue
        if words[index - 1].group() in NOT_DONE_SUBJECT:
            continue
        after = DONE_STATE_AFTER.match(masked, words[index].end())
        if after is not None:
            return 0, after.end()
    return None
