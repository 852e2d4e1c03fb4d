"""The kinds of phrasing issue 15 named, each checked on wordings written for these tests.

The labelled corpus (tests/data/corpus, benchmarks/smart_accuracy.py) measures how often the
checks agree with people; these tests pin each rule, so that a change that breaks one kind of
phrasing fails here with the kind named.
"""

from __future__ import annotations

from datetime import date

import pytest

from grow_cli.domain.dates import find_deadline
from grow_cli.domain.sbi import behavior_finding, impact_problem
from grow_cli.domain.smart import check_smart

SUNDAY = date(2026, 11, 22)


def _verdict(text: str, letter: str, focus: str | None = None) -> str:
    result = check_smart(text, today=SUNDAY, focus=focus)
    return str(result.letters()[letter].verdict)


# --- Specific ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Focus on the hiring plan in January",  # effort verbs, even with an object
        "Work on my stakeholder updates",
        "Explore options for the data platform",
        "Make real progress on the ISO 27001 controls",
        "Get familiar with Terraform 1.9",
        "Keep the customer top of mind",
        "Own the onboarding experience",
        "Help out with the migration",
        "Improve team productivity",  # an improving verb on nothing in particular
        "Reduce stress",
        "Learn Go this quarter",  # a learning wish: no occasion, no output
        "Stretch more over the next 3 weeks",  # habit wishes
        "Journal regularly in February",
        "Keep reading",
        "sync w/ Ops on the migration stuff",  # words that leave the object open
        "Unblock the team as needed",
        "Make Q1 our best quarter ever",
        "Be SOX 404 aware",
        "improve team comms",
        "Tackle the tech debt",
        "Build my network in 2027",
        "Get a handle on Kafka",
        "Study for the AWS exam",
        "eat fewer snacks at my desk",
        "respond faster",
        "leverage automation to double throughput",
        "shield the team from noise",
        "Give Mia more autonomy",
        "Help Theo grow as a presenter",  # a wish about a person
        "support Ada's development",
        "Introduce Kim to more senior designers",  # more of something, how many?
        "Give Sol better feedback on her proposals",
        "Coach more, tell less",  # a second wish does not rescue the first
        "Think about how I run retros",  # the verb is the thought's content, not a step
        "Halve my stress by March",  # a feeling to change, even with a size
        "Get my head around Rust lifetimes",
        "Meditate consistantly through January",  # a typo does not hide the wish
    ],
)
def test_wishes_effort_and_vague_objects_fail_specific(text: str) -> None:
    assert _verdict(text, "specific") == "fail", check_smart(text, today=SUNDAY).specific


@pytest.mark.parametrize(
    "text",
    [
        "Renew the Figma licence before it expires",  # actions the verb list did not know
        "Jot down two lessons from the offsite",
        "Ping finance about the Q4 accruals",
        "Forward the job spec to Leila",
        "Swap Tom's on-call week with mine",
        "KR3 - cut p95 latency to 300ms",
        "Lose 3 kg by March",
        "No phone in the bedroom after 10pm on weeknights this month",  # a checkable limit
        "Zero missed invoices through March",
        "Lift NPS from 31 to 40 by Q2",  # an outcome with its measure
        "Tidy up the release checklist",  # an improving verb on a concrete object
        "Attend the pairing workshop to improve my review skills",  # a step rescues the wish
        "Facilitate the 20 Nov review and note what worked by the 21st",
        "Make sure Priya gets her training budget approved",
        "10k steps daily",  # a fragment that starts with its amount
        "3 gym sessions/wk",
        "no sugar after 8pm",  # a limit with a time of day
        "Talk to Omar about the team lead role",
        "gross margin 3x by end of Q3",  # a key result: its measure, no verb
        "Refund rate 2%+ lower in H1",
        "ARR $1.2m → $2m by EOY",
        "Find Noor a stretch project in the data team",  # a stretch project to find: concrete
    ],
)
def test_concrete_actions_outcomes_and_limits_pass_specific(text: str) -> None:
    assert _verdict(text, "specific") == "pass", check_smart(text, today=SUNDAY).specific


