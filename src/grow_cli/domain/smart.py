"""The SMART check: one goal sentence in, a verdict and a reason for each letter out.

Specific, Measurable and Time-bound are read from the words. Achievable and Relevant cannot be:
the person supplies a confidence score and the link to what the goal serves, and without them those
letters warn (they never fail on that account). Pure and standard-library only, so `grow smart`
starts fast; every pattern is linear, so any text is answered quickly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Final

from grow_cli.domain.dates import (
    IMPOSSIBLE,
    MISSING,
    PAST,
    VAGUE,
    DeadlineFinding,
    find_deadline_and_spans,
    fold,
)
from grow_cli.domain.patterns import LazyPattern

if TYPE_CHECKING:  # only a type here: grow smart does not load the vocabulary
    from grow_cli.domain.vocabulary import Verdict

LETTERS: Final = ("specific", "measurable", "achievable", "relevant", "time_bound")

# --- Every sentence people read, in one place. Each says what is missing and how to fix it. ------

EMPTY: Final = (
    "The goal is empty: write what will be done, e.g. "
    "'send a weekly status email to stakeholders every Friday'."
)
SPECIFIC_PASS: Final = "Names a concrete action: '{action}'."
SPECIFIC_VAGUE: Final = (
    "'{phrase}' does not say what anyone will actually do: name the action, e.g. "
    "'send a weekly status email to stakeholders'."
)
SPECIFIC_SOFT: Final = (
    "'{phrase}' leaves open what will change: say exactly what will be done, e.g. "
    "'cut the onboarding checklist from 40 to 20 steps'."
)
SPECIFIC_SHORT: Final = (
    "Too short to tell what will happen: say what the action applies to, e.g. "
    "'fix the three failing checkout tests'."
)
SPECIFIC_OUTCOME: Final = "Names an outcome and the measure of it: '{outcome}'."
SPECIFIC_NO_ACTION: Final = (
    "No clear action: start with a verb that says what will be done, e.g. 'write', 'send' or "
    "'present'."
)
MEASURABLE_NUMBER: Final = "Progress can be counted: '{token}'."
MEASURABLE_FREQUENCY: Final = "It happens on a schedule anyone can check: '{token}'."
MEASURABLE_SCOPE: Final = "It covers a countable set, so misses are visible: '{token}'."
MEASURABLE_DELIVERABLE: Final = "There is a deliverable to check off: '{token}'."
MEASURABLE_SINGLE: Final = "It is a single thing that is either done or not: '{token}'."
MEASURABLE_RATIO: Final = "The change has a size anyone can check: '{token}'."
MEASURABLE_FAIL: Final = (
    "Nothing here can be counted or checked off: add a number, a frequency or a deliverable, "
    "e.g. 'two code reviews', 'every Friday' or 'a one-page summary'."
)
ACHIEVABLE_ASK: Final = (
    "Only the person can judge whether this is realistic: rerun with --confidence 1-10 to record "
    "how sure they are."
)
ACHIEVABLE_PASS: Final = "Confidence {n}/10: the person expects to manage this."
ACHIEVABLE_LOW: Final = (
    "Confidence {n}/10 suggests this may be too ambitious: agree a smaller first step they would "
    "rate 7 or more."
)
RELEVANT_ASK: Final = (
    "Only the person can say why this matters: rerun with --relevant-to naming the team goal or "
    "development aim it serves."
)
RELEVANT_PASS: Final = "It serves '{link}', as the person said."
TIME_PASS: Final = "Due {due} (read from '{phrase}')."
TIME_OWN_DUE: Final = "Due {due} (its own due date)."
TIME_OWN_DUE_PAST: Final = "Its due date {due} has already passed: move it to today or later."
TIME_VAGUE: Final = "'{phrase}' is not a date: name the day, e.g. 'by Friday' or 'by 15 January'."
TIME_PAST: Final = "'{phrase}' means {due}, which has already passed: pick today or a later date."
TIME_IMPOSSIBLE: Final = (
    "'{phrase}' is not a real date: check the day and the month, e.g. '28 February' rather than "
    "'30 February'."
)
TIME_MISSING: Final = (
    "There is no deadline: add when it will be done, e.g. 'by Friday', 'in 2 weeks' or "
    "'by 2027-01-15'."
)
TIME_FREQUENCY_ONLY: Final = (
    "'{phrase}' says how often but not from when: add a day, e.g. 'every Friday' or "
    "'starting 2027-01-15'."
)
CONFIDENCE_RANGE: Final = "Confidence is a whole number from 1 to 10, not {value!r}."


@dataclass(frozen=True)
class LetterCheck:
    """The verdict on one SMART letter and the sentence that explains it."""

    verdict: Verdict
    reason: str


@dataclass(frozen=True)
class SmartResult:
    """The SMART check of one goal."""

    text: str
    specific: LetterCheck
    measurable: LetterCheck
    achievable: LetterCheck
    relevant: LetterCheck
    time_bound: LetterCheck
    due: date | None

    @property
    def smart(self) -> bool:
        """True when no letter fails (warnings are allowed)."""
        return all(check.verdict != "fail" for check in self.letters().values())

    def letters(self) -> dict[str, LetterCheck]:
        """Each letter's check, in LETTERS order."""
        return {letter: getattr(self, letter) for letter in LETTERS}

    def verdicts(self) -> dict[str, str]:
        """Each letter's verdict, in LETTERS order."""
        return {letter: check.verdict for letter, check in self.letters().items()}

    def failures(self) -> list[tuple[str, str]]:
        """(letter, reason) for each failing letter."""
        return [(letter, c.reason) for letter, c in self.letters().items() if c.verdict == "fail"]

    def to_dict(self) -> dict[str, object]:
        """The JSON shape `grow smart --json` prints."""
        data: dict[str, object] = {"text": self.text, "smart": self.smart}
        for letter, check in self.letters().items():
            data[letter] = {"verdict": check.verdict, "reason": check.reason}
        data["due"] = self.due.isoformat() if self.due is not None else None
        return data


