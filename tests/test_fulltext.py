"""The index's full-text table (store/fulltext.py): the notes it names for a query are always
a superset of what domain/search.py finds among every note (random words and substrings, case,
accents, other scripts, control characters), it follows the files, and `grow search` loads only
those notes when it can."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grow_cli.domain.models import Grow, Note
from grow_cli.domain.search import Filters, query_words, search
from grow_cli.store import fulltext
from grow_cli.store.index import NoteIndex

STAMP = (1, 10**9, 10**9)  # long ago: never racy
KINDS = ["coaching", "feedback", "checkin"]
# Letters with case and accents, other scripts, characters casefold() changes the length of,
# combining marks, spaces, quotes FTS5 would read as syntax, and control characters (NUL too).
ALPHABET = st.sampled_from(
    list("aAbBeEiIsStT")
    + list("éÉèÈêëÄäöÖüÜçÇñÑ")
    + list("ßẞİıΣσςﬁǅ")
    + list("日本語中文한국어Привет")
    + ["\u0301", "\u0308", " ", "\t", "\n", '"', "*", "-", ":", "(", ")", "^", "\x00", "\x1b"]
)
TEXT = st.text(ALPHABET, max_size=24)


def note(number: int, topic: str, goal: str, tags: list[str], kind: str = "coaching") -> Note:
    return Note(
        kind=kind,  # type: ignore[arg-type]
        date=dt.date(2026, 1, 1) + dt.timedelta(days=number),
        person="sam",
        id=f"sam/note-{number}",
        topic=topic or None,
        grow=Grow(goal=goal) if goal else None,
        tags=tags,
    )


def indexed(folder: Path, notes: list[Note]) -> NoteIndex:
    index = NoteIndex.open(folder)
    for number, found in enumerate(notes):
        assert index.remember(f"people/sam/note-{number}.md", STAMP, found)
    assert index.save()
    return index


def keys_found(notes: list[Note], words: list[str], filters: Filters) -> set[str]:
    position = {id(found): number for number, found in enumerate(notes)}
    return {
        f"people/sam/note-{position[id(match.note)]}.md" for match in search(notes, words, filters)
    }


def candidates(index: NoteIndex, words: list[str], filters: Filters) -> set[str]:
    assert index.connection is not None
    found = fulltext.candidates(index.connection, words, filters)
    assert found is not None, "this sqlite has FTS5 with the trigram tokenizer"
    return set(found)


@settings(max_examples=150, deadline=None)
@given(
    texts=st.lists(st.tuples(TEXT, TEXT, st.lists(TEXT, max_size=2)), min_size=1, max_size=6),
    picks=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 30), st.integers(1, 6))),
    others=st.lists(TEXT, max_size=2),
    upper=st.booleans(),
    tag=st.one_of(st.none(), TEXT),
)
def test_the_table_names_every_note_search_would_find(
    texts: list[tuple[str, str, list[str]]],
    picks: list[tuple[int, int, int]],
    others: list[str],
    upper: bool,
    tag: str | None,
) -> None:
    notes = [
        note(number, topic, goal, tags, KINDS[number % 3])
        for number, (topic, goal, tags) in enumerate(texts)
    ]
    # Query words cut from the notes' own texts (so that some match), and random ones.
    pieces = []
    for which, start, length in picks:
        topic, goal, _ = texts[which % len(texts)]
        whole = topic + " " + goal
        pieces.append(whole[start : start + length])
    query = " ".join([*pieces, *others])
    query = query.upper() if upper else query
    words = query_words(query)
    filters = Filters(tags=() if tag is None else (tag,))
    with tempfile.TemporaryDirectory() as folder:
        index = indexed(Path(folder), notes)
        try:
            assert keys_found(notes, words, filters) <= candidates(index, words, filters)
            for kind in KINDS:
                by_kind = Filters(kind=kind, since=dt.date(2026, 1, 2))
                assert keys_found(notes, words, by_kind) <= candidates(index, words, by_kind)
        finally:
            index.close()


@pytest.mark.parametrize(
    ("text", "query", "found"),
    [
        ("Triaged the queue", "triage", True),
        ("Triaged the queue", "riage", True),
        ("Triaged the queue", "TRIAGED QUEUE", True),
        ("Triaged the queue", "tri", True),
        ("Triaged the queue", "ue", True),  # shorter than a trigram: instr()
        ("Triaged the queue", "d t", True),  # two words, 'd' and 't', anywhere
        ("Triaged the queue", "queues", False),
        ("Café au lait", "CAFÉ", True),
        ("Café au lait", "cafe", False),  # accents are kept, as domain/search.py keeps them
        ("Die Straße", "STRASSE", True),  # casefold: ß is ss
        ("ΟΔΥΣΣΕΥΣ", "οδυσσευς", True),  # casefold: final sigma
        ("日本語の会議", "本語", True),
        ('He said "no"', '"no"', True),
        ("a\x00b then more", "then", True),  # past a NUL
    ],
)
def test_the_table_matches_as_search_does(
    tmp_path: Path, text: str, query: str, found: bool
) -> None:
    notes = [note(0, text, "", []), note(1, "Nothing here", "", [])]
    words = query_words(query)
    expected = keys_found(notes, words, Filters())
    assert bool(expected) == found
    index = indexed(tmp_path, notes)
    try:
        assert candidates(index, words, Filters()) == expected  # exact, here
    finally:
        index.close()


def test_a_files_words_go_with_it_and_change_with_it(tmp_path: Path) -> None:
    index = indexed(tmp_path, [note(0, "Triage", "", []), note(1, "Budget", "", [])])
    index.close()
    index = NoteIndex.open(tmp_path)
    assert index.is_current("people/sam/note-0.md", STAMP)  # note-1 is gone
    changed = (2, 10**9, 10**9)
    assert index.remember("people/sam/note-0.md", changed, note(0, "Hiring", "", []))
    assert index.save()
    assert candidates(index, ["triage"], Filters()) == set()
    assert candidates(index, ["budget"], Filters()) == set()
    assert candidates(index, ["hiring"], Filters()) == {"people/sam/note-0.md"}
    assert index.connection is not None
    rows = index.connection.execute(f"SELECT count(*) FROM {fulltext.TABLE}").fetchall()
    assert rows == [(1,)]
    index.close()


def test_without_fts5_the_index_has_no_table_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An sqlite without the trigram tokenizer (before 3.34) cannot make the table: the index is
    made without it, and a search with words falls back to reading the folder (None)."""
    unable = "CREATE VIRTUAL TABLE words USING fts5(text, tokenize='no_such_tokenizer')"
    monkeypatch.setattr(fulltext, "_CREATE", unable)
    index = indexed(tmp_path, [note(0, "Triage", "", [])])
    assert index.connection is not None
    assert not fulltext.exists(index.connection)
    assert fulltext.candidates(index.connection, ["triage"], Filters()) is None
    found = fulltext.candidates(index.connection, [], Filters(kind="coaching"))
    assert found == ["people/sam/note-0.md"]
    index.close()
