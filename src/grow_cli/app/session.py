"""From answers to a saved note: the same path for prompts, answers files and the demo.

Answers mirror the note format (design.md). They become a `Note` validated with the new-content
rules (SMART, date phrases), which is rendered and saved; a rejected set of answers is kept as a
draft.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from grow_cli.domain.problems import listed
from grow_cli.domain.threads import suggested_next_checkin
from grow_cli.domain.vocabulary import CURRENT_SCHEMA
from grow_cli.errors import InvalidInputError, StoreError, UsageError
from grow_cli.flows.coach import READING_KEY
from grow_cli.store import drafts, toml_text
from grow_cli.store.paths import Locations
from grow_cli.store.toml_text import MAX_ANSWERS_BYTES, read_capped

if TYPE_CHECKING:
    from grow_cli.domain.agenda import PointState
    from grow_cli.domain.dates import DateSettings
    from grow_cli.domain.models import Note
    from grow_cli.domain.threads import Thread
    from grow_cli.domain.vocabulary import Kind

FILLED_BY_GROW = ("schema", "kind", "person", "id")


@dataclass(frozen=True)
class Subject:
    """Who a conversation is about, and what kind of note it makes."""

    kind: Kind
    slug: str | None
    name: str | None
    cadence_days: int = 7
    item_texts: Mapping[str, str] = field(default_factory=dict)  # ids to words, for update lines
    threads: Mapping[str, Thread] = field(default_factory=dict)  # theirs, by id
    draft: str | None = None  # the draft's own name, when the slug is not enough
    style: str = ""  # how they like to be coached (person.toml), for the hints
    rated: str | None = None  # the conversation a rating given in this note is about
    checkin_unless_coached: bool = False  # a 1:1: a check-in note when it did not go on to coach
    # Their open talking points (`grow agenda`): offered, and the ids `talking_points` may name.
    talking_points: tuple[PointState, ...] = ()

    @property
    def draft_name(self) -> str:
        """The draft file's key: its own name, the person's slug, or 'journal'."""
        return self.draft or self.slug or "journal"


def read_answers_file(source: str, stdin: IO[bytes] | None = None) -> dict[str, Any]:
    """Read a TOML answers file (or `stdin` for '-'); one clear error when it cannot be read."""
    shown = "standard input" if source == "-" else source
    try:
        if source == "-":
            data = read_capped(stdin, MAX_ANSWERS_BYTES) if stdin is not None else b""
        else:
            with open(source, "rb") as handle:
                data = read_capped(handle, MAX_ANSWERS_BYTES)
        return toml_text.loads(toml_text.decode(data))
    except FileNotFoundError:
        raise UsageError(f"No answers file at {source}.") from None
    except IsADirectoryError:
        raise UsageError(f"The answers file {source} is a folder.") from None
    except OSError as error:
        raise UsageError(f"Cannot read the answers file {source}: {error.strerror}.") from None
    except toml_text.TomlError as error:
        raise InvalidInputError(
            f"Cannot read the answers in {error.where(shown)}: {error}."
        ) from None


def note_data(
    answers: dict[str, Any],
    subject: Subject,
    today: dt.date,
    date_settings: DateSettings | None = None,
) -> dict[str, Any]:
    """The note's front matter from a set of answers: grow's own keys filled in, blanks dropped."""
    problems = [
        f"{key}: is filled in by grow; leave it out" for key in FILLED_BY_GROW if key in answers
    ]
    if problems:
        raise InvalidInputError(listed("The answers were not used:", problems), problems=problems)
    # Keys starting with "_" are the conversation's own bookkeeping, never part of the note.
    data = _clean({k: v for k, v in answers.items() if not k.startswith("_")})
    if isinstance(data.get("grow"), dict):
        from grow_cli.flows.focus import resolve_proposers

        data["grow"] = dict(data["grow"])
        resolve_proposers(data["grow"])
        _their_confidence(data)
    if "review" in data or "reopened" in data:
        from grow_cli.flows.checkin import updates_from_review

        data["updates"] = [*data.get("updates", []), *updates_from_review(data)]
        data.pop("review", None)
        data.pop("reopened", None)
    if isinstance(data.get("rating"), dict) and subject.rated:
        data["rating"] = {"note": subject.rated, **data["rating"]}
    _progress_rules(data, answers)
    _talking_points(data, subject)
    if isinstance(data.get("tags"), str):
        data["tags"] = [tag.strip() for tag in data["tags"].split(",") if tag.strip()]
    kind = subject.kind
    if subject.checkin_unless_coached:
        from grow_cli.flows.one_on_one import coached

        kind = subject.kind if coached(answers) else "checkin"
    data = {
        "schema": CURRENT_SCHEMA,
        "kind": kind,
        "date": data.pop("date", today),
        "person": subject.slug,
        **data,
    }
    if kind in ("coaching", "checkin") and "next_checkin" not in data:
        focus = data.get("focus")  # of any type in an answers file: the model names it
        earliest = _earliest_thread_date(data, today, date_settings)
        data["next_checkin"] = earliest or suggested_next_checkin(
            focus if isinstance(focus, str) else None, subject.cadence_days, today
        )
    if subject.slug is None:
        data.pop("person")
    if subject.kind == "journal":
        _journal_rules(data)
    return data


def _talking_points(data: dict[str, Any], subject: Subject) -> None:
    """`talking_points`: the ids of the open points discussed, or "all" of them; an id that is
    not one of the person's open points is refused."""
    if "talking_points" not in data:
        return
    from grow_cli.domain.agenda import discussed_ids

    open_ids = [state.point.id for state in subject.talking_points]
    ids, problems = discussed_ids(data.pop("talking_points"), open_ids, subject.slug or "PERSON")
    if problems:
        raise InvalidInputError(listed("The answers were not used:", problems), problems=problems)
    if ids:
        data["talking_points"] = ids