def test_each_failure_of_specific_says_why_in_its_own_words() -> None:
    effort = check_smart("Focus on the hiring plan", today=SUNDAY).specific.reason
    abstract = check_smart("Improve team productivity", today=SUNDAY).specific.reason
    unclear = check_smart("sync w/ Ops on the migration stuff", today=SUNDAY).specific.reason
    learning = check_smart("Learn Go this quarter", today=SUNDAY).specific.reason
    assert "'Focus on' says where the effort goes" in effort
    assert "'Improve team productivity' names no part of the work" in abstract
    assert "'stuff' leaves open" in unclear
    assert "no occasion" in learning
    assert len({effort.split(":")[0], abstract.split(":")[0], unclear.split(":")[0]}) == 3


def test_a_wish_is_not_rescued_by_the_verb_it_hangs_on() -> None:
    # "Help" is an action, but here it only carries the wish.
    assert _verdict("Help Dana think about her next role", "specific") == "fail"
    assert _verdict("Book a session with Dana to think about her next role", "specific") == "pass"


# --- Measurable ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Book the venue for the team offsite",  # one-off deliverables: done or not
        "Call the landlord tomorrow",
        "Get the Azure fundamentals certificate",
        "Write up the runbook for the failover",
        "Halve the flaky test count",  # quantities in words
        "Cut hosting costs by a third",
        "Log off by 6:30pm",  # a threshold
        "Go sugar-free for the next 3 weeks",  # a limit
        "Raise the app store rating from 4.1 to 4.5",  # decimals after "from" count
        "Rewrite the parser in Rust 1.75",  # a version is not the measure, the rewrite is
        "Book hotels for the offsite",  # a plural errand is still one errand
    ],
)
def test_counts_limits_and_one_off_deliverables_pass_measurable(text: str) -> None:
    assert _verdict(text, "measurable") == "pass", check_smart(text, today=SUNDAY).measurable


@pytest.mark.parametrize(
    "text",
    [
        "Finish the 2028 plan stuff",  # a year
        "Get comfortable with Kotlin 2.0",  # a version
        "Make progress on PCI 4",  # a standard's name
        "Be calmer in planning (6/10)",  # a confidence note
        "Clean up the shared drive",  # no point at which it is done
        "Look into the slow dashboard",
        "Make the release process smoother",
        "Reduce cloud spend",
        "Review PRs",  # ongoing, with no amount
        "Hand it over to Ana",
        "Get the backlog cleaned up by Friday",
        "Follow up on the audit findings",
        "Try out GPT-4o for the summaries",  # a name glued to its digit
        "Cut warehouse idle time",  # a change with no size
        "get my resting heart rate down",
        "Read up on IFRS 17",  # a standard's number counts nothing
    ],
)
def test_numbers_that_count_nothing_and_open_ended_work_fail_measurable(text: str) -> None:
    assert _verdict(text, "measurable") == "fail", check_smart(text, today=SUNDAY).measurable


def test_an_open_ended_verb_is_named_in_the_reason() -> None:
    reason = check_smart("Clean up the shared drive", today=SUNDAY).measurable.reason
    assert reason.startswith("'Clean' has no point at which it is finished")


# --- Time-bound ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Send the draft by Sunday", date(2026, 11, 29)),  # a weekday alone: the next one
        ("Send the draft this Sunday", SUNDAY),
        ("send recap to the team thurs", date(2026, 11, 26)),
        ("send deck to Omar (Wed)", date(2026, 11, 25)),
        ("EOD Tue: file the expenses", date(2026, 11, 24)),
        ("Run a daily 10-minute standup through December", date(2026, 12, 31)),
        ("Champion the accessibility audit thru H1", date(2027, 6, 30)),
        ("hit 40 demos this qtr", date(2026, 12, 31)),
        ("ship the beta next wk", date(2026, 11, 27)),
        ("Walk 20 min a day for 6 weeks", date(2027, 1, 3)),
        ("Reply to every support question same day for the next 14 days", date(2026, 12, 6)),
        ("Pay the deposit before the price rises on 15 Jan", date(2027, 1, 14)),
        ("Renew the certificate before it expires on Friday", date(2026, 11, 26)),
        ("KR1 for Q2: churn from 4% to 3%", date(2027, 6, 30)),
        ("get promoted in the H2 cycle", date(2026, 12, 31)),
        ("Become more visible this half", date(2026, 12, 31)),
        ("Ship the redesign next half", date(2027, 6, 30)),
        ("Book the review a week from tmrw", date(2026, 11, 30)),
        ("Send the deck to Ravi b4 Weds", date(2026, 11, 24)),
        ("call the vet 2moro", date(2026, 11, 23)),
        ("Register before the early-bird price ends Friday", date(2026, 11, 26)),
    ],
)
def test_new_deadline_phrases(text: str, due: date) -> None:
    assert check_smart(text, today=SUNDAY).due == due


