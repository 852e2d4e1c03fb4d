#!/usr/bin/env python3
"""Check the shape of the labelled corpus and print its counts (stdlib only).

    python3 tests/data/corpus/check_corpus.py [FOLDER]

Exit status 0 when every check passes, 1 otherwise. It checks shape and internal consistency only;
it does not judge whether a label is right (see README.md for the rules).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

TODAY = dt.date(2026, 11, 22)
MIN_GOALS, MIN_SBI = 420, 160
DEV_SHARE = (0.55, 0.65)
PARTS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
# The first split was 60/40; the second held-out part was written later, by another labeller.
SPLIT = ("dev", "heldout")

GOAL_KEYS = {
    "id": str,
    "text": str,
    "kind": str,
    "focus": str,
    "specific": bool,
    "measurable": bool,
    "time_bound": bool,
    "due": (str, type(None)),
    "period": bool,
    "date_order": (str, type(None)),
    "note": str,
}
SBI_KEYS = {
    "id": str,
    "situation": str,
    "behavior": str,
    "impact": str,
    "behavior_ok": bool,
    "behavior_problem": (str, type(None)),
    "impact_ok": bool,
    "note": str,
}
KINDS = {"goal", "action", "support"}
FOCI = {"performance", "development", "career", "journal", "health"}
ORDERS = {"DMY", "MDY", None}
PROBLEMS = {"label", "absolute", "intent"}

errors: list[str] = []


def err(where: str, msg: str) -> None:
    errors.append(f"{where}: {msg}")


def load(path: Path, keys: dict) -> list[dict]:
    items = []
    if not path.is_file():
        err(str(path), "missing")
        return items
    raw = path.read_bytes()
    if b"\r" in raw:
        err(path.name, "contains CR characters (use LF line endings)")
    for n, line in enumerate(raw.decode("utf-8").split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, f"not JSON ({e})")
            continue
        if not isinstance(obj, dict):
            err(where, "not a JSON object")
            continue
        if set(obj) != set(keys):
            missing, extra = set(keys) - set(obj), set(obj) - set(keys)
            err(where, f"keys: missing {sorted(missing)}, unexpected {sorted(extra)}")
            continue
        for k, t in keys.items():
            # bool is a subclass of int in Python, so compare exact types.
            types = t if isinstance(t, tuple) else (t,)
            if type(obj[k]) not in types:
                err(where, f"{k} has type {type(obj[k]).__name__}")
        obj["_where"] = where
        items.append(obj)
    return items


def check_goal(g: dict) -> None:
    w = g["_where"]
    if not re.fullmatch(r"[ghpqkm]\d{4}", str(g["id"])):
        err(w, f"id {g['id']!r} is not g, h, p, q, k or m + 4 digits")
    if not isinstance(g["text"], str) or not g["text"].strip():
        err(w, "empty text")
    if g["kind"] not in KINDS:
        err(w, f"kind {g['kind']!r}")
    if g["focus"] not in FOCI:
        err(w, f"focus {g['focus']!r}")
    if g["date_order"] not in ORDERS:
        err(w, f"date_order {g['date_order']!r}")
    due = g["due"]
    if due is not None:
        try:
            d = dt.date.fromisoformat(due)
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", due):
                raise ValueError
        except (TypeError, ValueError):
            err(w, f"due {due!r} is not a valid YYYY-MM-DD date")
        else:
            if d < TODAY:
                err(w, f"due {due} is before the reference day {TODAY}")
    if g["time_bound"] is True and due is None and "sprint" not in g["text"].lower():
        err(w, "time_bound is true but due is null")
    if g["time_bound"] is False and (due is not None or g["period"] or g["date_order"] is not None):
        err(w, "time_bound is false but due/period/date_order is set")
    if g["date_order"] is not None and due is None:
        err(w, "date_order set without a due date")


def check_sbi(s: dict) -> None:
    w = s["_where"]
    if not re.fullmatch(r"[stuv]\d{3}|[yz]\d{4}", str(s["id"])):
        err(w, f"id {s['id']!r} is not s, t, u or v + 3 digits, or y or z + 4")
    for k in ("situation", "behavior", "impact"):
        if isinstance(s[k], str) and not s[k].strip():
            err(w, f"empty {k}")
    p = s["behavior_problem"]
    if p is not None and p not in PROBLEMS:
        err(w, f"behavior_problem {p!r}")
    if s["behavior_ok"] is True and p is not None:
        err(w, "behavior_ok is true but behavior_problem is set")
    if s["behavior_ok"] is False and p is None:
        err(w, "behavior_ok is false but behavior_problem is null")


def pct(n: int, total: int) -> str:
    return f"{n:4d} ({100 * n / total:5.1f} %)" if total else f"{n:4d}"


def table(title: str, parts: dict[str, list[dict]], key) -> None:
    counts = {p: Counter(key(x) for x in items) for p, items in parts.items()}
    values = sorted(set().union(*counts.values()), key=str)
    print(f"  {title}:")
    for v in values:
        cells = "  ".join(f"{p} {pct(counts[p][v], len(parts[p]))}" for p in parts)
        total = sum(counts[p][v] for p in parts)
        print(f"    {v!s:<22} {cells}  all {total}")


def dataset(folder: Path, name: str, keys: dict, check, minimum: int) -> dict[str, list[dict]]:
    parts = {p: load(folder / f"{name}_{p}.jsonl", keys) for p in PARTS}
    everything = [x for p in PARTS for x in parts[p]]
    for x in everything:
        check(x)
    ids = Counter(x["id"] for x in everything)
    for i, n in ids.items():
        if n > 1:
            err(name, f"id {i} appears {n} times")
    text_key = (
        (lambda x: x["text"])
        if name == "goals"
        else (lambda x: (x["situation"], x["behavior"], x["impact"]))
    )
    texts = Counter(str(text_key(x)).strip().lower() for x in everything)
    for t, n in texts.items():
        if n > 1:
            err(name, f"duplicate item {t[:60]!r}")
    total = len(everything)
    if total < minimum:
        err(name, f"{total} items, fewer than {minimum}")
    split = sum(len(parts[p]) for p in SPLIT)
    if split:
        share = len(parts["dev"]) / split
        if not DEV_SHARE[0] <= share <= DEV_SHARE[1]:
            err(name, f"dev share {share:.2f} outside {DEV_SHARE}")
    return parts


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    goals = dataset(folder, "goals", GOAL_KEYS, check_goal, MIN_GOALS)
    sbi = dataset(folder, "sbi", SBI_KEYS, check_sbi, MIN_SBI)

    n_goals = sum(len(v) for v in goals.values())
    print(f"goals: {n_goals}  (" + ", ".join(f"{p} {len(v)}" for p, v in goals.items()) + ")")
    table("kind", goals, lambda g: g["kind"])
    table("focus", goals, lambda g: g["focus"])
    for letter in ("specific", "measurable", "time_bound", "period"):
        table(letter, goals, lambda g, k=letter: g[k])
    table(
        "fails at least one of S/M/T",
        goals,
        lambda g: not (g["specific"] and g["measurable"] and g["time_bound"]),
    )
    table("date_order", goals, lambda g: g["date_order"])
    table("due (month)", goals, lambda g: g["due"][:7] if g["due"] else None)

    n_sbi = sum(len(v) for v in sbi.values())
    print(f"sbi: {n_sbi}  (" + ", ".join(f"{p} {len(v)}" for p, v in sbi.items()) + ")")
    table("behavior_ok", sbi, lambda s: s["behavior_ok"])
    table("behavior_problem", sbi, lambda s: s["behavior_problem"])
    table("impact_ok", sbi, lambda s: s["impact_ok"])
    table("behavior_ok x impact_ok", sbi, lambda s: (s["behavior_ok"], s["impact_ok"]))

    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
