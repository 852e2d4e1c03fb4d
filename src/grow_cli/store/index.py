"""A disposable index of the notes folder: <notes>/.grow/index.sqlite3 (sqlite3, standard library).

`files` keeps, for every note file, its size, mtime and ctime and what reading it gave: the
warning the file produced, or (the note itself, as pydantic JSON with ids filled in, is in
`notes`) the facts a query needs without loading the note: its person, id, date and folder,
whether it lies in another person's folder, whether it names anything outside its own person
(`crossing`), its kind and focus. `items` and `refs` hold the ids of its actions and support
items and the refs of its updates; `words` the text `grow search` looks in (store/fulltext.py).
store/scope.py reads them to load only one person's notes, the journal's, or the notes a search
may find. A scan takes an unchanged file from here instead of reading, parsing and validating it
again, so a second run reads only what changed. `views` keeps results computed from the whole
folder (what `grow due` needs), each under a digest of every file's path, size and times: a view
stands only while not one file was added, removed or changed, and a warm `grow due` reads one
row instead of 10,000.

Plain files stay the truth. A row stands for a file only while its size and times are unchanged;
an index that is missing, damaged, a link, locked by another grow, or of another fingerprint is
ignored and rebuilt, and failing to write it (a read-only or full notes folder) is never an error.
Deleting it changes no output.

The fingerprint names what made the rows and views: `FORMAT`, the grow version and
`NOTE_SCHEMA_HASH`, the hash of the note models' JSON schema (`note_schema_hash()`). Bump
`FORMAT` when the tables, what a view holds or how a view is computed (the ledger, statuses,
what is due) change, or how a note is validated or dumped in a way its schema does not show;
tests/test_index.py fails when the note schema changes until `FORMAT` is bumped and the hash
updated. The hash is a constant so that a warm `grow due` imports neither pydantic nor the
models.

Why each note is stored as pydantic JSON and validated as it loads (see benchmarks/README.md):
it is as fast as the alternatives measured, and a damaged or planted index cannot hand grow a
note that is not valid (a pickle in a shared folder could run code).

`fault_hook` lets a test kill a writer at a named point (tests/test_faults.py); it is None in
normal use, and then each point costs one comparison. Called with the point's name:

- "file-created": a new, empty index file, not yet a database;
- "transaction-begun": a write transaction holds the lock, nothing written yet;
- "transaction-written": some of the transaction's statements have run, not committed;
- "transaction-committing": every statement has run, COMMIT not yet;
- "transaction-committed": COMMIT has returned.

A kill within a statement or within COMMIT is sqlite's to undo: its journal rolls the
transaction back when the index is next opened.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat as stat_module
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grow_cli import __version__
from grow_cli.errors import StoreError
from grow_cli.store import fulltext
from grow_cli.store.paths import FILE_MODE, ensure_private_dir

if TYPE_CHECKING:
    from grow_cli.domain.models import Note

INDEX_FILENAME = "index.sqlite3"
FORMAT = 7
# note_schema_hash() of the models FORMAT stores; tests/test_index.py checks it is current.
NOTE_SCHEMA_HASH = "626c1aea89f453323500f4b620553ffe"
# A file changed within this long of a scan may change again without its size or times changing
# (file systems keep times in ticks of up to 2 s), so its result waits until it is older.
RACY_WINDOW_NS = 2_000_000_000
UNTRUSTED_STAMP: Stamp = (-1, -1, -1)  # the row of a file changed too recently: read it again
# A view kept for one file is named this + the file's key: it goes when the file's row goes.
FILE_VIEW = "file:"
# Only tests set this (see the module docstring); nothing in grow does.
fault_hook: Callable[[str], None] | None = None
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    key TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    ctime_ns INTEGER NOT NULL,
    warning TEXT,
    is_note INTEGER NOT NULL,
    person TEXT,
    note_id TEXT,
    date TEXT,
    folder TEXT,
    misfiled INTEGER NOT NULL,
    crossing INTEGER NOT NULL,
    kind TEXT,
    focus TEXT
);
CREATE INDEX IF NOT EXISTS files_person ON files (person);
CREATE INDEX IF NOT EXISTS files_note_id ON files (note_id);
CREATE INDEX IF NOT EXISTS files_folder ON files (folder);
CREATE TABLE IF NOT EXISTS folders (folder TEXT PRIMARY KEY, digest TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS notes (key TEXT PRIMARY KEY, note TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (key TEXT NOT NULL, pos INTEGER NOT NULL, item_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS items_key ON items (key);
CREATE INDEX IF NOT EXISTS items_id ON items (item_id);
CREATE TABLE IF NOT EXISTS refs (key TEXT NOT NULL, pos INTEGER NOT NULL, ref TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS refs_key ON refs (key);
CREATE TABLE IF NOT EXISTS views (name TEXT PRIMARY KEY, digest TEXT NOT NULL, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS profiles (
    key TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    ctime_ns INTEGER NOT NULL,
    person TEXT,
    warning TEXT
);
"""

