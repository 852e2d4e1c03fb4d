"""The personal coaching journal (`grow journal`), as data: three modes, first-person questions.

GROW on a goal of my own (the goal SMART-checked, actions owned by me), a reflection on a recent
situation, or my career direction with a date to look at it again.
"""

from __future__ import annotations

from collections.abc import Callable

from grow_cli.flows.coach import DUE_ASK
from grow_cli.flows.model import Answers, Ask, Choice, Flow, FlowContext, Group, Stage

MODE_CHOICES = (
    Choice("grow", "GROW on a goal of my own"),
    Choice("reflection", "Reflect on something that happened"),
    Choice("career", "My career: direction, strengths, next step"),
)


def _mode_is(mode: str) -> Callable[[Answers], bool]:
    def check(answers: Answers) -> bool:
        return answers.get("mode") == mode

    return check


def _in_three_months(scope: Answers, answers: Answers, context: FlowContext) -> str:
    return "in 3 months"


MODE_STAGE = Stage(
    "mode",
    "Journal",
    (Ask("mode", "What kind of entry is this?", kind="choice", choices=MODE_CHOICES),),
)
GROW_STAGE = Stage(
    "grow",
    "My GROW",
    (
        Ask(
            "grow.goal",
            "Goal: what do I want to achieve, and by when?",
            review="smart_goal",
            long=True,
            hints={
                "*": (
                    "What would make the next month feel like progress?",
                    "How will I know I got there?",
                )
            },
        ),
        Ask(
            "grow.reality",
            "Reality: where am I now? What have I tried?",
            long=True,
            hints={"*": ("What is getting in my way?", "What is already working?")},
        ),
        Ask(
            "grow.options",
            "Options: what could I do? (one per answer, empty to finish)",
            kind="list",
            hints={"*": ("What would I tell a friend in my place to try?", "Who could help me?")},
        ),
        Ask("grow.will", "Will: what will I do first?", long=True),
    ),
    when=_mode_is("grow"),
)
MY_ACTION_FIELDS = (
    Ask(
        "text",
        "Action: what exactly will I do?",
        instruction="something I can finish and a date, e.g. 'Book the course by Friday'",
    ),
    DUE_ASK,
    Ask("relevant_to", "What does it serve (a goal of mine, my development)?"),
    Ask("confidence", "How sure am I that I can do it, 1 to 10?", kind="number"),
)
ACTIONS_STAGE = Stage(
    "actions",
    "My actions",
    (
        Group(
            "actions",
            "action",
            MY_ACTION_FIELDS,
            at_least_one=True,
            more="Add another action?",
            review="smart_action",
        ),
    ),
    when=_mode_is("grow"),
)
REFLECTION_STAGE = Stage(
    "reflection",
    "Reflection",
    (
        Ask("reflection.what_happened", "What happened?", long=True),
        Ask("reflection.what_i_did", "What did I do?", long=True),
        Ask("reflection.what_it_tells_me", "What does it tell me about myself?", long=True),
        Ask("reflection.what_ill_try", "What will I try next time?", long=True),
    ),
    when=_mode_is("reflection"),
)
CAREER_STAGE = Stage(
    "career",
    "Career",
    (
        Ask("career.direction", "Where do I want my work to go? What draws me there?", long=True),
        Ask("career.strengths", "Which strengths do I most enjoy using?"),
        Ask("career.development_areas", "What do I still need to learn or practise?"),
        Ask("career.next_step", "What is one next step that would test this direction?"),
        Ask(
            "career.review_on",
            "When will I look at this again?",
            kind="date",
            default=_in_three_months,
        ),
    ),
    when=_mode_is("career"),
)
TAGS_STAGE = Stage(
    "tags",
    "Tags",
    (Ask("tags", "Tags to find this again (comma separated, optional)", required=False),),
)

JOURNAL_FLOW = Flow(
    "journal",
    (MODE_STAGE, GROW_STAGE, ACTIONS_STAGE, REFLECTION_STAGE, CAREER_STAGE, TAGS_STAGE),
)