# --- Vocabulary ----------------------------------------------------------------------------------

# Verbs that name something a person can be seen doing. Words that are also nouns ("report",
# "review") only count in a verb's position, so "improve the weekly report" has no action.
# A plain word list is easier to read and extend than a tuple literal.
_VERBS: Final = frozenset(
    """
add agree analyse analyze announce answer apply archive arrange ask attend audit automate
benchmark book brief bring build calculate call cancel chair change check clean clear close coach
collect compile complete conduct configure confirm contact create cut debug decide decommission
define delegate deliver demo deploy design document double draft drop earn email enable enrol
enroll estimate evaluate file fill finalise finalize finish fix follow gather get give halve hand
hire hit hold host identify implement install integrate interview introduce invite join launch
lead list log lower maintain map measure meet mentor merge migrate move negotiate notify obtain
onboard open organise organize outline pair pass phone pilot pitch plan post practise practice
prepare present prioritise prioritize produce propose prototype provide publish raise reach read
rebuild record recruit reduce refactor register rehearse release remove repair replace reply
report request research resolve respond restructure retire review rewrite roll run schedule send
set shadow share ship shorten sign speak specify split standardise standardize submit summarise
summarize survey spend stop switch teach test track train transfer triage update upgrade upload
validate verify visit walk write increase decrease pay renew facilitate note buy order purchase
return sign register cancel certify enable exercise jog swim cycle meditate stretch sleep eat
cook drink save invest repay settle collect invoice quote contract lodge claim tidy sort wash
paint fit lift attend observe ask interview draft edit proofread translate print scan photograph
film present pitch demo sell upsell renew refund ring text message post tweet blog tag label
price cost budget forecast reconcile approve reject escalate assign reassign unblock label
benchmark profile patch tune load mock stub seed backfill deprecate sunset rename retire port
reconnect connect meet greet welcome thank recognise recognize praise celebrate reward
volunteer apply enter complete take sit study revise memorise memorize practise
""".split()  # noqa: SIM905
)
_DOUBLED: Final = frozenset(
    ("cut", "drop", "hit", "log", "map", "plan", "run", "set", "ship", "submit")
)