_FILES_COLUMNS = (
    "key, size, mtime_ns, ctime_ns, warning, is_note, person, note_id, date, folder, misfiled, "
    "crossing, kind, focus"
)
_PROFILES_COLUMNS = "key, size, mtime_ns, ctime_ns, person, warning"
# And fulltext.TABLE, where this sqlite can make it.
_TABLES = ("meta", "files", "notes", "items", "refs", "views", "profiles", "folders")
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
Stamp = tuple[int, int, int]  # size, mtime_ns, ctime_ns
_Statement = tuple[str, list[tuple[Any, ...]]]


def stamp_of(stat: os.stat_result) -> Stamp:
    """What must be unchanged for an indexed result to stand for a file.

    The ctime as well as the mtime: an edit that keeps the size and puts the old mtime back
    (`cp -p`, `rsync -t`, `touch -r`, an editor restoring times) still moves the ctime.
    """
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


def now_ns() -> int:
    """The time a scan starts (one place, so tests can move the clock)."""
    return time.time_ns()


def is_racy(stamp: Stamp, started_ns: int) -> bool:
    """Changed so recently (or so oddly in the future) that it may change again unnoticed."""
    _, mtime_ns, ctime_ns = stamp
    recent = started_ns - RACY_WINDOW_NS
    # A time in the future beyond the window is not racy: any edit now would lower it.
    soon = started_ns + RACY_WINDOW_NS
    return recent < mtime_ns < soon or recent < ctime_ns < soon


def fingerprint() -> str:
    """What wrote an index (its format, grow version and note schema); others are not used."""
    return f"{FORMAT}/{__version__}/{NOTE_SCHEMA_HASH}"


