"""How often the SMART and SBI checks agree with the labelled corpus in tests/data/corpus/.

Not a timing: a score. For each part (dev, held-out) it prints, per letter, accuracy, precision
and recall of "passes" (a `warn` counts as a pass, as the README says: only `fail` fails), the
confusion table, and two baselines beside them: always-yes, and one rule per letter (Specific:
at least four words; Measurable: holds a digit or a number word; Time-bound: holds a
digit, a weekday or a month). Due dates are right when the date read equals the label, or, when
the label has none, when no date was accepted as the deadline. SBI: behaviour and impact
checks against their labels.

    python benchmarks/smart_accuracy.py [--part dev|heldout|...|heldout4|both|all] [--misses N]

Parts: `dev` (tuned on), `heldout` (the first held-out part: scored once on 2026-12-02, then
tuned on, so it is development data now) and `heldout2` (written later by a labeller who never
saw the checker, scored once on 2026-12-03, then tuned on) and `heldout3` (written after that the
same way, scored once, then tuned on) and `heldout4` (the same way again, scored once at the end of
this stop's work on issue 15). `both` is dev and heldout, `all` all five.
Score a held-out part once, at the end: tuning on it would make its figures meaningless.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from grow_cli.domain.sbi import behavior_finding, impact_problem  # noqa: E402
from grow_cli.domain.smart import check_smart  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
TODAY = date(2026, 11, 22)
LETTERS = ("specific", "measurable", "time_bound")
NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty"
    r"|hundred|thousand|dozen|half|halve|double|twice|triple)\b",
    re.IGNORECASE,
)
DATE_WORDS = re.compile(
    r"\d|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*\b|\b(?:tomorrow|today|tonight|eod|eow|eom|eoq|cob|week|month|quarter|year)\b",
    re.IGNORECASE,
)


def load(name: str, folder: Path = CORPUS) -> list[dict[str, Any]]:
    """The items of one corpus file (JSON Lines)."""
    path = folder / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@dataclass
class Score:
    """Counts of one yes/no judgement against its labels."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, label: bool, said: bool) -> None:
        """Count one item."""
        if label and said:
            self.tp += 1
        elif said:
            self.fp += 1
        elif label:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def total(self) -> int:
        """Items counted."""
        return self.tp + self.fp + self.fn + self.tn

    def accuracy(self) -> float:
        """Share of items where the judgement equals the label."""
        return (self.tp + self.tn) / self.total if self.total else 0.0

    def precision(self) -> float:
        """Of the items said to pass, the share labelled so."""
        said = self.tp + self.fp
        return self.tp / said if said else 0.0

    def recall(self) -> float:
        """Of the items labelled to pass, the share said to."""
        labelled = self.tp + self.fn
        return self.tp / labelled if labelled else 0.0

    def line(self, name: str) -> str:
        """One row of the table."""
        return (
            f"  {name:<22} acc {self.accuracy():.3f}  prec {self.precision():.3f}  "
            f"rec {self.recall():.3f}   (labels yes/no {self.tp + self.fn}/{self.fp + self.tn}; "
            f"pass&yes {self.tp}, pass&no {self.fp}, fail&yes {self.fn}, fail&no {self.tn})"
        )


def scored(
    items: Iterable[dict[str, Any]], label: str, said: Callable[[dict[str, Any]], bool]
) -> Score:
    """The score of one judgement over the items."""
    score = Score()
    for item in items:
        score.add(bool(item[label]), said(item))
    return score


def one_rule(letter: str, text: str) -> bool:
    """The one-line baseline for a letter."""
    if letter == "measurable":
        return bool(re.search(r"\d", text) or NUMBER_WORDS.search(text))
    if letter == "time_bound":
        return bool(DATE_WORDS.search(text))
    return len(re.findall(r"\w+", text)) >= 4