def _forms(verb: str) -> list[str]:
    if verb.endswith("e") and not verb.endswith("ee"):
        gerund = verb[:-1] + "ing"
    elif verb in _DOUBLED:
        gerund = verb + verb[-1] + "ing"
    else:
        gerund = verb + "ing"
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    return [verb, third, gerund]


_VERB_FORMS: Final = frozenset(form for verb in _VERBS for form in _forms(verb))
_ADVERBS: Final = frozenset(("someday", "eventually", "also", "then", "first", "finally", "just"))
_WEEKDAY: Final = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_UNIT: Final = (
    "day|weekday|week|fortnight|month|quarter|year|sprint|morning|afternoon|evening|night"
)

# Where a verb goes: the start, after "and", "by", "to", "will", a comma. The word there (or the
# next one, after an adverb: "Eventually document ...") is looked up in _VERB_FORMS; a set lookup
# is much cheaper to build and run than a regex alternation of every form.
_ACTION = LazyPattern(
    r"(?:^\W*|[,;:(]\s*"
    r"|\b(?:and|then|by|to|will|shall|must|should|also|please|i|we|you|they|help)\s+"
    r"|['’]ll\s+)(?P<first>[a-z]+)\b(?:(?=\s+(?P<second>[a-z]+)\b)|)"
)
# What the action applies to, for the reason: the verb and a few words after it.
_ACTION_WORDS = LazyPattern(r"[^\s,;:.!?]+(?:[ \t]+[^\s,;:.!?]+){0,4}")

