"""The note format as pydantic models: schema 1 as design.md describes it, and schema 2, which
adds coaching threads (README, "Schema 2": `thread`, `[measure]`, `[[progress]]`, and `thread`
on actions and support items). Every schema-1 note is also a valid note here.

New content is validated with a context (see `new_content_context`): dates may be phrases ("in 1
week"), a due date left out is read from the item's text, and goals and actions must pass SMART
unless the person chose to keep them after seeing why (`smart_override`). Reading an existing note
uses no context, so a note is never rejected for being un-SMART: it keeps the verdicts it was
stored with.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from grow_cli.daterange import checked
from grow_cli.domain.slugs import SlugError, check_slug
from grow_cli.domain.vocabulary import (
    Better,
    Cause,
    Focus,
    Kind,
    Mode,
    Owner,
    PointBy,
    Proposer,
    Status,
    ThreadStatus,
    Verdict,
)

if TYPE_CHECKING:
    from grow_cli.domain.dates import DateSettings
    from grow_cli.domain.smart import SmartResult

# The SMART checker and the deadline parser compile many regular expressions; they are imported
# inside the validators that need them, so reading notes (which never checks SMART) skips them.

Text = Annotated[str, Field(min_length=1)]
Number = Annotated[float, Field(allow_inf_nan=False)]


def new_content_context(
    today: dt.date, date_settings: DateSettings | None = None
) -> dict[str, Any]:
    """Validation context for content a person is creating now (prompt or answers file); dates
    are read with `date_settings` (the order of numeric dates, the sprint length)."""
    return {"today": today, "new": True, "date_settings": date_settings}


def _is_new(info: ValidationInfo) -> bool:
    return bool(isinstance(info.context, dict) and info.context.get("new"))


def _today(info: ValidationInfo) -> dt.date:
    context = info.context if isinstance(info.context, dict) else {}
    today = context.get("today")
    return today if isinstance(today, dt.date) else dt.date.today()


def _date_settings(info: ValidationInfo) -> DateSettings:
    from grow_cli.domain.dates import DEFAULT_SETTINGS, DateSettings

    context = info.context if isinstance(info.context, dict) else {}
    given = context.get("date_settings")
    return given if isinstance(given, DateSettings) else DEFAULT_SETTINGS


def _in_range(value: dt.date | None) -> dt.date | None:
    return value if value is None else checked(value)


def _date_from_phrase(value: Any, info: ValidationInfo) -> Any:
    """Let new content give dates as phrases; the phrase is resolved against today."""
    if isinstance(value, str) and _is_new(info):
        from grow_cli.domain.dates import DateError, parse_date

        try:
            return parse_date(value, _today(info), _date_settings(info))
        except DateError as error:
            raise ValueError(str(error)) from None
    return value


# A date that new content may also give as a phrase ("in 1 week", "by Friday").
PhraseDate = Annotated[
    dt.date | None, BeforeValidator(_date_from_phrase), AfterValidator(_in_range)
]


def _past_from_phrase(value: Any, info: ValidationInfo) -> Any:
    """Let new content give a day that has been as a phrase ("yesterday", "2 weeks ago")."""
    if isinstance(value, str) and _is_new(info):
        from grow_cli.domain.dates import past_date

        return past_date(value, _today(info))
    return value


# The day something happened (a conversation, the start of coaching): new content may give it as
# a phrase looking back ("yesterday", "3 days ago", "last week").
PastDate = Annotated[dt.date, BeforeValidator(_past_from_phrase), AfterValidator(_in_range)]


def _quoted(text: str, width: int = 60) -> str:
    """A text quoted in a message: its first `width` characters, on one line."""
    one_line = " ".join(text.split())
    return repr(one_line if len(one_line) <= width else one_line[: width - 1].rstrip() + "…")


def _smart_failure_message(what: str, result: SmartResult, override: str) -> str:
    reasons = " ".join(
        f"{letter.replace('_', '-').capitalize()}: {reason}" for letter, reason in result.failures()
    )
    return (
        f"{what} {_quoted(result.text)} is not SMART. {reasons} "
        f"Rewrite it, or set {override} to keep it as it is."
    )


class Strict(BaseModel):
    """Base for every table in a note: unknown keys are errors, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class SmartVerdicts(Strict):
    """The SMART verdicts an item was stored with."""

    specific: Verdict
    measurable: Verdict
    achievable: Verdict
    relevant: Verdict
    time_bound: Verdict

    @classmethod
    def of(cls, result: SmartResult) -> SmartVerdicts:
        """The verdicts of one SMART check."""
        return cls.model_validate(result.verdicts())


