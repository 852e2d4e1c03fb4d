"""`grow smart`: each letter's verdict and reason, in plain text.

Plain text, not rich: this command must start fast (README, "grow smart").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.smart import SmartResult

LETTER_LABELS = {
    "specific": "S  Specific",
    "measurable": "M  Measurable",
    "achievable": "A  Achievable",
    "relevant": "R  Relevant",
    "time_bound": "T  Time-bound",
}
VERDICT_STYLES = {"pass": "green", "warn": "yellow", "fail": "red"}


def print_result(result: SmartResult) -> None:
    """The goal, a line per letter with its verdict and reason, the due date and the verdict."""
    output.line(output.styled(result.text, "bold"))
    for letter, check in result.letters().items():
        verdict = output.styled(f"{check.verdict:<4}", VERDICT_STYLES[check.verdict])
        label = f"  {LETTER_LABELS[letter]:<14}  "
        row = output.hanging(label + " " * 6, check.reason)
        output.line(label + verdict + "  " + row[len(label) + 6 :])
    if result.due is not None:
        output.line(f"  Due: {result.due.isoformat()} ({result.due:%A})")
    output.line("  " + output.styled("SMART" if result.smart else "Not SMART yet", "bold"))
