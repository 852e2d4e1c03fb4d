"""The coaching conversation (`grow coach`) and the SBI record (`grow feedback`), as data.

All the wording a person reads during these conversations is here: questions, choices and the
open questions offered as hints for each focus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from grow_cli.domain.threads import suggested_next_checkin
from grow_cli.flows.agenda import PRIVATE_STAGE, points_stages
from grow_cli.flows.deadline import due_to_ask, read_due, read_due_note
from grow_cli.flows.engine import get_path
from grow_cli.flows.focus import (
    ACTION_MESSAGES,
    CAUSE_CHOICES,
    GOAL_MESSAGES,
    MIXED,
    OPTIONS_MESSAGES,
    OPTIONS_PROPOSER_CHOICES,
    PROPOSER_CHOICES,
    WILL_MESSAGES,
    confidence_is_low,
    conversation_confidence,
    focus_default,
    focus_note,
    focus_questions,
    low_confidence_note,
)
from grow_cli.flows.model import (
    Answers,
    Ask,
    Choice,
    Flow,
    FlowContext,
    Group,
    Predicate,
    Stage,
)

if TYPE_CHECKING:
    from grow_cli.domain.agenda import PointState
    from grow_cli.domain.threads import Thread

FOCUS_CHOICES = (
    Choice("performance", "Performance: close one specific gap now (check in within 1-2 weeks)"),
    Choice("development", "Development: grow a broader capability over months"),
    Choice("career", "Career: their own direction, strengths and next step"),
)
OWNER_CHOICES = (
    Choice("report", "They do"),
    Choice("manager", "You do"),
)


def _default_next_checkin(scope: Answers, answers: Answers, context: FlowContext) -> str:
    focus = answers.get("focus")
    return suggested_next_checkin(focus, context.cadence_days, context.today).isoformat()


def _theirs(scope: Answers, answers: Answers, context: FlowContext) -> bool:
    """An action the person owns whose confidence the conversation did not already ask: the
    manager is never asked how sure the person is of the manager's own actions."""
    return scope.get("owner") != "manager" and conversation_confidence(answers) is None


def _focus_is(*focuses: str) -> Callable[[Answers], bool]:
    def check(answers: Answers) -> bool:
        return answers.get("focus") in focuses

    return check


def _focus_ask(*focuses: str) -> Predicate:
    def check(scope: Answers, answers: Answers, context: FlowContext) -> bool:
        return answers.get("focus") in focuses

    return check


def _serves_the_goal(scope: Answers, answers: Answers, context: FlowContext) -> str | None:
    grow = answers.get("grow")
    goal = grow.get("goal") if isinstance(grow, dict) else None
    return str(goal) if goal else None


def _no_goal(scope: Answers, answers: Answers, context: FlowContext) -> bool:
    return _serves_the_goal(scope, answers, context) is None


def _mixed_options(scope: Answers, answers: Answers, context: FlowContext) -> bool:
    grow = answers.get("grow")
    return isinstance(grow, dict) and grow.get("_options_by") == MIXED and bool(grow.get("options"))


def _has_options(scope: Answers, answers: Answers, context: FlowContext) -> bool:
    grow = answers.get("grow")
    return isinstance(grow, dict) and bool(grow.get("options"))


# An item's due date: asked when its words give none, or give one read with some doubt (then
# offered as the answer, with how it was read).
DUE_ASK = Ask("due", "By when?", kind="date", when=due_to_ask, default=read_due, note=read_due_note)


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


def _continued(answers: Answers, context: FlowContext) -> Thread | None:
    """The thread this conversation continues, if one was chosen."""
    return context.threads.get(str(answers.get("thread") or ""))


def _thread_focus(scope: Answers, answers: Answers, context: FlowContext) -> str | None:
    thread = _continued(answers, context)
    return thread.focus if thread else None


def _thread_goal(scope: Answers, answers: Answers, context: FlowContext) -> str | None:
    thread = _continued(answers, context)
    return thread.goal if thread else None


FOCUS_STAGE = Stage(
    "focus",
    "Focus",
    (
        *focus_questions(),
        Ask(
            "focus",
            "What kind of conversation is this?",
            kind="choice",
            choices=FOCUS_CHOICES,
            default=focus_default,
            note=focus_note,
        ),
    ),
)


