"""The words each SMART pattern needs: a text without them is never searched (nor its pattern
compiled), so every match of the pattern must hold them; skipping must change no answer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grow_cli.domain import smart_wishes, smart_words
from grow_cli.domain.dates import fold
from grow_cli.domain.patterns import AnyOf, LazyPattern

HERE = Path(__file__).parent


def _patterns() -> Iterator[tuple[str, LazyPattern]]:
    for module in (smart_words, smart_wishes):
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern) and value.needs:
                yield name, value
            elif isinstance(value, AnyOf):
                for index, part in enumerate(value.parts):
                    yield f"{name}[{index}]", part


NEEDY = dict(_patterns())


def _corpus() -> list[str]:
    texts = []
    for path in sorted((HERE / "data" / "corpus").glob("goals_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(fold(json.loads(line)["text"]))
    return texts


CORPUS = _corpus()


def test_every_split_pattern_is_checked() -> None:
    assert len(NEEDY) >= 19  # the 14 wish parts, effort, abstractions, habits, digits


@pytest.mark.parametrize("name", sorted(NEEDY))
def test_no_corpus_text_is_skipped_that_would_match(name: str) -> None:
    pattern = NEEDY[name]
    for text in CORPUS:
        if pattern.compiled.search(text) is not None:
            assert pattern.possible(text), (name, text)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "be",
                "get",
                "more",
                "better",
                "keep",
                "work",
                "on",
                "focus",
                "the",
                "a",
                "my",
                "own",
                "drive",
                "improve",
                "quality",
                "stuff",
                "3",
                "2027",
                "v2",
                "gpt-4",
                "12:30",
                "pm",
                "fewer",
                "less",
                "habit",
                "think",
                "about",
                "make",
                "sure",
                "look",
                "at",
                "help",
                "with",
                "team",
                "sync",
                "every",
                "day",
                "10x",
                "skills",
                "feel",
                "calmer",
                "30%",
                "in",
                "shape",
                "aware",
                "best",
                "year",
                "ever",
            ]
        ),
        max_size=12,
    )
)
def test_a_skipped_text_has_no_match(words: list[str]) -> None:
    text = " ".join(words)
    for name, pattern in NEEDY.items():
        if not pattern.possible(text):
            assert pattern.compiled.search(text) is None, (name, text)


def test_any_of_finds_the_earliest_match() -> None:
    found = smart_words.STRONG_VAGUE.search("please make sure we get better at reviews")
    assert found is not None and found.group().startswith("make sure")
    assert smart_words.STRONG_VAGUE.search("Send the report to Sam by Friday") is None
