"""Finding a person from what was typed: a slug, a display name in any script, a first name, or
the start of either, ignoring case and accents.

The rules, in order; the first that matches exactly one person wins, and a rule that matches two
or more people stops the search there (they are listed, never guessed between):

1. the slug ("priya-shah", "Priya-Shah");
2. the whole display name ("Priya Shah", "priya shah", "tomas okafor" for "Tomás Okafor",
   "שרה כהן" for a person added with --slug sara-cohen);
3. whole words of the name or slug ("priya", "shah", "Tomas"): every word typed is one of them;
4. the start of the slug, of the name or of one of its words ("pri", "tomas o", "oka").

When nothing matches, the closest slugs, names and name words (difflib) are suggested instead.
Pure: the store hands in who there is.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

MAX_SUGGESTIONS = 3
SUGGESTION_CUTOFF = 0.6  # difflib's ratio: "priyaa" is 0.91 of "priya", "bob" 0.2 of "priya"
_WORD_BREAK = re.compile(r"[\W_]+")


@lru_cache(maxsize=1 << 14)  # a lookup folds every profile's name: twice a run in some commands
def fold(text: str) -> str:
    """Text as it is compared: accents and other combining marks removed (NFKD), case folded,
    white space collapsed. 'Zoë  Ångström' -> 'zoe angstrom'; 'שָׂרָה' -> 'שרה'."""
    # Marks off before and after folding case: casefold() can make letters that carry marks
    # again ('ᾀ' -> 'ἀι').
    bare = _without_marks(_without_marks(text).casefold())
    # NFC again so that scripts NFKD splits apart without marks (Hangul) compare as written.
    return " ".join(unicodedata.normalize("NFC", bare).split())


def _without_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> tuple[str, ...]:
    """The words of a folded text: 'p. shah' -> ('p', 'shah'), 'sam-lee' -> ('sam', 'lee')."""
    return tuple(word for word in _WORD_BREAK.split(text) if word)


@dataclass(frozen=True)
class Candidate:
    """Someone who may be meant: their slug and display name."""

    slug: str
    name: str

    @property
    def label(self) -> str:
        """How a message names them: 'priya-shah (Priya Shah)', or the slug when that says it."""
        return self.slug if fold(self.name) == self.slug else f"{self.slug} ({self.name})"


@dataclass(frozen=True)
class Lookup:
    """What a query found: one person, two or more (ambiguous), or none and the closest."""

    query: str
    found: Candidate | None = None
    matches: tuple[Candidate, ...] = ()  # two or more equally good: the caller lists them
    suggestions: tuple[Candidate, ...] = ()  # nothing matched: the closest, best first


@dataclass(frozen=True)
class _Keys:
    """A candidate's folded slug, name and words, made once per lookup."""

    candidate: Candidate
    slug: str
    name: str
    words: tuple[str, ...]


def find(query: str, candidates: Sequence[Candidate]) -> Lookup:
    """The person `query` names among `candidates` (see the module docstring for the rules)."""
    wanted = fold(query)
    if not wanted:
        return Lookup(query)
    keys = [_keys(candidate) for candidate in candidates]
    wanted_words = words(wanted)
    hyphenated = "-".join(wanted_words)
    rules: list[Callable[[_Keys], bool]] = [
        lambda k: k.slug == wanted or k.slug == hyphenated,
        lambda k: k.name == wanted or (bool(wanted_words) and words(k.name) == wanted_words),
        lambda k: bool(wanted_words) and set(wanted_words) <= set(k.words),
        lambda k: _starts(k, wanted, hyphenated, wanted_words),
    ]
    for rule in rules:
        matched = _unique(k.candidate for k in keys if rule(k))
        if len(matched) == 1:
            return Lookup(query, found=matched[0])
        if matched:
            return Lookup(query, matches=tuple(matched))
    return Lookup(query, suggestions=_closest(wanted, keys))


def _keys(candidate: Candidate) -> _Keys:
    slug, name = fold(candidate.slug), fold(candidate.name)
    return _Keys(candidate, slug, name, _unique_words(words(name) + tuple(slug.split("-"))))


def _starts(k: _Keys, wanted: str, hyphenated: str, wanted_words: tuple[str, ...]) -> bool:
    if k.name.startswith(wanted) or k.slug.startswith(wanted):
        return True
    if hyphenated and k.slug.startswith(hyphenated):
        return True
    # 'tomas o' and 'oka': each word typed starts a word of the name, in the name's order.
    return bool(wanted_words) and _words_start(wanted_words, k.words)


def _words_start(typed: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    at = 0
    for word in typed:
        while at < len(theirs) and not theirs[at].startswith(word):
            at += 1
        if at == len(theirs):
            return False
        at += 1
    return True


def _closest(wanted: str, keys: list[_Keys]) -> tuple[Candidate, ...]:
    """The candidates whose slug or name is closest to what was typed (or one of whose words
    is, for one word typed: 'priyaa' is close to Priya Shah, 'priya patel' is not)."""
    one_word = len(words(wanted)) == 1
    owners: dict[str, list[Candidate]] = {}
    for k in keys:
        for text in (k.slug, k.name, *(k.words if one_word else ())):
            owners.setdefault(text, []).append(k.candidate)
    close = difflib.get_close_matches(wanted, list(owners), n=10, cutoff=SUGGESTION_CUTOFF)
    return tuple(_unique(c for text in close for c in owners[text])[:MAX_SUGGESTIONS])


def _unique(candidates: Iterable[Candidate]) -> list[Candidate]:
    seen: dict[str, Candidate] = {}
    for candidate in candidates:
        seen.setdefault(candidate.slug, candidate)
    return list(seen.values())


def _unique_words(found: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(found))
