"""Their voice: how helpful the report found the last conversation, asked at the next check-in.

It is the only measure of the coaching that comes from the employee, so it is asked of them in
their words, optional, and never about a check-in itself.
"""

from __future__ import annotations

from grow_cli.flows.model import Answers, Ask, FlowContext, Stage


def _rated(scope: Answers, answers: Answers, context: FlowContext) -> bool:
    rating = answers.get("rating")
    return isinstance(rating, dict) and str(rating.get("score") or "").strip() != ""


def rating_stage(conversation: str) -> Stage:
    """Asks the report to rate `conversation` ("your conversation on Fri 20 Nov about ...")."""
    return Stage(
        "rating",
        "Their rating",
        (
            Ask(
                "rating.score",
                f"Ask them: how helpful was {conversation}, from 1 to 5? (empty to skip)",
                kind="score",
                required=False,
            ),
            Ask(
                "rating.comment",
                "What would have made it more useful? (their words; optional)",
                required=False,
                when=_rated,
            ),
        ),
        intro="The one measure of your coaching that comes from them.",
    )