@pytest.mark.parametrize(
    "text",
    [
        "Move the Thursday leadership sync to the afternoon",  # a meeting named after its day
        "Hand the Friday vendor call over to Sam",
        "Shadow a product manager for a day",  # how long, not by when
        "reflect on the Friday retro",  # "on" is the verb's here, not a deadline's
        "Staff the Black Friday shift",  # an event's name, not this Friday
        "Run the month-end close checklist",  # a name, not the end of the month
        "90% of sev-2s get a postmortem within 3 business days",  # a service level
    ],
)
def test_meeting_names_and_durations_are_not_deadlines(text: str) -> None:
    assert check_smart(text, today=SUNDAY).due is None


def test_a_weekday_on_that_weekday_is_next_weeks() -> None:
    friday = date(2026, 11, 27)
    assert find_deadline("by Friday", friday).due == date(2026, 12, 4)
    assert find_deadline("this Friday", friday).due == friday
    assert find_deadline("every Friday", friday).due == friday


# --- SBI -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("behavior", "problem"),
    [
        ("You pretended you hadn't seen the alert", "intent"),
        ("You've been dodging me, avoiding the budget talk", "intent"),
        ("You panicked in the incident call", "intent"),
        ("You were bored and scrolled your phone", "intent"),
        ("You're disorganised and always late with the notes", "label"),
        ("You ignored the two messages from finance", "intent"),
        ("Every single time we plan, you go quiet", "absolute"),
        ("honestly you did the minimum on the audit", "label"),
        ("You rushed the handover", "intent"),
        ("Not once did you bring the figures", "absolute"),
        ("you were frustrated and hung up", "intent"),
        ("you were rude to the courier, and you always are", "label"),
        ("Honestly you've been a blocker on the launch", "label"),
        ("You skip the supplier calls every single week", "absolute"),
        ("You wanted to look like the expert in front of the client", "intent"),
    ],
)
def test_behaviour_problems_are_named(behavior: str, problem: str) -> None:
    finding = behavior_finding(behavior)
    assert finding is not None and finding.problem == problem, finding


@pytest.mark.parametrize(
    "behavior",
    [
        "You checked out the release branch and tagged it",
        "You moved the thumbnails to lazy loading",
        "The migration guide was difficult to follow",
        "You tagged the flaky test @Ignore without a ticket",
        "You set the API token to never expire on prod",
        "You added a defensive null check around every call in the parser",
    ],
)
def test_technical_senses_and_judgements_of_work_raise_nothing(behavior: str) -> None:
    assert behavior_finding(behavior) is None


@pytest.mark.parametrize(
    "impact",
    [
        "I was anxious",
        "It looked unprofessional",
        "The mood was off",
        "Not great",
        "Lee felt ignored",
        "That is a risk for us",
        "she's lost motivation",
    ],
)
def test_an_impact_of_only_a_feeling_or_a_verdict_asks_for_a_consequence(impact: str) -> None:
    assert impact_problem(impact) is not None


@pytest.mark.parametrize(
    "impact",
    [
        "The launch was delayed by a day",
        "Two customers cancelled",
        "We were locked out of the staging account until noon",
        "Jo stopped posting in the channel and messaged me instead",
        "We hit the launch date",
        "A rollback on a Friday night",
    ],
)
def test_an_impact_with_a_consequence_passes(impact: str) -> None:
    assert impact_problem(impact) is None
