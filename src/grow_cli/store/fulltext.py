"""The index's full-text table: which notes may hold a query's words, without loading any note.

`words` (SQLite FTS5, trigram tokenizer) keeps, for each note in the index's `notes` table and
under the same rowid, exactly the text domain/search.py searches: `searchable_text`, the note's
answers lower-cased with `str.casefold` and joined. A query word is folded the same way
(`query_words`), so matching here is what matching there is: substring containment of code
points. The trigram tokenizer runs with `case_sensitive 1` (the text is folded already: sqlite's
own folding is not Python's), and a quoted phrase of three or more characters matches exactly
the texts that contain it ('riage' finds 'triaged'). A shorter word has no trigram to look up; it
is tested with instr() on the stored text, a scan of the table but no note loaded.

What this gives is only a narrowing: the notes it names are loaded and domain/search.py decides,
on them, as on the whole folder. Why trigram and not unicode61 with prefix indexes (measured,
issue 18): unicode61 matches whole words or their starts only, so 'riage' would miss 'triaged'.

Where sqlite lacks FTS5 or the trigram tokenizer (before 3.34), the index holds no `words` table
and `grow search` reads the whole folder, as before.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grow_cli.domain.search import Filters

TABLE = "words"
_CREATE = f"CREATE VIRTUAL TABLE {TABLE} USING fts5(text, tokenize='trigram case_sensitive 1')"
# A word shorter than this has no trigram: instr() on the stored text instead.
TRIGRAM = 3
# Statements of NoteIndex.save: before the notes rows go, and after the new ones are in.
DELETE = f"DELETE FROM {TABLE} WHERE rowid IN (SELECT rowid FROM notes WHERE key = ?)"
# By the rowid its note was given (a lookup of the key per row cost 5x: 0.67 s against 0.13 s
# for 10,000 notes here).
INSERT = f"INSERT INTO {TABLE} (rowid, text) VALUES (?, ?)"


def create(connection: sqlite3.Connection) -> None:
    """Make the table, when this sqlite can (FTS5 with the trigram tokenizer); else none."""
    with contextlib.suppress(sqlite3.OperationalError):
        connection.execute(_CREATE)


def exists(connection: sqlite3.Connection) -> bool:
    """Whether the index has the table (it was made by an sqlite that can)."""
    rows = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).fetchall()
    return bool(rows)


def stored(text: str) -> str:
    """A note's searchable text as the table keeps it: FTS5 reads a text only up to a NUL (a
    TOML string may hold one, as '\\u0000'), so each becomes a newline, which no query word
    holds either (`str.split`)."""
    return text.replace("\0", "\n")


def candidates(
    connection: sqlite3.Connection, words: Sequence[str], filters: Filters
) -> list[str] | None:
    """The keys of every note that may hold all the words and pass the filters (a superset of
    what domain/search.py's `search` finds: tags are looked for as words of the text, which
    holds them); None when the index has no full-text table.

    `words` come from `query_words`. Raises sqlite3.Error when the index is damaged.
    """
    clauses = ["files.is_note = 1"]
    values: list[str] = []
    for column, value in (
        ("files.person = ?", filters.person),
        ("files.kind = ?", filters.kind),
        ("files.focus = ?", filters.focus),
        ("files.date >= ?", None if filters.since is None else filters.since.isoformat()),
        ("files.date <= ?", None if filters.until is None else filters.until.isoformat()),
    ):
        if value is not None:
            clauses.append(column)
            values.append(value)
    texts = list(dict.fromkeys([*words, *(tag.casefold() for tag in filters.tags)]))
    if not texts:
        query = f"SELECT files.key FROM files WHERE {' AND '.join(clauses)}"
        return [key for (key,) in connection.execute(query, values).fetchall()]
    if not exists(connection):
        return None
    # A word holding a NUL cannot be looked for here (see `stored`): no narrowing for it.
    long = [text for text in texts if len(text) >= TRIGRAM and "\0" not in text]
    short = [text for text in texts if len(text) < TRIGRAM and "\0" not in text]
    if long:
        clauses.append(f"{TABLE} MATCH ?")
        values.append(" ".join(_phrase(text) for text in long))
    for text in short:
        clauses.append(f"instr({TABLE}.text, ?) > 0")
        values.append(text)
    query = (
        f"SELECT files.key FROM {TABLE} JOIN notes ON notes.rowid = {TABLE}.rowid "
        f"JOIN files ON files.key = notes.key WHERE {' AND '.join(clauses)}"
    )
    return [key for (key,) in connection.execute(query, values).fetchall()]


def _phrase(text: str) -> str:
    """A word as an FTS5 string: every character taken as it is, '"' doubled."""
    return '"' + text.replace('"', '""') + '"'