# Goals built on a wish rather than an action ("be more proactive"). Only an action outside the
# matched words rescues them. The tail keeps a couple of words for the reason, stopping before a
# word that usually introduces the concrete part ("by sending ...").
_TAIL: Final = (
    r"(?:\s+(?!(?:by|and|to|through|via|with|in|on|for|so|then|from|during)\b)[\w'-]+){0,2}"
)
_SOFT_SKILLS: Final = (
    r"communication|communications|skills|leadership|initiative|ownership|teamwork|collaboration"
    r"|confidence|self-confidence|time\s+management|planning|visibility|engagement|relationships?"
    r"|presence|attitude|mindset|accountability|proactivity|awareness|morale|professionalism"
    r"|organi[sz]ation|prioriti[sz]ation|influence|people\s+skills|stakeholder\s+management|focus"
    r"|work\s+ethic|soft\s+skills|listening"
)
_STRONG_VAGUE = LazyPattern(
    "|".join(
        (
            r"\b(?:be|become|becoming|being|get|getting|grow)\s+(?:a\s+|an\s+)?"
            r"(?:(?:much|lot|bit|little)\s+)?(?:more|better|less|stronger|greater)\b(?:\s+at)?"
            + _TAIL,
            r"\b(?:show|showing|take|taking|demonstrate|display|bring|have|spend|invest|put\s+in"
            r"|give|make)\s+(?:more|greater|better|extra)\b" + _TAIL,
            r"\b(?:improve|improving|enhance|develop|developing|strengthen|boost|grow|build"
            r"|building|increase|raise|work\s+on|focus\s+on)\s+"
            r"(?:(?:my|your|his|her|their|our|the|team|overall|general|personal|written|verbal"
            rf"|sprint)\s+){{0,2}}(?:(?:{_SOFT_SKILLS})|[\w-]+\s+skills)\b",
            r"\b(?:communicate|collaborate|plan|prioriti[sz]e|work|engage|listen|delegate"
            r"|organi[sz]e|contribute|participate|speak\s+up"
            r"|manage\s+(?:my\s+|your\s+|their\s+)?time)"
            r"\s+(?:better|more(?:\s+(?:often|effectively|efficiently|clearly|openly|proactively))?"
            r"|effectively|efficiently|clearly|well)\b",
            r"\bmake\s+(?:[\w'-]+\s+){1,3}better\b",
            # "share more updates", "hire more engineers": more of something, but how many?
            r"(?<![\w'-])[a-z]+\s+more\s+(?:often|frequently|regularly|[a-z]+s)\b",
            # Abstract verbs on abstract nouns: nothing anyone could be seen doing.
            r"\b(?:drive|driving|foster|fostering|champion|leverage|leveraging|cultivate|nurture"
            r"|promote|embrace|empower|unlock|maximi[sz]e|own|owning|elevate|accelerate|amplify"
            r"|deepen|broaden|expand)\s+(?:the\s+|our\s+|my\s+|more\s+|a\s+|greater\s+)?"
            r"(?:cross-?team\s+|team\s+)?(?:alignment|synergy|synergies|partnerships?|excellence"
            r"|innovation|culture|ownership|accountability|collaboration|growth|best\s+practices"
            r"|value|impact|change|transformation|engagement|efficienc(?:y|ies)|outcomes|success"
            r"|momentum|visibility|relationships?|the\s+relationship|the\s+partnership|strategy"
            r"|the\s+strategy|the\s+vision|vision|the\s+narrative|thought\s+leadership"
            r"|the\s+roadmap\s+forward|quality|the\s+agenda|initiatives?)\b",
            r"\bthink\s+(?:harder|more|deeply|differently|strategically|bigger|long-?term|about)"
            r"(?:\s+about)?\b" + _TAIL,
            r"\b(?:keep|kept|continue|continuing)\s+(?:to\s+)?(?:getting|get|doing|do|growing"
            r"|grow|improving|improve|develop|developing|learning|learn)\b" + _TAIL,
            r"\b(?:step\s+up|try\s+harder|do\s+better|(?:raise|up)\s+(?:my|your|his|her|their|the)"
            r"\s+game|be\s+(?:proactive|accountable|responsive|engaged|a\s+team\s+player"
            r"|a\s+role\s+model)|learn\s+more\s+about|get\s+(?:up\s+to\s+speed|comfortable"
            r"|involved))\b",
        )
    )
)
# A goal that ends in "more" ("help the team more") names no amount and no action. Only the end of
# the text is searched, so a long text costs nothing extra.
_ENDS_WITH_MORE = LazyPattern(
    r"(?<![\w'-])[\w'-]+(?:\s+[\w'-]+){0,3}\s+more(?:\s+often)?[.!]?\s*\Z"
)
_TAIL_LENGTH: Final = 120
# Verbs that point in a direction without saying what will be done ("improve the onboarding
# flow"). A number, a concrete action or a target after them makes the goal specific.
_SOFT_VAGUE = LazyPattern(
    r"\b(?:improve|improving|enhance|strengthen|boost|optimi[sz]e|streamline|work\s+on|focus\s+on"
    r"|look\s+into|address|tackle|help\s+with|support|contribute\s+to|think\s+about|explore"
    r"|be\s+involved\s+in)\b"
)
_WORD = LazyPattern(r"\w+")

