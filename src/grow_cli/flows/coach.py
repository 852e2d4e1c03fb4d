"""The coaching conversation (`grow coach`) and the SBI record (`grow feedback`), as data.

All the wording a person reads during these conversations is here: questions, choices and the
open questions offered as hints for each focus.
"""

from __future__ import annotations

import datetime as dt

from grow_cli.domain.dates import find_deadline
from grow_cli.flows.model import Answers, Ask, Choice, Flow, FlowContext, Group, Stage

FOCUS_CHOICES = (
    Choice("performance", "Performance: close one specific gap now (check in within 1-2 weeks)"),
    Choice("development", "Development: grow a broader capability over months"),
    Choice("career", "Career: their own direction, strengths and next step"),
)
OWNER_CHOICES = (
    Choice("report", "They do it"),
    Choice("manager", "I do it"),
)

# Days until the next check-in that each focus suggests, before the person's cadence is applied.
FOCUS_HORIZON_DAYS = {"performance": 14, "development": 28, "career": 42}


def suggested_next_checkin(focus: str | None, cadence_days: int, today: dt.date) -> dt.date:
    """Performance: the person's cadence, at most two weeks. Development and career: longer."""
    horizon = FOCUS_HORIZON_DAYS.get(focus or "", cadence_days)
    days = min(cadence_days, horizon) if focus == "performance" else max(cadence_days, horizon)
    return today + dt.timedelta(days=days)


def _default_next_checkin(scope: Answers, answers: Answers, context: FlowContext) -> str:
    focus = answers.get("focus")
    return suggested_next_checkin(focus, context.cadence_days, context.today).isoformat()


def no_deadline_in_text(scope: Answers, answers: Answers, context: FlowContext) -> bool:
    return find_deadline(str(scope.get("text", "")), context.today).due is None


TOPIC_HINTS = {
    "performance": ("Which one gap matters most right now?",),
    "development": ("Which capability do they want to build this quarter?",),
    "career": ("What do they want to talk about for themselves, not for the team?",),
}
GOAL_HINTS = {
    "performance": (
        "What would good look like, in numbers, two weeks from now?",
        "How will you both know the gap is closed?",
    ),
    "development": (
        "What would they be able to do in six months that they cannot do today?",
        "Which stretch assignment would show it?",
    ),
    "career": (
        "Where do they want to be in a year or two?",
        "What would make the next step feel like progress to them?",
    ),
}
REALITY_HINTS = {
    "performance": (
        "What is happening now, with numbers if you have them?",
        "What is getting in the way?",
        "What has already been tried, and what did it change?",
    ),
    "development": (
        "Where do they already use this skill, even a little?",
        "What has held them back from practising it?",
    ),
    "career": (
        "Which strengths do they enjoy using most?",
        "What do they know, and not know yet, about the path they want?",
    ),
}
OPTIONS_HINTS = {
    "*": (
        "What could they do differently? Let them list ideas before you add yours.",
        "What support or resources would help?",
        "Which strength could they use in a new way?",
    ),
}
WILL_HINTS = {
    "performance": (
        "Which one or two of the options will they start with, and when?",
        "How will you both see progress before the next check-in?",
    ),
    "development": (
        "Which experiment will they try first?",
        "When will they stop to reflect on what it taught them?",
    ),
    "career": (
        "What is one small step toward that direction this month?",
        "Who could they talk to who already does this work?",
    ),
}
ACTION_HINTS = {
    "performance": ("One or two precise actions with dates are enough for a performance gap.",),
    "development": ("Stretch assignments, learning commitments and a reflection point work well.",),
    "career": ("A conversation, a course, a shadowing day: something that tests the direction.",),
}

