"""Specific and Measurable, read from the words of one goal (the rest of SMART is in smart.py).

Specific asks whether anyone could tell what will be done: a concrete action on a concrete object,
an outcome with its measure, a limit anyone can check. It fails on wishes ("be more proactive"),
effort ("focus on the Q1 plan"), improvements of nothing in particular ("improve code quality")
and words that leave the object open ("the launch stuff"). Measurable asks whether anyone could
tell that it happened: a number that counts something, a quantity in words, a limit, a schedule,
or a one-off thing that is plainly done or not.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from grow_cli.domain.patterns import LazyPattern
from grow_cli.domain.smart_done import done_state
from grow_cli.domain.smart_reasons import (
    FOCUS_EXAMPLES,
    MEASURABLE_DELIVERABLE,
    MEASURABLE_FAIL,
    MEASURABLE_FREQUENCY,
    MEASURABLE_HOW_MANY,
    MEASURABLE_LIMIT,
    MEASURABLE_NUMBER,
    MEASURABLE_OPEN,
    MEASURABLE_RATIO,
    MEASURABLE_SCOPE,
    MEASURABLE_SINGLE,
    MEASURABLE_UNDATED,
    SPECIFIC_ABSTRACT,
    SPECIFIC_CHANGE,
    SPECIFIC_DONE,
    SPECIFIC_EFFORT,
    SPECIFIC_LEARNING,
    SPECIFIC_LIMIT,
    SPECIFIC_MEETING,
    SPECIFIC_NO_ACTION,
    SPECIFIC_OUTCOME,
    SPECIFIC_PASS,
    SPECIFIC_SHORT,
    SPECIFIC_UNCLEAR,
    SPECIFIC_VAGUE,
)
from grow_cli.domain.smart_wishes import (
    ABSTRACT_AIM,
    LOOK_AT,
    QUIT_HABIT,
    SEMI_OPEN,
    TENTATIVE,
    TIME_FOR,
    USE_TO,
)
from grow_cli.domain.smart_words import (
    ACTION,
    ACTION_WORDS,
    ADVERBS,
    BY_TIME,
    DELIVERABLE,
    EFFORT,
    ENDS_WITH_MORE,
    EVENT_WITH,
    FEELING_TARGET,
    FREQUENCY,
    HABIT_WISH,
    LEARN_WISH,
    LIMIT,
    MAKE_CHANGE,
    MEASURE_FIRST,
    NOT_A_MEASURE,
    NOT_A_VERB,
    NUMBER,
    OBJECT_CUE,
    ONE_OFF,
    ONE_ON_ONE,
    OPEN_ENDED,
    OUTCOME,
    SCOPE,
    SOFT_ON_ABSTRACT,
    SOFT_VAGUE,
    STRONG_VAGUE,
    TAIL_LENGTH,
    TIME_OF_DAY,
    UP_ONE_OFF,
    VAGUE_WORD,
    VERB_FORMS,
    WORD,
    WORD_QUANTITY,
)

if TYPE_CHECKING:  # only a type here: grow smart does not load the vocabulary
    from grow_cli.domain.vocabulary import Verdict

__all__ = ["Goal", "LetterCheck", "check_measurable", "check_specific", "mask", "short"]


@dataclass(frozen=True)
class LetterCheck:
    """The verdict on one SMART letter and the sentence that explains it."""

    verdict: Verdict
    reason: str


ACRONYM_PLURAL = LazyPattern(r"[A-Z]{2,}s\b")
# After a wish, words that make the next verb its aim or its content, not a step of its own.
PURPOSE = LazyPattern(
    r"\bto\s*\Z|\b(?:how|what|why|whether|where|when|if)\b(?:\s+[\w'’]+){0,3}\s*\Z"
)
STEP = LazyPattern(r"\b(?:and|then|by|so|before|after)\b|[,;:]")
CONNECTOR = LazyPattern(r"\b(?:to|so|and|then|before|after)\b|[,;:]")
PRONOUNS = frozenset("it this that them these those something anything stuff things".split())  # noqa: SIM905
PARTICLES = frozenset("up down out off in back over through forward on".split())  # noqa: SIM905
# A word with its hyphens and digits: "no-shows", "fy27".
FRAGMENT_WORD = LazyPattern(r"[a-z\d][\w'’-]*")
DETERMINERS = frozenset(
    "the a an my our your his her their its this that these those one each every".split()  # noqa: SIM905
)


# A weekday's or a month's first letters, as an example's day and the text's may be written.
_DAY_STEMS = frozenset(
    "mon tue wed thu fri sat sun jan feb mar apr may jun jul aug sep oct nov dec".split()  # noqa: SIM905
)


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with `spans` blanked out by spaces, so every other offset stays where it was."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _blank(pattern: LazyPattern, low: str) -> str:
    return mask(low, [m.span() for m in pattern.finditer(low)])


def short(words: str, limit: int = 60) -> str:
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit - 3] + "..."


class Goal:
    """One goal as the letters read it: as typed, folded, and with its date phrases blanked."""

    # A plain class: a dataclass costs about 0.5 ms to make, on every start of `grow smart`.
    __slots__ = ("counted", "dated", "focus", "low", "masked", "text")

    def __init__(
        self, text: str, low: str, masked: str, focus: str | None = None, dated: bool = False
    ) -> None:
        self.text = text  # as typed, for quoting in reasons
        self.low = low  # lower case, same offsets
        self.masked = masked  # lower case with its date phrases blanked out
        self.focus = focus if focus in FOCUS_EXAMPLES else "performance"
        self.dated = dated  # a date phrase was found, deadline or not
        # Digits that count something: times of day, 1:1s, years, versions and names blanked.
        self.counted = _blank(NOT_A_MEASURE, _blank(ONE_ON_ONE, _blank(TIME_OF_DAY, masked)))

    def example(self, kind: str) -> str:
        """An example for a reason, fitting the focus, that the goal does not already say."""
        words = set(WORD.findall(self.low))
        days = {w[:3] for w in words if w[:3] in _DAY_STEMS and w.isalpha()}
        candidates = FOCUS_EXAMPLES[self.focus][kind]
        for candidate in candidates:
            own = [w for w in WORD.findall(candidate.lower()) if len(w) > 3]
            if any(w[:3] in days for w in own):
                continue  # "by Friday" to a text that has "Fri" would repeat it
            if sum(w in words for w in own) < max(2, len(own) // 2):
                return candidate
        return candidates[-1]

    def quote(self, start: int, end: int) -> str:
        """The words typed between two offsets, shortened for a reason."""
        return short(self.text[start:end])

    def words_from(self, start: int) -> str:
        """The verb at `start` and a few words after it, for a reason."""
        words = ACTION_WORDS.match(self.low, start)
        return self.quote(start, words.end() if words is not None else start)


# --- Finding the verbs ---------------------------------------------------------------------------


def _known(word: str) -> bool:
    return word in VERB_FORMS or ("-" in word and word.split("-", 1)[0] in VERB_FORMS)


def _looks_like_verb(goal: Goal, first: str, end: int) -> bool:
    """A first word the verb list does not know, in a verb's place: followed by an object."""
    if first in NOT_A_VERB or len(first) < 3 or not first.isalpha() or first.endswith("ly"):
        return False
    if OBJECT_CUE.match(goal.low, end) is not None:
        return True
    rest = goal.text[end:].lstrip()
    return bool(rest) and rest[0].isupper() and not goal.text.isupper()


