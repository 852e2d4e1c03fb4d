"""The words and patterns of the SMART check (domain/smart.py): action verbs, wishes, measures,
deliverables, and the digits that measure nothing. Every pattern is linear and compiled on first
use (LazyPattern), so `grow smart` starts fast and any text is answered quickly.
"""

from __future__ import annotations

from typing import Final

from grow_cli.domain.patterns import AnyOf, LazyPattern

# Verbs that name something a person can be seen doing. Words that are also nouns ("report",
# "review") only count in a verb's position, so "improve the weekly report" has no action.
# A plain word list is easier to read and extend than a tuple literal.
VERBS: Final = frozenset(
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
volunteer apply enter complete take sit study revise memorise memorize practise nominate
block tell start let use cover find fund journal turn put do make have keep meal-prep
jot swap forward ping lose gain reply rewrite redo rerun re-run calibrate sync grow walk go
talk chat discuss rate weigh debrief chase nudge restock laminate shortlist polish clean
loop rotate restock triage reconcile catch feed walk visit call text tally count label sort
reschedule rebook postpone confirm decline accept resubmit reopen unsubscribe delete pause
resume restart reboot rotate revoke grant onboard offboard pick choose sit swap trade
quit route reroute redirect divert
""".split()  # noqa: SIM905
)
DOUBLED: Final = frozenset(
    ("cut", "drop", "hit", "log", "map", "plan", "run", "set", "ship", "submit")
)


def _forms(verb: str) -> list[str]:
    if verb.endswith("e") and not verb.endswith("ee"):
        gerund = verb[:-1] + "ing"
    elif verb in DOUBLED:
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


VERB_FORMS: Final = frozenset(form for verb in VERBS for form in _forms(verb))
ADVERBS: Final = frozenset(("someday", "eventually", "also", "then", "first", "finally", "just"))
WEEKDAY: Final = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
UNIT: Final = "day|weekday|week|fortnight|month|quarter|year|sprint|morning|afternoon|evening|night"

# Where a verb goes: the start, after "and", "by", "to", "will", a comma. The word there (or the
# next one, after an adverb: "Eventually document ...") is looked up in VERB_FORMS; a set lookup
# is much cheaper to build and run than a regex alternation of every form.
ACTION = LazyPattern(
    r"(?:^\W*(?:(?:kr|okr|o|todo|goal|action)\s*[\d.]*\s*[:\-—–]\s*)?"
    r"(?:(?:please|pls|plz|plse|kindly)\s+)?|[,;:(]\s*|\s[-—–]\s+"
    r"|\b(?:and|then|by|to|will|shall|must|should|also|please|pls|plz|plse|kindly|i|we|you|they"
    r"|help)\s+"
    r"|['’]ll\s+)(?P<first>[a-z]+(?:-[a-z]+)?)\b(?:(?=\s+(?P<second>[a-z]+)\b)|)"
)
# What the action applies to, for the reason: the verb and a few words after it.
ACTION_WORDS = LazyPattern(r"[^\s,;:.!?]+(?:[ \t]+[^\s,;:.!?]+){0,4}")

# Goals built on a wish rather than an action ("be more proactive"). Only an action outside the
# matched words rescues them. The tail keeps a couple of words for the reason, stopping before a
# word that usually introduces the concrete part ("by sending ...").
TAIL: Final = (
    r"(?:\s+(?!(?:by|and|to|through|via|with|in|on|for|so|then|from|during)\b)[\w'-]+){0,2}"
)
SOFT_SKILLS: Final = (
    r"communication|communications|skills|leadership|initiative|ownership|teamwork|collaboration"
    r"|confidence|self-confidence|time\s+management|planning|visibility|engagement|relationships?"
    r"|presence|attitude|mindset|accountability|proactivity|awareness|morale|professionalism"
    r"|organi[sz]ation|prioriti[sz]ation|influence|people\s+skills|stakeholder\s+management|focus"
    r"|work\s+ethic|soft\s+skills|listening"
)
# Each part is compiled only when its text could match it (AnyOf), which keeps a start of
# `grow smart` from compiling every wish pattern.
STRONG_VAGUE = AnyOf(
    LazyPattern(
        r"\b(?:be|become|becoming|being|get|getting|grow)\s+(?:a\s+|an\s+)?(?:\d+x\s+)?"
        r"(?:(?:much|lot|bit|little)\s+)?(?:more|better|less|stronger|greater)\b(?:\s+at)?" + TAIL,
        ("be", "get", "grow"),
        ("more", "better", "less", "stronger", "greater"),
    ),
    LazyPattern(
        r"\b(?:show|showing|take|taking|demonstrate|display|bring|have|spend|invest|put\s+in"
        r"|give|make)\s+(?:more|greater|better|extra)\b" + TAIL,
        ("more", "greater", "better", "extra"),
    ),
    LazyPattern(
        r"\b(?:improve|improving|enhance|develop|developing|strengthen|boost|grow|build"
        r"|building|increase|raise|work\s+on|focus\s+on)\s+"
        r"(?:(?:my|your|his|her|their|our|the|team|overall|general|personal|written|verbal"
        rf"|sprint)\s+){{0,2}}(?:(?:{SOFT_SKILLS})|[\w-]+\s+skills)\b",
        (
            "improv",
            "enhance",
            "develop",
            "strengthen",
            "boost",
            "grow",
            "build",
            "increase",
            "raise",
            "work",
            "focus",
        ),
    ),
    LazyPattern(
        r"\b(?:communicate|collaborate|plan|prioriti[sz]e|work|engage|listen|delegate"
        r"|organi[sz]e|contribute|participate|speak\s+up"
        r"|manage\s+(?:my\s+|your\s+|their\s+)?time)"
        r"\s+(?:better|more(?:\s+(?:often|effectively|efficiently|clearly|openly|proactively))?"
        r"|effectively|efficiently|clearly|well)\b",
        ("better", "more", "effective", "efficient", "clear", "well"),
    ),
    LazyPattern(
        r"\bmake\s+(?:[\w'-]+\s+){1,3}better\b",
        ("make",),
        ("better",),
    ),
    # "share more updates", "hire more engineers": more of something, but how many?
    LazyPattern(
        r"(?<![\w'-])[a-z]+\s+(?:to\s+)?(?:more|fewer)\s+(?:often|frequently|regularly"
        r"|(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*s)\b"
        r"|\b[a-z]+\s+\w+\s+(?:more|better)\s+(?:feedback|support|advice|guidance|help|coaching"
        r"|praise|recognition)\b",
        ("more", "fewer", "better"),
    ),
    # Abstract verbs on abstract nouns: nothing anyone could be seen doing.
    LazyPattern(
        r"\b(?:drive|driving|foster|fostering|champion|leverage|leveraging|cultivate|nurture"
        r"|promote|embrace|empower|unlock|maximi[sz]e|own|owning|elevate|accelerate|amplify"
        r"|deepen|broaden|expand)\s+(?:the\s+|our\s+|my\s+|more\s+|a\s+|greater\s+)?"
        r"(?:cross-?team\s+|team\s+)?(?:alignment|synergy|synergies|partnerships?|excellence"
        r"|innovation|culture|ownership|accountability|collaboration|growth|best\s+practices"
        r"|value|impact|change|transformation|engagement|efficienc(?:y|ies)|outcomes|success"
        r"|momentum|visibility|relationships?|the\s+relationship|the\s+partnership|strategy"
        r"|the\s+strategy|the\s+vision|vision|the\s+narrative|thought\s+leadership"
        r"|the\s+roadmap\s+forward|quality|the\s+agenda|initiatives?)\b",
        (
            "driv",
            "foster",
            "champion",
            "leverag",
            "cultivate",
            "nurture",
            "promote",
            "embrace",
            "empower",
            "unlock",
            "maximi",
            "own",
            "elevate",
            "accelerate",
            "amplify",
            "deepen",
            "broaden",
            "expand",
        ),
    ),
    LazyPattern(
        r"\bthink\s+(?:harder|more|deeply|differently|strategically|bigger|long-?term|about)"
        r"(?:\s+about)?\b" + TAIL,
        ("think",),
    ),
    LazyPattern(
        r"\b(?:keep|kept|continue|continuing)\s+(?:to\s+)?(?:getting|get|doing|do|growing"
        r"|grow|improving|improve|develop|developing|learning|learn)\b" + TAIL,
        ("keep", "kept", "continu"),
    ),
    # Manager-speak and wishes that sound like actions.
    LazyPattern(
        r"\b(?:get|getting|be|become|stay|feel|eat|sleep|live|work)\s+(?:a\s+(?:lot\s+|bit\s+)?)?"
        r"(?:\d+\s*%\s+|\d+x\s+)?"
        r"(?:clearer|healthier|fitter|happier|calmer|smarter|sharper|wiser|stronger|faster"
        r"|better|more\s+\w+|less\s+\w+|on\s+top\s+of)\b" + TAIL,
        ("get", "be", "stay", "feel", "eat", "sleep", "live", "work"),
    ),
    LazyPattern(
        r"\bget\s+(?:(?:it|this|that|things|stuff|everything|[\w'’/.-]+\s+stuff)\s+|(?:[\w'’/.-]+\s+){1,5}"
        r"(?=right\b|nailed\b|squared\s+away\b|over\s+the\s+line\b))"
        r"(?:right|sorted|in\s+order|nailed|squared\s+away"
        r"|over\s+the\s+line)\b"
        # "in order" on a thing is tidying it ("get the Harwood file in order": specific); on a
        # house, one's affairs or life it is the idiom, a wish.
        r"|\bget\s+(?:my|our|your|his|her|their|the)\s+(?:house|affairs|act|life|ducks)"
        r"\s+(?:in\s+(?:order|a\s+row)|together)\b",
        ("get",),
    ),
    LazyPattern(
        r"\b(?:raise|lift|elevate)\s+(?:my|your|his|her|their|our|the)\s+(?:profile|bar|game"
        r"|standards|visibility)\b",
        ("raise", "lift", "elevate"),
    ),
    LazyPattern(
        r"\b(?:move|moving)\s+the\s+needle\b|\bgive\s+(?:\w+\s+)?air\s+cover\b"
        r"|\bdo\s+the\s+needful\b|\b(?:make\s+sure|ensure)\b(?!\s+(?:that\s+)?[^\W\d_]+\s+(?:takes|gets|has|sends"
        r"|books|files|goes|attends|knows|receives|signs|submits|finishes)\b)"
        r"|\bset\s+(?:\w+\s+){0,3}up\s+for\s+success\b"
        r"|\b(?:touch\s+base|circle\s+back|level\s+up|up-?skill|upskill|sponsor|champion)\b"
        r"|\b(?:be|become|being)\s+(?:a|an|the)\s+(?:force\s+multiplier|go-to|role\s+model"
        r"|champion|best|most|thought\s+leader)\b"
        r"|\b(?:be|become)\s+(?:more\s+|2x\s+more\s+|\d+x\s+more\s+)?(?:strategic|promotion-ready"
        r"|customer-centric|aware|there\s+for|kinder|nicer|present|visible|proactive"
        r"|best-in-class|world-class)\b"
        r"|\b(?:deliver|provide|drive|create|build|offer)\s+(?:a\s+)?(?:world-class|best-in-class"
        r"|excellent|great|amazing|seamless|delightful|outstanding|exceptional)\b"
        r"|\b\d+x\s+more\b|\bfind\s+(?:a\s+)?(?:better\s+)?(?:work-life\s+)?balance\b"
        r"|\b(?:figure\s+out|look\s+out\s+for|think\s+about|start\s+thinking|reflect\s+on"
        r"|stay\s+on\s+top|keep\s+an\s+eye|develop\s+a\s+growth\s+mindset)\b",
        (
            "needle",
            "air",
            "needful",
            "sure",
            "success",
            "touch",
            "circle",
            "level",
            "skill",
            "sponsor",
            "champion",
            "be",
            "deliver",
            "provide",
            "drive",
            "create",
            "build",
            "offer",
            "more",
            "balance",
            "figure",
            "look",
            "think",
            "start",
            "reflect",
            "stay",
            "keep",
            "mindset",
        ),
    ),
    LazyPattern(
        r"\bmake\s+(?:[\w'’.-]+\s+){0,5}(?:a\s+(?:success|win|hit|priority)|happen|count|shine)\b"
        r"|\b(?:our|my|the|its)\s+best\s+(?:\w+\s+)?(?:yet|ever)\b"
        r"|\bget\s+(?:back\s+)?in(?:to)?\s+(?:better\s+|good\s+)?shape\b"
        r"|\bbe\s+(?:[\w'’.-]+\s+){0,4}(?:aware|mindful|conscious|comfortable|familiar)\b"
        r"|\b(?:step\s+up|try\s+harder|do\s+better|(?:raise|up)\s+(?:my|your|his|her|their|the)"
        r"\s+game|be\s+(?:proactive|accountable|responsive|engaged|a\s+team\s+player"
        r"|a\s+role\s+model)|learn\s+more\s+about|get\s+(?:up\s+to\s+speed|comfortable"
        r"|involved))\b",
        ("make", "best", "shape", "be", "step", "try", "better", "game", "learn", "get"),
    ),
    # A direction with no step in it: "grow into a lead role", "keep it up", "work towards a
    # promotion", "get buy-in on the plan" (agreement as a state, not a decision anyone makes).
    LazyPattern(
        r"\b(?:grow|growing)\s+into\b|\bwork(?:ing)?\s+towards?\b"
        r"|\bkeep(?:ing)?\s+(?:it|this|that)\s+up\b|\bkeep\s+(?:it\s+)?going\b"
        r"|\b(?:get|getting|gain|gaining|build|building|create|reach|secure|win)\s+"
        r"(?:more\s+|better\s+|some\s+|(?:the\s+)?team\s+|cross-?team\s+)?(?:alignment"
        r"|buy-?in|consensus|clarity|traction|momentum|exposure|credibility)\b",
        (
            "into",
            "toward",
            "keep",
            "alignment",
            "buy",
            "consensus",
            "clarity",
            "traction",
            "momentum",
            "exposure",
            "credibility",
        ),
    ),
)
# A goal that ends in "more" ("help the team more") names no amount and no action. Only the end of
# the text is searched, so a long text costs nothing extra.
ENDS_WITH_MORE = LazyPattern(
    r"(?<![\w'-])[\w'-]+(?:\s+[\w'-]+){0,3}\s+(?:more(?:\s+often)?|faster|quicker|harder|smarter"
    r"|sooner|earlier)[.!]?\s*\Z"
)
TAIL_LENGTH: Final = 120
# Verbs that point in a direction without saying what will be done ("improve the onboarding
# flow"). A number, a concrete action or a target after them makes the goal specific.
SOFT_VAGUE = LazyPattern(
    r"\b(?:improve|improving|enhance|strengthen|boost|optimi[sz]e|streamline|work\s+on|focus\s+on"
    r"|look\s+into|address|tackle|help\s+with|support|contribute\s+to|think\s+about|explore"
    r"|be\s+involved\s+in)\b"
)
WORD = LazyPattern(r"\w+")

# (?a): ASCII digits only, so a text without "0"-"9" is skipped without being searched.
DIGITS: Final = tuple("0123456789")
TIME_OF_DAY = LazyPattern(r"(?a)\b\d{1,2}(?:[:.]\d{2})?\s{0,3}[ap]\.?m\b|\b\d{1,2}:\d{2}\b", DIGITS)
ONE_ON_ONE = LazyPattern(r"\b1:1s?\b|\bone-on-ones?\b")
NUMBER = LazyPattern(
    r"(?<![\w.])\d[\d,.]*(?:\s?%|\s+percent)?(?:[\s-]+(?!(?:by|to|of|in|and|or)\b)[a-z]+)?"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|hundred|dozen|twice)\b(?:[\s-]+(?!(?:by|to|of|in|and|or)\b)[a-z]+)?"
)
FREQUENCY = LazyPattern(
    r"\b(?:daily|weekly|fortnightly|bi-?weekly|monthly|quarterly|annually|yearly|nightly|hourly"
    rf"|every\s+(?:other\s+|second\s+)?(?:{UNIT}|{WEEKDAY})s?"
    rf"|each\s+(?:{UNIT}|{WEEKDAY})|per\s+(?:{UNIT})"
    rf"|(?:once|twice|\w+\s+(?:times|days|nights|mornings|evenings|sessions|runs))\s+(?:a|an|per"
    rf"|each|every)\s+(?:{UNIT})|(?<!\bfor\s)(?<!\bfor\sone\s)\b(?:a|per)\s+(?:day|night|week|weekday)"
    r"|/(?:day|wk|week|night|mo)"
    rf"|on\s+(?:{WEEKDAY})s)\b"
)
SINGLE = LazyPattern(r"\s+(?:a|an|one)\s+[\w-]+(?:\s+[\w-]+)?")
# Digits that count nothing: a year, a version, a standard's or a product's name, a confidence
# note. "Finish the 2027 plan", "move to Python 3.12", "get SOC 2" and "(8/10)" measure nothing.
NOT_A_MEASURE = LazyPattern(
    r"(?a)(?<=[a-z])-\d+(?:\.\d+)?[a-z]{0,2}\b(?!\s*(?:%|x\b))|\b[a-z]{1,6}\d+[a-z]?\b|"
    r"(?<![\w.])(?:199\d|20[0-3]\d)(?![\d.,%:/-])(?!\s*(?:%|percent|[a-z]+s\b|k\b|m\b))"
    r"|\b(?:v|version|release|python|py|node|java|jdk|ios|android|windows|win|macos|php|ruby"
    r"|go|rails|react|angular|vue|django|postgres(?:ql)?|mysql|ubuntu|debian|kubernetes|k8s"
    r"|iphone|gen|phase|stage|level|tier|grade|band|step|p|sev|soc|iso|pci|hipaa|nist|web|wcag"
    # A school year, a ward, a room: "Year 9", "Ward 7", "Room 4" name a place or a group.
    r"|year|class|form|ward|room|floor|bay|gate|platform"
    r"|ifrs|gaap|sox|itil|ieee|iec|ansi|ias|ielts|toefl|ccna|cissp"
    r"|ipv|http|tls|ssl|covid|sprint|article|section|clause|rfc|figma|terraform|roadmap|c\+\+"
    r"|ansible|jira|cobol|angularjs|dotnet|\.net|ecmascript|es|h|kr|okr|o)\s?\d+(?:\.\d+)*[a-z]?\b"
    r"|(?<![\w.])\d+\.\d+\.\d+(?:\.\d+)*\b|(?<![\w.])\d+g\b(?:/\d+g\b)?"
    r"|\b360s?\b(?=[\s-]+(?:review|process|feedback|degree)|\s*[.!?]?\s*$)"
    # A version after a name ("Terraform 1.9", "Figma 2.0"): a decimal no unit follows.
    r"|(?<=[a-z])\s\d+\.\d+(?!\d|\s*(?:%|percent|x\b|[a-z]+s\b|hours?\b|hrs?\b|days?\b"
    r"|weeks?\b|points?\b|stars?\b|seconds?\b|ms\b|k\b|m\b))"
    r"|\(?\b\d{1,2}\s*/\s*10\b\)?|\bconfidence\s*[:=]?\s*\d{1,2}\b"
    # A horizon that names a plan: "my 5-year career plan", "a 10-year vision".
    r"|\b\d{1,2}-(?:year|yr)(?=\s+(?:[a-z]+\s+)?(?:plan|vision|strategy|roadmap|goals?|horizon"
    r"|outlook)\b)",
    DIGITS,
)
# Quantities without digits: halving, doubling, a quarter, ratios and multiples.
WORD_QUANTITY = LazyPattern(
    r"\b(?:halve|halves|halved|halving|double|doubles|doubled|doubling|triple|tripled|triples"
    r"|quadruple|by\s+(?:a\s+)?half|in\s+half|by\s+(?:a|one|two|three)\s+(?:quarters?|thirds?"
    r"|fifths?|tenths?)|(?:a|one)\s+(?:quarter|third|fifth|tenth)\s+(?:of|less|more|fewer)"
    r"|zero|none\s+left|no\s+(?:open|failing|outstanding|overdue|unanswered)\s+[a-z]+)\b"
    r"|\b\d+(?:\.\d+)?x\b|\b\d+\s*:\s*\d+\s+ratio\b"
)
# A one-off thing that is either done or not: a completing verb on a definite object ("book the
# room", "call the supplier", "pay the Acme invoice", "write up the handover note").
DONE_OR_NOT = LazyPattern(
    r"(?<![\w-])(?:book|booked|call|phone|ring|email|e-mail|send|publish|submit|sign|file|pay|renew"
    r"|register|order|buy|purchase|cancel|schedule|post|deploy|merge|release|launch|ship"
    r"|present|hire|install|apply|enrol|enroll|attend|finish|complete|deliver|return|upload"
    r"|close|hand\s+in|write\s+up|set\s+up|sign\s+up|get|pass|book\s+in|fix|replace|repair"
    r"|move|migrate|upgrade|archive|delete|remove|approve|confirm|invite|introduce|thank|meet"
    r"|visit|print|frame|collect|reconcile|refund|settle|report|escalate|retire|decommission"
    r"|nominate|tell|give|ask|put|find|update|turn\s+off|turn\s+on|hit|introduce|recommend"
    r"|mention|announce|hand\s+over|hand\s+off|pick|choose|decide|meal-prep|block|fund|buy"
    r"|rename|transfer|tidy|clear|renew|certify|earn|obtain|take|sit|run|host|chair|facilitate"
    r"|record|film|draft|write|prepare|create|build|design|organi[sz]e|arrange|plan|agree)\s+"
    r"(?:up\s+|in\s+|off\s+|out\s+|forward\s+)?(?:(?:the|a|an|my|our|his|her|their|your|this"
    r"|that|next|tomorrow['’]s|[a-z]+['’]s)\s+)?(?!more\b|better\b|some\b|on\b|about\b|with\b"
    r"|to\b|out\b|up\b|it\b|things\b|stuff\b|around\b|involved\b|comfortable\b|clearer\b"
    r"|faster\b|going\b|back\b|ownership\b|responsibility\b|care\b|part\b|action\b|steps\b"
    r"|time\b|bugs\b|issues\b|tasks\b|things\b|work\b)[\w#+-]+"
)
# An outcome with its measure, with or without a verb ("NPS above 40 by Q2", "conversion from
# 4% to 6%"): what will change and by how much is named, which is specific.
OUTCOME = LazyPattern(
    r"\bfrom\s+[\d.,]+\s*(?:%|percent|[a-z]+)?\s+(?:down\s+|up\s+)?to\s+[\d.,]+"
    r"|[$€£]?[\d.,]+\s*[a-z%]{0,3}\s*(?:→|->|=>|⇒)\s*[$€£]?[\d.,]*\d"
    r"|(?<![\w.])[+-]\s?\d[\d.,]*\s*(?:%|pts?\b|points?\b|pp\b|k\b)"
    r"|\b\d[\d.,]*\s*%\s*\+"
    r"|\b(?:above|below|under|over|at\s+least|at\s+most|no\s+more\s+than|less\s+than"
    r"|more\s+than|fewer\s+than)\s+[\d.,]*\d"
    r"|\b(?:down\s+to|up\s+to|to|by|within)\s+[\d.,]+\s*(?:%|percent"
    r"|ms|s|seconds?|minutes?|mins?|hours?|hrs?|days?|points?|pts|k|m|users|customers|tickets)"
    r"|[<>≤≥]\s*[\d.,]+"
    # A key result that starts with its number: "90% of sev-2 incidents ...", "0 open bugs ...",
    # "3 of 4 squads ...".
    r"|^\W*(?:(?:kr|okr|o|objective|goal|target)\s*[\d.]*\s*[:\-—–]\s*)?"
    r"(?:\d[\d.,]*\s*%|\d+\s+of\s+\d+|\d+\s+(?:open|new|more|fewer|active|paying|failing"
    r"|unanswered|overdue)\b)"
)
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

# --- What makes a goal specific or not, beyond its verb -------------------------------------------

# Effort and attention: where the effort goes, not what will be done ("focus on the Q1 plan",
# "make progress on SOC 2"). Specific fails unless another action in the goal says what happens.
EFFORT = LazyPattern(
    r"\b(?:work(?:ing)?\s+on|focus(?:ing)?\s+(?:more\s+)?on|explor(?:e|ing)|consider(?:ing)?"
    r"|keep(?:ing)?\s+(?:[\w'’.-]+\s+){0,5}(?:in\s+mind|top\s+of\s+mind|front\s+of\s+mind)"
    r"|make\s+(?:some\s+|real\s+|good\s+)?(?:progress|headway|strides)\s+(?:on|with|in|towards?)"
    r"|get(?:ting)?\s+(?:more\s+)?(?:familiar|acquainted|to\s+grips)\s+with"
    r"|familiari[sz]e\s+(?:my|your|him|her|them|our)sel(?:f|ves)\s+with"
    r"|deliver\s+on|take\s+point\s+on"
    r"|(?:be|get|stay)\s+(?:more\s+)?(?:involved|engaged|aligned|plugged)\s+(?:in|with)"
    r"|spend\s+(?:more\s+)?time\s+(?:on|with|thinking)|dig\s+into|dive\s+(?:deeper\s+)?into"
    r"|think\s+through|noodle\s+on|mull\s+over|wrap\s+my\s+head\s+around|look(?:ing)?\s+at"
    r"|get\s+(?:my|your|his|her|their|our)\s+head\s+(?:around|round)|go\s+through|grind(?:ing)?"
    r"|(?:encourag(?:e|ing)|inspir(?:e|ing)|motivat(?:e|ing)|empower(?:ing)?)\s+\w+(?:\s+\w+){0,3}\s+to|help(?:ing)?\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:grow|develop"
    r"|improve|become|tighten\s+up|sharpen|hone|level\s+up|brush\s+up|get\s+better)"
    r"|check(?:ing)?\s+in\s+on"
    r"|support(?:ing)?\s+(?:\w+['’]s\s+|my\s+|our\s+|the\s+team['’]s\s+)?(?:growth|development"
    r"|career|progress|journey|wellbeing)"
    r"|(?:give|offer|find)\s+\w+\s+(?:more\s+|some\s+)?stretch\s+(?:work|assignments|opportunit\w+"
    r"|projects)\b"
    r"|find\s+(?:a|the)\s+(?:job|role|career|path)\s+(?:i|that|which)\b"
    r"|get\s+a\s+(?:handle|grip|feel)\s+(?:on|for)|study(?:ing)?\s+for|keep(?:ing)?\s+up\s+(?:the|my|with)"
    r"|leverag(?:e|ing)|shield(?:ing)?\s+\w+(?:\s+\w+)?\s+from|protect(?:ing)?\s+\w+(?:\s+\w+)?\s+from"
    r"|give\s+\w+\s+(?:more\s+)?(?:stretch\s+)?(?:opportunities|autonomy|visibility|exposure|space"
    r"|room|ownership|responsibility|freedom)"
    r"|own(?:ing)?\s+(?:the|our|my|all|this|that|every)|help(?:ing)?\s+(?:out\s+)?with"
    r"|help(?:ing)?\s+\w+\s+(?:think|reflect|figure|work\s+out))\b",
    (
        "work",
        "focus",
        "explor",
        "consider",
        "keep",
        "progress",
        "headway",
        "strides",
        "familiar",
        "acquainted",
        "grips",
        "famil",
        "deliver",
        "point",
        "involved",
        "engaged",
        "aligned",
        "plugged",
        "time",
        "dig",
        "dive",
        "think",
        "noodle",
        "mull",
        "wrap",
        "look",
        "handle",
        "grip",
        "feel",
        "stud",
        "leverag",
        "shield",
        "protect",
        "give",
        "own",
        "help",
        "head",
        "through",
        "grind",
        "encourag",
        "inspir",
        "motivat",
        "empower",
        "support",
        "stretch",
        "find",
        "check",
    ),
)
# A habit wish: a verb and "more", "better", "consistently" with no amount or frequency after it
# ("stretch more for the next 2 weeks", "journal consistently in January").
HABIT_WISH = LazyPattern(
    r"(?<![\w'-])[a-z]+\s+(?:a\s+(?:lot|bit)\s+)?(?:more|less|better|consistently|consistantly"
    r"|consistenly|regularly|regulary|properly|often|again|harder)\b(?!\s+(?:than|of|and|or|[a-z]+s\b|\w+ly\b))"
    r"(?=\s*(?:$|[^\w\s'’\"]|(?:for|in|by|this|next|from|during|going|through|over|until|till|at"
    r"|on|starting|before|after|when|so|to)\b))"
    r"|\b(?:more|less|fewer)\s+(?!than\b)['‘\"“]?[a-z][\w'’\"”-]*(?:\s+[a-z][\w'-]*){0,2}"
    r"(?=\s*(?:$|[,.;!?]|(?:in|at|during|for|on|with|when|this|next)\b))"
    r"|\b(?:cut|cutting)\s+(?:down|back)\s+(?:on\b|(?=\s*$))"
    # Back to a habit, with no amount: "get back into running", "get back to journalling".
    r"|\bget(?:ting)?\s+back\s+(?:into|in\s+to)\s+[a-z]+|\bget(?:ting)?\s+back\s+to\s+[a-z]{3,}ing\b"
    r"|\bget(?:ting)?\s+(?:back\s+)?into\s+the\s+habit\s+of\s+[a-z]+"
    r"|\bkeep(?:ing)?\s+(?:on\s+)?[a-z]+ing\b(?=(?:\s+(?:going\s+forward|from\s+now\s+on"
    r"|up|it\s+up))?\s*[.!]?\s*$)",
    (
        "more",
        "less",
        "better",
        "consistently",
        "consist",
        "regular",
        "regularly",
        "properly",
        "often",
        "again",
        "harder",
        "fewer",
        "keep",
        "cut",
        "back",
        "habit",
    ),
)
# Words that leave the object open: "the launch stuff", "things", "as needed".
VAGUE_WORD = LazyPattern(
    r"\b(?:stuff|things|thing|everything|whatever|etc|thinking|as\s+(?:needed|required|necessary"
    r"|appropriate)|and\s+so\s+on|bits\s+and\s+pieces)\b(?!['’])"
)
# Languages, spoken and programming, named as a skill to get better at.
LANGUAGES: Final = (
    r"spanish|french|german|italian|portuguese|mandarin|chinese|cantonese|japanese|korean"
    r"|arabic|hindi|urdu|russian|polish|dutch|swedish|turkish|greek|welsh|english|sql|python"
    r"|excel|javascript|typescript|rust|golang|kotlin|swift|java"
)
# What an improving verb may apply to without naming any part of the work ("improve code quality").
ABSTRACT_THING: Final = (
    r"(?:quality|performance|productivity|efficiency|effectiveness|processes|process|workflows?"
    r"|outcomes?|results|delivery|velocity|health|fitness|wellbeing|well-being|stress|anxiety"
    r"|burnout|balance|habits|confidence|morale|culture|communication|collaboration|experience"
    r"|relationships?|skills|knowledge|understanding|mindset|impact|presence|reputation|image"
    r"|brand|profile|career|life|lifestyle|situation|things|overall\s+\w+|the\s+way\s+\w+\s+work"
    r"|comms|communications|tech\s+debt|debt|network|credibility|trust|personal\s+brand"
    r"|understanding\s+of\s+\w+(?:\s+\w+)?|visibility|expertise|craft|game"
    # Conduct, and one's own body and faculties: "sort out behaviour", "improve my sleep".
    r"|behaviou?r|conduct|discipline|attendance|punctuality|sleep|diet|posture|stamina"
    r"|endurance|flexibility|memory|concentration|energy|nutrition|eating"
    # A language or a skill's name as a whole: "improve my Spanish", "brush up my SQL".
    rf"|{LANGUAGES})"
)
# A learning wish: learning with no occasion and no output ("learn Rust this year"). An action
# elsewhere in the goal ("by finishing the Rustlings course") or a number rescues it.
LEARN_WISH = LazyPattern(
    # "learning" as a verb, not a noun: "e-learning", "a learning project", "LinkedIn Learning"
    # (a capital mid-sentence, which check_specific looks at) name a course or a kind of work.
    r"\b(?:learn|(?<!-)(?<!\ba\s)(?<!\bthe\s)(?<!\bmy\s)(?<!\bour\s)learning(?!\s+(?:project"
    r"|module|path|plan|platform|budget|goals?|sessions?|log|journal|resources|materials|day"
    r"|hours?|time|objectives?|review|opportunit\w+|experience|course|programme|program|portal"
    r"|site|app|lms|hub)\b)"
    r"|understand|get\s+to\s+know|brush\s+up\s+on|pick\s+up|get\s+into"
    r"|upskill\s+(?:in|on)|(?:read|reading|bone|swot|swat|gen)\s+up\s+on"
    # A level of a skill as the aim: "get to conversational Portuguese", "become fluent in Go".
    r"|(?:get|getting|reach|become|be)\s+(?:to\s+)?(?:conversational|fluent|proficient"
    r"|intermediate|advanced)"
    # Coaching a person in a skill, with no occasion named: "coach Ana on running standups".
    r"|(?:coach|coaching|mentor|mentoring|train|training)\s+(?:[a-z][\w'’-]*\s+){1,2}"
    r"(?:on|in)\s+(?:how\s+to|(?:(?!(?:the|a|an|my|our|his|her|their|this|that|next)\b)[a-z]+\s+)?"
    r"[a-z]{2,}ing\b(?!\s+(?:the|a|an|my|our|his|her|their|this|that|next|for|at|on)\b)))"
    r"\b(?!\s+(?:to|from|with)\b)"
)
# A change with no size ("make the checkout flow faster") or a duty with no end ("take
# ownership of the rota"): nothing to check off.
MAKE_CHANGE = LazyPattern(
    r"\bmake\s+(?:[\w'’.-]+\s+){1,5}(?:[a-z]{3,}er|more\s+\w+|less\s+\w+|simple|smooth|clear|easy)\b"
    r"|\btake\s+(?:over\s+)?(?:ownership|charge|responsibility|care)\s+(?:of|for)\b"
    r"|\bget\s+(?:[\w'’.-]+\s+){1,5}(?:cleaned|tidied|polished|improved|streamlined|in\s+order"
    r"|straight)\b"
    r"|\b(?:cut|reduce|lower|raise|increase|get|bring|push)\s+(?:[\w'’.-]+\s+){1,4}(?:down|up)\b"
    r"|\bcut\s+(?:[\w'’.-]+\s+){0,3}(?:time|times|costs?|spend|waste|churn|latency|delays?|errors?"
    r"|overtime|turnover)\b"
    r"|\bfollow(?:ing)?[\s-]+up\s+on\b"
)
SOFT_ON_ABSTRACT = LazyPattern(
    r"\b(?:improve|improving|enhance|strengthen|boost|optimi[sz]e|streamline|address|tackle"
    r"|reduce|lower|increase|raise|better|fix|sort\s+out|work\s+on|help\s+(?:\w+\s+)?with|support"
    r"|manage|build|develop|grow|deepen|expand|broaden|tackle|level\s+up)"
    r"\s+(?:(?:my|your|his|her|their|our|the|team|code|overall|general|personal|work|sleep"
    r"|mental|physical|service|product|customer|delivery|process|general|team['’]s|stakeholder"
    r"|client|internal|external|cross-team|written|verbal)\s+){0,2}"
    + ABSTRACT_THING
    + r"\b(?!\s+(?:of|for|in\s+the|on\s+the|at\s+the)\b)"
    # One's own practice named by what is done, as a skill: "improve my Figma prototyping",
    # "sharpen her public speaking" (not "improve my onboarding doc": a gerund before a noun).
    r"|\b(?:improve|improving|enhance|strengthen|boost|sharpen|hone|polish|level\s+up|work\s+on"
    r"|tighten\s+up|brush\s+up|sort\s+out|fix|get\s+on\s+top\s+of)\s+(?:my|your|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,2}[a-z]{3,}ing\b"
    r"(?=\s*(?:$|[^\w\s]|(?:by|in|this|next|before|for|at|during|so|and|over|skills?)\b))",
    (
        "improv",
        "enhance",
        "strengthen",
        "boost",
        "optimi",
        "streamline",
        "address",
        "tackle",
        "reduce",
        "lower",
        "increase",
        "raise",
        "better",
        "fix",
        "sort",
        "work",
        "help",
        "support",
        "manage",
        "build",
        "develop",
        "grow",
        "deepen",
        "expand",
        "broaden",
        "level",
        "sharpen",
        "hone",
        "polish",
        "tighten",
        "brush",
    ),
)
# A feeling to change is a wish even with a size ("cut my anxiety in half", "be 50% less
# stressed"): what would be done is still unsaid.
FEELING_TARGET = LazyPattern(
    r"\b(?:cut|reduce|lower|halve|decrease|ease|manage|beat|conquer|raise|increase|boost|double)"
    r"\s+(?:my|your|his|her|their|our|the\s+team['’]s)\s+(?:anxiety|stress|worry|worries|burnout"
    r"|overwhelm|frustration|self-doubt|imposter\s+syndrome|nerves|fear|happiness|motivation"
    r"|energy|mood|confidence)\b",
    (
        "anxi",
        "stress",
        "worr",
        "burnout",
        "overwhelm",
        "frustration",
        "doubt",
        "imposter",
        "nerves",
        "fear",
        "happiness",
        "motivation",
        "energy",
        "mood",
        "confidence",
    ),
)
# A limit anyone can check: "no screens after 10pm", "zero missed payroll runs",
# "alcohol-free", "weekends only", "in bed by 11pm".
LIMIT = LazyPattern(
    r"^\W*(?:no|zero|not\s+(?:a\s+)?single)\s+(?!more\b|longer\b|idea\b|problem\b|stress\b"
    r"|worries\b|drama\b)[a-z]"
    r"|\b[a-z]+-free\b|\b(?:to|on|at)\s+[a-z]+\s+only\b|\bonly\s+on\s+[a-z]+"
    # A time or a size to beat: "a sub-25 parkrun", "sub-3:45 marathon", "sub 2s page loads".
    r"|\bsub[-\s]?\d[\d:.,]*[a-z]*"
    r"|\b(?:in\s+bed|asleep|offline|logged\s+off|home|done|out\s+of\s+the\s+office)\s+"
    r"(?:by|before|until|till)\s+\d"
    r"|\b(?:no|zero)\s+(?:more\s+than\s+)?\w+\s+(?:after|before|during|on|in|at)\s+\S"
)
# A time of day after "by", "before", "after" is a threshold ("log off by 6pm").
BY_TIME = LazyPattern(
    r"\b(?:by|before|after|until|till|no\s+later\s+than|past)\s+\d{1,2}(?:[:.]\d{2})?\s{0,3}"
    r"(?:[ap]\.?m\b|h\b|o['’]clock\b)|\b(?:by|before|after|until|till)\s+\d{1,2}:\d{2}\b"
    r"|\b(?:by|before|after|until|till)\s+(?:noon|midnight|lunch(?:time)?)\b"
)
# A fragment that starts with its amount: "8k steps a day", "2L of water a day", "5 interviews
# with data scientists in the next 30 days", "a 30-day journalling streak".
MEASURE_FIRST = LazyPattern(
    r"^\W*(?:a\s+)?(?:\d[\d.,]*\s*(?:k|l|ml|km|kg|mi|x|%)?|\d+-(?:day|week|month|minute|min)"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)"
    r"(?:\s+|-)(?!(?:of\s+)?(?:the|my|our|these|those)\b)[a-z][\w'-]*"
)
# Verbs that, with "up", make one piece of work of a plural: "write up the findings".
UP_ONE_OFF: Final = frozenset(("write", "draw", "sum", "wrap", "type", "set"))
# Verbs whose plural object is still one errand: "book flights", "order supplies".
ONE_OFF: Final = frozenset(
    """
book buy order send file submit pay cancel renew sign print post ship schedule return collect
hire invite email call ring phone text pick deliver upload download install replace refund
""".split()  # noqa: SIM905
)
# A meeting with someone named as the thing to do: "1:1 w/ Sam every Fri".
EVENT_WITH = LazyPattern(
    r"^\W*(?:1:1|1-1|1on1|one-on-one|coffee|lunch|catch-?up|call|chat|skip-level)\s+"
    r"(?:w/|with)\s+\w"
)
# Verbs with no point at which they are done: "clean up the wiki", "look into the tests". On a
# concrete object they are specific, but nothing can be checked off.
OPEN_ENDED: Final = frozenset(
    """
improve enhance clean polish look investigate explore own leverage sync help support maintain
monitor manage handle work focus think reflect tidy simplify streamline optimise optimize refine
tweak iterate keep continue use engage process learn research play stay try champion drive
foster nurture promote embrace empower elevate deepen broaden expand grow develop strengthen
boost address tackle consider watch remove revisit rethink improving reduce increase decrease
lower shorten speed minimise minimize maximise maximize lessen tighten
""".split()  # noqa: SIM905
)
# Words that start a fragment rather than an imperative; a first word not here, followed by a
# determiner, a possessive or a count ("Swap Ana's slot", "Ping the vendor", "Lose 4 kg"), is
# taken for a verb even when the verb list does not know it.
NOT_A_VERB: Final = frozenset(
    """
a an the my our your his her their its this that these those some any all each every no not
more less better new old next last first weekly daily monthly quarterly yearly annual
i we you he she they it me us him them for with without from into onto over under about after
before during until till since by at on in of to up down out off via per than then so if when
while because as and or but nor yet also just only very really maybe perhaps please todo kr okr
goal goals action actions note notes plan q1 q2 q3 q4 h1 h2 eod eow eom eoq cob asap
""".split()  # noqa: SIM905
)
OBJECT_CUE = LazyPattern(
    r"\s+(?:(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|some|all|every|each"
    r"|up|down|out|off|over|back|through|me|us|him|them|it|one|two|three)\b|[a-z]+['’]s\b"
    r"|\d+(?![.\d])\b)"
)
