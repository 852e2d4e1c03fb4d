"""Every sentence the SMART check says (domain/smart.py), in one place: each says what is missing
and how to fix it, in words that fit the conversation's focus.
"""

from __future__ import annotations

from typing import Final

EMPTY: Final = (
    "The goal is empty: write what will be done, e.g. "
    "'send a weekly status email to stakeholders every Friday'."
)
SPECIFIC_PASS: Final = "Names a concrete action: '{action}'."
SPECIFIC_VAGUE: Final = (
    "'{phrase}' does not say what anyone will actually do: name the action, e.g. {example}."
)
SPECIFIC_SOFT: Final = (
    "'{phrase}' points a direction but leaves open what will change: say what exactly will be "
    "done, or the number that shows it changed, e.g. {example}."
)
SPECIFIC_SHORT: Final = (
    "Too short to tell what will happen: say what '{phrase}' applies to, e.g. {example}."
)
SPECIFIC_OUTCOME: Final = "Names an outcome and the measure of it: '{outcome}'."
SPECIFIC_NO_ACTION: Final = (
    "'{phrase}' names no action anyone could be seen doing: say what will be done, e.g. {example}."
)
SPECIFIC_EFFORT: Final = (
    "'{phrase}' says where the effort goes, not what will be done: name the step or what it "
    "produces, e.g. {example}."
)
SPECIFIC_ABSTRACT: Final = (
    "'{phrase}' names no part of the work anyone could point to: say which part changes and "
    "how, e.g. {example}."
)
SPECIFIC_UNCLEAR: Final = (
    "'{phrase}' leaves open what exactly is meant: name the thing itself, e.g. {example}."
)
SPECIFIC_LEARNING: Final = (
    "'{phrase}' names a subject but no occasion to use it and nothing to show for it: add one, "
    "e.g. {example}."
)
SPECIFIC_DONE: Final = "Names a result that is either done or not: '{result}'."
SPECIFIC_CHANGE: Final = "Names what will change: '{action}'."
SPECIFIC_LIMIT: Final = "Names a limit anyone can check: '{limit}'."
SPECIFIC_MEETING: Final = "Names a meeting and who it is with: '{meeting}'."
MEASURABLE_LIMIT: Final = "It sets a limit anyone can check: '{token}'."
MEASURABLE_OPEN: Final = (
    "'{verb}' has no point at which it is finished: say what done looks like, or add a number, "
    "e.g. {example}."
)
MEASURABLE_UNDATED: Final = (
    "'{verb}' is finished only when a day or an output marks it: add one, e.g. {example}."
)
MEASURABLE_HOW_MANY: Final = (
    "'{phrase}' is ongoing with no amount: say how many, how often or by when, e.g. {example}."
)
MEASURABLE_NUMBER: Final = "Progress can be counted: '{token}'."
MEASURABLE_FREQUENCY: Final = "It happens on a schedule anyone can check: '{token}'."
MEASURABLE_SCOPE: Final = "It covers a countable set, so misses are visible: '{token}'."
MEASURABLE_DELIVERABLE: Final = "There is a deliverable to check off: '{token}'."
MEASURABLE_SINGLE: Final = "It is a single thing that is either done or not: '{token}'."
MEASURABLE_RATIO: Final = "The change has a size anyone can check: '{token}'."
MEASURABLE_FAIL: Final = (
    "Nothing here can be counted or checked off: add a number, a frequency or something that is "
    "done or not, e.g. {example}."
)
# Examples that fit the conversation: a deliverable for performance, an experiment for
# development, a step that tests a direction for career. The first whose words the goal does not
# already hold is shown, so no reason suggests what was written.
FOCUS_EXAMPLES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "performance": {
        "action": (
            "'send the incident summary to the support team by Friday'",
            "'triage the queue at 9:00 and 14:00 every weekday'",
        ),
        "measure": ("'two code reviews a week'", "'a one-page summary sent to the team'"),
    },
    "development": {
        "action": (
            "'run the next retro in the new format and write down what worked'",
            "'ask one open question before giving my view in three 1:1s'",
        ),
        "measure": ("'try it in three 1:1s and note what worked'", "'one practice talk'"),
    },
    "career": {
        "action": (
            "'ask two staff engineers how they got there, by the end of January'",
            "'shadow a product manager for a day'",
        ),
        "measure": ("'one conversation with a staff engineer'", "'an application sent'"),
    },
}
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
CONFIDENCE_RANGE: Final = "Confidence is a whole number from 1 to 10, not {value!r}."