_TIME_OF_DAY = LazyPattern(r"\b\d{1,2}(?:[:.]\d{2})?\s{0,3}[ap]\.?m\b|\b\d{1,2}:\d{2}\b")
_ONE_ON_ONE = LazyPattern(r"\b1:1s?\b|\bone-on-ones?\b")
_NUMBER = LazyPattern(
    r"(?<![\w.])\d[\d,.]*(?:\s?%|\s+percent)?(?:[\s-]+(?!(?:by|to|of|in|and|or)\b)[a-z]+)?"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|hundred|dozen|twice)\b(?:[\s-]+(?!(?:by|to|of|in|and|or)\b)[a-z]+)?"
)
_FREQUENCY = LazyPattern(
    r"\b(?:daily|weekly|fortnightly|bi-?weekly|monthly|quarterly|annually|yearly|nightly|hourly"
    rf"|every\s+(?:other\s+|second\s+)?(?:{_UNIT}|{_WEEKDAY})s?"
    rf"|each\s+(?:{_UNIT}|{_WEEKDAY})|per\s+(?:{_UNIT})"
    rf"|(?:once|twice|\w+\s+times)\s+(?:a|an|per|each|every)\s+(?:{_UNIT})"
    rf"|on\s+(?:{_WEEKDAY})s)\b"
)
_SINGLE = LazyPattern(r"\s+(?:a|an|one)\s+[\w-]+(?:\s+[\w-]+)?")
# Digits that count nothing: a year, a version, a standard's or a product's name, a confidence
# note. "Finish the 2027 plan", "move to Python 3.12", "get SOC 2" and "(8/10)" measure nothing.
_NOT_A_MEASURE = LazyPattern(
    r"(?<![\w.])(?:199\d|20[0-3]\d)(?![\d.,%:/-])(?!\s*(?:%|percent|[a-z]+s\b|k\b|m\b))"
    r"|\b(?:v|version|release|python|py|node|java|jdk|ios|android|windows|win|macos|php|ruby"
    r"|go|rails|react|angular|vue|django|postgres(?:ql)?|mysql|ubuntu|debian|kubernetes|k8s"
    r"|iphone|gen|phase|stage|level|tier|grade|band|step|p|sev|soc|iso|pci|hipaa|nist|web|wcag"
    r"|ipv|http|tls|ssl|covid|sprint)\s?\d+(?:\.\d+)*[a-z]?\b"
    r"|(?<![\w.])\d+\.\d+\.\d+(?:\.\d+)*\b"
    r"|\(?\b\d{1,2}\s*/\s*10\b\)?|\bconfidence\s*[:=]?\s*\d{1,2}\b"
)
# Quantities without digits: halving, doubling, a quarter, ratios and multiples.
_WORD_QUANTITY = LazyPattern(
    r"\b(?:halve|halves|halved|halving|double|doubles|doubled|doubling|triple|tripled|triples"
    r"|quadruple|by\s+(?:a\s+)?half|in\s+half|by\s+(?:a|one|two|three)\s+(?:quarters?|thirds?"
    r"|fifths?|tenths?)|(?:a|one)\s+(?:quarter|third|fifth|tenth)\s+(?:of|less|more|fewer)"
    r"|zero|none\s+left|no\s+(?:open|failing|outstanding|overdue|unanswered)\s+[a-z]+)\b"
    r"|\b\d+(?:\.\d+)?x\b|\b\d+\s*:\s*\d+\s+ratio\b"
)
# A one-off thing that is either done or not: a completing verb on a definite object ("book the
# room", "call the supplier", "pay the Acme invoice", "write up the handover note").
_DONE_OR_NOT = LazyPattern(
    r"\b(?:book|booked|call|phone|ring|email|e-mail|send|publish|submit|sign|file|pay|renew"
    r"|register|order|buy|purchase|cancel|schedule|post|deploy|merge|release|launch|ship"
    r"|present|hire|install|apply|enrol|enroll|attend|finish|complete|deliver|return|upload"
    r"|close|hand\s+in|write\s+up|set\s+up|sign\s+up|get|pass|book\s+in|fix|replace|repair"
    r"|move|migrate|upgrade|archive|delete|remove|approve|confirm|invite|introduce|thank|meet"
    r"|visit|print|frame|collect|reconcile|refund|settle|report|escalate|retire|decommission"
    r"|rename|transfer|tidy|clear|renew|certify|earn|obtain|take|sit|run|host|chair|facilitate"
    r"|record|film|draft|write|prepare|create|build|design|organi[sz]e|arrange|plan|agree)\s+"
    r"(?:up\s+|in\s+|off\s+|out\s+)?(?:the|a|an|my|our|his|her|their|your|this|that|next"
    r"|tomorrow['’]s|[a-z]+['’]s)\s+(?!more\b|better\b|some\b)[\w-]+"
)
# An outcome with its measure, with or without a verb ("NPS above 40 by Q2", "conversion from
# 4% to 6%"): what will change and by how much is named, which is specific.
_OUTCOME = LazyPattern(
    r"\bfrom\s+[\d.,]+\s*(?:%|percent|[a-z]+)?\s+(?:down\s+|up\s+)?to\s+[\d.,]+"
    r"|\b(?:above|below|under|over|at\s+least|at\s+most|no\s+more\s+than|less\s+than"
    r"|more\s+than|fewer\s+than)\s+[\d.,]*\d"
    r"|\b(?:down\s+to|up\s+to|to|by|within)\s+[\d.,]+\s*(?:%|percent"
    r"|ms|s|seconds?|minutes?|mins?|hours?|hrs?|days?|points?|pts|k|m|users|customers|tickets)"
    r"|[<>≤≥]\s*[\d.,]+"
)
_SCOPE = LazyPattern(r"\b(?:every|each)\s+(?!of\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?")
_DELIVERABLE = LazyPattern(
    r"\b(?:report|document|doc|e-?mail|draft|presentation|deck|slides?|plan|demo|prs?"
    r"|pull\s+request|merge\s+request|proposal|checklist|summary|summaries|test|course"
    r"|certification|certificate|workshop|session|meeting|1:1|one-on-one|review|retro"
    r"|retrospective|post-?mortem|write-?up|memo|brief|spec|specification|roadmap|runbook"
    r"|playbook|guide|wiki|page|article|blog\s+post|newsletter|digest|dashboard|prototype"
    r"|release|notes|feature|survey|interview|training|talk|lunch-and-learn|lunch|event"
    r"|template|script"
    r"|analysis|analyses|budget|forecast|agenda|minutes|handbook|faq|video|recording|exam"
    r"|assessment|audit|case\s+study|schedule|timeline|model|contract|agreement|invoice|quote"
    r"|questionnaire|charter|policy|policies|scorecard|application|pack|list|shortlist|standup"
    r"|stand-up|migration|upgrade|launch|rollout|okr|letter|app|website|mockup|wireframe|diagram"
    r"|record|adr|readme|changelog|milestone|webinar|offsite|results)s?\b"
)