def _their_confidence(data: dict[str, Any]) -> None:
    """The report's confidence in the plan, asked once, is each of their actions' own unless
    the action was given one (an answers file may)."""
    confidence = data["grow"].get("confidence")
    if isinstance(confidence, str) and confidence.strip().isdigit():
        confidence = int(confidence)  # as typed at the prompt
    if not isinstance(confidence, int) or isinstance(confidence, bool):
        return
    for action in data.get("actions") or []:
        if isinstance(action, dict) and action.get("owner") != "manager":
            action.setdefault("confidence", confidence)


def _progress_rules(data: dict[str, Any], answers: dict[str, Any]) -> None:
    """[[progress]] from a check-in's thread-by-thread answers, and a coaching conversation's
    reading of the measure of the thread it continues."""
    if isinstance(data.get("progress"), dict):
        from grow_cli.flows.checkin import progress_from_answers

        data["progress"] = progress_from_answers(data)
    reading = answers.get(READING_KEY)
    if reading not in (None, "") and data.get("thread"):
        entry = {"thread": data["thread"], "reading": reading}
        data["progress"] = [*data.get("progress", []), entry]


def _earliest_thread_date(
    data: dict[str, Any], today: dt.date, date_settings: DateSettings | None
) -> dt.date | None:
    """A check-in's own next check-in: the earliest its threads were given."""
    from grow_cli.domain.dates import DEFAULT_SETTINGS, DateError, parse_date

    settings = date_settings or DEFAULT_SETTINGS
    dates = []
    entries = data.get("progress")
    for entry in entries if isinstance(entries, list) else []:  # else the model names it
        given = entry.get("next_checkin") if isinstance(entry, dict) else None
        if isinstance(given, dt.date):
            dates.append(given)
        elif isinstance(given, str):
            with contextlib.suppress(DateError):
                dates.append(parse_date(given, today, settings))
    return min(dates, default=None)


def _journal_rules(data: dict[str, Any]) -> None:
    """A journal entry names its mode, and its actions are the writer's own."""
    if "mode" not in data:
        problem = "mode: is required (grow, reflection or career)"
        raise InvalidInputError(f"The journal entry was not saved: {problem}.", problems=[problem])
    actions = data.get("actions")
    for action in actions if isinstance(actions, list) else []:  # else the model names it
        if isinstance(action, dict):
            action.setdefault("owner", "self")


def _clean(value: Any) -> Any:
    """Drop answers left blank, so optional questions answered with Enter leave no trace."""
    if isinstance(value, dict):
        cleaned = {k: _clean(v) for k, v in value.items()}
        return {k: v for k, v in cleaned.items() if v not in ("", None, [], {})}
    if isinstance(value, list):
        return [_clean(v) for v in value if v not in ("", None)]
    if isinstance(value, str):
        return value.strip()
    return value


