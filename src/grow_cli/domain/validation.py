"""Validate answers into domain models, turning pydantic's errors into one InvalidInputError."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from grow_cli.domain.models import new_content_context
from grow_cli.domain.problems import describe, listed
from grow_cli.errors import InvalidInputError

ModelT = TypeVar("ModelT", bound=BaseModel)


def validated(model: type[ModelT], data: dict[str, Any], *, today: dt.date, what: str) -> ModelT:
    """Validate new content (date phrases allowed, SMART enforced); raise naming every problem."""
    try:
        return model.model_validate(data, context=new_content_context(today))
    except ValidationError as error:
        problems = describe(error)
        lead = f"The {what} was not saved:"
        raise InvalidInputError(listed(lead, problems), problems=problems) from None