def _thread_stage(
    threads: Sequence[Thread],
    question: str = "Is this about a goal you are already following?",
    none_of_them: str = "No: a new goal",
) -> Stage:
    """Which goal the conversation is about: one already followed, or a new one."""
    choices = tuple(Choice(t.id, f"{(t.focus or 'goal').capitalize()}: {t.label}") for t in threads)
    return Stage(
        "thread",
        "Goal",
        (
            Ask(
                "thread",
                question,
                kind="choice",
                choices=(*choices, Choice("", none_of_them)),
            ),
        ),
    )


TOPIC_STAGE = Stage(
    "topic", "Topic", (Ask("topic", "What is the conversation about?", hints=TOPIC_HINTS),)
)
SBI_FIELDS = (
    Ask(
        "situation",
        "Situation: when and where did it happen?",
        instruction="e.g. 'In Tuesday's sprint demo'",
        long=True,
    ),
    Ask(
        "behavior",
        "Behavior: what did you see or hear them do?",
        instruction="what a camera would record, not a label",
        review="behavior",
        long=True,
    ),
    Ask(
        "impact",
        "Impact: what did it lead to?",
        instruction="for the work, the team or a client, not only how it felt",
        review="impact",
        long=True,
    ),
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


FEEDBACK_STAGE = Stage(
    "feedback",
    "SBI feedback",
    (
        Group(
            "feedback",
            "feedback item",
            SBI_FIELDS,
            start="What specific moment do you want to name first? Name one now?",
            start_default=True,
            more="Another piece of feedback?",
        ),
    ),
    when=_focus_is("performance"),
)
STRENGTH_STAGE = Stage(
    "strength",
    "A strength",
    (
        Ask(
            "strength",
            "Is there a strength worth naming? (what they did well, and where; optional)",
            required=False,
            instruction="e.g. 'how you calmed the incident call on Tuesday'",
        ),
    ),
    when=_focus_is("development"),
)
CAREER_STAGE = Stage(
    "career",
    "Their direction",
    (
        Ask(
            "career.direction",
            "Where do they want their work to go? (optional)",
            required=False,
            long=True,
        ),
        Ask(
            "career.strengths",
            "Which strengths do they most enjoy using? (optional)",
            required=False,
        ),
        Ask("career.values", "What matters most to them in their work? (optional)", required=False),
    ),
    intro="Their conversation: listen for their words, not the team's needs.",
    when=_focus_is("career"),
)
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
            default=_thread_goal,
            messages=GOAL_MESSAGES,
        ),
        Ask("grow.reality", "Reality: where do things stand now?", hints=REALITY_HINTS, long=True),
        Ask(
            "grow.cause",
            "What's going on? Ask them first, then pick what is behind the gap",
            kind="choice",
            choices=CAUSE_CHOICES,
            when=_focus_ask("performance"),
        ),
        Ask(
            "grow.options",
            "Options: what could they do? (one per answer, empty to finish)",
            kind="list",
            hints=OPTIONS_HINTS,
            messages=OPTIONS_MESSAGES,
        ),
        Ask(
            "grow._options_by",
            "Whose ideas were the target and these options?",
            kind="choice",
            choices=OPTIONS_PROPOSER_CHOICES,
            when=_has_options,
        ),
        Ask(
            "grow.goal_by",
            "Whose target was it?",
            kind="choice",
            choices=PROPOSER_CHOICES,
            required=False,
            when=_mixed_options,
        ),
        Ask(
            "grow.options_by",
            "Whose idea was each?",
            kind="proposers",
            of="grow.options",
            when=_mixed_options,
        ),
        Ask(
            "grow.will",
            "Will: what will they do first?",
            hints=WILL_HINTS,
            long=True,
            messages=WILL_MESSAGES,
        ),
        Ask(
            "grow.confidence",
            "Ask them: from 1 to 10, how confident are you in this plan?",
            kind="number",
            required=False,
        ),
        Ask(
            "grow.confidence_raise",
            "What would raise it? (their words; optional)",
            required=False,
            when=confidence_is_low,
            note=low_confidence_note,
        ),
    ),
    intro="Let them do most of the talking: the goal and the options are theirs.",
)


