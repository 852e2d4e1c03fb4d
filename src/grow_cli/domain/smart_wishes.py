"""More wishes worded as actions, and verbs done only once a date says when: the later kinds of
phrasing of issue 15, beside smart_words.py (which holds the verbs and the first kinds). Compiled
on first use, each with the words its matches need.
"""

from __future__ import annotations

from typing import Final

from grow_cli.domain.patterns import AnyOf, LazyPattern

# --- Wishes worded as actions, and verbs done only by a date ------------------------------------

# Trying, aiming or hoping: with no date, amount or schedule, a wish ("try to get outside at
# lunch"); with one it is the plan's wording ("aim to send the draft by Friday").
TENTATIVE = LazyPattern(
    r"\b(?:try|trying|aim|aiming|hope|hoping|want|wanting|wish|attempt|intend)\s+to\s+[a-z]"
    r"[^.;!?]*",
    ("to",),
)
# Quitting a habit: done or not by a date ("quit vaping by Christmas"); with none, a resolution
# that nothing checks ("stop doomscrolling").
QUIT_HABIT = LazyPattern(
    r"\b(?:quit|quitting|stop|stopping|give\s+up|giving\s+up|cut\s+out|kick)\s+(?:[a-z]+-)?"
    r"[a-z]{3,}ing\b"
    r"(?!\s+(?:the|a|an|my|our|this|that)\b)[^.;!?]*",
    ("quit", "stop", "give", "giving", "cut", "kick"),
)
# Caring for something abstract: a person's time or room to grow, a healthier relationship with
# something, one's own direction made clearer. Nothing anyone could point to is done.
ABSTRACT_AIM = AnyOf(
    LazyPattern(
        r"\b(?:protect|protecting|safeguard|safeguarding|guard|ring-?fence|defend|respect"
        r"|honou?r)\s+(?:my|your|his|her|their|our|the\s+team['’]s|[^\W\d_]+['’]s)\s+"
        r"(?:[\w-]+\s+)?(?:time|focus|energy|headspace|boundaries|wellbeing|well-being|balance"
        r"|calendar|space|peace|mental\s+health)\b",
        ("protect", "safeguard", "guard", "fence", "defend", "respect", "hono"),
    ),
    LazyPattern(
        r"\b(?:create|creating|make|making|hold|holding|give|giving|open\s+up)\s+(?:more\s+"
        r"|some\s+|the\s+|a\s+)?(?:space|room)\s+for\s+(?:[\w'’-]+\s+){1,3}to\s+(?:grow|develop"
        r"|learn|thrive|flourish|shine|breathe|reflect|stretch)\b",
        ("space", "room"),
    ),
    LazyPattern(
        r"\b(?:build|building|develop|developing|create|have|find|form|foster|cultivate|forge)"
        r"\s+(?:a\s+|an\s+)?(?:much\s+)?(?:healthier|better|stronger|closer|calmer|happier|deeper"
        r"|kinder|positive|healthy|good|great|more\s+[a-z]+)\s+(?:[a-z]+\s+)?(?:relationship"
        r"|relationships"
        r"|routine|balance|mindset|approach|habits?|attitude|outlook|connection|bond|rhythm"
        r"|sense)\b",
        (
            "relationship",
            "routine",
            "balance",
            "mindset",
            "approach",
            "habit",
            "attitude",
            "outlook",
            "connection",
            "bond",
            "rhythm",
            "sense",
        ),
    ),
    LazyPattern(
        r"\b(?:clarify|clarifying|work\s+out|rethink|reassess|re-?evaluate|get\s+clear\s+on)"
        r"\s+(?:my|your|his|her|their|our)\s+(?:[\w-]+\s+){0,2}(?:career|goals?|values|purpose"
        r"|vision|direction|priorities|path|plans?|next\s+steps?|future|why)\b",
        ("clarif", "work", "rethink", "reassess", "evaluate", "clear"),
    ),
)
# Time set aside with no date and nothing said of what fills it: "carve out time for Lucía's
# learning goals" (with a day it is a booking: "block out time for the budget on Friday").
TIME_FOR = LazyPattern(
    r"\b(?:carve\s+out|make|find|set\s+aside|block\s+out|free\s+up|protect)\s+(?:more\s+|some\s+"
    r"|the\s+)?(?:time|space|room)\s+(?:for|to)\b",
    ("time", "space", "room"),
)
# A tool used to think with: "use the journal to track my growth" says where the thinking
# happens, not what is done (with a count or a schedule it is a plan: "... every Friday").
USE_TO = LazyPattern(
    r"\b(?:use|using)\s+(?:[\w'’-]+\s+){1,3}to\s+(?:track|process|reflect|think|explore"
    r"|understand|capture|notice|make\s+sense|work\s+through|figure|unpack|record|log|see)\b",
    ("use", "using"),
)
# Verbs done only once a date says when: "review the returns policy" goes on; "review Dana's
# packet EOD tomorrow" is handed back by then.
SEMI_OPEN: Final = frozenset(
    "review reviews reviewing update updates updating revise revises revising refresh refreshes"  # noqa: SIM905
    " refreshing rework reworks reworking revisit revisits revisiting".split()
)
# A look at something ("have a look at the menu costings"): a concrete object, no done state.
LOOK_AT = LazyPattern(
    r"\b(?:(?:have|take)\s+a\s+(?:quick\s+|proper\s+|closer\s+|good\s+|fresh\s+)?look"
    r"|look(?:ing)?)\s+(?:at|over)\b",
    ("look",),
)