def note_schema_hash() -> str:
    """A hash of the note models' JSON schema: it changes when what a stored note holds does.

    Imports the models, so only tests call it; the index compares the constant NOTE_SCHEMA_HASH.
    """
    import hashlib

    from grow_cli.domain.models import Note

    schema = json.dumps(Note.model_json_schema(), sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(schema.encode("utf-8"), digest_size=16).hexdigest()


@dataclass
class _Row:
    stamp: Stamp
    note: str | None
    warning: str | None
    facts: NoteFacts | None = None
    text: str | None = None  # the note's searchable text (store/fulltext.py)


@dataclass(frozen=True)
class NoteFacts:
    """What a query needs to know of a note without loading it (see the module docstring)."""

    person: str | None
    note_id: str
    date: str
    misfiled: bool
    crossing: bool
    item_ids: tuple[str, ...]
    refs: tuple[str, ...]
    kind: str
    focus: str | None


@dataclass
class NoteIndex:
    """The index of one notes folder. Every method is best effort and never raises."""

    path: Path
    connection: sqlite3.Connection | None = None
    started_ns: int = field(default_factory=lambda: now_ns())
    _rows: dict[str, _Row] | None = None
    _notes: dict[str, str] | None = None
    _fresh: dict[str, _Row] = field(default_factory=dict)
    _seen: set[str] = field(default_factory=set)
    _profiles: dict[str, _Row] | None = None
    _fresh_profiles: dict[str, _Row] = field(default_factory=dict)
    _profiles_seen: set[str] | None = None  # None: no profile was asked for this run
    _gone: set[str] = field(default_factory=set)  # files found gone folder by folder
    _marked: dict[str, str] = field(default_factory=dict)  # folder: digest its rows stand for
    _vanished: set[str] = field(default_factory=set)  # folders that hold no note any more

    @classmethod
    def open(cls, cache_dir: Path) -> NoteIndex:
        """The index in `cache_dir`, or an empty one (none is created until something is kept)."""
        index = cls(cache_dir / INDEX_FILENAME)
        # A .grow/ leading elsewhere is neither read nor written (_create refuses it): the
        # files are the truth, read without an index.
        if not cache_dir.is_symlink() and _is_plain_file(index.path):
            index.connection = _connect(index.path)
        return index

    def view(self, name: str, digest: str) -> Any | None:
        """A stored view, if it was computed from exactly the files the digest describes."""
        if self.connection is None:
            return None
        try:
            rows = self.connection.execute(
                "SELECT value FROM views WHERE name = ? AND digest = ?", (name, digest)
            ).fetchall()
            return json.loads(rows[0][0]) if rows else None
        except (sqlite3.Error, ValueError, TypeError):
            return None

    def keep_view(self, name: str, digest: str, value: Any) -> None:
        """Store a view computed from the files the digest describes."""
        self.keep_views([(name, digest, value)])

    def keep_views(self, views: list[tuple[str, str, Any]], dropped: Sequence[str] = ()) -> None:
        """Store views (name, digest, value) and drop the views named in `dropped` (parts of
        people no longer there), in one transaction: one commit, not one each."""
        rows = [
            (name, digest, json.dumps(value, ensure_ascii=False, separators=(",", ":")))
            for name, digest, value in views
        ]
        gone = [(name,) for name in dropped]
        if rows or gone:
            self._write(
                lambda _: [
                    ("DELETE FROM views WHERE name = ?", gone),
                    ("INSERT OR REPLACE INTO views VALUES (?, ?, ?)", rows),
                ]
            )

    def is_current(self, key: str, stamp: Stamp) -> bool:
        """Whether the stored row of a file stands for it as it is now (no note is loaded)."""
        self._seen.add(key)
        row = self._stored().get(key)
        return row is not None and row.stamp == stamp

    def lookup(self, key: str, stamp: Stamp) -> Note | str | None:
        """The note or warning a file gave, if the file is unchanged since; else None."""
        self._seen.add(key)
        row = self._stored().get(key)
        if row is None or row.stamp != stamp:
            return None
        if row.warning is not None:
            return row.warning
        from grow_cli.domain.models import Note

        try:
            return Note.model_validate_json(self._stored_notes().get(key, ""))
        except (ValueError, TypeError):  # a damaged or planted row: read the file instead
            return None

    def remember(self, key: str, stamp: Stamp, outcome: Note | str) -> bool:
        """Keep what reading a file gave (a note: as it will be returned, ids filled in).

        False when it cannot be kept yet (the file changed too recently to be trusted): its
        row then holds a stamp no file has, so that it serves this run's queries and is read
        again by the next."""
        self._seen.add(key)
        kept = not is_racy(stamp, self.started_ns)
        if not kept:
            stamp = UNTRUSTED_STAMP
        if isinstance(outcome, str):
            self._fresh[key] = _Row(stamp, None, outcome)
        else:
            from grow_cli.domain.search import searchable_text

            note_json = outcome.model_dump_json(by_alias=True, exclude_unset=True)
            facts = facts_of(key, outcome)
            self._fresh[key] = _Row(stamp, note_json, None, facts, searchable_text(outcome))
        return kept

    def folder_digests(self) -> dict[str, str]:
        """The digest of every folder whose rows stood, when last saved, for exactly the files
        it held (see `mark_folder`)."""
        if self.connection is None:
            return {}
        try:
            return dict(self.connection.execute("SELECT folder, digest FROM folders").fetchall())
        except sqlite3.Error:
            return {}

    def views_in(self, names: Sequence[str]) -> list[tuple[str, tuple[str, Any]]]:
        """The stored views of these names: (name, (digest, value)); a value that is not JSON
        is left out."""
        if self.connection is None or not names:
            return []
        try:
            rows = self.connection.execute(
                "SELECT name, digest, value FROM views"
                " WHERE name IN (SELECT value FROM json_each(?))",
                (json.dumps(list(names)),),
            ).fetchall()
        except sqlite3.Error:
            return []
        return _decoded(rows)

    def views_named(self, prefix: str) -> list[tuple[str, tuple[str, Any]]]:
        """Every stored view whose name starts with `prefix`: (name, (digest, value)); a value
        that is not JSON is left out."""
        if self.connection is None:
            return []
        try:
            rows = self.connection.execute(
                "SELECT name, digest, value FROM views WHERE substr(name, 1, ?) = ?",
                (len(prefix), prefix),
            ).fetchall()
        except sqlite3.Error:
            return []
        return _decoded(rows)

    def crossing_people(self) -> set[str | None] | None:
        """The people (None: the journal) of every note that names something outside its own
        person; None when the index cannot say."""
        if self.connection is None:
            return None
        try:
            rows = self.connection.execute(
                "SELECT DISTINCT person FROM files WHERE is_note = 1 AND crossing = 1"
            ).fetchall()
        except sqlite3.Error:
            return None
        return {person for (person,) in rows}

    def stored_folders(self) -> set[str]:
        """Every folder some row of `files` lies in."""
        if self.connection is None:
            return set()
        try:
            rows = self.connection.execute("SELECT DISTINCT folder FROM files").fetchall()
        except sqlite3.Error:
            return set()
        return {folder for (folder,) in rows if folder is not None}

    def stamps_in(self, folder: str) -> dict[str, Stamp]:
        """The stored stamp of every file of one folder (relative to the notes folder)."""
        if self.connection is None:
            return {}
        try:
            rows = self.connection.execute(
                "SELECT key, size, mtime_ns, ctime_ns FROM files WHERE folder = ?", (folder,)
            ).fetchall()
        except sqlite3.Error:
            return {}
        return {key: (size, mtime_ns, ctime_ns) for key, size, mtime_ns, ctime_ns in rows}

    def forget(self, keys: Iterable[str]) -> None:
        """These files are gone: `save` drops their rows."""
        self._gone.update(keys)

    def mark_folder(self, folder: str, digest: str) -> None:
        """After this run's rows of `folder` are saved, they stand for exactly the files the
        digest describes: a later run with the same digest need not look at them one by one."""
        self._marked[folder] = digest

    def forget_folder(self, folder: str) -> None:
        """A folder that holds no note any more: `save` drops its rows and its digest."""
        self._vanished.add(folder)
        self.forget(self.stamps_in(folder))

    def profile(self, key: str, stamp: Stamp) -> tuple[str | None, str | None] | None:
        """What reading a profile gave, (the person as pydantic JSON, None) or (None, the
        warning), if the file is unchanged since; else None."""
        if self._profiles_seen is None:
            self._profiles_seen = set()
        self._profiles_seen.add(key)
        row = self._stored_profiles().get(key)
        if row is None or row.stamp != stamp:
            return None
        return row.note, row.warning

    def remember_profile(
        self, key: str, stamp: Stamp, person_json: str | None, warning: str | None
    ) -> None:
        """Keep what reading a profile gave (kept by `save`, unless it changed too recently)."""
        if self._profiles_seen is None:
            self._profiles_seen = set()
        self._profiles_seen.add(key)
        if not is_racy(stamp, self.started_ns):
            self._fresh_profiles[key] = _Row(stamp, person_json, warning)

    def save(self) -> bool:
        """Write what changed: new rows, and no rows for files that are gone. True when the
        index now holds a row for every file seen (nothing failed to be written).

        Call it before anyone changes the notes: they are written as they are now.
        """
        # Without every row loaded (a run that refreshed folder by folder), what is gone is
        # what `forget` was told.
        gone_keys = set(self._gone)
        if self._rows is not None:
            gone_keys.update(key for key in self._rows if key not in self._seen)
        gone = [(key,) for key in sorted(gone_keys)]
        seen_profiles = self._profiles_seen
        gone_profiles = (
            []
            if seen_profiles is None
            else [(key,) for key in self._stored_profiles() if key not in seen_profiles]
        )
        nothing_else = not self._fresh and not gone and not self._fresh_profiles
        if nothing_else and not gone_profiles and not self._marked and not self._vanished:
            return self.connection is not None
        # A folder whose rows change loses its digest, unless this run marked it afresh.
        touched = {os.path.dirname(key) for key in [*self._fresh, *gone_keys]} | self._vanished
        unmarked = [(folder,) for folder in sorted(touched) if folder not in self._marked]
        # Rows to replace: with every stored row loaded, only the keys it holds (a first run
        # deletes nothing); otherwise every key written.
        stored = self._rows
        changed = [(key,) for key in self._fresh if stored is None or key in stored]
        notes = [(key, row.note) for key, row in self._fresh.items() if row.note is not None]
        rows = [_file_row(key, row) for key, row in self._fresh.items()]
        items = [
            (key, pos, item_id)
            for key, row in self._fresh.items()
            if row.facts is not None
            for pos, item_id in enumerate(row.facts.item_ids)
        ]
        refs = [
            (key, pos, ref)
            for key, row in self._fresh.items()
            if row.facts is not None
            for pos, ref in enumerate(row.facts.refs)
        ]
        texts = [
            (fulltext.stored(row.text), key)
            for key, row in self._fresh.items()
            if row.text is not None
        ]

        def statements(words: bool) -> list[_Statement]:
            # The full-text rows go with their notes rows (same rowid): first out, last in. New
            # notes rows get rowids past every row there now, so none is taken twice.
            assert self.connection is not None  # called by _write, in its transaction
            (last,) = self.connection.execute(
                "SELECT COALESCE(MAX(rowid), 0) FROM notes"
            ).fetchone()
            rowids = {key: last + number for number, (key, _) in enumerate(notes, start=1)}
            note_rows = [(rowids[key], key, note) for key, note in notes]
            text_rows = [(rowids[key], text) for text, key in texts if key in rowids]
            return [
                ("DELETE FROM files WHERE key = ?", gone),
                *([(fulltext.DELETE, gone + changed)] if words else []),
                ("DELETE FROM notes WHERE key = ?", gone + changed),
                ("DELETE FROM items WHERE key = ?", gone + changed),
                ("DELETE FROM refs WHERE key = ?", gone + changed),
                (f"INSERT OR REPLACE INTO files VALUES ({', '.join('?' * 14)})", rows),
                ("INSERT INTO notes (rowid, key, note) VALUES (?, ?, ?)", note_rows),
                ("INSERT INTO items VALUES (?, ?, ?)", items),
                ("INSERT INTO refs VALUES (?, ?, ?)", refs),
                *([(fulltext.INSERT, text_rows)] if words else []),
                ("DELETE FROM folders WHERE folder = ?", unmarked),
                ("INSERT OR REPLACE INTO folders VALUES (?, ?)", sorted(self._marked.items())),
                ("DELETE FROM profiles WHERE key = ?", gone_profiles),
                (
                    "INSERT OR REPLACE INTO profiles VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (key, *row.stamp, row.note, row.warning)
                        for key, row in self._fresh_profiles.items()
                    ],
                ),
                # Last: tests/test_faults.py kills the writer after the statements above by number.
                ("DELETE FROM views WHERE name = ?", [(FILE_VIEW + key,) for (key,) in gone]),
            ]

        written = self._write(statements)
        if self._profiles is not None:
            for (key,) in gone_profiles:
                self._profiles.pop(key, None)
            self._profiles.update(self._fresh_profiles)
        self._fresh_profiles.clear()
        self._gone.clear()
        self._marked.clear()
        self._vanished.clear()
        if self._rows is not None:
            for (key,) in gone:
                self._rows.pop(key, None)
            self._rows.update(self._fresh)
        if self._notes is not None:
            for key, row in self._fresh.items():
                if row.note is not None:
                    self._notes[key] = row.note
        self._fresh.clear()
        return written

    def close(self) -> None:
        """Let go of the database file."""
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def _stored(self) -> dict[str, _Row]:
        # Stamps and warnings only: the notes' JSON is loaded when a note is looked up.
        if self._rows is None:
            self._rows = {}
            if self.connection is not None:
                with contextlib.suppress(sqlite3.Error):
                    for key, size, mtime_ns, ctime_ns, warning in self.connection.execute(
                        "SELECT key, size, mtime_ns, ctime_ns, warning FROM files"
                    ).fetchall():
                        self._rows[key] = _Row((size, mtime_ns, ctime_ns), None, warning)
        return self._rows

    def _stored_profiles(self) -> dict[str, _Row]:
        if self._profiles is None:
            self._profiles = {}
            if self.connection is not None:
                with contextlib.suppress(sqlite3.Error):
                    for key, size, mtime_ns, ctime_ns, person, warning in self.connection.execute(
                        f"SELECT {_PROFILES_COLUMNS} FROM profiles"
                    ).fetchall():
                        self._profiles[key] = _Row((size, mtime_ns, ctime_ns), person, warning)
        return self._profiles

    def _stored_notes(self) -> dict[str, str]:
        if self._notes is None:
            self._notes = {}
            if self.connection is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._notes = dict(
                        self.connection.execute("SELECT key, note FROM notes").fetchall()
                    )
        return self._notes

    def _write(self, statements: Callable[[bool], list[_Statement]]) -> bool:
        """Run in one transaction the statements `statements` gives, told whether the index has
        the full-text table."""
        # Best effort: a read-only, full or busy notes folder still reads every note, only slower.
        with contextlib.suppress(sqlite3.Error, StoreError, OSError):
            if self.connection is None:
                self.connection = _create(self.path)
            if self.connection is None:
                return False
            words = fulltext.exists(self.connection)
            with _transaction(self.connection):
                for statement, rows in statements(words):
                    self.connection.executemany(statement, rows)
                    if fault_hook is not None:
                        fault_hook("transaction-written")
            return True
        return False


