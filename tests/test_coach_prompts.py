"""`grow coach` / `grow feedback` at the terminal: the REAL questionary prompts, driven in-process
through the harness in tests/interactive.py."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from interactive import (
    CTRL_C,
    ENTER,
    NO,
    YES,
    Converse,
    draft_of,
    front,
    keys,
    notes_of,
    pick,
    replace,
    saved_note,
    say,
)

TODAY = dt.date(2026, 11, 22)  # a Sunday; conftest fixes GROW_TODAY

SAVE_IT, CHANGE_A_PART, STOP_HERE = 0, 1, 2  # the review's "Save this note?" choices
REWRITE, KEEP = 0, 1  # "What now?" after a warning
THEY_DO_IT, I_DO_IT = 0, 1  # "Who does it?"
FOCUS_INDEX = {"performance": 0, "development": 1, "career": 2}
# The parts "Which part?" offers: only those the conversation had (feedback for performance, a
# strength for development, their direction for career), so GROW and after keep their places.
STAGE_INDEX = {"Focus": 0, "Topic": 1, "SBI feedback": 2, "GROW": 3, "Measure": 4, "Actions": 5}


@dataclass
class Action:
    """One action as typed; `due` answers "By when?", asked only when the text has no date."""

    text: str
    due: str | None = None
    owner: int = THEY_DO_IT
    relevant_to: str = ""
    confidence: str = ""
    focus: str = "performance"  # set by the conversation it belongs to

    def answers(self) -> list[str]:
        # grow never asks how sure the person is of an action the manager owns.
        # What it serves is the conversation's goal: not asked.
        return [
            say(self.text),
            *([say(self.due)] if self.due is not None else []),
            *([ENTER] if self.focus == "development" else []),  # "When will they look back?"
            pick(self.owner),
            *([say(self.confidence)] if self.owner != I_DO_IT else []),
        ]


@dataclass
class Talk:
    """A whole coaching conversation as typed, stage by stage."""

    focus: str
    topic: str
    goal: str
    reality: str
    options: list[str]
    will: str
    actions: list[Action]
    feedback: list[tuple[str, str, str]] = field(default_factory=list)
    support: list[tuple[str, str | None]] = field(default_factory=list)
    next_checkin: str | None = None  # None: accept the suggested date with Enter
    tags: str = ""
    measure: tuple[str, str, str, str] | None = None  # what, unit, baseline, target

    strength: str = ""  # development: "Is there a strength worth naming?"
    direction: tuple[str, str, str] = ("", "", "")  # career: direction, strengths, values

    def focus_keys(self) -> list[str]:
        # The focus questions stop at the first yes; the choice then offers that focus.
        asked = {"performance": [YES], "development": [NO, YES], "career": [NO, NO, YES]}
        return [*asked[self.focus], ENTER]

    def topic_keys(self) -> list[str]:
        return [say(self.topic)]

    def feedback_keys(self) -> list[str]:
        if self.focus == "development":
            return [say(self.strength)]  # "Is there a strength worth naming?"
        if self.focus == "career":
            return [say(part) for part in self.direction]  # their direction, strengths, values
        if not self.feedback:
            return [NO]  # "What specific moment do you want to name first?"
        typed = [YES]
        for number, (situation, behavior, impact) in enumerate(self.feedback, start=1):
            typed += [say(situation), say(behavior), say(impact)]
            typed.append(YES if number < len(self.feedback) else NO)  # "Another piece...?"
        return typed

    def grow_keys(self) -> list[str]:
        """GROW, then the measure question that follows it."""
        options = [say(option) for option in self.options] + [ENTER]  # empty answer ends the list
        whose = [ENTER] if self.options else []  # "Whose ideas were these?": all theirs
        cause = [ENTER] if self.focus == "performance" else []  # "What's going on?"
        return [
            say(self.goal),
            say(self.reality),
            *cause,
            *options,
            *whose,
            say(self.will),
            ENTER,  # "How confident are you in this plan?": not asked here
            *self.measure_keys(),
        ]

    def measure_keys(self) -> list[str]:
        if self.measure is None:
            return [ENTER]  # "Is there a number you will both watch? Say what is counted"
        return [say(part) for part in self.measure]

    def actions_keys(self) -> list[str]:
        typed: list[str] = []
        for number, action in enumerate(self.actions, start=1):
            action.focus = self.focus
            typed += action.answers()
            typed.append(YES if number < len(self.actions) else NO)  # "Add another action?"
        return typed

    def support_keys(self) -> list[str]:
        if not self.support:
            return [NO]  # "Will you commit to any support?"
        typed = [YES]
        for number, (text, due) in enumerate(self.support, start=1):
            typed.append(say(text))
            if due is not None:
                typed.append(say(due))
            typed.append(YES if number < len(self.support) else NO)  # "Anything else...?"
        return typed

    private: str = ""  # "Private notes, for you only": asked last

    def next_keys(self) -> list[str]:
        when = ENTER if self.next_checkin is None else replace(self.next_checkin)
        return [when, say(self.tags), say(self.private)]

    def keys(self, *, followup: bool = False) -> str:
        return keys(
            self.focus_keys(),
            self.topic_keys(),
            self.feedback_keys(),
            self.grow_keys(),
            self.actions_keys(),
            self.support_keys(),
            self.next_keys(),
            pick(SAVE_IT),
            YES if followup else NO,  # "Show the follow-up message to send them?"
        )


@pytest.fixture
def alex(grow: Callable[..., Any]) -> str:
    """A known person to coach; returns the slug."""
    result = grow("person", "add", "Alex Kim")
    assert result.exit_code == 0, result.output
    return "alex-kim"


# -- One conversation per focus ------------------------------------------------------------------

PERFORMANCE = Talk(
    focus="performance",
    topic="Client ticket turnaround",
    feedback=[
        (
            "In the client support queue over the last two weeks",
            "First replies took 18 hours on average",
            "Two clients escalated to their account manager",
        )
    ],
    goal="Bring the average first reply on client tickets down to 4 hours by the end of next month",
    reality="Alex answers tickets in one batch late in the day",
    options=["Triage the queue at set times twice a day", "Write reply templates"],
    will="Start twice-daily triage on Monday",
    actions=[
        Action(
            "Write reply templates for the 5 most common ticket questions",
            due="in 2 weeks",
            relevant_to="Team target: first reply within 4 hours",
            confidence="8",
        ),
        Action(
            "Pair with Sam on 3 of the hardest tickets by Friday",
            relevant_to="Team target: first reply within 4 hours",
            confidence="9",
        ),
    ],
    support=[("Ask Sam to review the new reply templates", "in 3 days")],
    next_checkin="in 1 week",
    tags="support, turnaround",
    measure=("Average first reply on client tickets", "hours", "18", "4"),
)
DEVELOPMENT = Talk(
    focus="development",
    topic="Leading without authority",
    goal="Lead the cross-team design review for the billing migration and present its 3 "
    "recommendations to the architecture group by the end of March",
    reality="Priya leads well inside her own team but holds back with senior people",
    options=[
        "Shadow Marco while he runs the next architecture review",
        "Run a smaller review with one other team first",
        "Ask two attendees for feedback after each review",
    ],
    will="Shadow the December review, then run a practice review in January",
    actions=[
        Action(
            "Shadow Marco at the architecture review and write down 3 things to copy",
            due="2026-12-11",
            relevant_to="Influence across teams",
            confidence="9",
        ),
        Action(
            "Send Priya 2 examples of strong design review write-ups by Friday",
            owner=I_DO_IT,
            relevant_to="Influence across teams",
            confidence="10",
        ),
    ],
    support=[
        ("Introduce Priya to Marco by Friday", None),
        ("Book a reflection slot after the practice review", "2027-02-01"),
    ],
    next_checkin=None,
)
CAREER = Talk(
    focus="career",
    topic="Moving toward product management",
    goal="Decide by the end of Q1 whether to apply for the associate product manager role, "
    "after trying 2 pieces of product work",
    reality="Sam enjoys writing specs more than coding, but has never owned a roadmap",
    options=["Shadow a product manager for a day"],
    will="Book a shadowing day this month",
    actions=[
        Action(
            "Shadow Dana, the product manager for onboarding, and note 3 surprises",
            due="in 3 weeks",
            relevant_to="Sam's career direction: product management",
            confidence="7",
        )
    ],
    next_checkin="in 6 weeks",
    tags="career",
)

# What the typed dates resolve to against 2026-11-22 (written out, not computed by grow's parser).
EXPECTED_DATES: dict[str, dict[str, Any]] = {
    "performance": {
        "actions": [dt.date(2026, 12, 6), dt.date(2026, 11, 27)],
        "support": [dt.date(2026, 11, 25)],
        "next_checkin": dt.date(2026, 11, 29),
    },
    "development": {
        "actions": [dt.date(2026, 12, 11), dt.date(2026, 11, 27)],
        "support": [dt.date(2026, 11, 27), dt.date(2027, 2, 1)],
        "next_checkin": dt.date(2026, 12, 20),  # suggested: 28 days for development
    },
    "career": {
        "actions": [dt.date(2026, 12, 13)],
        "support": [],
        "next_checkin": dt.date(2027, 1, 3),
    },
}
OWNERS = {THEY_DO_IT: "report", I_DO_IT: "manager"}


@pytest.mark.parametrize("talk", [PERFORMANCE, DEVELOPMENT, CAREER], ids=lambda t: t.focus)
def test_the_typed_dates_match_the_questions_grow_will_ask(talk: Talk) -> None:
    """Guards the test data: "By when?" is asked only for texts without a date of their own."""
    from grow_cli.domain.dates import find_deadline

    for text, due in [(a.text, a.due) for a in talk.actions] + talk.support:
        has_date = find_deadline(text, TODAY).due is not None
        assert has_date == (due is None), f"{text!r}: give due only when the text has no date"


@pytest.mark.parametrize("talk", [PERFORMANCE, DEVELOPMENT, CAREER], ids=lambda t: t.focus)
def test_a_whole_conversation_is_saved_exactly_as_typed(
    converse: Converse, alex: str, notes_dir: Path, talk: Talk
) -> None:
    run = converse("coach", alex, keys=talk.keys())
    assert run.exit_code == 0, run.stdout + run.stderr

    path = saved_note(run)
    assert path == notes_dir / "people" / alex / "2026-11-22-coaching.md"
    data = front(path)
    dates = EXPECTED_DATES[talk.focus]
    assert (data["kind"], data["person"], data["date"]) == ("coaching", alex, TODAY)
    assert (data["focus"], data["topic"]) == (talk.focus, talk.topic)
    assert data["next_checkin"] == dates["next_checkin"]
    tags = [tag.strip() for tag in talk.tags.split(",") if tag.strip()]
    assert data.get("tags", []) == tags
    # Enter at "Whose target is it?" and "Whose ideas were these?" records them as theirs;
    # a performance conversation records what is behind the gap (Enter: the first cause).
    assert {k: v for k, v in data["grow"].items() if k != "goal_smart"} == {
        "goal": talk.goal,
        "goal_by": "report",
        "reality": talk.reality,
        **({"cause": "skill"} if talk.focus == "performance" else {}),
        "options": talk.options,
        "options_by": ["report"] * len(talk.options),
        "will": talk.will,
    }
    assert data.get("feedback", []) == [
        {"situation": s, "behavior": b, "impact": i} for s, b, i in talk.feedback
    ]
    saved_actions = [
        {k: a.get(k) for k in ("text", "due", "owner", "relevant_to", "confidence", "status")}
        for a in data["actions"]
    ]
    assert saved_actions == [
        {
            "text": a.text,
            "due": due,
            "owner": OWNERS[a.owner],
            "relevant_to": talk.goal,  # what the action serves: the goal, not asked
            "confidence": int(a.confidence) if a.owner != I_DO_IT else None,
            "status": "open",
        }
        for a, due in zip(talk.actions, dates["actions"], strict=True)
    ]
    # The conversation opened a thread of its own, with the measure agreed.
    assert (data["schema"], data["thread"]) == (2, f"{alex}/2026-11-22-coaching#t1")
    if talk.measure is not None:
        what, unit, baseline, target = talk.measure
        assert data["measure"] == {
            "what": what,
            "unit": unit,
            "baseline": float(baseline),
            "target": float(target),
            "better": "lower",
        }
    else:
        assert "measure" not in data
    assert not any("smart_override" in a for a in data["actions"])
    assert [(s["text"], s["due"]) for s in data.get("support", [])] == [
        (text, due) for (text, _), due in zip(talk.support, dates["support"], strict=True)
    ]
    # The conversation showed the review before asking to save, and left no draft behind.
    assert "Review" in run.stdout and f"Topic: {talk.topic}" in run.stdout
    assert not draft_of(notes_dir, alex).exists()
    assert "Save this note?" in run.screen


def test_the_follow_up_message_is_shown_when_asked_for(converse: Converse, alex: str) -> None:
    run = converse("coach", alex, keys=DEVELOPMENT.keys(followup=True))
    assert run.exit_code == 0, run.stdout + run.stderr
    message = run.stdout.split("Saved ", 1)[1]
    assert "Hi Alex," in message and "about leading without authority" in message
    # The manager-owned action is listed under what *I* will do, not under what they agreed.
    mine = message.split("What I'll do to support you", 1)[1]
    assert "- I'll send Priya 2 examples of strong design review write-ups by Friday" in mine
    assert "- I'll introduce Priya to Marco by Friday (27 November)." in mine


# -- SMART checks at the prompt ------------------------------------------------------------------

SHORT = Talk(
    focus="performance",
    topic="Planning",
    goal="Send the sprint plan to the team every Monday by 10am, starting 2026-11-30",
    reality="Plans arrive on Wednesday",
    options=["Draft the plan on Friday"],
    will="Draft on Friday",
    actions=[],
)
SMART_ACTION = "Write a one-page summary of the sprint plan and send it to the team by Friday"


def _up_to_actions(talk: Talk) -> list[str]:
    return talk.focus_keys() + talk.topic_keys() + talk.feedback_keys() + talk.grow_keys()


def _after_actions(talk: Talk) -> list[str]:
    return [*talk.support_keys(), *talk.next_keys(), pick(SAVE_IT), NO]


def _career_to_review() -> list[str]:
    talk = CAREER
    return [
        *talk.focus_keys(),
        *talk.topic_keys(),
        *talk.feedback_keys(),
        *talk.grow_keys(),
        *talk.actions_keys(),
        *talk.support_keys(),
        *talk.next_keys(),
    ]


def test_an_unsmart_action_is_explained_and_rewritten(
    converse: Converse, alex: str, notes_dir: Path
) -> None:
    # Checked as soon as the text is typed; "Rewrite it" asks again only for the text.
    typed = keys(
        _up_to_actions(SHORT),
        say("Improve communication"),
        pick(REWRITE),  # "What now?"
        replace(SMART_ACTION),  # the old text is offered for editing; clear it
        pick(THEY_DO_IT),  # no "By when?": the new text says Friday
        say("8"),
        NO,  # "Add another action?"
        _after_actions(SHORT),
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "This action is not SMART yet:" in run.stdout
    assert "Specific: 'Improve communication' does not say what anyone will" in run.stdout
    assert "What now?" in run.screen
    # The rewrite was asked with the first text as its default.
    assert "Action: what exactly will be done?" in run.screen
    assert run.screen.count("Improve communication") >= 2
    [action] = front(saved_note(run))["actions"]
    assert action["text"] == SMART_ACTION
    assert action["due"] == dt.date(2026, 11, 27)  # from "by Friday"; no "By when?" the 2nd time
    assert (action["relevant_to"], action["confidence"]) == (SHORT.goal, 8)
    assert "smart_override" not in action
    assert set(action["smart"].values()) == {"pass"}


def test_an_unsmart_action_kept_on_purpose_is_marked(
    converse: Converse, alex: str, notes_dir: Path
) -> None:
    typed = keys(
        _up_to_actions(SHORT),
        say("Improve communication"),
        pick(KEEP),  # kept at once: the rest of the action is asked as usual
        Action(
            "Improve communication", due="in 2 weeks", relevant_to="Team", confidence="6"
        ).answers()[1:],
        NO,
        _after_actions(SHORT),
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "This action is not SMART yet:" in run.stdout
    assert "Kept although not SMART: Improve communication" in run.stdout
    [action] = front(saved_note(run))["actions"]
    assert action["text"] == "Improve communication"
    assert action["smart_override"] is True
    assert action["smart"]["specific"] == "fail"
    assert action["due"] == dt.date(2026, 12, 6)


def test_an_unsmart_goal_names_what_is_vague_and_can_be_rewritten(
    converse: Converse, alex: str
) -> None:
    typed = keys(
        SHORT.focus_keys(),
        SHORT.topic_keys(),
        SHORT.feedback_keys(),
        say("Get better at planning soon"),
        pick(REWRITE),
        replace(SHORT.goal),
        SHORT.grow_keys()[1:],  # reality, options, will
        Action(SMART_ACTION, relevant_to="Team", confidence="8").answers(),
        NO,
        _after_actions(SHORT),
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    explanation = run.stdout.split("This goal is not SMART yet:", 1)[1].split("\n\n")[0]
    assert "Time-bound: 'soon' is not a date" in explanation
    assert "Measurable:" in explanation
    assert "Goal: what does success look like, and by when? Get better at planning soon" in (
        run.screen
    )
    grow_table = front(saved_note(run))["grow"]
    assert grow_table["goal"] == SHORT.goal
    assert "goal_smart_override" not in grow_table
    assert grow_table["goal_smart"]["time_bound"] == "pass"


def test_an_unsmart_goal_can_be_kept(converse: Converse, alex: str) -> None:
    typed = keys(
        SHORT.focus_keys(),
        SHORT.topic_keys(),
        SHORT.feedback_keys(),
        say("Get better at planning soon"),
        pick(KEEP),
        SHORT.grow_keys()[1:],
        Action(SMART_ACTION, relevant_to="Team", confidence="8").answers(),
        NO,
        _after_actions(SHORT),
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    grow_table = front(saved_note(run))["grow"]
    assert grow_table["goal"] == "Get better at planning soon"
    assert grow_table["goal_smart_override"] is True
    assert grow_table["goal_smart"]["time_bound"] == "fail"


# -- SBI: a judgement in "behavior" --------------------------------------------------------------

SITUATION, IMPACT = "At Tuesday's sprint demo", "The team reworked three stories"
LAZY = "You were lazy about the stories"
SEEN = "Three of your five stories were unfinished at the demo"


def _with_feedback_item(*behavior_keys: str) -> str:
    return keys(
        SHORT.focus_keys(),
        SHORT.topic_keys(),
        YES,  # "Is there a gap to name with feedback first?"
        say(SITUATION),
        *behavior_keys,
        say(IMPACT),
        NO,  # "Another piece of feedback?"
        SHORT.grow_keys(),
        Action(SMART_ACTION, relevant_to="Team", confidence="8").answers(),
        NO,
        _after_actions(SHORT),
    )


def test_a_judgement_in_behavior_is_flagged_and_rewritten(converse: Converse, alex: str) -> None:
    run = converse("coach", alex, keys=_with_feedback_item(say(LAZY), pick(REWRITE), replace(SEEN)))
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "'lazy' describes the person, not what they did" in run.stdout
    assert "Behavior: what did you see or hear them do?" in run.screen
    assert front(saved_note(run))["feedback"] == [
        {"situation": SITUATION, "behavior": SEEN, "impact": IMPACT}
    ]


def test_a_judgement_in_behavior_can_be_kept(converse: Converse, alex: str) -> None:
    run = converse("coach", alex, keys=_with_feedback_item(say(LAZY), pick(KEEP)))
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "'lazy' describes the person" in run.stdout
    assert run.stdout.count("'lazy' describes the person") == 1  # asked once, kept, moved on
    kept = front(saved_note(run))["feedback"][0]
    assert kept["behavior"] == LAZY and kept["sbi_override"] is True


# -- Ctrl-C, drafts and --resume -----------------------------------------------------------------


def test_ctrl_c_keeps_a_draft_and_resume_finishes_the_conversation(
    converse: Converse, alex: str, notes_dir: Path
) -> None:
    talk = PERFORMANCE
    first, second = talk.actions
    before = keys(
        talk.focus_keys(),
        talk.topic_keys(),
        talk.feedback_keys(),
        talk.grow_keys(),
        first.answers()[:2],  # the action's text and "By when?"
        CTRL_C,  # at "Who does it?"
    )
    stopped = converse("coach", alex, keys=before)
    assert stopped.exit_code == 130, stopped.stdout + stopped.stderr
    draft = draft_of(notes_dir, alex)
    # A deliberate stop is one plain line, not an error.
    assert stopped.stderr.startswith(f"Stopped. Your answers so far are kept in {draft}.")
    assert "grow: error" not in stopped.stderr
    assert f"grow coach {alex} --resume" in stopped.stderr
    assert notes_of(notes_dir, alex) == []
    kept = tomllib.loads(draft.read_text(encoding="utf-8"))["answers"]
    assert (kept["focus"], kept["topic"]) == ("performance", talk.topic)
    assert kept["grow"]["goal"] == talk.goal and kept["grow"]["options"] == talk.options
    assert kept["feedback"][0]["behavior"] == talk.feedback[0][1]
    # The action being answered is kept too, up to the question that was interrupted.
    assert kept["_current"]["actions"] == {"text": first.text, "due": "in 2 weeks"}

    after = keys(
        first.answers()[2:],  # owner, relevant_to, confidence
        YES,
        second.answers(),
        NO,
        talk.support_keys(),
        talk.next_keys(),
        pick(SAVE_IT),
        NO,
    )
    resumed = converse("coach", alex, "--resume", keys=after)
    assert resumed.exit_code == 0, resumed.stdout + resumed.stderr
    # Questions answered before the interruption were not asked again.
    assert "What kind of conversation is this?" not in resumed.screen
    assert "Goal: what does success look like" not in resumed.screen
    data = front(saved_note(resumed))
    assert (data["topic"], data["grow"]["goal"]) == (talk.topic, talk.goal)  # before Ctrl-C
    assert data["feedback"][0]["situation"] == talk.feedback[0][0]
    assert [a["text"] for a in data["actions"]] == [first.text, second.text]
    assert [a["confidence"] for a in data["actions"]] == [8, 9]  # after Ctrl-C
    assert data["actions"][0]["due"] == dt.date(2026, 12, 6)
    assert data["support"][0]["text"] == talk.support[0][0]
    assert data["next_checkin"] == dt.date(2026, 11, 29)
    assert not draft.exists()
    assert len(notes_of(notes_dir, alex)) == 1


def test_a_stopped_conversation_is_offered_again_without_resume(
    converse: Converse, alex: str, notes_dir: Path
) -> None:
    talk = CAREER
    stopped = converse("coach", alex, keys=keys(talk.focus_keys(), talk.topic_keys(), CTRL_C))
    assert stopped.exit_code == 130
    rest = keys(
        talk.feedback_keys(),
        talk.grow_keys(),
        talk.actions_keys(),
        talk.support_keys(),
        talk.next_keys(),
        pick(SAVE_IT),
        NO,
    )
    resumed = converse("coach", alex, keys=keys(YES, rest))
    assert resumed.exit_code == 0, resumed.stdout + resumed.stderr
    assert "You stopped a conversation here earlier. Continue it?" in resumed.screen
    data = front(saved_note(resumed))
    assert (data["focus"], data["topic"], data["tags"]) == ("career", talk.topic, ["career"])
    assert not draft_of(notes_dir, alex).exists()


def test_resume_without_a_draft_is_a_clear_error(converse: Converse, alex: str) -> None:
    run = converse("coach", alex, "--resume", keys="")
    assert run.exit_code == 1
    assert "There is no stopped coach conversation to resume for alex-kim." in run.stderr


def test_too_few_keys_end_cleanly_instead_of_hanging(
    converse: Converse, alex: str, notes_dir: Path
) -> None:
    # No gap, a capability: development is suggested and taken with Enter.
    run = converse("coach", alex, keys=keys(NO, YES, ENTER, say("Half a conversation")))
    assert run.exit_code == 2, run.stdout + run.stderr
    assert run.stderr.startswith("grow: error: Input ended before the conversation did.")
    assert "Traceback" not in run.stdout + run.stderr and run.exception is not None
    assert notes_of(notes_dir, alex) == []
    kept = tomllib.loads(draft_of(notes_dir, alex).read_text(encoding="utf-8"))["answers"]
    assert (kept["focus"], kept["topic"]) == ("development", "Half a conversation")


# -- The review ----------------------------------------------------------------------------------


def test_change_a_part_asks_that_stage_again(
    converse: Converse, alex: str, notes_dir: Path
) -> None:
    talk = CAREER
    typed = keys(
        _career_to_review(),
        pick(CHANGE_A_PART),
        pick(STAGE_INDEX["Topic"]),  # "Which part?"
        replace("Trying product work before deciding"),
        pick(SAVE_IT),
        NO,
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Which part?" in run.screen
    assert run.stdout.count("─ Review ─") == 2
    data = front(saved_note(run))
    assert data["topic"] == "Trying product work before deciding"
    # Everything else is as first answered; only the topic was asked again.
    assert data["grow"]["goal"] == talk.goal and data["focus"] == "career"
    assert [a["text"] for a in data["actions"]] == [talk.actions[0].text]
    asked_again = run.screen.split("Which part?", 1)[1]
    assert "What is the conversation about?" in asked_again
    assert "Goal: what does success" not in asked_again
    assert len(notes_of(notes_dir, alex)) == 1


def test_change_a_part_offers_the_earlier_answers_as_defaults(
    converse: Converse, alex: str
) -> None:
    talk = CAREER
    typed = keys(
        _career_to_review(),
        pick(CHANGE_A_PART),
        pick(STAGE_INDEX["Actions"]),
        ENTER,  # text: keep
        ENTER,  # "By when?": keep "in 3 weeks"
        ENTER,  # owner: keep
        replace("5"),  # confidence: changed
        NO,
        pick(SAVE_IT),
        NO,
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    [action] = front(saved_note(run))["actions"]
    assert (action["text"], action["due"]) == (talk.actions[0].text, dt.date(2026, 12, 13))
    assert (action["relevant_to"], action["confidence"]) == (talk.goal, 5)


def test_stop_here_at_the_review_keeps_the_draft(
    converse: Converse, alex: str, notes_dir: Path
) -> None:
    talk = CAREER
    typed = keys(
        _career_to_review(),
        pick(STOP_HERE),
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 130, run.stdout + run.stderr  # a deliberate stop, as Ctrl-C is
    draft = draft_of(notes_dir, alex)
    assert f"Not saved: your answers are kept in {draft}." in run.stderr
    assert f"Continue with: grow coach {alex} --resume" in run.stderr
    assert "grow: error" not in run.stderr
    assert notes_of(notes_dir, alex) == []
    kept = tomllib.loads(draft_of(notes_dir, alex).read_text(encoding="utf-8"))["answers"]
    assert kept["grow"]["will"] == talk.will and kept["tags"] == "career"


# -- grow feedback, and people grow does not know yet --------------------------------------------


def test_feedback_on_its_own(converse: Converse, alex: str, notes_dir: Path) -> None:
    typed = keys(
        say("Demo day"),
        say(SITUATION),  # no "Is there a gap...?": feedback needs at least one item
        say(SEEN),
        say(IMPACT),
        YES,  # "Another piece of feedback?"
        say("In Thursday's retro"),
        say("You named two risks nobody else had seen"),
        say("We moved the release by a day and avoided a rollback"),
        NO,
        ENTER,  # "When will you check in on it? (optional)"
        say("demo, stories"),
        pick(SAVE_IT),
        NO,
    )
    run = converse("feedback", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    path = saved_note(run)
    assert path == notes_dir / "people" / alex / "2026-11-22-feedback.md"
    data = front(path)
    assert (data["kind"], data["topic"], data["tags"]) == (
        "feedback",
        "Demo day",
        ["demo", "stories"],
    )
    assert data["feedback"] == [
        {"situation": SITUATION, "behavior": SEEN, "impact": IMPACT},
        {
            "situation": "In Thursday's retro",
            "behavior": "You named two risks nobody else had seen",
            "impact": "We moved the release by a day and avoided a rollback",
        },
    ]
    assert "next_checkin" not in data and "grow" not in data and "actions" not in data
    assert "What kind of conversation is this?" not in run.screen
    assert not draft_of(notes_dir, alex, kind="feedback").exists()


def test_an_unknown_person_can_be_added_on_the_way(converse: Converse, notes_dir: Path) -> None:
    talk = DEVELOPMENT
    typed = keys(
        YES,  # "'Sam Lee' is not in your notes yet. Add them?"
        say("Product designer"),  # "Their role?"
        replace("14"),  # "Days between check-ins?" (suggests 7)
        talk.keys(),
    )
    run = converse("coach", "Sam Lee", keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "'Sam Lee' is not in your notes yet. Add them?" in run.screen
    assert "Added Sam Lee as 'sam-lee'." in run.stdout
    person = tomllib.loads((notes_dir / "people" / "sam-lee" / "person.toml").read_text())
    assert (person["name"], person["role"], person["cadence_days"]) == (
        "Sam Lee",
        "Product designer",
        14,
    )
    data = front(saved_note(run))
    assert data["person"] == "sam-lee" and data["topic"] == talk.topic
    assert data["next_checkin"] == dt.date(2026, 12, 20)  # development: max(14, 28) days


def test_an_unknown_person_declined_is_not_added(converse: Converse, notes_dir: Path) -> None:
    run = converse("coach", "Sam Lee", keys=NO)
    assert run.exit_code == 1, run.stdout + run.stderr
    assert "No person 'Sam Lee'." in run.stderr
    assert not (notes_dir / "people" / "sam-lee").exists()


# -- Known problems ------------------------------------------------------------------------------


def _demo_note(converse: Converse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run `grow coach --demo` pressing Enter at every prompt; the note it saved."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the demo's folder goes here
    # Enter accepts every suggestion, "Save it", and the follow-up's default (no); the keys left
    # over are never read.
    run = converse("coach", "--demo", keys=ENTER * 40)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Show the follow-up message to send them?" in run.screen
    return saved_note(run)


def test_demo_tags_accepted_with_enter_are_the_examples_tags(
    converse: Converse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = _demo_note(converse, tmp_path, monkeypatch)
    assert front(note)["tags"] == ["support", "turnaround"]


def test_demo_support_due_accepted_with_enter_is_the_examples_due(
    converse: Converse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = _demo_note(converse, tmp_path, monkeypatch)
    assert front(note)["support"][0]["due"] == dt.date(2026, 11, 25)  # "in 3 days"


def test_ctrl_c_while_changing_a_part_keeps_the_earlier_answers(
    converse: Converse, alex: str, notes_dir: Path
) -> None:
    typed = keys(_career_to_review(), pick(CHANGE_A_PART), pick(STAGE_INDEX["GROW"]), CTRL_C)
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 130, run.stdout + run.stderr
    kept = tomllib.loads(draft_of(notes_dir, alex).read_text(encoding="utf-8"))["answers"]
    assert kept["_redo"]["grow"]["goal"] == CAREER.goal  # set aside in the draft, not lost

    # Resuming offers the earlier GROW answers again: Enter accepts each, then save.
    resumed = converse("coach", alex, "--resume", keys=ENTER * 30)
    assert resumed.exit_code == 0, resumed.stdout + resumed.stderr
    grow = front(saved_note(resumed))["grow"]
    assert grow["goal"] == CAREER.goal
    assert "_redo" not in front(saved_note(resumed))


def test_a_goal_made_smart_through_change_a_part_is_no_longer_overridden(
    converse: Converse, alex: str
) -> None:
    typed = keys(
        SHORT.focus_keys(),
        SHORT.topic_keys(),
        SHORT.feedback_keys(),
        say("Get better at planning soon"),
        pick(KEEP),
        SHORT.grow_keys()[1:],
        Action(SMART_ACTION, relevant_to="Team", confidence="8").answers(),
        NO,
        SHORT.support_keys(),
        SHORT.next_keys(),
        pick(CHANGE_A_PART),
        pick(STAGE_INDEX["GROW"]),
        replace(SHORT.goal),  # now SMART
        ENTER,  # reality: keep
        ENTER,  # what's going on: keep
        ENTER,  # option #1: keep
        ENTER,  # end of options
        ENTER,  # whose ideas were the target and options: keep
        ENTER,  # will: keep
        ENTER,  # confidence: none
        pick(SAVE_IT),
        NO,
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    grow_table = front(saved_note(run))["grow"]
    assert grow_table["goal"] == SHORT.goal
    assert "goal_smart_override" not in grow_table
