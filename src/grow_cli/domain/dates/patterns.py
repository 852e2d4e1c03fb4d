r"""The regular expressions that find deadline phrases in a goal, and the words around them.

Each is linear: quantifiers are bounded or separated by literal words, so no input can make the
engine backtrack exponentially. Group names tell the resolvers (`resolvers.py`) what matched.

Each is compiled on first use, and comes with the words any match must contain (LazyPattern): a
text without them is not searched, so a start of `grow smart` compiles only the few patterns its
goal could match. The comment above each list says why every match holds one of its words; only
literal characters of the pattern count there, since `\s`, `\d` and `\b` also match Unicode
characters. tests/test_dates_triggers.py checks every match of every pattern against its lists.
"""

from __future__ import annotations

from typing import Final

from grow_cli.domain.dates.words import (
    MONTH,
    MONTH_STEMS,
    NUMBER_WORD,
    WEEKDAY_ABBR,
    WEEKDAY_FULL,
    WEEKDAY_STEMS,
)
from grow_cli.domain.patterns import LazyPattern

_NUM: Final = r"\d{1,4}|" + NUMBER_WORD
_ORD: Final = r"(?:st|nd|rd|th)?"

# Every alternative of `_UNIT` holds one of these ("business days", "hrs", "fortnights", ...).
_UNIT_WORDS: Final = ("day", "week", "fortnight", "month", "quarter", "year", "hour", "hr")
# The labels "q1"-"q4", "h1", "h2" are literal in `QUARTER` and `QUARTER_IN`.
_HALVES: Final = ("q1", "q2", "q3", "q4", "h1", "h2")

