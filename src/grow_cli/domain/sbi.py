"""SBI feedback: notice when a 'behavior' judges the person instead of saying what was seen, and
when an 'impact' names only a feeling.

Three ways a behaviour stops being something a camera would record, each with its own reason:
a label of the person ("defensive", "a slacker"), an absolute ("always late", "never listens"),
and a guess at intent or inner state ("ignoring me", "doesn't care"). A judgement of a piece of
work ("the code was difficult to review") is an observation and raises nothing: words that can
describe either only count when said of a person.
"""

from __future__ import annotations

import re
from typing import Final, Literal, NamedTuple

Problem = Literal["label", "absolute", "intent"]


class Finding(NamedTuple):
    """What is wrong with a behaviour, the words that show it, and the reason for people."""

    problem: Problem
    words: str
    reason: str


def _words(*phrases: str) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


# Only ever said of a person.
_PERSON_LABELS: Final = _words(
    "lazy", "arrogant", "incompetent", "disrespectful", "selfish", "clueless", "immature",
    "toxic", "defensive", "a slacker", "slacker", "checked out", "checked-out", "unmotivated",
    "disengaged", "not engaged", "not committed", "not a team player", "no team player",
    "bad attitude", "an attitude", "attitude problem", "no initiative", "lacks initiative",
    "lack of initiative", "not pulling their weight", "not pulling his weight",
    "not pulling her weight", "not pulling your weight", "pulling your weight", "a pushover",
    "passive-aggressive", "passive aggressive", "abrasive", "bossy", "entitled", "a know-it-all",
    "know-it-all", "hostile", "aggressive", "dismissive", "condescending", "stubborn",
    "negative person", "a drama queen", "dramatic", "hopeless", "lazy-ish", "a liability",
    "flaky", "whiny", "moody", "rude", "unprofessional", "uncooperative", "obnoxious",
    "the bare minimum", "went rogue", "a hero", "a rockstar", "a star", "a natural", "brilliant",
    "unprepared", "a genius", "useless", "a mess", "all over the place", "the minimum",
    "did the minimum", "half-hearted", "half hearted", "team player", "a team player",
    "a blocker", "a superstar", "superstar", "a legend", "a nightmare", "a pain", "a drag",
    "a disappointment",
)  # fmt: skip
# Said of a person they are labels; said of work they are an observation ("a sloppy merge" is
# borderline, "the spec was difficult to follow" is plain).
_EITHER: Final = _words(
    "difficult", "negative", "sloppy", "careless", "unreliable", "useless", "lazy", "bad",
    "terrible", "awful", "hard to work with", "slow", "disorganised", "disorganized", "messy",
    "unhelpful", "inconsiderate", "unfriendly", "cold",
)  # fmt: skip
_PERSON: Final = (
    r"(?:you|he|she|they|i|we|(?-i:(?!It\b|This\b|That\b|The\b)[A-Z][a-z]+)|the\s+(?:new\s+)?(?:hire|intern|engineer|developer"
    r"|manager|lead|analyst|designer|contractor|team\s+member))"
)
_BE: Final = (
    r"(?:is|was|are|were|'s|’s|'re|’re|seems|seemed|being|been|comes\s+across\s+as"
    r"|came\s+across\s+as|acts|acted|acting|got|gets|became|looks|looked|sounded|sounds)"
)
_LABEL = re.compile(
    rf"\b(?P<w>{_PERSON_LABELS})\b(?!\s+(?:checks?|code|coding|programming|copy|driving|tests?"
    r"|null|guards?|copies|defaults?|measures?|parsing|validation"
    r"|loading|load|loaded|evaluation|branch|main|master|the|a|an|my|our|your|their|his|her|last"
    r"|(?:this|that)(?!\s+(?:quarter|week|month|year|sprint|morning|afternoon|time|day)\b)"
    r"|those|these)\b)",
    re.IGNORECASE,
)
_SAID_OF_PERSON = re.compile(
    rf"(?<![\w'’]){_PERSON}(?:\s+|(?=['’])){_BE}\s+(?:(?:so|too|very|really|quite|a\s+bit|kind\s+of|pretty|"
    rf"super|totally|overly|way\s+too|a\s+little|a\s+tad|"
    rf"incredibly|extremely|being)\s+)*(?P<w>{_EITHER})\b",
    re.IGNORECASE,
)
# "You are X", "you were X": a description of the person, unless X is a plain fact of time or
# place ("you were late to three standups", "you were out on Friday").
_YOU_ARE = re.compile(
    r"\b(?:you're|you’re|you\s+are|you\s+were|you['’]ve\s+been|you\s+have\s+been|he\s+was"
    r"|she\s+was|they\s+were)\s+"
    r"(?:so\s+|too\s+|really\s+|very\s+|such\s+|being\s+)?(?:a\s+|an\s+)?"
    r"(?!(?:late|early|absent|away|out|on|off|in|at|the|not|there|here|missing|online|offline"
    r"|first|last|alone|asked|told|given|sent|one|two|three|four|five|\d)\b)(?P<w>[a-z]+)",
    re.IGNORECASE,
)
# Generalisations: what happened once (or five times) becomes what always happens.
_ABSOLUTE = re.compile(
    r"\b(?P<w>always|never(?!\s+(?:expire|expires|expiring|times?\s+out|sleep|cache))|constantly|continually|continuously|forever|invariably"
    r"|every\s+single\s+(?:time|day|week|month|meeting|sprint)|each\s+and\s+every\s+time|all\s+the\s+time|every\s+time"
    r"|without\s+fail|non-?stop|at\s+every\s+(?:meeting|opportunity|turn)|as\s+usual"
    r"|as\s+always|again\s+and\s+again|yet\s+again|not\s+once|not\s+a\s+single\s+time"
    r"|no\s+matter\s+what|24/7|whenever"
    # Every occasion of an open-ended kind: "late to every call" (not "every call of that week").
    r"|(?:to|at|in|for)\s+every\s+(?:call|meeting|stand-?up|session|review|sync|demo|retro|1:1)"
    r"(?!\s+(?:of|in|this|that|last|during|on|that)\b))\b",
    re.IGNORECASE,
)
# A guess at what went on inside them, which nobody saw.
_INTENT = re.compile(
    r"\b(?P<w>ignor(?:es|ed|ing)\s+(?:me|us|the\s+team|my|our|everyone|feedback|people)"
    r"|(?:does|did|do)\s*(?:n't|n’t|\s+not)\s+(?:care|bother|want|respect|value|listen|try)"
    r"|couldn['’]?t\s+be\s+bothered|can['’]?t\s+be\s+bothered"
    r"|(?:wanted|wants|was\s+trying|tried|is\s+trying|meant|intended|set\s+out)\s+to\s+"
    r"(?:look\s+(?:like|good|smart|important)|embarr?ass|undermine|humiliate|show\s+(?:me|us|off)|hurt|sabotage|annoy|provoke"
    r"|make\s+(?:[\w'’]+\s+){1,2}look|get\s+(?:back|at|out\s+of)|avoid|dodge|prove)"
    r"|on\s+purpose|deliberately|intentionally|purposely|out\s+of\s+spite|to\s+spite"
    r"|(?:was|were|is|are|seemed|seems|looked|looks|got|gets)\s+(?:so\s+|really\s+|very\s+)?"
    r"(?:bored|uninterested|not\s+interested|annoyed|angry|upset|jealous|resentful|indifferent"
    r"|hiding|avoiding|pretending|sulking|panicking|lying|stalling|scared|afraid|nervous"
    r"|frustrated|irritated|stressed|distracted|overwhelmed|jealous|threatened|offended|sulky)"
    r"|\b(?:pretend(?:s|ed|ing)?|avoid(?:s|ed|ing)|hid(?:e|es|ing)?|panick(?:ed|ing)|panics?"
    r"|rush(?:ed|es|ing)\s+(?:it|through|the|a|an|your|his|her|their)\b"
    r"|(?<!@)ignor(?:e|es|ed|ing)(?!\s+(?:list|file|flag|rule|the\s+(?:test|warning|lint)))|snubb(?:ed|ing)|sulk(?:s|ed|ing)"
    r"|stonewall(?:s|ed|ing)|sabotag(?:e|es|ed|ing))\b"
    r"|(?:doesn['’]?t|does\s+not|didn['’]?t|did\s+not)\s+(?:think|feel)\s+\w+\s+(?:matters?|counts?)"
    r"|has\s+no\s+respect|had\s+no\s+respect|no\s+respect\s+for|not\s+interested\s+in"
    r"|thinks?\s+(?:they|he|she|you)['’]?(?:re|s)?\s+(?:are\s+|is\s+)?(?:above|better)"
    r"|because\s+(?:you|he|she|they)\s+(?:wanted|want|felt|feel|thought|think|were|was|are|is"
    r"|did\s*n['’]?t|don['’]?t|do\s+not|did\s+not)"
    r"|\btrying\s+to\b|\b(?:were|was|are|is)\s*(?:n['’]?t|\s+not)\s+(?:listening|interested"
    r"|paying\s+attention|engaged|trying|bothered)|\blying\b|\blied\b|\bshowing\s+off\b"
    r"|\bclearly\b|\bobviously\b|\bfelt\s+threatened\b"
    r"|(?:do|does|did)\s*(?:n['’]?t|\s+not)\s+take\s+(?:\w+\s+){1,3}seriously)",
    re.IGNORECASE,
)