# --- The letters ---------------------------------------------------------------------------------


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    # Blank out the words of a deadline so "by 15 January" is not mistaken for a target of 15.
    # Spaces keep every other offset where it was.
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _blank(pattern: LazyPattern, low: str) -> str:
    return _mask(low, [m.span() for m in pattern.finditer(low)])


def _short(words: str, limit: int = 60) -> str:
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit - 3] + "..."


class _Goal:
    # A plain class: a dataclass costs about 0.5 ms to make, on every start of `grow smart`.
    __slots__ = ("low", "masked", "text")

    def __init__(self, text: str, low: str, masked: str) -> None:
        self.text = text  # as typed, for quoting in reasons
        self.low = low  # lower case, same offsets
        self.masked = masked  # lower case with its date phrases blanked out

    def quote(self, start: int, end: int) -> str:
        return _short(self.text[start:end])

    def words_from(self, start: int) -> str:
        words = _ACTION_WORDS.match(self.low, start)
        return self.quote(start, words.end() if words is not None else start)


def _wish(low: str) -> tuple[int, int] | None:
    """Where the goal states a wish rather than an action ("be more proactive"), if it does."""
    found = _STRONG_VAGUE.search(low)
    if found is not None:
        return found.span()
    tail = max(0, len(low) - _TAIL_LENGTH)
    found = _ENDS_WITH_MORE.search(low, tail)
    return found.span() if found is not None else None