def due_right(item: dict[str, Any], result: Any) -> bool:
    """The date read is the labelled one; with no labelled deadline, none was accepted (a past
    or vague date that Time-bound fails is shown to the person, not taken as the deadline)."""
    got = result.due.isoformat() if result.due else None
    if item["due"] is None:
        return got is None or result.verdicts()["time_bound"] == "fail"
    return bool(got == item["due"])


def goals_report(name: str, items: list[dict[str, Any]], misses: int) -> None:
    """Print the SMART scores of one part."""
    results = {item["id"]: check_smart(item["text"], today=TODAY) for item in items}
    print(f"\n== {name}: {len(items)} goals and actions")
    for letter in LETTERS:
        print(f" {letter}")

        def grow(item: dict[str, Any], letter: str = letter) -> bool:
            return results[item["id"]].verdicts()[letter] != "fail"

        def rule(item: dict[str, Any], letter: str = letter) -> bool:
            return one_rule(letter, item["text"])

        print(scored(items, letter, grow).line("grow"))
        print(scored(items, letter, lambda i: True).line("always yes"))
        print(scored(items, letter, rule).line("one rule"))
    right = sum(1 for item in items if due_right(item, results[item["id"]]))
    print(f" due dates right: {right}/{len(items)} = {right / len(items):.3f}")
    all_three = sum(
        1
        for item in items
        if all((results[item["id"]].verdicts()[k] != "fail") == item[k] for k in LETTERS)
    )
    print(f" all three letters right: {all_three}/{len(items)} = {all_three / len(items):.3f}")
    if misses:
        shown = 0
        for item in items:
            result = results[item["id"]]
            wrong = [k for k in LETTERS if (result.verdicts()[k] != "fail") != item[k]]
            if not due_right(item, result):
                got_due = result.due.isoformat() if result.due else None
                wrong.append(f"due {got_due} != {item['due']}")
            if wrong and shown < misses:
                shown += 1
                print(f"   miss {item['id']}: {item['text']!r}: {', '.join(wrong)}")


def sbi_report(name: str, items: list[dict[str, Any]], misses: int) -> None:
    """Print the SBI scores of one part."""
    print(f"\n== {name}: {len(items)} SBI triples")
    behaviour = scored(items, "behavior_ok", lambda i: behavior_finding(i["behavior"]) is None)
    print(" behavior (an observation)")
    print(behaviour.line("grow"))
    print(scored(items, "behavior_ok", lambda i: True).line("always yes"))
    kinds = sum(
        1
        for i in items
        if not i["behavior_ok"]
        and (found := behavior_finding(i["behavior"])) is not None
        and found.problem == i["behavior_problem"]
    )
    flagged = sum(1 for i in items if not i["behavior_ok"])
    print(f"  problem named right: {kinds}/{flagged}")
    print(" impact (a consequence)")
    print(scored(items, "impact_ok", lambda i: impact_problem(i["impact"]) is None).line("grow"))
    print(scored(items, "impact_ok", lambda i: True).line("always yes"))
    if misses:
        shown = 0
        for item in items:
            got_b = behavior_finding(item["behavior"]) is None
            got_i = impact_problem(item["impact"]) is None
            if (got_b != item["behavior_ok"] or got_i != item["impact_ok"]) and shown < misses:
                shown += 1
                print(f"   miss {item['id']}: {item['behavior']!r} / {item['impact']!r}")


def main() -> None:
    """Score the parts asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--part",
        choices=(
            "dev",
            "heldout",
            "heldout2",
            "heldout3",
            "heldout4",
            "heldout5",
            "heldout6",
            "both",
            "all",
        ),
        default="dev",
    )
    parser.add_argument("--misses", type=int, default=0, help="list up to N misses per part")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder")
    args = parser.parse_args()
    every = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
    parts = {"both": ("dev", "heldout"), "all": every}.get(args.part, (args.part,))
    for part in parts:
        goals_report(part, load(f"goals_{part}.jsonl", args.corpus), args.misses)
        sbi_report(part, load(f"sbi_{part}.jsonl", args.corpus), args.misses)


if __name__ == "__main__":
    main()