def _measured(answers: Answers, context: FlowContext) -> bool:
    thread = _continued(answers, context)
    return thread is not None and thread.measure is not None


def _may_add_measure(scope: Answers, answers: Answers, context: FlowContext) -> bool:
    return not _measured(answers, context)


def _measuring(scope: Answers, answers: Answers, context: FlowContext) -> bool:
    named = str(get_path(answers, "measure.what") or "").strip()
    return bool(named) and not _measured(answers, context)


def _reading_due(scope: Answers, answers: Answers, context: FlowContext) -> bool:
    # In a 1:1 the check-in part already asked for the reading of a goal it reviewed.
    reviewed = answers.get("progress")
    thread = str(answers.get("thread") or "")
    if isinstance(reviewed, dict) and thread in reviewed:
        return False
    return _measured(answers, context)


READING_KEY = "_reading"  # the measure's reading when continuing a measured thread
MEASURE_STAGE = Stage(
    "measure",
    "Measure",
    (
        # One question asks whether there is a measure and what it counts: Enter, none.
        Ask(
            "measure.what",
            "Is there a number you will both watch? Say what is counted (e.g. hours to a first "
            "reply), or leave it empty",
            required=False,
            when=_may_add_measure,
        ),
        Ask("measure.unit", "In what unit? (optional)", required=False, when=_measuring),
        Ask(
            "measure.baseline",
            "Where is it now? (optional)",
            kind="decimal",
            required=False,
            when=_measuring,
        ),
        Ask(
            "measure.target",
            "What target did you agree? (optional)",
            kind="decimal",
            required=False,
            when=_measuring,
        ),
        Ask(
            READING_KEY,
            "Where is the measure now? (empty to skip)",
            kind="decimal",
            required=False,
            when=_reading_due,
        ),
    ),
)
ACTION_FIELDS = (
    Ask(
        "text",
        "Action: what exactly will be done?",
        instruction="a concrete deliverable and a date, e.g. 'Send the draft to Sam by Friday'",
        review="smart_text",
        messages=ACTION_MESSAGES,
    ),
    DUE_ASK,
    Ask(
        "reflect_on",
        "When will they look back at what it taught them? (optional)",
        kind="date",
        required=False,
        when=_focus_ask("development"),
    ),
    Ask("owner", "Who does it?", kind="choice", choices=OWNER_CHOICES),
    # What it serves: the conversation's goal, unless there is none to name.
    Ask(
        "relevant_to",
        "What does it serve (a team goal, their development)?",
        default=_serves_the_goal,
        when=_no_goal,
        fills=True,
    ),
    Ask(
        "confidence",
        "Ask them: from 1 to 10, how confident are you about this one?",
        kind="number",
        when=_theirs,
    ),
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
    DUE_ASK,
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


def coach_flow(threads: Sequence[Thread] = (), points: Sequence[PointState] = ()) -> Flow:
    """The coaching conversation; with threads already followed, it first asks which goal it is
    about (continuing one keeps its focus and goal as the suggestions). With open talking
    points it asks which were discussed, before the next check-in; private notes come last."""
    stages = (
        FOCUS_STAGE,
        TOPIC_STAGE,
        FEEDBACK_STAGE,
        STRENGTH_STAGE,
        CAREER_STAGE,
        GROW_STAGE,
        MEASURE_STAGE,
    )
    rest = (ACTIONS_STAGE, SUPPORT_STAGE, *points_stages(points), NEXT_STAGE, PRIVATE_STAGE)
    return Flow("coach", ((_thread_stage(threads),) if threads else ()) + stages + rest)


COACH_FLOW = coach_flow()


def feedback_flow(threads: Sequence[Thread] = ()) -> Flow:
    """The SBI record; with threads already followed, it first asks which goal it is about."""
    about = (
        (_thread_stage(threads, FEEDBACK_THREAD_QUESTION, "No: none of these"),) if threads else ()
    )
    return Flow("feedback", about + FEEDBACK_FLOW.stages)


FEEDBACK_THREAD_QUESTION = "Is this feedback about a goal you are already following?"
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