def _verbs(low: str) -> Iterator[tuple[int, int]]:
    """Where the goal's action verbs are, as (start, end)."""
    for match in _ACTION.finditer(low):
        first = match["first"]
        if first in _VERB_FORMS:
            yield match.span("first")
        elif match["second"] in _VERB_FORMS and (first.endswith("ly") or first in _ADVERBS):
            yield match.span("second")


def _action(goal: _Goal, vague: tuple[int, int] | None) -> tuple[int, int] | None:
    for verb in _verbs(goal.low):
        if vague is None or not vague[0] <= verb[0] < vague[1]:
            return verb
    return None


def _check_specific(goal: _Goal) -> tuple[LetterCheck, tuple[int, int] | None, bool]:
    """The Specific letter, the wish ("be more proactive") in the goal if any, and whether the
    goal is nothing but that wish."""
    strong = _wish(goal.low)
    soft = _SOFT_VAGUE.search(goal.low)
    action = _action(goal, strong or (soft.span() if soft is not None else None))
    enough_words = len(_WORD.findall(goal.low)) >= 3
    if action is not None:
        if enough_words and _WORD.search(goal.low, action[1]):
            shown = goal.words_from(action[0])
            return LetterCheck("pass", SPECIFIC_PASS.format(action=shown)), strong, False
        if strong is None:
            return LetterCheck("warn", SPECIFIC_SHORT), None, False
    if strong is not None:
        phrase = goal.quote(*strong)
        return LetterCheck("fail", SPECIFIC_VAGUE.format(phrase=phrase)), strong, True
    outcome = _OUTCOME.search(goal.masked)
    if outcome is not None and enough_words:
        shown = goal.quote(0, outcome.end())
        return LetterCheck("pass", SPECIFIC_OUTCOME.format(outcome=shown)), None, False
    if soft is not None:
        if _NUMBER.search(goal.masked):
            shown = goal.words_from(soft.start())
            return LetterCheck("pass", SPECIFIC_PASS.format(action=shown)), None, False
        reason = SPECIFIC_SOFT.format(phrase=goal.quote(*soft.span()))
        return LetterCheck("warn", reason), None, False
    if not enough_words:
        return LetterCheck("warn", SPECIFIC_SHORT), None, False
    return LetterCheck("warn", SPECIFIC_NO_ACTION), None, False


def _check_measurable(goal: _Goal, wish: tuple[int, int] | None, only_wish: bool) -> LetterCheck:
    masked = goal.masked
    if wish is not None and not only_wish:
        # "Improve my presentation skills by attending a workshop": the skills are the wish;
        # what can be checked is the workshop.
        masked = _mask(masked, [*(m.span() for m in _STRONG_VAGUE.finditer(masked)), wish])
    counted = _blank(_NOT_A_MEASURE, _blank(_ONE_ON_ONE, _blank(_TIME_OF_DAY, masked)))
    number = _NUMBER.search(counted)
    if number is not None:
        return LetterCheck("pass", MEASURABLE_NUMBER.format(token=goal.quote(*number.span())))
    quantity = _WORD_QUANTITY.search(masked)
    if quantity is not None:
        return LetterCheck("pass", MEASURABLE_RATIO.format(token=goal.quote(*quantity.span())))
    if only_wish:
        # In a wish ("be more proactive in weekly meetings") meetings and their frequency are the
        # setting, not the result, so only an explicit number counts.
        return LetterCheck("fail", MEASURABLE_FAIL)
    # A schedule stays a schedule when it also gives the deadline ("every Friday"), so the
    # frequency is looked for in the whole sentence, not only outside its date phrases.
    for pattern, text, reason in (
        (_FREQUENCY, goal.low, MEASURABLE_FREQUENCY),
        (_DELIVERABLE, masked, MEASURABLE_DELIVERABLE),
        (_SCOPE, masked, MEASURABLE_SCOPE),
    ):
        found = pattern.search(text)
        if found is not None:
            return LetterCheck("pass", reason.format(token=goal.quote(*found.span())))
    done = _DONE_OR_NOT.search(masked)
    if done is not None:
        return LetterCheck("pass", MEASURABLE_SINGLE.format(token=goal.quote(*done.span())))
    # "Hire a senior designer": an action on exactly one thing is done or not done.
    for start, end in _verbs(masked):
        single = _SINGLE.match(masked, end)
        if single is not None:
            token = goal.quote(start, single.end())
            return LetterCheck("pass", MEASURABLE_SINGLE.format(token=token))
    return LetterCheck("fail", MEASURABLE_FAIL)