def _file_row(key: str, row: _Row) -> tuple[Any, ...]:
    facts = row.facts
    if facts is None:
        folder = os.path.dirname(key)
        return (key, *row.stamp, row.warning, 0, None, None, None, folder, 0, 0, None, None)
    return (
        key,
        *row.stamp,
        row.warning,
        1,
        facts.person,
        facts.note_id,
        facts.date,
        os.path.dirname(key),
        int(facts.misfiled),
        int(facts.crossing),
        facts.kind,
        facts.focus,
    )


def names_in(note: Note) -> list[str]:
    """Every id a note holds or refers to: its own, its items', its updates' refs, the threads
    it names and the note it rates."""
    items: list[tuple[str | None, str | None]] = [(a.id, a.thread) for a in note.actions]
    items += [(s.id, s.thread) for s in note.support]
    named = [note.id or "", *(item_id or "" for item_id, _ in items)]
    named += [update.ref for update in note.updates]
    named += [entry.thread for entry in note.progress]
    named += [t for t in (note.thread, *(thread for _, thread in items)) if t]
    if note.rating is not None and note.rating.note:
        named.append(note.rating.note)
    return named


def facts_of(key: str, note: Note) -> NoteFacts:
    """The facts of a note read from the file `key` (relative to the notes folder)."""
    parts = key.split(os.sep)
    folder = parts[1] if len(parts) == 3 and parts[0] == "people" else None
    # The same test as store/notes.py's _check_person_folder, on the key.
    if folder is None:
        misfiled = note.person is not None
    else:
        misfiled = note.person is None or os.path.normcase(note.person) != os.path.normcase(folder)
    item_ids = tuple(
        item_id
        for item_id in [*(a.id for a in note.actions), *(s.id for s in note.support)]
        if item_id is not None
    )
    refs = tuple(update.ref for update in note.updates)
    own = f"{note.person}/" if note.person is not None else "journal/"
    # A note that names anything outside its own person (a hand-written cross reference, a
    # misfiled note) may change another person's items or threads: every query loads it.
    crossing = misfiled or not all(name.startswith(own) for name in names_in(note))
    return NoteFacts(
        note.person,
        note.id or "",
        note.date.isoformat(),
        misfiled,
        crossing,
        item_ids,
        refs,
        note.kind,
        note.focus,
    )


