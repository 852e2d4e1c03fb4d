"""Issue 16: a conversation that coaches. The focus suggested from two or three questions, each
focus its own conversation, whose ideas the solution holds, their confidence, the person's style,
their rating, and one 1:1 in one flow. Through the real prompts (tests/interactive.py) and
answers files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from folders import coaching_answers
from grow_cli.domain.models import Grow, Note
from grow_cli.domain.ownership import observations, owned_by_them
from grow_cli.domain.styles import style_of
from grow_cli.flows.focus import suggested_focus
from interactive import DOWN, ENTER, NO, YES, Converse, front, keys, pick, saved_note, say

SLUG = "alex-kim"
DONE = DOWN + ENTER  # "Done", from the pointer on an open item's "Not started yet" (wraps)
GOAL = "Send the sprint plan to the team every Monday by 10am, starting 2026-11-30"
ACTION = "Write a one-page summary of the sprint plan and send it to the team by Friday"


@pytest.fixture
def alex(grow: Any) -> str:
    assert grow("person", "add", "Alex Kim").exit_code == 0
    return SLUG


# --- 1. Choosing the focus ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "focus"),
    [
        ({"_gap": True}, "performance"),
        ({"_gap": False, "_capability": True}, "development"),
        ({"_gap": False, "_capability": False, "_direction": True}, "career"),
        ({"_gap": False, "_capability": False, "_direction": False}, "development"),
        ({}, None),
    ],
)
def test_the_focus_questions_suggest_a_focus(answers: dict[str, bool], focus: str | None) -> None:
    assert suggested_focus(answers) == focus


def _to_grow(focus_keys: list[str], topic: str = "Planning") -> list[str]:
    return [*focus_keys, say(topic)]


def test_the_suggestion_is_offered_with_why_and_can_be_overridden(
    converse: Converse, alex: str, notes_dir: Path
) -> None:
    # A gap to close: performance is offered; the manager picks development instead.
    run = converse("coach", alex, keys=keys(YES, pick(1), say("Planning"), "\x03"))
    assert "Suggested: performance, since there is a gap to close now" in run.stdout
    assert "What kind of conversation is this?" in run.screen
    draft = notes_dir / ".grow" / "drafts" / f"coaching-{SLUG}.toml"
    import tomllib

    kept = tomllib.loads(draft.read_text(encoding="utf-8"))["answers"]
    assert kept["focus"] == "development" and "_gap" in kept


# --- 2. Each focus its own conversation -----------------------------------------------------------


def _performance(grow_answers: list[str]) -> list[str]:
    return [
        YES,  # a gap to close now
        ENTER,  # focus: performance, as suggested
        say("Planning"),
        NO,  # no moment to name first
        *grow_answers,
    ]


def _rest(confidence: str = "") -> list[str]:
    return [
        say(ACTION),
        pick(0),  # they do it
        *([say(confidence)] if confidence else []),
        NO,  # another action?
        NO,  # support?
        ENTER,  # next check-in
        ENTER,  # tags
        ENTER,  # private notes
        ENTER,  # save
        NO,  # follow-up
    ]


def test_performance_asks_what_is_going_on_before_the_options(
    converse: Converse, alex: str
) -> None:
    typed = keys(
        _performance(
            [
                say(GOAL),
                say("Plans arrive on Wednesday"),
                DOWN * 3 + ENTER,  # what's going on: too much on their plate
                say("Draft the plan on Friday"),
                ENTER,  # no more options
                ENTER,  # whose ideas: all theirs
                say("Draft on Friday"),
                say("8"),  # their confidence in the plan
                ENTER,  # no measure
            ]
        ),
        _rest(),
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert run.screen.index("What's going on?") < run.screen.index("Options: what could")
    note = front(saved_note(run))
    assert note["grow"]["cause"] == "workload"
    # Asked once for the conversation, their confidence is each of their actions' own.
    assert note["grow"]["confidence"] == 8 and note["actions"][0]["confidence"] == 8
    assert "how confident are you about this one" not in run.screen
    # What the action serves is the goal, without a question.
    assert note["actions"][0]["relevant_to"] == GOAL
    assert "What does it serve" not in run.screen


def test_development_names_a_strength_and_asks_when_to_reflect(
    converse: Converse, alex: str
) -> None:
    goal = "Facilitate the 20 Dec retro in the new format and note 3 things that worked by the 21st"
    experiment = (
        "Try the silent-brainstorm format in the Dec 20 retro and note what worked by the 21st"
    )
    typed = keys(
        NO,  # no gap
        YES,  # a capability for later
        ENTER,  # development, as suggested
        say("Facilitation"),
        say("How you calmed the incident call on Tuesday"),  # the strength
        say(goal),
        say("Runs standups well, has not facilitated a retro"),
        say("Shadow Marco's retro first"),
        ENTER,
        ENTER,  # whose ideas: theirs
        say("Run the December retro"),
        ENTER,  # confidence: asked per action instead
        ENTER,  # no measure
        say(experiment),
        say("2026-12-22"),  # when to look back at what it taught them
        pick(0),
        say("8"),
        NO,
        NO,
        ENTER,
        ENTER,
        ENTER,  # private notes
        ENTER,
        NO,
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Is there a strength worth naming?" in run.screen
    assert "What specific moment" not in run.screen  # no gap to name
    assert "Experiment: what will they try, and where?" in run.screen
    note = front(saved_note(run))
    assert note["strength"] == "How you calmed the incident call on Tuesday"
    assert note["actions"][0]["reflect_on"] == dt.date(2026, 12, 22)
    # A learning commitment with its occasion and output is SMART.
    assert set(note["actions"][0]["smart"].values()) - {"warn"} == {"pass"}


def test_career_never_asks_about_a_gap_and_asks_paths_to_explore(
    converse: Converse, alex: str
) -> None:
    goal = "Talk to two product managers about their work by the end of January"
    typed = keys(
        NO,
        NO,
        YES,  # their own direction
        ENTER,  # career
        say("Trying product work"),
        say("Closer to customers"),  # direction
        say("Explaining technical things simply"),  # strengths
        say("Seeing what my work changes"),  # values
        say(goal),
        say("Has never worked with PMs closely"),
        say("Shadow a PM for a day"),
        ENTER,
        ENTER,
        say("Ask Dana for two names"),
        ENTER,  # their confidence: asked per action
        ENTER,  # no measure
        say("Ask Dana for the names of two product managers to talk to by Friday"),
        pick(0),
        say("9"),
        NO,
        NO,
        ENTER,
        ENTER,
        ENTER,  # private notes
        ENTER,
        NO,
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "gap" not in run.screen.split("What is the conversation about?", 1)[1].lower()
    assert "Options: which paths could they explore" in run.screen
    note = front(saved_note(run))
    assert {k: v for k, v in note["career"].items() if v} == {
        "direction": "Closer to customers",
        "strengths": "Explaining technical things simply",
        "values": "Seeing what my work changes",
    }
    assert "feedback" not in note


# --- 3. Their solution ---------------------------------------------------------------------------


def test_the_review_says_when_every_option_came_from_you(converse: Converse, alex: str) -> None:
    typed = keys(
        _performance(
            [
                say(GOAL),
                say("Plans arrive on Wednesday"),
                ENTER,
                say("Draft the plan on Friday"),
                say("Use a template"),
                ENTER,
                DOWN + ENTER,  # whose ideas: all yours
                say("Draft on Friday"),
                ENTER,
                ENTER,  # no measure
            ]
        ),
        _rest("8"),
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "2 of 2 options came from you: ask what they would try." in run.stdout
    grow = front(saved_note(run))["grow"]
    assert grow["options_by"] == ["manager", "manager"] and grow["goal_by"] == "manager"


def test_a_mix_asks_whose_each_idea_was(converse: Converse, alex: str) -> None:
    typed = keys(
        _performance(
            [
                say(GOAL),
                say("Plans arrive on Wednesday"),
                ENTER,
                say("Draft the plan on Friday"),
                say("Use a template"),
                ENTER,
                DOWN * 3 + ENTER,  # a mix: say for each
                ENTER,  # whose target: theirs
                ENTER,  # 'Draft the plan on Friday': theirs
                DOWN + ENTER,  # 'Use a template': yours
                say("Draft on Friday"),
                ENTER,
                ENTER,  # no measure
            ]
        ),
        _rest("8"),
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Whose idea was 'Use a template'?" in run.screen
    grow = front(saved_note(run))["grow"]
    assert grow["options_by"] == ["report", "manager"] and grow["goal_by"] == "report"
    assert "Of 2 options, 1 from them." in run.stdout


def test_ownership_feeds_the_escalation_check() -> None:
    theirs = Grow(goal="g", options=["a", "b"], options_by=["manager", "both"], will="w")
    mine = Grow(goal="g", options=["a"], options_by=["manager"], goal_by="manager", will="w")
    older = Grow(goal="g", options=["a"], will="w")
    assert owned_by_them(theirs) is True
    assert owned_by_them(mine) is False
    assert owned_by_them(older) is None  # notes from before say nothing: counted as before


def test_options_by_must_match_the_options() -> None:
    with pytest.raises(ValueError, match="one per option"):
        Grow(options=["a", "b"], options_by=["report"])


# --- 4. Their confidence -------------------------------------------------------------------------


def test_a_low_confidence_is_said_and_what_would_raise_it_asked(
    converse: Converse, alex: str
) -> None:
    typed = keys(
        _performance(
            [
                say(GOAL),
                say("Plans arrive on Wednesday"),
                ENTER,
                say("Draft the plan on Friday"),
                ENTER,
                ENTER,
                say("Draft on Friday"),
                say("4"),
                say("Knowing what the team needs in it"),
                ENTER,  # no measure
            ]
        ),
        _rest(),
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "A 4 out of 10 is below 7: ask what would raise it" in run.stdout
    assert "Their confidence is 4/10" in run.stdout  # said again at the review
    grow = front(saved_note(run))["grow"]
    assert grow["confidence_raise"] == "Knowing what the team needs in it"


def test_the_manager_is_never_asked_how_sure_they_are(converse: Converse, alex: str) -> None:
    typed = keys(
        _performance(
            [
                say(GOAL),
                say("Plans arrive on Wednesday"),
                ENTER,
                say("Draft the plan on Friday"),
                ENTER,
                ENTER,
                say("Draft on Friday"),
                ENTER,  # no conversation confidence
                ENTER,  # no measure
            ]
        ),
        say(ACTION),
        pick(1),  # you do it
        NO,
        NO,
        ENTER,
        ENTER,
        ENTER,  # private notes
        ENTER,
        NO,
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "how confident are you about this one" not in run.screen


# --- 5. Adapting to the person -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "style"),
    [
        ("detail-focused", "detail-focused"),
        ("likes exact numbers and clear steps", "detail-focused"),
        ("very independent, hates micromanagement", "high-autonomy"),
        ("works best with the team around them", "collaboration-oriented"),
        ("", None),
        ("quiet", None),
    ],
)
def test_a_style_is_read_from_the_profile_words(words: str, style: str | None) -> None:
    assert style_of(words) == style


def test_the_style_changes_the_hints_and_the_prep_questions(grow: Any, converse: Converse) -> None:
    assert grow("person", "add", "Alex Kim", "--style", "detail-focused").exit_code == 0
    run = converse("coach", SLUG, keys=keys(YES, ENTER, say("Planning"), NO, "\x03"))
    assert "Give the exact number and date that mean success." in run.stdout
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    prep = json.loads(grow("prep", SLUG, "--json").stdout)
    assert prep["style"] == "detail-focused"
    assert (
        "What exactly will you do, in which steps, and which number will show it?"
        in prep["questions"]
    )


# --- 6. Their voice ------------------------------------------------------------------------------


def test_a_rating_from_the_reply_to_the_follow_up(grow: Any, alex: str) -> None:
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    result = grow("rate", SLUG, "4", "--comment", "More time on the options", "--json")
    assert result.exit_code == 0, result.output
    saved = json.loads(result.stdout)
    assert saved["rating"] == {
        "note": "alex-kim/2026-11-22-coaching",
        "score": 4,
        "comment": "More time on the options",
    }
    note = front(Path(saved["path"]))
    assert note["kind"] == "rating" and note["rating"]["score"] == 4
    prep = json.loads(grow("prep", SLUG, "--json").stdout)
    assert [(r["score"], r["about"]) for r in prep["ratings"]] == [
        (4, "alex-kim/2026-11-22-coaching")
    ]
    assert "More time on the options" in grow("prep", SLUG).stdout


def test_a_second_rating_of_one_conversation_is_kept_with_a_warning(
    grow: Any, alex: str, notes_dir: Path
) -> None:
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    assert grow("rate", SLUG, "4").stderr == ""
    again = grow("rate", SLUG, "2", "--comment", "On reflection, less useful")
    assert again.exit_code == 0
    assert "already rated 4/5 on 2026-11-22" in again.stderr and "both ratings" in again.stderr
    assert len(list((notes_dir / "people" / SLUG).glob("*-rating*.md"))) == 2


def test_rate_warns_of_a_damaged_note_as_every_command_does(
    grow: Any, alex: str, notes_dir: Path
) -> None:
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    (notes_dir / "people" / SLUG / "2026-11-20-checkin.md").write_text("+++\nkind = \n+++\n")
    result = grow("rate", SLUG, "5")
    assert result.exit_code == 0 and "2026-11-20-checkin.md" in result.stderr


@pytest.mark.parametrize("score", ["0", "6"])
def test_a_rating_outside_1_to_5_is_refused(grow: Any, alex: str, score: str) -> None:
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    result = grow("rate", SLUG, score)
    assert result.exit_code == 2 and "from 1 to 5" in result.stderr


def test_a_rating_needs_a_conversation(grow: Any, alex: str) -> None:
    result = grow("rate", SLUG, "4")
    assert result.exit_code != 0 and "no coaching conversation to rate yet" in result.stderr


def test_a_rated_conversation_is_not_asked_about_again(
    grow: Any, alex: str, converse: Converse
) -> None:
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    assert grow("rate", SLUG, "5").exit_code == 0
    run = converse("checkin", SLUG, keys=keys("\x03"))
    assert "how helpful was" not in run.screen


# --- The review's observations, pure --------------------------------------------------------------


def test_too_many_actions_for_a_performance_gap_are_named() -> None:
    note = Note.model_validate(
        {
            "kind": "coaching",
            "date": "2026-11-22",
            "person": "alex-kim",
            "focus": "performance",
            "actions": [{"text": f"Do thing {n} by Friday"} for n in range(3)],
        }
    )
    assert "3 actions for a performance gap" in " ".join(observations(note))


# --- 8. One 1:1, one flow ------------------------------------------------------------------------


def _one_item(grow: Any) -> str:
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    return f"{SLUG}/2026-11-22-coaching#a1"


def test_a_1on1_without_coaching_is_a_check_in(
    grow: Any, alex: str, converse: Converse, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = _one_item(grow)
    monkeypatch.setenv("GROW_TODAY", "2026-11-29")
    typed = keys(
        say("4"),  # their rating of the last conversation
        ENTER,  # what would have made it more useful
        ENTER,  # how is it going with the goal?
        DONE,  # the action: done
        ENTER,  # the goal: still working on it
        ENTER,  # its next check-in
        NO,  # coach on a goal now?
        NO,  # new actions?
        ENTER,  # tags
        ENTER,  # private notes
        ENTER,  # save
        NO,
    )
    run = converse("1on1", SLUG, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    path = saved_note(run)
    assert path.name == "2026-11-29-checkin.md"
    note = front(path)
    assert note["kind"] == "checkin"
    assert [(u["ref"], u["status"]) for u in note["updates"]] == [(item, "done")]
    assert note["rating"]["score"] == 4


def test_a_1on1_that_coaches_is_one_coaching_note_with_the_updates(
    grow: Any, alex: str, converse: Converse, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = _one_item(grow)
    monkeypatch.setenv("GROW_TODAY", "2026-11-29")
    typed = keys(
        ENTER,  # no rating this time
        ENTER,
        DONE,  # the action: done
        ENTER,
        ENTER,
        YES,  # coach on a goal now
        DOWN + ENTER,  # not the goal already followed: a new one
        YES,  # a gap to close
        ENTER,  # performance
        say("Release notes"),
        NO,  # no moment to name
        say(GOAL),
        say("Plans arrive on Wednesday"),
        ENTER,
        say("Draft the plan on Friday"),
        ENTER,
        ENTER,
        say("Draft on Friday"),
        say("8"),
        ENTER,  # no measure
        say(ACTION),
        pick(0),
        NO,
        NO,
        ENTER,
        ENTER,
        ENTER,  # private notes
        ENTER,
        NO,
    )
    run = converse("1on1", SLUG, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    path = saved_note(run)
    assert path.name == "2026-11-29-coaching.md"
    note = front(path)
    assert note["kind"] == "coaching" and note["topic"] == "Release notes"
    assert [(u["ref"], u["status"]) for u in note["updates"]] == [(item, "done")]
    assert note["actions"][0]["text"] == ACTION
    # The item it closed is done for every command, and the new action is open.
    actions = json.loads(grow("actions", SLUG, "--status", "all", "--json").stdout)
    statuses = {a["text"]: a["status"] for a in actions}
    assert statuses[ACTION] == "open" and "done" in statuses.values()


def test_a_1on1_from_an_answers_file(grow: Any, alex: str, monkeypatch: pytest.MonkeyPatch) -> None:
    item = _one_item(grow)
    monkeypatch.setenv("GROW_TODAY", "2026-11-29")
    updates = f'\n[[updates]]\nref = "{item}"\nstatus = "done"\n'
    coached = grow("1on1", SLUG, "--answers", "-", input=coaching_answers(topic="Next") + updates)
    assert coached.exit_code == 0, coached.output
    assert "2026-11-29-coaching.md" in coached.stdout
    plain = grow("1on1", SLUG, "--answers", "-", input='tags = ["quick"]')
    assert plain.exit_code == 1 and "records [[updates]]" in plain.stderr


def test_ratings_show_in_stats_and_the_report(grow: Any, alex: str, tmp_path: Path) -> None:
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    assert grow("rate", SLUG, "4").exit_code == 0
    stats = json.loads(grow("stats", "--json").stdout)
    assert stats["team"]["ratings"] == {"count": 1, "mean": 4.0}
    assert stats["people"][0]["ratings"] == {"count": 1, "mean": 4.0}
    assert "their ratings (1-5)" in grow("stats").stdout
    report = tmp_path / "report.html"
    assert grow("report", "--html", str(report)).exit_code == 0
    assert "their ratings of the coaching (1-5)" in report.read_text(encoding="utf-8")


def test_the_follow_up_asks_for_their_rating(grow: Any, alex: str) -> None:
    assert grow("coach", SLUG, "--answers", "-", input=coaching_answers()).exit_code == 0
    message = grow("followup", SLUG).stdout
    assert "How useful was this conversation for you, from 1 (not at all) to 5 (very)?" in message
    assert message.rstrip().endswith("tell me and we'll fix it.")
    assert grow("rate", SLUG, "4").exit_code == 0  # their answer came back
    again = grow("followup", SLUG, "--note", f"{SLUG}/2026-11-22-coaching").stdout
    assert "How useful was this conversation" not in again  # not asked twice
    assert "Thanks for our conversation" in again


def test_escalation_counts_grow_only_when_the_solution_is_theirs() -> None:
    from grow_cli.domain.groundwork import grow as grow_question

    def note(options_by: list[str]) -> Note:
        return Note.model_validate(
            {
                "kind": "coaching",
                "date": "2026-11-22",
                "person": SLUG,
                "id": f"{SLUG}/2026-11-22-coaching",
                "grow": {
                    "goal": "g",
                    "options": ["a", "b"],
                    "options_by": options_by,
                    "goal_by": options_by[0],
                    "will": "w",
                },
            }
        )

    mine = grow_question([note(["manager", "manager"])])
    theirs = grow_question([note(["report", "manager"])])
    assert mine.answer == "partly" and "0 of 2 options theirs" in mine.evidence[0].detail
    assert theirs.answer == "yes" and "1 of 2 options theirs" in theirs.evidence[0].detail


def test_an_instruction_is_a_line_of_its_own(converse: Converse, alex: str) -> None:
    run = converse("coach", alex, keys=keys(YES, ENTER, say("Planning"), YES, "\x03"))
    # Shown above the question, so the answer is never typed straight after it.
    assert "  e.g. 'In Tuesday's sprint demo'" in run.stdout
    assert "happen? e.g." not in run.screen


def test_options_built_together_are_counted_as_built_with_them() -> None:
    note = Note.model_validate(
        {
            "kind": "coaching",
            "date": "2026-11-22",
            "person": SLUG,
            "grow": {"goal": "g", "options": ["a", "b"], "options_by": ["both", "report"]},
        }
    )
    assert "Of 2 options, 1 from them and 1 built with them." in observations(note)