# The separator is a literal "-" or "/" (and \2 repeats it).
ISO = LazyPattern(
    r"(?<![\d.])(?P<y>\d{4})([-/])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d])",
    ("-", "/"),
)
# Literal "/" separators.
DMY = LazyPattern(r"(?<![\d/.])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])", ("/",))
# The month name is required.
DAY_MONTH = LazyPattern(
    rf"(?<![\d.,])(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<month>{MONTH})\b\.?"
    rf"(?:,?\s+(?P<y>\d{{4}})(?!\d))?",
    MONTH_STEMS,
)
# The month name is required.
MONTH_DAY = LazyPattern(
    rf"\b(?P<month>{MONTH})\.?\s+(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}\b(?![:.]\d)"
    rf"(?!\s*(?:%|percent|[ap]\.?m\b))(?:,?\s+(?P<y>\d{{4}})(?!\d))?",
    MONTH_STEMS,
)
# The month name is required, after "end", "mid" or one of the words ("during" and "starting"
# hold "in").
MONTH_PERIOD = LazyPattern(
    r"\b(?:(?P<end>end\s+of\s+)|(?P<mid>mid-?\s*)"
    r"|(?P<pre>by|before|until|till|in|during|from|starting)\s+)"
    rf"(?P<month>{MONTH})\b\.?(?!\s*\d{{1,2}}(?!\d))(?:,?\s+(?P<y>\d{{4}})(?!\d))?",
    MONTH_STEMS,
    ("end", "mid", "by", "before", "until", "till", "in", "from"),
)
# A literal "the" after one of the words.
DAY_OF_MONTH = LazyPattern(
    r"\b(?P<pre>by|on|before|until|till|due)\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?!\s+(?!of\b|each\b|every\b|and\b|at\b|by\b|so\b)[a-z])",
    ("the",),
    ("by", "on", "before", "until", "till", "due"),
)
# The label is required, after "end" or one of the words.
QUARTER = LazyPattern(
    r"\b(?:(?P<end>end\s+of\s+)|(?P<pre>by|before|until|till)\s+(?:the\s+end\s+of\s+)?)"
    r"(?P<q>q[1-4]|h[12])\b(?:\s+(?:of\s+)?(?P<y>\d{4})(?!\d))?",
    _HALVES,
    ("end", "by", "before", "until", "till"),
)
# "in Q3" only when Q3 is not the first word of a noun phrase ("in Q3 planning").
# The label is required, after "in" or "during" (which holds "in").
QUARTER_IN = LazyPattern(
    r"\b(?:in|during)\s+(?P<q>q[1-4]|h[12])(?:\s+(?P<y>\d{4}))?"
    r"(?![\w-]|\s+\d|\s+(?!and\b|or\b|to\b|for\b|with\b|so\b|at\b|by\b|then\b|if\b|as\b)[a-z])",
    _HALVES,
    ("in",),
)
# The year starts with a literal "20", after "end" or one of the words ("during" holds "in").
YEAR = LazyPattern(
    r"\b(?:(?P<end>end\s+of\s+)|(?P<pre>by|before|until|till|in|during)\s+)(?P<y>20\d{2})"
    r"(?![\d-])(?!\s*[\w%])",
    ("20",),
    ("end", "by", "before", "until", "till", "in"),
)
# Each alternative holds a unit or an abbreviation, and "end", "this", "next", "within" or an
# abbreviation: "end of .. week", "week end", "this|next|within .. week", "eow", "week after next".
PERIOD = LazyPattern(
    r"\b(?:end\s+of\s+(?:the\s+)?(?P<which1>this\s+|next\s+|the\s+next\s+|current\s+|calendar\s+)?"
    r"(?P<unit1>week|month|quarter|year)"
    r"|(?P<unit2>week|month|quarter|year)(?:-|\s+)end"
    r"|(?P<which3>this|next|within\s+the|within\s+this)\s+(?P<unit3>week|month|quarter|year)"
    r"(?!['’]s\b)"
    r"|(?P<abbr>eow|eom|eoq|eoy)|(?P<after>week\s+after\s+next))\b",
    ("week", "month", "quarter", "year", "eow", "eom", "eoq", "eoy"),
    ("end", "this", "next", "within", "eow", "eom", "eoq", "eoy"),
)
# A literal "weekend" after "this", "the" or "next".
WEEKEND = LazyPattern(
    r"\b(?P<which>this|the|next)\s+weekend\b",
    ("weekend",),
    ("this", "the", "next"),
)
# One word of each alternative; "end of the business day" is the only one needing two words, so
# it is "end" in the first list and "of" in the second ("day after tomorrow" holds "tomorrow").
_DAY_WORDS: Final = (
    "tomorrow", "tmrw", "today", "tonight", "morning", "afternoon", "evening", "close", "eod",
    "cob", "eob",
)  # fmt: skip
RELATIVE_DAY = LazyPattern(
    r"\b(?:(?P<dat>(?:the\s+)?day\s+after\s+tomorrow)|(?P<tomorrow>tomorrow|tmrw)"
    r"|(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|(?P<eod>end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|close\s+of\s+(?:business|play)"
    r"|eod|cob|eob))\b",
    (*_DAY_WORDS, "end"),
    (*_DAY_WORDS, "of"),
)
# Every full weekday name ends in "day".
WEEKDAY = LazyPattern(
    rf"\b(?:(?P<mod>next|this\s+coming|this|coming|the\s+following|following|every\s+other"
    rf"|every|each|last)\s+)?(?P<day>{WEEKDAY_FULL})(?P<plural>s)?\b(?!\s+of\b)"
    rf"(?:\s+(?P<week>next|this)\s+week\b)?",
    ("day",),
)
# Abbreviations only after a word that makes them a day: "sat" and "sun" are also ordinary words.
# An abbreviation after one of the words.
WEEKDAY_SHORT = LazyPattern(
    rf"\b(?P<mod>next|this|coming|every|each|on|by|until|till|before|due)\s+"
    rf"(?P<day>{WEEKDAY_ABBR})\b\.?",
    WEEKDAY_STEMS,
    ("next", "this", "coming", "every", "each", "on", "by", "until", "till", "before", "due"),
)
_UNIT: Final = (
    r"(?P<unit>(?:business\s+|working\s+)?days?|weeks?|fortnights?|months?|quarters?|years?"
    r"|hours?|hrs?)"
)
# A unit, after "in", "after", "over" or "for" ("within" and "during" hold "in").
OFFSET = LazyPattern(
    r"\b(?:in|within|after|(?:over|in|within|during|for)\s+the\s+(?:next|coming))\s+"
    rf"(?P<n>{_NUM})\s+{_UNIT}\b(?:['’]s?\s+time\b)?"
    # "within 24 hours of a request" is a service level, not a deadline.
    r"(?!\s+(?:of|after|following|before|from(?!\s+(?:now|today)\b))\b)",
    _UNIT_WORDS,
    ("in", "after", "over", "for"),
)
# "daily for two weeks": a habit kept up for a while ends when the while does. Only counted
# when the clause repeats something, since "shadow a PM for a day" says how long, not by when.
# A literal "for" and a unit.
FOR_PERIOD = LazyPattern(rf"\bfor\s+(?P<n>{_NUM})\s+{_UNIT}\b", ("for",), _UNIT_WORDS)
# The words themselves ("fortnightly" holds "nightly").
RECURRING = LazyPattern(
    r"\b(?:every|each|daily|weekly|nightly|fortnightly|monthly|twice|once|per|weekdays)\b",
    ("every", "each", "daily", "weekly", "nightly", "monthly", "twice", "once", "per", "weekdays"),
)
# "over the next month": one unit, no number.
# A literal "the", "next" or "coming", a unit, and "over", "in" or "for" before them.
NEXT_UNIT = LazyPattern(
    r"\b(?:over|in|within|during|for)\s+the\s+(?:next|coming)\s+"
    r"(?P<unit>day|week|fortnight|month|quarter|year)\b",
    ("the",),
    ("next", "coming"),
    ("day", "week", "fortnight", "month", "quarter", "year"),
    ("over", "in", "for"),
)
# A unit, a literal "from", then "now" or "today".
FROM_NOW = LazyPattern(
    rf"\b(?P<n>{_NUM})\s+{_UNIT}\s+from\s+(?:now|today)\b",
    _UNIT_WORDS,
    ("from",),
    ("now", "today"),
)