def verbs(goal: Goal, low: str | None = None) -> Iterator[tuple[int, int]]:
    """Where the goal's action verbs are, as (start, end): known verbs in a verb's place, and the
    first word when it reads as an imperative ("Swap Ana's slot")."""
    text = goal.low if low is None else low
    for match in ACTION.finditer(text):
        first = match["first"]
        start, end = match.span("first")
        if _known(first):
            yield start, (end if first in VERB_FORMS else start + first.index("-"))
        elif match["second"] in VERB_FORMS and (first.endswith("ly") or first in ADVERBS):
            yield match.span("second")
        elif match.start() == 0 and start <= 12 and _looks_like_verb(goal, first, end):
            # Only the first word: later in a sentence an unknown word is usually a noun.
            yield start, end


def _base(verb: str) -> str:
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("es", ""), ("s", "")):
        if verb.endswith(suffix) and verb[: -len(suffix)] + replacement in OPEN_ENDED:
            return verb[: -len(suffix)] + replacement
    return verb


# --- Specific ------------------------------------------------------------------------------------


def _wish(goal: Goal) -> tuple[int, int] | None:
    """Where the goal states a wish rather than an action ("be more proactive"), if it does."""
    found = STRONG_VAGUE.search(goal.low)
    if found is not None:
        return found.span()
    tail = max(0, len(goal.low) - TAIL_LENGTH)
    found = ENDS_WITH_MORE.search(goal.low, tail)
    if found is not None:
        return found.span()
    if FREQUENCY.search(goal.low) is not None or NUMBER.search(goal.counted):
        return None
    habit = HABIT_WISH.search(goal.masked)
    if habit is not None:
        return habit.span()
    if goal.dated or BY_TIME.search(goal.low) or LIMIT.search(goal.low):
        return None
    # With no date either: "try to get outside at lunch", "stop doomscrolling".
    resolution = TENTATIVE.search(goal.masked) or QUIT_HABIT.search(goal.masked)
    return resolution.span() if resolution is not None else None


