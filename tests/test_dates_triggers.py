"""The words each date pattern needs: a text without them is never searched, so they must be
present in every text the pattern can match; skipping must change no answer."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adversarial import DATE_ADVERSARIAL
from grow_cli.domain import dates
from grow_cli.domain.dates import (
    DateError,
    find_deadline_and_spans,
    fold,
    parse_date,
    past_date,
    words,
)
from grow_cli.domain.dates import patterns as date_patterns
from grow_cli.domain.patterns import LazyPattern

SUNDAY = date(2026, 11, 22)
HERE = Path(__file__).parent


def _lazy_patterns() -> dict[str, LazyPattern]:
    """Every LazyPattern of every module of the dates package, by name (each name is one)."""
    found: dict[str, LazyPattern] = {}
    for info in pkgutil.iter_modules(dates.__path__):
        module = importlib.import_module(f"{dates.__name__}.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern):
                assert found.setdefault(name, value) is value, f"two patterns named {name}"
    return found


LAZY = _lazy_patterns()


def _test_strings() -> list[str]:
    """Every string literal in the date tests: phrases, goals and expected phrases."""
    found = []
    for name in ("test_dates.py", "test_dates_phrases.py"):
        tree = ast.parse((HERE / name).read_text(encoding="utf-8"))
        found += [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
    return found


def _goals() -> list[str]:
    data = tomllib.loads((HERE / "data" / "smart_goals.toml").read_text(encoding="utf-8"))
    return [goal["text"] for goal in data["goal"]]


# Texts made to sit on the edges of the word lists: words split or joined by odd whitespace,
# Unicode digits, words inside longer words, punctuation in the places patterns allow it.
ADVERSARIAL_TEXTS = [
    "",
    " ",
    "Send it by the 5th",
    "end\u00a0of\u2003the\tbusiness\nday",
    "end of\u2028day",
    "close\x1cof\x1dplay",
    "EOD",
    "by EOB",
    "cob",
    "for the next 3 days",
    "for the coming two weeks",
    "after a fortnight",
    "during the next month",
    "by the end of the next sprint",
    "sooner",
    "shortly",
    "eventually",
    "asap",
    "someday",
    "sometime",
    "when possible",
    "when convenient",
    "Fri.",
    "by Sat.",
    "due Thurs",
    "every other Wednesday",
    "Mondays",
    "mid-March",
    "mid March",
    "midMarch",
    "Sept. 9, 2027",
    "9th of Sept",
    "9 SEPT 2027",
    "In \u0662 weeks",  # Arabic-Indic digit two
    "in \u0663\u0660 days",
    "within \uff13 days",  # fullwidth digit three
    "for \u0968 fortnights",  # Devanagari digit two
    "\u0662\u0660\u0662\u0667-\u0660\u0661-\u0661\u0665",  # 2027-01-15 in Arabic-Indic digits
    "\u0661\u0665/\u0660\u0661/\u0662\u0660\u0662\u0667",
    "by \u0662\u0660\u0663\u0660",  # not "20": the year needs an ASCII 20
    "by 2030",
    "end of 2030",
    "2027/1/5",
    "15/1/2027",
    "by the end of Q3 2027",
    "end of H2",
    "in H1",
    "during q4",
    "week-end",
    "month end",
    "quarter\u00a0end",
    "the week after next",
    "within the week",
    "within this quarter",
    "EOW",
    "eoy",
    "this weekend",
    "the\u00a0weekend",
    "day after tomorrow",
    "tmrw",
    "this\u2003afternoon",
    "in a couple of weeks",
    "in a\u00a0couple\tof\nweeks",
    "in forty-five days",
    "over the next fortnight",
    "over the coming year",
    "in 3 business days",
    "within 2 working\u00a0days",
    "in 24 hrs",
    "in 48 hours",
    "3 weeks from now",
    "2 days from today",
    "daily for two weeks",
    "fortnightly for 3 months",
    "as soon as possible",
    "going\u00a0forward",
    "from now on",
    "some day",
    "at a later stage",
    "in the near future",
    "in due course",
    "when you get some time",
    "as time permits",
    "down the road",
    "before long",
    "over the next couple of months",
    "in a few weeks",
    "in a while",
    "over time",
    "by the next sprint",
    "later",
    "later than",
    "no later than Friday",
    "not\u00a0later than Friday",
    "deadline: Friday",
    "due date Friday",
    "at 3pm",
    "@ 3 p.m.",
    "12:30",
    "at noon",
    "by midnight",
    "in the evening",
    "close of business",
    "answer each e-mail within 2 days",
    "review pull\u00a0requests within one day",
    "reply to PRs within a day",
    "answer every enquiry within 2 days",
    "inquiries and queries",
    "Done. Then Friday! Next?",
    "İstanbul by Friday",
    "SEND A WEEKLY STATUS EMAIL TO THE TEAM EVERY FRIDAY BY 3 PM",
    # periods, sprints, weekday dates, dots, slips, ordinal quarters, meetings
    "by the first\u00a0week\tof March",
    "the last week of next\u2003month",
    "early\u00a0January",
    "late-March",
    "mid\u00a0next month",
    "the middle of the month",
    "the second half of next year",
    "before the\u00a0holidays",
    "ahead of\u00a0christmas eve",
    "prior to new year\u2019s eve",
    "by the new year's day",
    "before the Christmas party",
    "by the end of the summer 2027",
    "until fall",
    "before the fall of Rome",
    "in the next\u00a0sprint",
    "by the end of our current sprint",
    "in sprint planning",
    "over the next \u0663 sprints",
    "in two sprints",
    "Thursday,\u00a0the 10th",
    "by thu. 10th",
    "Friday the 13th of March",
    "a week from\u00a0this coming Thursday",
    "two weeks on friday",
    "3 days from tomorrow",
    "18.12.",
    "till 18.12.2026",
    "by \u0661\u0668.\u0661\u0662.",
    "by 2.5.",
    "by 10.30.",
    "by 01/12/2026",
    "03-04-2027",
    "by Wendesday",
    "by WEDNSEDAY",
    "tommorow",
    "by tursday",
    "Febuary\u00a014",
    "by the end of the second\u00a0quarter",
    "in the 2nd quarter review",
    "in the third quarter of next year",
    "before the fourth calendar quarter",
    "the Tuesday\u00a0planning call",
    "Monday stand-up",
    "the friday 1:1s",
    "the postmortem of the Oct 28 outage",
    "in 3 wks",
    "in 2\u00a0mos",
    "within 10 workdays",
    "within 1 qtr",
    "no later than the 18th",
]

CORPUS = [
    *ADVERSARIAL_TEXTS,
    *(text[:2000] for text in DATE_ADVERSARIAL.values()),
    *_test_strings(),
    *_goals(),
]


def _matches(pattern: re.Pattern[str], low: str) -> Iterator[re.Match[str]]:
    """A match at every position that has one (finditer alone skips overlapping ones)."""
    for pos in range(len(low) + 1):
        found = pattern.match(low, pos)
        if found is not None:
            yield found


def _check_needs(text: str) -> None:
    low = fold(text)
    for name, lazy in LAZY.items():
        pattern = lazy.compiled
        if pattern.search(low) is not None:
            assert lazy.possible(low), (name, text)
        for found in _matches(pattern, low):
            # The words are inside the match itself, not just somewhere in the text.
            assert lazy.possible(found[0]), (name, text, found[0])


def _check_same_answers(text: str) -> None:
    """The wrapper answers as the compiled pattern does, at every position."""
    low = fold(text)
    for name, lazy in LAZY.items():
        pattern = lazy.compiled
        spans = [m.span() for m in pattern.finditer(low)]
        assert [m.span() for m in lazy.finditer(low)] == spans, (name, text)
        plain = pattern.search(low)
        wrapped = lazy.search(low)
        assert (plain and plain.span()) == (wrapped and wrapped.span()), (name, text)
        for pos in range(len(low) + 1):
            plain, wrapped = pattern.match(low, pos), lazy.match(low, pos)
            assert (plain and plain.span()) == (wrapped and wrapped.span()), (name, text, pos)
            plain, wrapped = pattern.match(low, 0, pos), lazy.match(low, 0, pos)
            assert (plain and plain.span()) == (wrapped and wrapped.span()), (name, text, pos)


def test_every_pattern_is_listed_and_every_group_has_words() -> None:
    assert len(LAZY) >= 41  # 39 for deadlines, 2 for past dates
    for name, lazy in LAZY.items():
        for group in lazy.needs:
            assert group, name
            assert all(word and word == word.lower() for word in group), name
        if lazy.compiled.fullmatch("") is not None:
            assert not lazy.needs, f"{name} matches the empty string, so it can need nothing"


def test_the_shared_word_lists_cover_every_name() -> None:
    for name in words.MONTHS:
        assert any(stem in name for stem in words.MONTH_STEMS), name
    for name in words.WEEKDAY_ABBR.split("|"):
        assert any(stem in name for stem in words.WEEKDAY_STEMS), name
    for name in words.WEEKDAY_FULL.split("|"):
        assert "day" in name
    units = re.compile(date_patterns._UNIT)
    unit_words = date_patterns._UNIT_WORDS
    for unit in ("day", "days", "business days", "working day", "week", "weeks", "fortnight"):
        assert units.fullmatch(unit) and any(word in unit for word in unit_words)
    for unit in ("months", "quarter", "years", "hour", "hours", "hr", "hrs"):
        assert units.fullmatch(unit) and any(word in unit for word in unit_words)


@pytest.mark.parametrize("text", ADVERSARIAL_TEXTS)
def test_adversarial_texts_never_skip_a_match(text: str) -> None:
    _check_needs(text)
    _check_same_answers(text)


def test_labelled_goals_and_date_test_phrases_never_skip_a_match() -> None:
    for text in CORPUS:
        if len(text) <= 400:
            _check_needs(text)
        else:  # the long adversarial texts: whole-text searches and finditer only
            low = fold(text)
            for name, lazy in LAZY.items():
                for found in lazy.compiled.finditer(low):
                    assert lazy.possible(found[0]), (name, found[0])
                assert [m.span() for m in lazy.finditer(low)] == [
                    m.span() for m in lazy.compiled.finditer(low)
                ], name


def _answers(text: str) -> tuple[object, object, object]:
    try:
        parsed: object = parse_date(text, SUNDAY)
    except DateError as error:
        parsed = str(error)
    try:
        looked_back: object = past_date(text, SUNDAY)
    except ValueError as error:
        looked_back = str(error)
    return find_deadline_and_spans(text, SUNDAY), parsed, looked_back


def test_skipping_changes_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [text for text in CORPUS if len(text) <= 400]
    skipping = [_answers(text) for text in texts]
    monkeypatch.setattr(LazyPattern, "possible", lambda self, text: True)
    assert [_answers(text) for text in texts] == skipping


# --- Generated texts: fragments of every pattern, glued by the characters patterns allow --------

_WORDS = sorted(
    # The words written in the patterns themselves (and some of their group names and escapes,
    # which do no harm), not taken from the lists under test.
    {word for lazy in LAZY.values() for word in re.findall(r"[a-z]+", lazy._source)}
    | set(words.MONTHS)
    | set(words.WEEKDAYS)
    | set(words.NUMBER_WORDS)
    | {
        "the", "of", "a", "an", "next", "coming", "within", "during", "starting", "mid", "end",
        "business", "working", "days", "weeks", "months", "years", "hours", "hrs", "fortnights",
        "after", "following", "other", "last", "now", "today", "from", "than", "on", "at",
        "3", "9", "15", "31", "1st", "2nd", "23rd", "5th", "2027", "2030", "1999", "20", "12:30",
        "3pm", "3 p.m.", "q3", "h1", "2027-01-15", "15/01/2027", "1/1/2027", "٣", "٢٠٢٧",
        "'s", "’s", "%", "percent", "Friday", "FRI", "Sept.", "İ", "send", "weekly", "email",
    }
)  # fmt: skip
_GLUE = st.sampled_from(
    [" ", " ", " ", "", "\u00a0", "\t", "\n", "\u2003", "\x1c", ",", ", ", ".", ". ", "-", "/"]
)
_generated = st.lists(st.tuples(st.sampled_from(_WORDS), _GLUE), max_size=10).map(
    lambda parts: "".join(word + glue for word, glue in parts)
)


@settings(max_examples=400, deadline=None)
@given(text=_generated | st.text(max_size=80))
def test_generated_texts_never_skip_a_match(text: str) -> None:
    _check_needs(text)


@settings(max_examples=150, deadline=None)
@given(text=_generated)
def test_generated_texts_get_the_same_answers_from_the_wrapper(text: str) -> None:
    _check_same_answers(text)


def test_importing_compiles_nothing_and_the_reference_goal_compiles_little() -> None:
    # Importing leaves the module of past dates unread too: only --since and --until need it.
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from grow_cli.domain import dates\n"
        "from grow_cli.domain.patterns import LazyPattern\n"
        "mods = [m for n, m in list(sys.modules.items()) if n.startswith('grow_cli.')]\n"
        "lazy = {n: v for m in mods for n, v in vars(m).items() if isinstance(v, LazyPattern)}\n"
        "assert len(lazy) >= 27, sorted(lazy)\n"
        "assert 'grow_cli.domain.dates.past' not in sys.modules\n"
        "assert not [n for n, v in lazy.items() if v._compiled is not None]\n"
        "dates.find_deadline('Send a weekly status email to the team every Friday by 3 PM',"
        " date(2026, 11, 22))\n"
        "print(sorted(n for n, v in lazy.items() if v._compiled is not None))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    compiled = set(ast.literal_eval(done.stdout))
    assert compiled <= {
        "DAY_OF_MONTH", "PERIOD", "WEEKDAY", "WEEKDAY_SHORT", "MARKER", "TIME_AFTER"
    }  # fmt: skip
