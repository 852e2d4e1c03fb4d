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

# Every alternative of `_UNIT` holds one of these ("business days", "hrs", "wks", "mos", ...):
# "mo" is in "month" and "mos", "day" in "workday".
_UNIT_WORDS: Final = (
    "day", "week", "wk", "fortnight", "mo", "mth", "quarter", "qtr", "year", "yr", "hour", "hr"
)  # fmt: skip
# The labels "q1"-"q4", "h1", "h2" are literal in `QUARTER` and `QUARTER_IN`.
_HALVES: Final = ("q1", "q2", "q3", "q4", "h1", "h2")

# The separator is a literal "-" or "/" (and \2 repeats it).
ISO = LazyPattern(
    r"(?<![\d.])(?P<y>\d{4})([-/])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d])",
    ("-", "/"),
)
# Literal "/" or "-" separators (and \2 repeats it). Which number is the day is the resolver's
# question: "01/12/2026" needs the configured order, "12/15/2026" has one reading.
DMY = LazyPattern(
    r"(?<![\d/.-])(?P<a>\d{1,2})([/-])(?P<b>\d{1,2})\2(?P<y>\d{4})(?![\d/-])", ("/", "-")
)
# A literal "/" with no year: "by 9/12", "on 11/01". Only after a deadline word (deadlines.py),
# as "2/3 of the team" or "a 24/7 rota" are not dates; the order follows the settings.
# A two-digit year may follow ("by 2/3/27"): after a deadline word only, as the rest.
DAY_SLASH = LazyPattern(
    r"(?<![\d/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<yy>\d{2}))?(?![\d/.-]|\s*(?:%|of\b))",
    ("/",),
)
# Literal "." separators: "18.12." or "18.12.2026", always day first. Without a year the month
# has two digits and a dot after it, so an amount ("by 2.5.") is not a date; only after a
# deadline word does it count at all (deadlines.py), so a version ("the 1.10.2026 build") is not.
DOTTED = LazyPattern(
    r"(?<![\d.])(?P<d>\d{1,2})\.(?:(?P<m>\d{1,2})\.(?P<y>\d{4})|(?P<m2>\d{2})\.)(?!\d|\.\d)",
    (".",),
)
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
    r"|(?P<pre>by|before|until|till|in|during|from|starting|through|thru|throughout)\s+)"
    rf"(?P<month>{MONTH})\b\.?(?!\s*\d{{1,2}}(?!\d))(?:,?\s+(?P<y>\d{{4}})(?!\d))?",
    MONTH_STEMS,
    ("end", "mid", "by", "before", "until", "till", "in", "from", "thr"),
)
# A literal "the" after one of the words ("no later than" holds "later").
DAY_OF_MONTH = LazyPattern(
    r"\b(?P<pre>by|on|before|until|till|due|(?:no|not)\s+later\s+than)\s+the\s+"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?!of\b|each\b|every\b|and\b|at\b|by\b|so\b)[a-z])",
    ("the",),
    ("by", "on", "before", "until", "till", "due", "later"),
)
# The label is required, after "end" or one of the words.
QUARTER = LazyPattern(
    r"\b(?:(?P<end>end\s+of\s+)|(?P<pre>by|before|until|till|through|thru|throughout)\s+"
    r"(?:the\s+end\s+of\s+)?)"
    r"(?P<q>q[1-4]|h[12])\b(?:\s+(?:of\s+)?(?P<y>\d{4})(?!\d))?",
    _HALVES,
    ("end", "by", "before", "until", "till", "thr"),
)
# "in Q3" only when Q3 is not the first word of a noun phrase ("in Q3 planning").
# The label is required, after "in" or "during" (which holds "in").
QUARTER_IN = LazyPattern(
    r"\b(?:in|during|for)\s+(?:the\s+)?(?P<q>q[1-4]|h[12])(?:\s+(?P<y>\d{4}))?"
    r"(?![\w-]|\s+\d|\s+(?!and\b|or\b|to\b|for\b|with\b|so\b|at\b|by\b|then\b|if\b|as\b"
    r"|cycle\b|period\b|window\b|timeframe\b)[a-z])",
    _HALVES,
    ("in", "for"),
)
# "by the end of the second quarter", "in the 2nd quarter": a literal "quarter" after one of
# the words ("during" holds "in").
_ORDINAL: Final = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
_OF_YEAR: Final = r"(?:\s+of\s+(?:(?P<y>20\d{2})(?!\d)|(?P<which>this|next|the)\s+year\b))?"
ORDINAL_QUARTER = LazyPattern(
    r"\b(?:(?P<end>end\s+of\s+(?:the\s+)?)"
    r"|(?P<pre>by|before|until|till)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?)"
    rf"{_ORDINAL}\s+(?:calendar\s+)?quarter\b{_OF_YEAR}",
    ("quarter",),
    ("end", "by", "before", "until", "till"),
)
# As QUARTER_IN: "in the second quarter review" names a meeting.
ORDINAL_QUARTER_IN = LazyPattern(
    rf"\b(?:in|during)\s+(?:the\s+)?{_ORDINAL}\s+(?:calendar\s+)?quarter\b{_OF_YEAR}"
    r"(?![\w-]|\s+\d|\s+(?!and\b|or\b|to\b|for\b|with\b|so\b|at\b|by\b|then\b|if\b|as\b)[a-z])",
    ("quarter",),
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
    # "month-end" as a name ("the month-end consolidation macro") is no deadline
    r"|(?P<unit2>week|month|quarter|year)(?:-|\s+)end(?![\w-]|\s+(?:consolidation|close|closing"
    r"|report|reporting|review|process|books|tasks?|checklist|run|routine|procedures?|macro))"
    r"|(?P<which3>this|next|within\s+the|within\s+this)\s+"
    r"(?P<unit3>week|month|quarter|year|wk|mth|mo|qtr|yr|half)"
    r"(?!['’]s\b)"
    r"|(?P<abbr>eow|eom|eoq|eoy)|(?P<after>week\s+after\s+next))\b",
    (
        "week",
        "month",
        "quarter",
        "year",
        "eow",
        "eom",
        "eoq",
        "eoy",
        "wk",
        "mth",
        "mo",
        "qtr",
        "yr",
        "half",
    ),
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
    "tomorrow", "tmrw", "tmr", "2mor", "tomoz", "today", "tonight", "tonite", "2nite", "morning",
    "afternoon",
    "evening", "close", "eod", "cob", "eob",
)  # fmt: skip
RELATIVE_DAY = LazyPattern(
    r"\b(?:(?P<dat>(?:the\s+)?day\s+after\s+tomorrow)|(?P<tomorrow>tomorrow|tmrw|tmr|2moro|2morrow"
    r"|tomoz)"
    r"|(?P<today>today|tonight|tonite|2nite|this\s+(?:morning|afternoon|evening))"
    r"|(?P<eod>end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|close\s+of\s+(?:business|play)"
    r"|eod|cob|eob))\b",
    (*_DAY_WORDS, "end"),
    (*_DAY_WORDS, "of"),
)
# "Thursday the 10th": a weekday and a day of the month, which must agree (the resolver's
# question), after a weekday of WEEKDAY or WEEKDAY_SHORT. "Friday the 13th of March" is left to
# merge with its date.
_THE_NTH: Final = r"\.?,?\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b)"
# Every full weekday name ends in "day".
WEEKDAY = LazyPattern(
    # "Black Friday", "Cyber Monday", "Good Friday" name an event, not the coming weekday
    rf"(?<!black\s)(?<!cyber\s)(?<!good\s)"
    rf"\b(?:(?P<mod>next|this\s+coming|this|coming|the\s+following|following|every\s+other"
    rf"|every|each|last)\s+)?(?P<day>{WEEKDAY_FULL})(?P<plural>s)?\b(?!\s+of\b)"
    rf"(?:\s+(?P<week>next|this)\s+week\b|{_THE_NTH})?",
    ("day",),
)
# "the last Friday of each month", "the first Monday of the month": a weekday counted in its
# month. A literal "of" and "month", a weekday (all end in "day").
NTH_WEEKDAY = LazyPattern(
    rf"\b(?P<nth>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<day>{WEEKDAY_FULL})\s+of"
    r"\s+(?P<which>each|every|the|this|next)\s+month\b",
    ("of",),
    ("month",),
    ("day",),
)
# Abbreviations only after a word that makes them a day: "sat" and "sun" are also ordinary words.
# An abbreviation after one of the words.
WEEKDAY_SHORT = LazyPattern(
    rf"(?:\b(?P<mod>next|this|coming|every|each|on|by|until|till|before|due|eod|cob)\s+"
    rf"|\((?=[a-z]{{3,5}}\.?\))|(?=(?:tues|tue|weds|thurs|thur|thu)\b))"
    rf"(?P<day>{WEEKDAY_ABBR})\b\.?(?:{_THE_NTH})?",
    WEEKDAY_STEMS,
    (
        "next",
        "this",
        "coming",
        "every",
        "each",
        "on",
        "by",
        "until",
        "till",
        "before",
        "due",
        "eod",
        "cob",
        "(",
        "tue",
        "wed",
        "thu",
    ),
)
_UNIT: Final = (
    r"(?P<unit>(?:business\s+|working\s+|work\s*)?days?|weeks?|wks?|fortnights?|months?|mos?"
    r"|mths?|quarters?|qtrs?|years?|yrs?|hours?|hrs?)"
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
    r"\b(?:every|each|daily|weekly|nightly|fortnightly|monthly|twice|once|per|weekdays"
    r"|(?<!for\s)a\s+(?:day|night|week|month|weekday))\b|/(?:day|wk|week|night|mo)\b",
    (
        "every",
        "each",
        "daily",
        "weekly",
        "nightly",
        "monthly",
        "twice",
        "once",
        "per",
        "weekdays",
        "a day",
        "a night",
        "a week",
        "a month",
        "/",
    ),
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

# "a week from Thursday", "two days from tomorrow", "a week on Friday" (British: a week after
# it): the day, then the offset. A unit, a literal "from" or "on", then a weekday (all end in
# "day") or "tomorrow".
FROM_DAY = LazyPattern(
    rf"\b(?P<n>{_NUM})\s+(?:(?P<unit>weeks?|wks?|days?)\s+from|(?P<weeks>weeks?)\s+on)\s+"
    rf"(?:(?P<mod>next|this\s+coming|this|coming)\s+)?(?P<day>{WEEKDAY_FULL}|tomorrow|tmrw)\b",
    ("day", "week", "wk"),
    ("from", "on"),
    ("day", "tomorrow", "tmrw"),
)
# A meeting named after its weekday: "the Tuesday planning call", "Monday standup". Matched
# right after a weekday; a name, not a deadline, unless a deadline word comes first. A meeting
# word, after at most two words that describe it ("the Thursday customer sync").
MEETING = LazyPattern(
    r"[ \t]{1,3}(?:(?!(?:and|or|to|the|with|for|then|so|by|at|on|in)\b)[a-z][\w-]{1,15}"
    r"[ \t]{1,3}){0,2}"
    r"(?:calls?|syncs?|sync-ups?|stand-?ups?|meetings?|demos?|reviews?|1:1s?|one-on-ones?"
    r"|retros?|retrospectives?|planning|check-?ins?|huddles?|catch-?ups?|kick-?offs?"
    r"|all-hands|town\s?halls?|offsites?|sessions?|briefings?|crits?|critiques?|lunch(?:es)?"
    r"|classes|class|lessons?|workshops?|trainings?|webinars?)(?![\w-])",
    (
        "call", "sync", "stand", "meeting", "demo", "review", "1:1", "one-on-one", "retro",
        "planning", "check", "huddle", "catch", "kick", "all-hands", "town", "offsite",
        "session", "briefing", "crit", "lunch", "class", "lesson", "workshop", "training",
        "webinar",
    ),
)  # fmt: skip
# Just after a date: a noun it describes ("the Oct 28 outage"), not a word that goes on with
# the sentence. Needs a letter, so nothing.
EVENT_NOUN = LazyPattern(
    r"\s{1,3}(?!(?:by|to|and|or|at|in|on|for|with|so|then|if|as|the|a|an|this|next|deadline|due"
    r"|cutoff|cut-off|is|was|will|before|after|until|till|from|of|latest|please)\b)[a-z]"
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
    r"|later(?!\s+(?:than|this|that|today|tonight|in|on|next|the)\b))\b",
    (
        "soon", "asap", "eventually", "forward", "now", "some", "later", "future", "course",
        "shortly", "possible", "convenient", "time", "down", "long", "days", "weeks", "months",
        "while",
    ),
)  # fmt: skip
# One word of each alternative ("no later than" and "not later than" hold "later").
MARKER = LazyPattern(
    r"\b(?P<word>by|before|b4|until|till|no\s+later\s+than|not\s+later\s+than"
    r"|due(?:\s+(?:on|by|before|date))?|deadline(?:\s+(?:is|of))?|on)\s*:?\s+(?P<the>the\s+)?",
    ("by", "before", "b4", "until", "till", "later", "due", "deadline", "on"),
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
    r"|pull\s+requests?|reviews?|orders?|submissions?|cases?|leads?|comments?|invoices?"
    r"|sev-?\d?s?|outages?|defects?|postmortems?|post-mortems?)\b",
    (
        "request", "ticket", "mail", "message", "call", "incident", "escalation", "question",
        "enquir", "inquir", "quer", "complaint", "bug", "issue", "alert", "pr", "review", "order",
        "submission", "case", "lead", "comment", "invoice", "sev", "outage", "defect", "mortem",
    ),
)  # fmt: skip
# The words themselves.
# "90% of sev-1s ... within 5 days" is a service level as much as "each".
EACH = LazyPattern(r"\b(?:every|each|any)\b|\d\s*%\s+of\b", ("every", "each", "any", "%"))
# The punctuation itself.
SENTENCE_END = LazyPattern(r"[.!?;\n](?=\s)", (".", "!", "?", ";", "\n"))

MARKERS: Final = ("by", "before", "until", "till", "no", "not", "due", "deadline")