def _unclear(goal: Goal) -> tuple[int, int] | None:
    found = VAGUE_WORD.search(goal.masked)
    if found is None:
        return None
    if found.group() in ("things", "thing", "everything") and NUMBER.search(goal.counted):
        return None  # "3 things I learned" is a count, not a shrug
    if goal.text[found.start()].isupper() and goal.low[: found.start()].strip():
        return None  # a title or a name: "Read 'Getting Things Done'"
    return found.span()


def _blocker(goal: Goal) -> tuple[str, tuple[int, int]] | None:
    """What stops the goal being specific, if anything: a wish, effort, an abstraction."""
    wish = _wish(goal)
    if wish is not None:
        return SPECIFIC_VAGUE, wish
    effort = EFFORT.search(goal.low)
    if effort is not None:
        return SPECIFIC_EFFORT, effort.span()
    feeling = FEELING_TARGET.search(goal.low)
    if feeling is not None:
        return SPECIFIC_VAGUE, feeling.span()
    if not NUMBER.search(goal.counted) and not WORD_QUANTITY.search(goal.masked):
        abstract = SOFT_ON_ABSTRACT.search(goal.masked) or ABSTRACT_AIM.search(goal.masked)
        if abstract is not None:
            return SPECIFIC_ABSTRACT, abstract.span()
        learning = LEARN_WISH.search(goal.masked)
        if learning is not None and not _names_a_course(goal, learning.start()):
            return SPECIFIC_LEARNING, learning.span()
        if not goal.dated and (aside := TIME_FOR.search(goal.masked)) is not None:
            return SPECIFIC_EFFORT, aside.span()
        tool = USE_TO.search(goal.masked)
        if tool is not None and FREQUENCY.search(goal.low) is None:
            return SPECIFIC_EFFORT, tool.span()
    return None


def _names_a_course(goal: Goal, start: int) -> bool:
    """Whether a learning word is part of a name ("LinkedIn Learning"): a capital mid-sentence."""
    return goal.text[start].isupper() and bool(goal.low[:start].strip()) and not goal.text.isupper()


def _action(goal: Goal, blocked: tuple[int, int] | None) -> tuple[int, int] | None:
    """The first action that says what will be done. Before a wish it must be a step of its own
    ("attend the workshop to improve my skills"), not the verb the wish hangs on ("help Marek
    think about his next step", "make 2027 our best year yet"); after one, not a wish of its
    own ("coach more, tell less") nor part of it ("think about how I run skip-levels")."""
    wishes = [m.span() for m in HABIT_WISH.finditer(goal.masked)] if blocked else []
    for verb in verbs(goal):
        if blocked is None:
            return verb
        if any(start <= verb[0] < end for start, end in wishes):
            continue
        if verb[0] >= blocked[1]:
            between = goal.low[blocked[1] : verb[0]]
            if PURPOSE.search(goal.low[blocked[0] : verb[0]]) and not STEP.search(between):
                continue  # "leverage automation to double throughput": the aim, not a step
            return verb
        if verb[0] < blocked[0] and CONNECTOR.search(goal.low[verb[1] : blocked[0]]):
            return verb
    return None


def check_specific(goal: Goal) -> tuple[LetterCheck, tuple[int, int] | None, bool]:
    """The Specific letter, what blocked it (a wish, effort) if anything, and whether the goal
    is nothing but that."""
    blocker = _blocker(goal)
    blocked = blocker[1] if blocker is not None else None
    action = _action(goal, blocked)
    enough_words = len(WORD.findall(goal.low)) >= 3
    unclear = _unclear(goal)
    example = goal.example("action")
    if unclear is not None and not OUTCOME.search(goal.masked):
        reason = SPECIFIC_UNCLEAR.format(phrase=goal.quote(*unclear), example=example)
        return LetterCheck("fail", reason), blocked, action is None
    if action is not None:
        if enough_words and WORD.search(goal.low, action[1]):
            shown = goal.words_from(action[0])
            return LetterCheck("pass", SPECIFIC_PASS.format(action=shown)), blocked, False
        if blocker is None:
            # "escalate it??": a pronoun says nothing of what is acted on.
            rest = WORD.findall(goal.low[action[1] :])
            verdict: Verdict = "fail" if rest and all(w in PRONOUNS for w in rest) else "warn"
            return LetterCheck(verdict, _short_reason(goal)), None, False
    if blocker is not None:
        sentence, span = blocker
        reason = sentence.format(phrase=goal.quote(*span), example=example)
        return LetterCheck("fail", reason), span, True
    return _specific_without_verb(goal, enough_words)