# A loaded word said of a thing someone set up: "made the price lookups lazy", "made the linter
# ignore the legacy folder" describe code, not the person.
_OF_A_THING = re.compile(
    r"\b(?:made|make|makes|making|set|sets|setting|marked|configured|told|let|had|switched|turned"
    r"|changed)\s+(?:the|a|an|its|their|our|all|this|that|these|those|every)\s+"
    r"(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)

_QUOTED = re.compile(r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|(?<!\w)'[^'\n]{1,300}'(?!\w)")

_REASONS: Final[dict[Problem, str]] = {
    "label": (
        "{words} describes the person, not what they did: say what you saw or heard, e.g. "
        "'three of the five stories were not finished at the demo'."
    ),
    "absolute": (
        "{words} turns some occasions into all of them, which invites an argument about the "
        "exceptions: name the occasions, e.g. 'late to three of the last four standups'."
    ),
    "intent": (
        "{words} guesses at what they meant or felt, which nobody saw: say what they did, e.g. "
        "'did not reply to my two messages on Tuesday'."
    ),
}


def behavior_finding(behavior: str) -> Finding | None:
    """What makes `behavior` something other than what was seen or heard (the first of label,
    absolute or intent in the text), or None when it describes an action."""
    # Words in quotes are what was said, which anyone could hear: "told Jo 'you always break
    # the build'" is an observation.
    behavior = _QUOTED.sub(lambda m: " " * len(m.group(0)), behavior)
    found: list[tuple[int, Problem, str]] = []
    checks: tuple[tuple[re.Pattern[str], Problem, str | int], ...] = (
        (_LABEL, "label", "w"),
        (_SAID_OF_PERSON, "label", "w"),
        (_ABSOLUTE, "absolute", "w"),
        (_INTENT, "intent", "w"),
    )
    for pattern, problem, group in checks:
        match = pattern.search(behavior)
        while match is not None and _OF_A_THING.search(
            behavior[max(0, match.start() - 80) : match.start()]
        ):
            match = pattern.search(behavior, match.end())
        if match is not None:
            found.append((match.start(), problem, match.group(group)))
    if not found:
        # "You were X" is a label only when nothing more telling was found.
        match = _YOU_ARE.search(behavior)
        if match is None:
            return None
        found.append((match.start(), "label", match.group(0)))
    _, problem, words = min(found)
    words = " ".join(words.lower().split())
    return Finding(problem, words, _REASONS[problem].format(words=f"'{words}'"))


def judgement_in(behavior: str) -> str | None:
    """Why `behavior` reads as a judgement of the person, or None when it describes an action."""
    finding = behavior_finding(behavior)
    return finding.reason if finding else None


# Feelings, and words that name a consequence for the work, the team, a customer or a number.
_FEELING = re.compile(
    # A feeling's content, a verdict or the audience of a feeling, however worded: "felt like I
    # couldn't get a word in", "came across as rude", "a waste of an hour", "embarrassed in
    # front of the queue", "nobody enjoys the meetings", "the mood dipped".
    r"\b(?:"
    r"(?:felt|feel|feels|feeling)\s+(?:like|as\s+if|as\s+though)\b[^.;]*"
    r"|c[ao]mes?\s+across(?:\s+as)?|(?:a\s+)?waste\s+of\s+(?:an?\s+|my\s+|our\s+|everyone['’]s\s+)?"
    r"(?:hour|time|day|morning|afternoon|meeting|session)"
    r"|in\s+front\s+of\s+(?:the\s+|a\s+|my\s+|our\s+|their\s+)?[\w-]+"
    r"|(?:nobody|no\s+one|everyone|people)\s+(?:enjoys?|likes?|loves?|hates?|believed?|trusts?"
    r"|trusted)"
    r"|(?:mood|vibe|atmosphere|energy|tone)(?:\s+(?:in|of)\s+(?:the\s+)?\w+)?\s+(?:dipped|dropped"
    r"|sank|soured|shifted|changed|fell)"
    r"|(?:lost|losing|lose)\s+(?:motivation|interest|heart|faith|trust|confidence)"
    r"|(?:felt|feel|feels|feeling)\s+(?:so\s+|really\s+|very\s+|quite\s+|a\s+bit\s+)?\w+"
    r"|felt|feel|feels|feeling|upset|annoyed|frustrat\w*|bad|uncomfortable|hurt|angry"
    r"|disappointed|embarrass\w*|unhappy|sad|awkward|irritat\w*|stressed|uneasy|offended"
    r"|demotivated|discouraged|not\s+great|not\s+good|weird|tense|mood|upsetting|tired|rubs?"
    r"|wrong\s+way|wastes?|cracks|count\s+on|(?:was|is)n['’]?t\s+(?:great|good|ideal|ok|okay)"
    r"|not\s+ok|disrespectful|unacceptable|annoying|frustrating|hurtful|rude|loved|hated|liked"
    r"|disliked|believed|suffered|betrayed|humiliated|rejected|attacked|ignored|undermined"
    r"|disrespected|blindsided|excluded|unappreciated|undervalued|(?:felt|feel|feels)\s+\w+"
    r"|mortified|horrified|gutted|livid|furious|ashamed|devastated|crushed|insulted|appalled"
    r")\b",
    re.IGNORECASE,
)
_CONSEQUENCE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|twice|double)\b"
    r"|\b(?:deadline|release|launch|ship\w*|deliver\w*|deploy\w*"
    r"|sprint|delay\w*|slipp?\w*|late|hours?|days?|weeks?|cost\w*|revenue|budget|ticket"
    r"|escalat\w*|miss\w*|rework|redo|blocked|blocking|wait\w*|lost|lose|losing|had\s+to"
    r"|couldn['’]?t|could\s+not|stopped|stop|quit|left|complain\w*|churn\w*|sla|outage|bug"
    r"|incident|error|fail\w*|broke|broken|scope|speak\w*|shar\w*|contribut\w*"
    r"|question\w*|silent|quiet|stopped|spoke|offline|withdr\w*|avoid\w*|instead|asked|asking"
    r"|customers?\s+(?:left|asked|called|cancel\w*)|nobody|no\s+one|anyone|went|came|took|gave"
    r"|made\s+(?:us|me|them|him|her)\s+\w+|ran\s+(?:over|out|late)|overran|fell|dropped|rose"
    r"|hit\s+(?:the|our|a)|met\s+(?:the|our|a)|beat|won|saved|closed"
    r"|roll-?backs?|revert\w*|hot-?fix\w*|downtime|overtime|refunds?|penalt\w+|fined|fines|backlog"
    r"|queue|duplicat\w+|crash\w*|pag(?:e|ed|ing)|firefight\w*|all-nighter|weekend\s+work"
    # Something that did not happen, and what people now do differently.
    r"|(?:did|do|does|have|has|had|would|will|could|won['’]?|wo)\s*(?:n['’]t|\s+not)\s+"
    r"(?!(?:feel|like|care|enjoy|think|want|seem|appreciate|love|mind|believe|trust|land|go|sit"
    r"|help|work|look|sound)\b)[a-z]+"
    r"|there\s+(?:was|were|is|are)\s+no\s+\w+|now\s+(?:wants?|asks?|requires?|insists?|sends?"
    r"|checks?|goes|copies)"
    r"|heard|rang|sent|told|wrote|found|began|brought|bought|built|caught|chose|held|kept|led"
    r"|paid|sold|spent|got\s+(?:a|an|the|no))\b",
    re.IGNORECASE,
)