def conversation_date(answers: dict[str, Any], today: dt.date) -> dt.date:
    """The day the conversation happened: the answers' `date` (a date, or a phrase looking back
    such as 'yesterday' or '2026-11-02'), else today. Never after today."""
    from grow_cli.domain.dates import past_date

    given = answers.get("date")
    if given is None or given == "":
        return today
    if isinstance(given, dt.datetime) or not isinstance(given, dt.date | str):
        raise _not_saved(f"date: {given!r} is not a day: write it as YYYY-MM-DD")
    try:
        day = given if isinstance(given, dt.date) else past_date(given, today)
    except ValueError as error:
        raise _not_saved(f"date: {error}") from None
    if day > today:
        raise _not_saved(
            f"date: {day.isoformat()} is after today; a note records a conversation that has "
            "happened"
        )
    return day


def _not_saved(problem: str) -> InvalidInputError:
    return InvalidInputError(f"The note was not saved: {problem}", problems=[problem])


def build_note(
    answers: dict[str, Any],
    subject: Subject,
    today: dt.date,
    date_settings: DateSettings | None = None,
) -> Note:
    """Validate answers into a note (SMART enforced) or raise naming every problem. Phrases
    resolve against the conversation's date, so a Monday conversation recorded on Wednesday
    keeps 'by Friday' on that week's Friday, and are read with `date_settings`."""
    from grow_cli.domain.models import Note
    from grow_cli.domain.validation import validated

    day = conversation_date(answers, today)
    data = note_data({**answers, "date": day}, subject, day, date_settings)
    return validated(Note, data, today=day, what="note", date_settings=date_settings)


def render_body(locations: Locations, note: Note, subject: Subject) -> str:
    """The Markdown body a note about this subject is saved with."""
    from grow_cli.ui.render import note_body

    labels = {thread_id: thread.label for thread_id, thread in subject.threads.items()}
    # The talking points discussed are named by their words, as updates name their items.
    texts = {
        **subject.item_texts,
        **{state.point.id: state.point.text for state in subject.talking_points},
    }
    return note_body(locations, note, subject.name, texts, labels)


def save(locations: Locations, note: Note, subject: Subject, *, scripted: bool = False) -> Path:
    """Render and save a note; the draft it came from is no longer needed. A scripted run
    discards only a draft a scripted run made (a rejected answers file), never one typed."""
    from grow_cli.store import notes

    path = notes.save_new(locations, note, lambda n: render_body(locations, n, subject))
    if not scripted or draft_origin(locations, subject) == SCRIPTED:
        drafts.discard(drafts.draft_path(locations, subject.kind, subject.draft_name))
    return path


SCRIPTED, TYPED = "answers", "terminal"  # who made a draft: a rejected answers file, or a person


def draft_origin(locations: Locations, subject: Subject) -> str | None:
    """Who made the subject's draft (None when there is none). A draft grow cannot read, or one
    from before drafts said, counts as typed: a scripted run leaves it alone."""
    try:
        draft = drafts.load(drafts.draft_path(locations, subject.kind, subject.draft_name))
    except StoreError:
        return TYPED
    if draft is None:
        return None
    return SCRIPTED if draft.get("origin") == SCRIPTED else TYPED


def draft_path(locations: Locations, subject: Subject) -> Path:
    """Where the subject's draft is kept."""
    return drafts.draft_path(locations, subject.kind, subject.draft_name)


def keep_draft(
    locations: Locations, subject: Subject, answers: dict[str, Any], origin: str = TYPED
) -> Path:
    """Save the answers so far as the subject's draft."""
    path = drafts.draft_path(locations, subject.kind, subject.draft_name)
    drafts.save(path, {"kind": subject.kind, "answers": answers, "origin": origin})
    return path


def draft_kept_or_why_not(
    locations: Locations, subject: Subject, answers: dict[str, Any]
) -> str | None:
    """Keep a rejected answers file's answers as the subject's draft for a caller already
    reporting another problem: None when it was kept, else why not (one sentence), so that
    problem is not hidden behind the disk's. A draft typed at the terminal is never replaced."""
    if draft_origin(locations, subject) == TYPED:
        return "a draft typed at the terminal is there, and it is kept as it was"
    try:
        keep_draft(locations, subject, answers, SCRIPTED)
    except StoreError as error:
        return error.message.rstrip(".")
    return None


def set_draft_aside(locations: Locations, subject: Subject) -> Path:
    """Keep the subject's draft aside (a new conversation is starting); where it went."""
    return drafts.set_aside(drafts.draft_path(locations, subject.kind, subject.draft_name))


def load_draft(locations: Locations, subject: Subject) -> dict[str, Any] | None:
    """The answers of the subject's draft, if there is one."""
    draft = drafts.load(drafts.draft_path(locations, subject.kind, subject.draft_name))
    answers = draft.get("answers") if draft else None
    return answers if isinstance(answers, dict) else None