def _specific_without_verb(goal: Goal, enough_words: bool) -> tuple[LetterCheck, None, bool]:
    outcome = OUTCOME.search(goal.masked)
    if outcome is not None and enough_words:
        shown = goal.quote(0, outcome.end())
        return LetterCheck("pass", SPECIFIC_OUTCOME.format(outcome=shown)), None, False
    if MEASURE_FIRST.match(goal.counted) is not None:  # "8k steps a day"
        shown = goal.quote(0, len(goal.text))
        return LetterCheck("pass", SPECIFIC_OUTCOME.format(outcome=shown)), None, False
    # A key result with no verb but a measure of its own: "pipeline coverage 3x by end of Q1",
    # "On-time dispatch 97%+ in H1", "Investor update email out to all 14 angels monthly".
    measured = NUMBER.search(goal.counted) or WORD_QUANTITY.search(goal.masked)
    if measured is not None and enough_words and _unclear(goal) is None:
        shown = goal.quote(0, len(goal.text))
        return LetterCheck("pass", SPECIFIC_OUTCOME.format(outcome=shown)), None, False
    done = done_state(goal.masked)
    if done is not None and enough_words:
        shown = goal.quote(*done)
        return LetterCheck("pass", SPECIFIC_DONE.format(result=shown)), None, False
    by_time = BY_TIME.search(goal.low)
    limit = LIMIT.search(goal.low) or by_time
    if limit is not None and enough_words and (by_time or goal.dated or FREQUENCY.search(goal.low)):
        shown = goal.quote(0, len(goal.text))
        return LetterCheck("pass", SPECIFIC_LIMIT.format(limit=shown)), None, False
    meeting = EVENT_WITH.search(goal.low)
    if meeting is not None:
        # The whole fragment: "1:1 w/ Sam every Fri" would stop at its colon as a verb's words.
        shown = goal.quote(meeting.start(), len(goal.text))
        return LetterCheck("pass", SPECIFIC_MEETING.format(meeting=shown)), None, False
    soft = SOFT_VAGUE.search(goal.low)
    if soft is not None and WORD.search(goal.masked, soft.end()):
        shown = goal.words_from(soft.start())
        return LetterCheck("pass", SPECIFIC_CHANGE.format(action=shown)), None, False
    if not enough_words:
        return LetterCheck("fail", _short_reason(goal)), None, False
    phrase = goal.quote(0, len(goal.text))
    reason = SPECIFIC_NO_ACTION.format(phrase=phrase, example=goal.example("action"))
    return LetterCheck("fail", reason), None, False


def _short_reason(goal: Goal) -> str:
    phrase = goal.quote(0, len(goal.text))
    return SPECIFIC_SHORT.format(phrase=phrase, example=goal.example("action"))


# --- Measurable ----------------------------------------------------------------------------------


def _object_is_bounded(goal: Goal, end: int, verb: str) -> bool | None:
    """Whether the words after a verb name one definite thing (True), an open-ended plural
    (False: "review PRs"), or nothing at all (None)."""
    # Hyphenated words stay whole: "cut no-shows" is a plural, not "no".
    found = FRAGMENT_WORD.findall(goal.masked[end : end + 60])
    if verb in UP_ONE_OFF and found[:1] == ["up"]:
        return True  # "write up findings": one write-up, however many findings
    words = [w for w in found if w not in PARTICLES][:2]
    if not words:
        return None
    first = words[0]
    if "-" in first and not first.endswith("s") and len(words) > 1:
        first = words[1]  # "route ad-hoc requests": the noun after its hyphenated describer
    if first in PRONOUNS:
        return None  # "hand it over": what "it" is, the words do not say
    token = goal.text[end:].split(maxsplit=1)[0] if goal.text[end:].strip() else ""
    # "Email Priya" names one person; "review PRs" is a plural however it is written.
    named = token[:1].isupper() and not goal.text.isupper() and not ACRONYM_PLURAL.match(token)
    if first in DETERMINERS or first.isdigit() or named:
        return True
    # A bare plural with no date ("review PRs") goes on for ever; with one, the set is bounded.
    plural = first.endswith("s") and not first.endswith("ss")
    return goal.dated or not plural or verb in ONE_OFF