class Person(Strict):
    """Someone you coach (people/<slug>/person.toml)."""

    name: Text
    role: str = ""
    cadence_days: int = Field(default=7, ge=1, le=365)
    started: PastDate | None = None
    style: str = ""
    # The day they were archived (left the team): out of due, stats, goals and the calendar,
    # their notes kept. Profiles written before it existed have no such key and stay current.
    archived: dt.date | None = None
    # Their e-mail address, for `grow followup --mailto`; profiles without one stay as they are.
    email: str | None = None

    @field_validator("email")
    @classmethod
    def _an_address(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        if not _EMAIL.fullmatch(value):
            raise ValueError("must be one e-mail address, such as alex@example.com")
        return value

    @field_validator("name", "role", "style")
    @classmethod
    def _one_line(cls, value: str, info: ValidationInfo) -> str:
        # A name is shown in tables, headings and file names: a line break or a control
        # character in it would break them, or rewrite the terminal. Old profiles still read.
        if _is_new(info) and any(_control(c) for c in value):
            raise ValueError("must be one line, with no control characters")
        return value


# One address: something, '@', a domain with a dot; no spaces, commas, controls or brackets.
_NOT_IN_ADDRESS = r'\s@,;<>()\[\]\\"\x00-\x1f\x7f'
_EMAIL = re.compile(rf"[^{_NOT_IN_ADDRESS}]+@[^{_NOT_IN_ADDRESS}]+\.[^{_NOT_IN_ADDRESS}.]+")


def _control(character: str) -> bool:
    code = ord(character)
    return (code < 0x20 and character != "\t") or 0x7F <= code < 0xA0


class Grow(Strict):
    """The GROW stages of a conversation; the goal is SMART-checked when new."""

    goal: str | None = None
    goal_by: Proposer | None = None  # whose target the goal is
    reality: str | None = None
    cause: Cause | None = None  # performance: what is behind the gap ("What's going on?")
    cause_note: str | None = None
    options: list[str] = Field(default_factory=list)
    # Who proposed each option, in the order of `options` (left out in notes written before it).
    options_by: list[Proposer] = Field(default_factory=list)
    will: str | None = None
    # The report's own confidence in the plan (1-10), asked once, and what would raise it.
    confidence: int | None = Field(default=None, ge=1, le=10)
    confidence_raise: str | None = None
    goal_smart: SmartVerdicts | None = None
    goal_smart_override: bool = False

    @model_validator(mode="after")
    def _one_proposer_per_option(self) -> Grow:
        if self.options_by and len(self.options_by) != len(self.options):
            raise ValueError(
                f"options_by names {len(self.options_by)} proposers for {len(self.options)} "
                "options: give one per option (report, manager or both), or leave it out"
            )
        return self

    @model_validator(mode="after")
    def _check_goal(self, info: ValidationInfo) -> Grow:
        if not _is_new(info) or not self.goal:
            return self
        from grow_cli.domain.smart import check_smart

        result = check_smart(self.goal, today=_today(info), date_settings=_date_settings(info))
        self.goal_smart = SmartVerdicts.of(result)
        if not result.smart and not self.goal_smart_override:
            raise ValueError(
                _smart_failure_message("The goal", result, "goal_smart_override = true in [grow]")
            )
        return self


class Feedback(Strict):
    """One SBI feedback item: situation, behavior, impact."""

    situation: Text
    behavior: Text
    impact: Text
    # Kept as it was after grow named a label, an absolute, a guess at intent, or an impact
    # that is only a feeling.
    sbi_override: bool = False


class Action(Strict):
    """An agreed action; new actions must pass SMART unless kept with smart_override."""

    id: str | None = None
    thread: str | None = None  # the thread it serves (default: its note's thread)
    text: Text
    due: PhraseDate = None
    owner: Owner = "report"
    relevant_to: str | None = None
    confidence: int | None = Field(default=None, ge=1, le=10)
    # An experiment's day to look back at what it taught (development coaching).
    reflect_on: PhraseDate = None
    status: Status = "open"
    smart: SmartVerdicts | None = None
    smart_override: bool = False

    @model_validator(mode="after")
    def _check_smart(self, info: ValidationInfo) -> Action:
        if not _is_new(info):
            return self
        from grow_cli.domain.dates import find_deadline
        from grow_cli.domain.smart import check_smart

        today, settings = _today(info), _date_settings(info)
        if self.due is None:
            self.due = find_deadline(self.text, today, settings).due
        result = check_smart(
            self.text,
            today=today,
            relevant_to=self.relevant_to,
            confidence=self.confidence,
            due=self.due,
            date_settings=settings,
        )
        self.smart = SmartVerdicts.of(result)
        if not result.smart and not self.smart_override:
            raise ValueError(
                _smart_failure_message("The action", result, "smart_override = true on it")
            )
        return self


class Support(Strict):
    """Something the manager commits to doing for the person."""

    id: str | None = None
    thread: str | None = None  # the thread it serves (default: its note's thread)
    text: Text
    due: PhraseDate = None
    status: Status = "open"

    @model_validator(mode="after")
    def _due_from_text(self, info: ValidationInfo) -> Support:
        if _is_new(info) and self.due is None:
            from grow_cli.domain.dates import find_deadline

            finding = find_deadline(self.text, _today(info), _date_settings(info))
            self.due = finding.due if finding.problem is None else None
        return self


class Measure(Strict):
    """What a thread counts to tell whether it is working: '18 hours to first reply, target 4'."""

    what: Text
    unit: str = ""
    baseline: Number | None = None
    target: Number | None = None
    better: Better | None = None  # left out: lower when the target is below the baseline

    @model_validator(mode="after")
    def _direction(self) -> Measure:
        known = self.baseline is not None and self.target is not None
        if self.better is None and known and self.target != self.baseline:
            assert self.target is not None and self.baseline is not None
            self.better = "lower" if self.target < self.baseline else "higher"
        return self


class Progress(Strict):
    """How one thread stands in a later note: a reading of its measure, its next check-in, and
    its outcome when it ends (or 'active' to take it up again)."""

    thread: Text
    reading: Number | None = None
    status: ThreadStatus | None = None
    note: str | None = None
    next_checkin: PhraseDate = None


class Update(Strict):
    """A status update on an earlier action or support item: its status now (an item closed by
    mistake is reopened by an update to open, progress or blocked) and, to reschedule it, a new
    due date."""

    ref: Text
    status: Status
    note: str = ""
    due: PhraseDate = None


class Reflection(Strict):
    """A journal reflection on a recent situation."""

    what_happened: str = ""
    what_i_did: str = ""
    what_it_tells_me: str = ""
    what_ill_try: str = ""


class Career(Strict):
    """A journal entry about the person's own direction."""

    direction: str = ""
    strengths: str = ""
    development_areas: str = ""
    values: str = ""
    next_step: str = ""
    review_on: PhraseDate = None


class Rating(Strict):
    """How helpful the report found a conversation: their score (1-5) and their words."""

    note: str | None = None  # the id of the conversation rated
    score: int = Field(ge=1, le=5)
    comment: str = ""


class TalkingPoint(Strict):
    """Something to talk about at the next 1:1, added between them (`grow agenda PERSON add`):
    one small file of its own in people/<slug>/agenda/, never rewritten. It is discussed once a
    conversation note lists its id in `talking_points`."""

    id: Text
    date: PastDate  # the day it was added
    by: PointBy = "manager"  # whose point it is: the manager's or the report's
    text: Text
    # When on that day (the clock's time): orders the points of one day as they were added.
    added: dt.datetime | None = None


class Note(Strict):
    """One conversation, check-in, feedback record or journal entry."""

    schema_: Literal[1, 2] = Field(default=1, alias="schema")
    kind: Kind
    date: PastDate
    person: str | None = None
    id: str | None = None
    thread: str | None = None  # the thread a coaching or feedback note opens or continues
    focus: Focus | None = None
    topic: str | None = None
    next_checkin: PhraseDate = None
    grow: Grow | None = None
    measure: Measure | None = None  # the thread's measure, set when it opens or changed later
    feedback: list[Feedback] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    support: list[Support] = Field(default_factory=list)
    updates: list[Update] = Field(default_factory=list)
    progress: list[Progress] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    mode: Mode | None = None
    reflection: Reflection | None = None
    career: Career | None = None
    strength: str | None = None  # development: a strength worth naming, instead of a gap
    rating: Rating | None = None  # the report's rating of an earlier conversation
    # The ids of the person's talking points this conversation discussed (`grow agenda`): the
    # points themselves are files of their own, never rewritten; this note marks them discussed.
    talking_points: list[Text] = Field(default_factory=list)
    # What the manager keeps to themself: never in `grow share` (domain/sharing.py).
    private_notes: str | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @field_validator("person")
    @classmethod
    def _person_is_slug(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                check_slug(value)
            except SlugError as error:
                raise ValueError(str(error)) from None
        return value

    @model_validator(mode="after")
    def _person_matches_kind(self) -> Note:
        if self.kind == "journal" and self.person is not None:
            raise ValueError("A journal note belongs to you: leave out 'person'.")
        if self.kind != "journal" and self.person is None:
            raise ValueError(f"A {self.kind} note needs 'person' (the person's slug).")
        if self.kind == "journal" and (self.thread or self.measure or self.progress):
            raise ValueError(
                "A journal note follows no coaching thread: leave out thread, measure and progress."
            )
        if self.kind == "checkin" and self.thread is not None:
            raise ValueError(
                "A check-in can cover several threads: give each its [[progress]] (thread = "
                "...) instead of 'thread'."
            )
        return self

    def front_matter(self) -> dict[str, Any]:
        """The note as a TOML-ready dict: no None values, no empty lists or tables."""
        data: dict[str, Any] = _prune(
            self.model_dump(mode="python", by_alias=True, exclude_none=True)
        )
        return data


def _prune(value: Any) -> Any:
    """Drop empty lists and dicts and default False overrides, recursively, keeping order."""
    if isinstance(value, dict):
        pruned = {k: _prune(v) for k, v in value.items()}
        return {
            k: v
            for k, v in pruned.items()
            if v not in ([], {}) and not (k.endswith("_override") and v is False)
        }
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value
