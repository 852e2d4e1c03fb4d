"""How many prompts, and how many typed characters, a full performance record takes in
`grow coach`: the same conversation answered through the conversation engine, in-process.

    python benchmarks/prompt_count.py [--rewrite] [--list]           # this working tree
    PYTHONPATH=/path/to/older/src python benchmarks/prompt_count.py   # an older grow

--rewrite types a vague first action ("Improve the ticket replies"), which the check sends back
with "Rewrite it", then the SMART one; --list prints every question asked.

The conversation: one SBI item, a goal, the reality, two options, the will, a measure, two actions
(one whose text has no date, so "By when?" is asked), one support item with a date asked, the next
check-in and tags, then "Save this note?". Each prompt is answered from a table of (words in the
question, answer); Enter on a suggested answer types nothing. Counts every question asked and the
characters typed into text answers (choices and yes/no count as a prompt, not as characters).
A benchmark, not a test: it prints the figures and never fails on them.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

if not any("src" in part for part in sys.path[:1]):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from grow_cli.flows.coach import coach_flow
from grow_cli.flows.engine import Conversation
from grow_cli.flows.model import FlowContext

GOAL = "Bring the average first reply on client tickets down to 4 hours by the end of next month"
SERVES = "Team target: first reply within 4 hours"
FIRST = "Write reply templates for the 5 most common ticket questions"
VAGUE = "Improve the ticket replies"  # with --rewrite: typed first, then rewritten
ACTIONS = iter(
    [
        *([VAGUE] if "--rewrite" in sys.argv else []),
        FIRST,
        "Pair with Sam on 3 of the hardest tickets by Friday",
    ]
)
DUES = iter(["in 2 weeks", "in 2 weeks", "in 3 days"])
MORE_ACTIONS = iter([True, False])
# (words in the question, answer), first match wins
ANSWERS: list[tuple[str, Any]] = [
    ("specific gap", True),
    ("building a capability", False),
    ("own direction", False),
    ("What kind of conversation", "performance"),
    ("What is the conversation about", "Client ticket turnaround"),
    ("gap to name", True),
    ("What specific moment", True),
    ("Situation", "In the client support queue over the last two weeks"),
    ("Behavior", "First replies took 18 hours on average"),
    ("Impact", "Two clients escalated to their account manager"),
    ("Another piece of feedback", False),
    ("Goal:", GOAL),
    ("Whose target", "report"),
    ("Reality", "Alex answers tickets in one batch late in the day"),
    ("What's going on", "skill"),
    ("#1", "Triage the queue at set times twice a day"),
    ("#2", "Write reply templates"),
    ("#3", ""),
    ("Whose ideas", "report"),
    ("Will:", "Start twice-daily triage on Monday"),
    ("confident are you in this plan", "8"),
    ("What would raise", ""),
    ("Say what is counted", "Average first reply on client tickets"),  # one question since 16
    ("Is there a number", True),
    ("What is counted", "Average first reply on client tickets"),
    ("In what unit", "hours"),
    ("Where is it now", "18"),
    ("What target", "4"),
    ("Action: what exactly", lambda: next(ACTIONS)),
    ("What now?", "rewrite"),
    ("By when?", lambda: next(DUES)),
    ("Who does it", "report"),
    ("What does it serve", SERVES),
    ("How sure are they", "8"),
    ("confident are you about this one", "8"),
    ("Add another action", lambda: next(MORE_ACTIONS)),
    ("commit to any support", True),
    ("What will you do to support them", "Ask Sam to review the new reply templates"),
    ("Anything else you will do", False),
    ("When is the next check-in", "in 1 week"),
    ("Tags", "support, turnaround"),
    ("Private notes", ""),
]


class Counting:
    """An Asker that answers from ANSWERS and counts prompts and typed characters."""

    def __init__(self) -> None:
        self.prompts = 0
        self.typed = 0
        self.asked: list[str] = []

    def _answer(self, message: str) -> Any:
        self.prompts += 1
        self.asked.append(message)
        for words, answer in ANSWERS:
            if words in message:
                return answer() if callable(answer) else answer
        raise LookupError(f"no answer for {message!r}")

    def text(self, message: str, *, default: str, **_: Any) -> str:
        answer = str(self._answer(message))
        if answer != default:
            self.typed += len(answer)
        return answer

    def choice(self, message: str, choices: Any, *, default: str | None) -> str:
        return str(self._answer(message))

    def confirm(self, message: str, *, default: bool) -> bool:
        return bool(self._answer(message))

    def checkbox(self, message: str, choices: Any, *, default: list[str]) -> list[str]:
        return list(self._answer(message))

    def say(self, text: str, *, style: str = "") -> None:
        return None


def main() -> None:
    """Hold the conversation and print the counts."""
    asker = Counting()
    Conversation(coach_flow(), FlowContext(dt.date(2026, 11, 22)), asker).run()
    asker.prompts += 1  # "Save this note?" at the review
    print(f"{asker.prompts} prompts, {asker.typed} characters typed")
    if "--list" in sys.argv:
        for message in asker.asked:
            print(f"  {message}")


if __name__ == "__main__":
    main()