def _is_plain_file(path: Path) -> bool:
    """A regular file, not a link someone put there to point grow elsewhere."""
    try:
        return stat_module.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _connect(path: Path) -> sqlite3.Connection | None:
    """An open index of this grow's fingerprint; a stale one is emptied, a damaged one dropped."""
    try:
        # Autocommit: _write and _reset open their own transactions.
        connection = sqlite3.connect(path, timeout=0.5, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        if not _is_current(connection):
            _reset(connection)
        return connection
    except sqlite3.Error as error:
        connection.close()
        busy = getattr(error, "sqlite_errorcode", None) in (_SQLITE_BUSY, _SQLITE_LOCKED)
        if not busy and _is_plain_file(path):  # damaged: start again
            with contextlib.suppress(OSError):
                path.unlink()
        return None


def _is_current(connection: sqlite3.Connection) -> bool:
    """Written by this grow: its fingerprint, and tables of the shape this module uses."""
    tables = {
        name
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if not set(_TABLES) <= tables:
        return False
    row = connection.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchall()
    if row != [(fingerprint(),)]:
        return False
    try:
        connection.execute(f"SELECT {_FILES_COLUMNS} FROM files LIMIT 0").fetchall()
        connection.execute("SELECT name, digest, value FROM views LIMIT 0").fetchall()
        connection.execute("SELECT key, note FROM notes LIMIT 0").fetchall()
        connection.execute("SELECT key, pos, item_id FROM items LIMIT 0").fetchall()
        connection.execute("SELECT key, pos, ref FROM refs LIMIT 0").fetchall()
        connection.execute(f"SELECT {_PROFILES_COLUMNS} FROM profiles LIMIT 0").fetchall()
        connection.execute("SELECT folder, digest FROM folders LIMIT 0").fetchall()
        if fulltext.exists(connection):
            connection.execute(f"SELECT rowid, text FROM {fulltext.TABLE} LIMIT 0").fetchall()
    except sqlite3.OperationalError as error:
        if getattr(error, "sqlite_errorcode", None) in (_SQLITE_BUSY, _SQLITE_LOCKED):
            raise
        return False
    return True


def _create(path: Path) -> sqlite3.Connection | None:
    """A new, empty index file, private to the user."""
    ensure_private_dir(path.parent)
    if not _is_plain_file(path):
        # O_EXCL and O_NOFOLLOW: never open a file or link someone else put there.
        flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
        os.close(os.open(path, flags, FILE_MODE))
        if fault_hook is not None:
            fault_hook("file-created")
    return _connect(path)


def _reset(connection: sqlite3.Connection) -> None:
    """Make the tables of this grow's format, empty."""
    with _transaction(connection):
        for table in (*_TABLES, fulltext.TABLE):
            connection.execute(f"DROP TABLE IF EXISTS {table}")
        if fault_hook is not None:
            fault_hook("transaction-written")
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                connection.execute(statement)
        fulltext.create(connection)
        connection.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint(),))


@contextlib.contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("BEGIN IMMEDIATE")
    try:
        if fault_hook is not None:
            fault_hook("transaction-begun")
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    if fault_hook is not None:
        fault_hook("transaction-committing")
    connection.execute("COMMIT")
    if fault_hook is not None:
        fault_hook("transaction-committed")


def _decoded(rows: list[tuple[str, str, str]]) -> list[tuple[str, tuple[str, Any]]]:
    """Views' rows (name, digest, value) with their values decoded; a value that is not JSON
    is left out."""
    found = []
    for name, digest, value in rows:
        with contextlib.suppress(ValueError, TypeError):
            found.append((name, (digest, json.loads(value))))
    return found
