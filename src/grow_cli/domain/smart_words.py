"""The words the SMART check looks for (`smart.py`): action verbs, wishes that are not actions,
numbers, schedules, scopes and deliverables.

Plain word lists where a set lookup does ("send", "review"), patterns where the words need their
neighbours ("be more proactive", "every Friday"). Each pattern is linear and compiled on first use
(LazyPattern), so a start of `grow smart` compiles only what its goal needs.
"""

from __future__ import annotations

from typing import Final

from grow_cli.domain.patterns import LazyPattern

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
validate verify visit walk write increase decrease
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


VERB_FORMS: Final = frozenset(form for verb in _VERBS for form in _forms(verb))
ADVERBS: Final = frozenset(("someday", "eventually", "also", "then", "first", "finally", "just"))
_WEEKDAY: Final = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_UNIT: Final = (
    "day|weekday|week|fortnight|month|quarter|year|sprint|morning|afternoon|evening|night"
)

# Where a verb goes: the start, after "and", "by", "to", "will", a comma. The word there (or the
# next one, after an adverb: "Eventually document ...") is looked up in VERB_FORMS; a set lookup
# is much cheaper to build and run than a regex alternation of every form.
ACTION = LazyPattern(
    r"(?:^\W*|[,;:(]\s*"
    r"|\b(?:and|then|by|to|will|shall|must|should|also|please|i|we|you|they|help)\s+"
    r"|['’]ll\s+)(?P<first>[a-z]+)\b(?:(?=\s+(?P<second>[a-z]+)\b)|)"
)
# What the action applies to, for the reason: the verb and a few words after it.
ACTION_WORDS = LazyPattern(r"[^\s,;:.!?]+(?:[ \t]+[^\s,;:.!?]+){0,4}")

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
STRONG_VAGUE = LazyPattern(
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
            r"\b(?:step\s+up|try\s+harder|do\s+better|(?:raise|up)\s+(?:my|your|his|her|their|the)"
            r"\s+game|be\s+(?:proactive|accountable|responsive|engaged|a\s+team\s+player"
            r"|a\s+role\s+model)|learn\s+more\s+about|get\s+(?:up\s+to\s+speed|comfortable"
            r"|involved))\b",
        )
    )
)
# A goal that ends in "more" ("help the team more") names no amount and no action. Only the end of
# the text is searched, so a long text costs nothing extra.
ENDS_WITH_MORE = LazyPattern(r"(?<![\w'-])[\w'-]+(?:\s+[\w'-]+){0,3}\s+more(?:\s+often)?[.!]?\s*\Z")
TAIL_LENGTH: Final = 120
# Verbs that point in a direction without saying what will be done ("improve the onboarding
# flow"). A number, a concrete action or a target after them makes the goal specific.
SOFT_VAGUE = LazyPattern(
    r"\b(?:improve|improving|enhance|strengthen|boost|optimi[sz]e|streamline|work\s+on|focus\s+on"
    r"|look\s+into|address|tackle|help\s+with|support|contribute\s+to|think\s+about|explore"
    r"|be\s+involved\s+in)\b"
)
WORD = LazyPattern(r"\w+")

TIME_OF_DAY = LazyPattern(r"\b\d{1,2}(?:[:.]\d{2})?\s{0,3}[ap]\.?m\b|\b\d{1,2}:\d{2}\b")
ONE_ON_ONE = LazyPattern(r"\b1:1s?\b|\bone-on-ones?\b")
NUMBER = LazyPattern(
    r"(?<![\w.])\d[\d,.]*(?:\s?%|\s+percent)?(?:[\s-]+(?!(?:by|to|of|in|and|or)\b)[a-z]+)?"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|hundred|dozen|twice)\b(?:[\s-]+(?!(?:by|to|of|in|and|or)\b)[a-z]+)?"
)
FREQUENCY = LazyPattern(
    r"\b(?:daily|weekly|fortnightly|bi-?weekly|monthly|quarterly|annually|yearly|nightly|hourly"
    rf"|every\s+(?:other\s+|second\s+)?(?:{_UNIT}|{_WEEKDAY})s?"
    rf"|each\s+(?:{_UNIT}|{_WEEKDAY})|per\s+(?:{_UNIT})"
    rf"|(?:once|twice|\w+\s+times)\s+(?:a|an|per|each|every)\s+(?:{_UNIT})"
    rf"|on\s+(?:{_WEEKDAY})s)\b"
)
SINGLE = LazyPattern(r"\s+(?:a|an|one)\s+[\w-]+(?:\s+[\w-]+)?")
SCOPE = LazyPattern(r"\b(?:every|each)\s+(?!of\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?")
DELIVERABLE = LazyPattern(
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
