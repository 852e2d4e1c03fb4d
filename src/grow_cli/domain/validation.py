"""Validate answers into domain models, turning pydantic's errors into one InvalidInputError."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from grow_cli.domain.models import new_content_context
from grow_cli.domain.problems import describe, listed
from grow_cli.errors import InvalidInputError

if TYPE_CHECKING:
    from grow_cli.domain.dates import DateSettings

ModelT = TypeVar("ModelT", bound=BaseModel)


def validated(
    model: type[ModelT],
    data: dict[str, Any],
    *,
    today: dt.date,
    what: str,
    date_settings: DateSettings | None = None,
) -> ModelT:
    """Validate new content (date phrases allowed, SMART enforced); raise naming every problem.
    Dates are read with `date_settings` (the default order and no sprint length if None)."""
    try:
        return model.model_validate(data, context=new_content_context(today, date_settings))
    except ValidationError as error:
        problems = describe(error)
        lead = f"The {what} was not saved:"
        raise InvalidInputError(listed(lead, problems), problems=problems) from None