# One word of each alternative, in order; "in a few days" and "over the coming weeks" both end
# in a unit, and "when you have time", "as time allows" and "over time" all hold "time".
VAGUE_PHRASE = LazyPattern(
    r"\b(?:as\s+soon\s+as\s+(?:possible|you\s+can|we\s+can|i\s+can)|asap|soon|sooner|eventually"
    r"|going\s+forward|moving\s+forward|from\s+now\s+on|someday|some\s+day|sometime"
    r"|at\s+some\s+(?:point|stage)|at\s+a\s+later\s+(?:date|stage)|in\s+the\s+(?:near\s+)?future"
    r"|in\s+due\s+course|shortly|(?:when|whenever|if)\s+possible|when\s+convenient"
    r"|when\s+(?:you|i|we|they|he|she)\s+(?:have|has|get|gets|find|finds)\s+(?:the\s+|some\s+)?time"
    r"|(?:when|if|as)\s+time\s+(?:allows|permits)|down\s+the\s+(?:line|road)|before\s+long"
    r"|(?:in|over|within|during)\s+the\s+(?:coming|next\s+few|next\s+couple\s+of)\s+"
    r"(?:days|weeks|months)|in\s+a\s+few\s+(?:days|weeks|months)|in\s+a\s+while|over\s+time"
    r"|(?:(?:the\s+)?end\s+of|in|during|by)\s+(?:the|this|next|our)\s+(?:next\s+)?sprint"
    r"|later(?!\s+(?:than|this|that|today|tonight|in|on|next|the)\b))\b",
    (
        "soon", "asap", "eventually", "forward", "now", "some", "later", "future", "course",
        "shortly", "possible", "convenient", "time", "down", "long", "days", "weeks", "months",
        "while", "sprint",
    ),
)  # fmt: skip
# One word of each alternative ("no later than" and "not later than" hold "later").
MARKER = LazyPattern(
    r"\b(?P<word>by|before|until|till|no\s+later\s+than|not\s+later\s+than"
    r"|due(?:\s+(?:on|by|before|date))?|deadline(?:\s+(?:is|of))?|on)\s*:?\s+(?P<the>the\s+)?",
    ("by", "before", "until", "till", "later", "due", "deadline", "on"),
)
# One word of each alternative after the optional lead-in: "[ap].?m" is "am", "a.m", "pm" or
# "p.m"; "midday" and "midnight" hold "mid"; "afternoon" holds "noon".
TIME_AFTER = LazyPattern(
    r"[ \t,]{0,3}(?:(?:by|at|before|until|from|@)\s{1,3})?"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s{0,3}[ap]\.?m\b\.?|\d{1,2}:\d{2}(?!\d)|noon\b|midday\b|midnight\b"
    r"|eod\b|cob\b|end\s+of\s+(?:the\s+)?day\b|close\s+of\s+business\b"
    r"|(?:in\s+the\s+)?(?:morning|afternoon|evening)\b)",
    ("am", "a.m", "pm", "p.m", ":", "noon", "mid", "eod", "cob", "end", "close", "morning",
     "evening"),
)  # fmt: skip
# As for TIME_AFTER.
TIME_ONLY = LazyPattern(
    r"\s*(?:(?:by|at|before|until)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s{0,3}[ap]\.?m\.?|\d{1,2}:\d{2}"
    r"|noon|midday|midnight)\s*",
    ("am", "a.m", "pm", "p.m", ":", "noon", "mid"),
)
# Matches the empty string, so needs nothing.
MERGE_GAP = LazyPattern(r"[\s,]*(?:(?:on|at|the)\s+)?")

# Things that keep arriving. "Answer each client email within 2 days" or "review PRs within one
# day" sets a turnaround for every item, not a deadline for the goal.
# One word of each alternative: "e-mail" and "email" hold "mail", "pull requests" holds "request".
INCOMING = LazyPattern(
    r"\b(?:requests?|tickets?|e-?mails?|messages?|calls?|incidents?|escalations?|questions?"
    r"|enquir(?:y|ies)|inquir(?:y|ies)|quer(?:y|ies)|complaints?|bugs?|issues?|alerts?|prs?"
    r"|pull\s+requests?|reviews?|orders?|submissions?|cases?|leads?|comments?|invoices?)\b",
    (
        "request", "ticket", "mail", "message", "call", "incident", "escalation", "question",
        "enquir", "inquir", "quer", "complaint", "bug", "issue", "alert", "pr", "review", "order",
        "submission", "case", "lead", "comment", "invoice",
    ),
)  # fmt: skip
# The words themselves.
EACH = LazyPattern(r"\b(?:every|each|any)\b", ("every", "each", "any"))
# The punctuation itself.
SENTENCE_END = LazyPattern(r"[.!?;\n](?=\s)", (".", "!", "?", ";", "\n"))

MARKERS: Final = ("by", "before", "until", "till", "no", "not", "due", "deadline")