# Something happened: a past-tense verb that is not a feeling ("the vendor paused the talks").
_EVENT = re.compile(
    r"(?<!\bfelt\s)(?<!\bgot\s)(?<!\bget\s)(?<!\breally\s)(?<!\bvery\s)(?<!\bso\s)(?<!\bquite\s)"
    r"\b(?!(?:looked|seemed|sounded|appeared|felt|reflected|worried|pleased|concerned|surprised"
    r"|shocked|relieved|impressed|bored|tired|scared|confused|excited|believed|amazed|thrilled"
    r"|delighted|stressed|overwhelmed|exhausted|disappointed|interested|motivated|engaged"
    r"|noticed|unsettled|chuffed|rattled|deflated|demoralised|demoralized|alienated|sidelined"
    r"|unsupported|unheard|unvalued|dismissed|abandoned)\b)"
    r"[a-z]{3,}ed\b"
    r"|\b(?:price|renewal|contract|prospect|sales|crash\w*)\b",
    re.I,
)

IMPACT_REASON: Final = (
    "The impact names only a feeling: say what it led to for the work, the team or a "
    "customer too, e.g. 'Sam stopped sharing ideas in the next two standups'."
)


def impact_problem(impact: str) -> str | None:
    """Why `impact` names no consequence (only a feeling, or nothing at all), or None."""
    text = " ".join(impact.split())
    if not text:
        return None
    plain = _FEELING.sub(" ", text)
    if _CONSEQUENCE.search(plain) or _EVENT.search(plain):
        return None
    # Nothing happened that anyone could point to: a feeling ("I was worried") or a verdict
    # ("it looked bad", "the vibe was off").
    return IMPACT_REASON