def check_measurable(goal: Goal, wish: tuple[int, int] | None, only_wish: bool) -> LetterCheck:
    """The Measurable letter, given what blocked Specific (a wish's words measure nothing)."""
    masked, counted = goal.masked, goal.counted
    if wish is not None and not only_wish:
        # "Improve my presentation skills by attending a workshop": the skills are the wish;
        # what can be checked is the workshop.
        masked = mask(masked, [*(m.span() for m in STRONG_VAGUE.finditer(masked)), wish])
        counted = mask(counted, [wish])
    example = goal.example("measure")
    number = NUMBER.search(counted)
    if number is not None:
        return LetterCheck("pass", MEASURABLE_NUMBER.format(token=goal.quote(*number.span())))
    quantity = WORD_QUANTITY.search(masked)
    if quantity is not None:
        return LetterCheck("pass", MEASURABLE_RATIO.format(token=goal.quote(*quantity.span())))
    limit = BY_TIME.search(goal.low) or LIMIT.search(goal.low)
    if limit is not None:
        return LetterCheck("pass", MEASURABLE_LIMIT.format(token=goal.quote(*limit.span())))
    if only_wish or _unclear(goal) is not None:
        # In a wish ("be more proactive in weekly meetings") meetings and their frequency are the
        # setting, not the result, so only an explicit number counts.
        return LetterCheck("fail", MEASURABLE_FAIL.format(example=example))
    # A schedule stays a schedule when it also gives the deadline ("every Friday"), so the
    # frequency is looked for in the whole sentence, not only outside its date phrases.
    frequency = FREQUENCY.search(goal.low)
    if frequency is not None:
        token = goal.quote(*frequency.span())
        return LetterCheck("pass", MEASURABLE_FREQUENCY.format(token=token))
    return _done_or_not(goal, masked, example)


def _open_first_word(goal: Goal, masked: str) -> tuple[int, int] | None:
    """The first word when it is an open-ended verb the verb list does not hold ("Look into")."""
    first = ACTION.match(masked)
    if first is not None and _base(first["first"]) in OPEN_ENDED:
        return first.span("first")
    change = MAKE_CHANGE.search(masked) or LOOK_AT.search(masked)
    return change.span() if change is not None else None


def _done_or_not(goal: Goal, masked: str, example: str) -> LetterCheck:
    open_verb = _open_first_word(goal, masked)
    undated: tuple[int, int] | None = None
    ongoing: tuple[int, int] | None = None
    for start, end in verbs(goal, masked):
        if open_verb is not None and open_verb[0] <= start < open_verb[1]:
            continue
        verb = masked[start:end]
        if _base(verb) in OPEN_ENDED:
            open_verb = open_verb or (start, end)
            continue
        if verb in SEMI_OPEN and not goal.dated:
            undated = undated or (start, end)
            continue
        bounded = _object_is_bounded(goal, end, masked[start:end])
        if bounded:
            token = goal.words_from(start)
            return LetterCheck("pass", MEASURABLE_SINGLE.format(token=token))
        if bounded is False:
            ongoing = ongoing or (start, end)
    if open_verb is not None:
        verb = goal.quote(*open_verb)
        return LetterCheck("fail", MEASURABLE_OPEN.format(verb=verb, example=example))
    if undated is not None:
        verb = goal.quote(*undated)
        return LetterCheck("fail", MEASURABLE_UNDATED.format(verb=verb, example=example))
    if ongoing is not None:
        phrase = goal.words_from(ongoing[0])
        return LetterCheck("fail", MEASURABLE_HOW_MANY.format(phrase=phrase, example=example))
    done = done_state(goal.masked)
    if done is not None:
        return LetterCheck("pass", MEASURABLE_SINGLE.format(token=goal.quote(*done)))
    # A word in a verb's place is the verb, not the deliverable: "Model reflective practice".
    starts = {start for start, _ in verbs(goal, masked)}
    for pattern, reason in ((DELIVERABLE, MEASURABLE_DELIVERABLE), (SCOPE, MEASURABLE_SCOPE)):
        for found in pattern.finditer(masked):
            if found.start() not in starts:
                return LetterCheck("pass", reason.format(token=goal.quote(*found.span())))
    return LetterCheck("fail", MEASURABLE_FAIL.format(example=example))