FOCUS_STAGE = Stage(
    "focus",
    "Focus",
    (Ask("focus", "What kind of conversation is this?", kind="choice", choices=FOCUS_CHOICES),),
)
TOPIC_STAGE = Stage(
    "topic", "Topic", (Ask("topic", "What is the conversation about?", hints=TOPIC_HINTS),)
)
SBI_FIELDS = (
    Ask(
        "situation",
        "Situation: when and where did it happen?",
        instruction="e.g. 'In Tuesday's sprint demo'",
    ),
    Ask(
        "behavior",
        "Behavior: what did you see or hear them do?",
        instruction="what a camera would record, not a label",
        review="behavior",
    ),
    Ask("impact", "Impact: what did it lead to?", instruction="for the team, the client, or you"),
)


def _sbi_group(*, optional: bool) -> Group:
    """The SBI items: asked first in a coaching conversation only when there is a gap to name."""
    return Group(
        "feedback",
        "feedback item",
        SBI_FIELDS,
        start="Is there a gap to name with feedback first?" if optional else None,
        at_least_one=not optional,
        more="Another piece of feedback?",
    )


FEEDBACK_STAGE = Stage("feedback", "SBI feedback", (_sbi_group(optional=True),))
GROW_STAGE = Stage(
    "grow",
    "GROW",
    (
        Ask(
            "grow.goal",
            "Goal: what does success look like, and by when?",
            hints=GOAL_HINTS,
            review="smart_goal",
            long=True,
        ),
        Ask("grow.reality", "Reality: where do things stand now?", hints=REALITY_HINTS, long=True),
        Ask(
            "grow.options",
            "Options: what could they do? (one per answer, empty to finish)",
            kind="list",
            hints=OPTIONS_HINTS,
        ),
        Ask("grow.will", "Will: what will they do first?", hints=WILL_HINTS, long=True),
    ),
    intro="Let them do most of the talking: the goal and the options are theirs.",
)
ACTION_FIELDS = (
    Ask(
        "text",
        "Action: what exactly will be done?",
        instruction="a concrete deliverable and a date, e.g. 'Send the draft to Sam by Friday'",
    ),
    Ask("due", "By when?", kind="date", when=no_deadline_in_text),
    Ask("owner", "Who does it?", kind="choice", choices=OWNER_CHOICES),
    Ask("relevant_to", "What does it serve (a team goal, their development)?"),
    Ask("confidence", "How sure are they they can do it, 1 to 10?", kind="number"),
)
ACTIONS_STAGE = Stage(
    "actions",
    "Actions",
    (
        Group(
            "actions",
            "action",
            ACTION_FIELDS,
            at_least_one=True,
            more="Add another action?",
            review="smart_action",
            hints=ACTION_HINTS,
        ),
    ),
)
SUPPORT_FIELDS = (
    Ask("text", "What will you do to support them?"),
    Ask("due", "By when?", kind="date", when=no_deadline_in_text),
)
SUPPORT_STAGE = Stage(
    "support",
    "Your support",
    (
        Group(
            "support",
            "support item",
            SUPPORT_FIELDS,
            start="Will you commit to any support?",
            more="Anything else you will do?",
        ),
    ),
)
NEXT_STAGE = Stage(
    "next_checkin",
    "Next check-in",
    (
        Ask(
            "next_checkin", "When is the next check-in?", kind="date", default=_default_next_checkin
        ),
        Ask("tags", "Tags to find this again (comma separated, optional)", required=False),
    ),
)

COACH_FLOW = Flow(
    "coach",
    (
        FOCUS_STAGE,
        TOPIC_STAGE,
        FEEDBACK_STAGE,
        GROW_STAGE,
        ACTIONS_STAGE,
        SUPPORT_STAGE,
        NEXT_STAGE,
    ),
)

FEEDBACK_FLOW = Flow(
    "feedback",
    (
        TOPIC_STAGE,
        Stage("feedback", "SBI feedback", (_sbi_group(optional=False),)),
        Stage(
            "next_checkin",
            "Next check-in",
            (
                Ask(
                    "next_checkin",
                    "When will you check in on it? (optional)",
                    kind="date",
                    required=False,
                ),
                Ask("tags", "Tags to find this again (comma separated, optional)", required=False),
            ),
        ),
    ),
)
