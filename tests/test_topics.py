"""Topic variety: topics that differ only in case, a plural, joining hyphens or the punctuation
around them are one topic (domain/topics.py)."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grow_cli.domain.topics import JOINERS, SURROUNDING, distinct, topic_words


@pytest.mark.parametrize(
    "spellings",
    [
        ["Code review", "code reviews", "code-review.", "CODE REVIEW", "(Code review)"],
        ["  Code   review ", "code_review", "Code – review!", "“code review”"],
        ["Use case", "use cases"],  # "s" after an e: case + s
        ["Process", "processes"],  # "es" after ss
        ["Estimate", "estimates"],
        ["Bus", "buses"],
        ["Priorities for Q3", "priorities for q3?"],
        ["1:1 prep", "1:1s prep"],
        ["Review PRs", "review PR"],
        ["Code reviews with Sam", "code review with Sam"],
    ],
)
def test_spellings_of_one_topic_are_one(spellings: list[str]) -> None:
    assert distinct(spellings) == [spellings[0].strip()]


@pytest.mark.parametrize(
    "different",
    [
        ["Code review", "Code reviewer"],  # not a plural
        ["Code review", "Code review process"],  # a word more
        ["C++", "C#", "C"],  # punctuation inside a topic is kept
        ["1:1 prep", "11 prep"],
        ["Is", "I"],  # a one-letter stem is no singular
        ["Reviews", "Previews"],
    ],
)
def test_different_topics_stay_apart(different: list[str]) -> None:
    assert len(distinct(different)) == len(different)


def test_the_first_spelling_is_kept_and_the_list_sorted_without_case() -> None:
    assert distinct(["reviews", "Budget", None, "", "  ", "...", "Review", "alpha"]) == [
        "alpha",
        "Budget",
        "reviews",
    ]


def test_hyphens_count_as_spaces() -> None:
    assert topic_words("code-review.") == ("code", "review")
    assert topic_words("Code\u2014review") == ("code", "review")
    assert topic_words("state_of_play") == ("state", "of", "play")


def test_only_punctuation_around_the_topic_goes() -> None:
    assert topic_words("¿Q&A: why?") == ("q&a:", "why")
    assert topic_words("...") == ()


ASCII = string.ascii_letters + string.digits + " +#&/:%"
wrapping = st.text(alphabet=SURROUNDING + JOINERS + " \t\n", max_size=4)
text = st.text(alphabet=ASCII + SURROUNDING + JOINERS, max_size=30)


@given(text, wrapping, wrapping)
def test_surrounding_punctuation_and_space_never_count(topic: str, before: str, after: str) -> None:
    assert topic_words(before + topic + after) == topic_words(topic)


@given(text)
def test_case_never_counts(topic: str) -> None:
    assert topic_words(topic.swapcase()) == topic_words(topic)
    assert topic_words(topic.upper()) == topic_words(topic.lower())


@given(text, st.sampled_from(JOINERS))
def test_a_hyphen_is_a_space(topic: str, joiner: str) -> None:
    assert topic_words(topic.replace(" ", joiner)) == topic_words(topic)


@given(st.text(max_size=40))
def test_evening_out_is_stable(topic: str) -> None:
    words = topic_words(topic)
    assert topic_words(" ".join(words)) == words


word = st.text(alphabet=string.ascii_lowercase, min_size=2, max_size=10)


@given(
    st.lists(word, min_size=1, max_size=5),
    st.data(),
)
def test_any_variant_of_a_topic_is_the_same_topic(words: list[str], data: st.DataObject) -> None:
    """A plural on any word, another case, hyphens for spaces, punctuation around it."""
    variant = list(words)
    plural = data.draw(st.integers(0, len(words) - 1))
    variant[plural] += data.draw(st.sampled_from(["s", "es"]))
    joiner = data.draw(st.sampled_from([" ", "-", "_", "  "]))
    spelled = data.draw(wrapping) + joiner.join(variant).upper() + data.draw(wrapping)
    original = " ".join(words)
    assert distinct([original, spelled]) == [original]


@given(st.lists(st.lists(word, min_size=1, max_size=3).map(" ".join), max_size=8))
def test_variety_is_never_more_than_without_grouping(topics: list[str]) -> None:
    grouped = distinct(topics)
    assert len(grouped) <= len(set(topics))
    assert set(grouped) <= set(topics)
    assert distinct(topics + [t.upper() + "." for t in topics]) == grouped