def _check_achievable(confidence: int | None) -> LetterCheck:
    if confidence is None:
        return LetterCheck("warn", ACHIEVABLE_ASK)
    if confidence >= 7:
        return LetterCheck("pass", ACHIEVABLE_PASS.format(n=confidence))
    return LetterCheck("warn", ACHIEVABLE_LOW.format(n=confidence))


def _check_relevant(relevant_to: str | None) -> LetterCheck:
    link = " ".join((relevant_to or "").split())
    if not link:
        return LetterCheck("warn", RELEVANT_ASK)
    return LetterCheck("pass", RELEVANT_PASS.format(link=_short(link, 80)))


def _check_time_bound(
    goal: _Goal, finding: DeadlineFinding, today: date, due: date | None
) -> tuple[LetterCheck, date | None]:
    if due is not None:
        if due < today:
            return LetterCheck("fail", TIME_OWN_DUE_PAST.format(due=due.isoformat())), due
        return LetterCheck("pass", TIME_OWN_DUE.format(due=due.isoformat())), due
    phrase = _short(finding.phrase or "")
    if finding.problem is None and finding.due is not None:
        reason = TIME_PASS.format(due=finding.due.isoformat(), phrase=phrase)
        return LetterCheck("pass", reason), finding.due
    if finding.problem == VAGUE:
        return LetterCheck("fail", TIME_VAGUE.format(phrase=phrase)), None
    if finding.problem == PAST and finding.due is not None:
        reason = TIME_PAST.format(phrase=phrase, due=finding.due.isoformat())
        return LetterCheck("fail", reason), finding.due
    if finding.problem == IMPOSSIBLE:
        return LetterCheck("fail", TIME_IMPOSSIBLE.format(phrase=phrase)), None
    frequency = _FREQUENCY.search(goal.masked)
    if finding.problem == MISSING and frequency is not None:
        reason = TIME_FREQUENCY_ONLY.format(phrase=goal.quote(*frequency.span()))
        return LetterCheck("fail", reason), None
    return LetterCheck("fail", TIME_MISSING), None


def check_smart(
    text: str,
    *,
    today: date,
    relevant_to: str | None = None,
    confidence: int | None = None,
    due: date | None = None,
) -> SmartResult:
    """Check one goal against SMART.

    `today` resolves date phrases. `relevant_to` (what the goal serves) and `confidence` (1-10)
    come from the person; without them Relevant and Achievable warn. `due`, an item's own due
    date, takes precedence over any date in the text. Raises ValueError when confidence is outside
    1-10; any text at all is answered.
    """
    if confidence is not None and (
        isinstance(confidence, bool) or not isinstance(confidence, int) or not 1 <= confidence <= 10
    ):
        raise ValueError(CONFIDENCE_RANGE.format(value=confidence))
    if _WORD.search(text) is None:
        empty = LetterCheck("fail", EMPTY)
        return SmartResult(text, empty, empty, empty, empty, empty, None)
    finding, spans = find_deadline_and_spans(text, today)
    low = fold(text)
    goal = _Goal(text, low, _mask(low, spans))
    specific, wish, only_wish = _check_specific(goal)
    time_bound, resolved = _check_time_bound(goal, finding, today, due)
    return SmartResult(
        text=text,
        specific=specific,
        measurable=_check_measurable(goal, wish, only_wish),
        achievable=_check_achievable(confidence),
        relevant=_check_relevant(relevant_to),
        time_bound=time_bound,
        due=resolved,
    )
