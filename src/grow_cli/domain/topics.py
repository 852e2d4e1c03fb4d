"""Topic variety: which topics (or tags) are one topic written differently. Pure.

Two topics are the same topic when their words are the same after the spelling is evened out,
or differ only by a trailing "s" or "es" (one word is the other's plural: "review" and
"reviews", "process" and "processes", "case" and "cases"):

- case does not count (Unicode compatibility form, then case folding: "CODE" is "code");
- hyphens, dashes and underscores count as spaces ("code-review" is "code review"), and a run
  of spaces is one;
- punctuation and whitespace around the topic do not count ("code review.", "(Code review)");
- other punctuation inside a topic is kept: "1:1", "C++", "C#" and "Q&A" stay themselves.

Plurals are read from the words the topics use, not from a list of English words: "reviews"
is one with "review" when some topic says "review" in the same place. A stem of one letter is
never a singular ("is" and "i" stay apart). Every rule here works on whole words, so "code
review" and "code reviewer" stay two topics.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus
# sign, underscore: each joins words the way a space does.
JOINERS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_"
# Punctuation that may wrap a topic (a sentence's end, quotes, brackets, emphasis).
SURROUNDING = (
    ".,;:!?\u2026'\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u2039\u203a()[]{}<>*`\u00a1\u00bf"
)
MIN_STEM = 2  # a singular has at least this many characters
_JOINER = re.compile(f"[{re.escape(JOINERS)}]")
_EDGES = re.compile(f"^[\\s{re.escape(SURROUNDING)}]+|[\\s{re.escape(SURROUNDING)}]+$")


def topic_words(text: str) -> tuple[str, ...]:
    """A topic's words with its spelling evened out (case, joiners, surrounding punctuation,
    spaces); () when nothing is left."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    joined = _JOINER.sub(" ", folded)
    return tuple(_EDGES.sub("", joined).split())


def distinct(values: Iterable[str | None]) -> list[str]:
    """The distinct topics among `values`, one spelling for each: the first seen (stripped),
    sorted without case. Empty values, and values of nothing but punctuation, are no topic."""
    return distinct_except(values, ())


def distinct_except(values: Iterable[str | None], private: Iterable[str | None]) -> list[str]:
    """distinct(values) without the topics that are one with a topic of `private` (by the same
    rules, plurals read from both): what the report may show when career topics stay private."""
    spelled = _spelled(values)
    hidden = _spelled(private)
    root = _singulars({word for _, words in spelled + hidden for word in words})

    def key(words: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(root.get(word, word) for word in words)

    kept_back = {key(words) for _, words in hidden}
    seen: dict[tuple[str, ...], str] = {}
    for text, words in spelled:
        if key(words) not in kept_back:
            seen.setdefault(key(words), text)
    return sorted(seen.values(), key=str.casefold)


def _spelled(values: Iterable[str | None]) -> list[tuple[str, tuple[str, ...]]]:
    """Each value that is a topic, stripped, with its evened-out words."""
    spelled: list[tuple[str, tuple[str, ...]]] = []
    for value in values:
        words = topic_words(value or "")
        if words:
            spelled.append(((value or "").strip(), words))
    return spelled


def _singulars(vocabulary: set[str]) -> dict[str, str]:
    """Each word that is another word of the vocabulary plus "s" or "es", mapped (through any
    chain: "cases" -> "case" -> "cas") to one word that stands for all of them."""
    parent: dict[str, str] = {}

    def find(word: str) -> str:
        while parent.get(word, word) != word:
            parent[word] = parent.get(parent[word], parent[word])  # halve the path
            word = parent[word]
        return word

    def join(one: str, other: str) -> None:
        a, b = find(one), find(other)
        if a != b:
            low, high = sorted((a, b), key=lambda w: (len(w), w))
            parent[high] = low

    for word in sorted(vocabulary):
        for suffix in ("s", "es"):
            stem = word.removesuffix(suffix)
            if stem != word and len(stem) >= MIN_STEM and stem in vocabulary:
                join(word, stem)
    return {word: find(word) for word in parent}
