"""Typed, frozen records for role profiles and career ladders.

Nothing here does I/O. The YAML shapes are documented in docs/data-format.md;
``msgspec`` checks them and reports errors with the field path.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Annotated, Any, Literal

import msgspec

FORMAT_VERSION = 1

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Id = Annotated[str, msgspec.Meta(pattern=ID_PATTERN, max_length=80)]
# int or float, so that whole figures stay whole in JSON (140000000, not 140000000.0).
Percent = Annotated[int, msgspec.Meta(ge=0, le=100)] | Annotated[float, msgspec.Meta(ge=0, le=100)]
Amount = Annotated[int, msgspec.Meta(ge=0)] | Annotated[float, msgspec.Meta(ge=0)]
CURRENCY_PATTERN = r"^[A-Z]{3}$"
Currency = Annotated[str, msgspec.Meta(pattern=CURRENCY_PATTERN)]

_SPAN_RE = re.compile(r"^\s*(\d{1,3})\s*(?:([-–])\s*(\d{1,3})|(\+))\s*$")
_RATING_RE = re.compile(r"^\s*(\d)(?:[.,](\d{1,2}))?\s*$")
RATING_SCALE = 5


class Span:
    """A span of years: closed (``2-4``) or open-ended (``7+``)."""

    __slots__ = ("max", "min")

    def __init__(self, min: int, max: int | None) -> None:
        self.min = min
        self.max = max

    @classmethod
    def parse(cls, text: str) -> Span:
        match = _SPAN_RE.match(text)
        if not match:
            raise ValueError(f"expected a span of years such as '2-4' or '7+', got {text!r}")
        low = int(match.group(1))
        if match.group(4):
            return cls(low, None)
        return cls(low, int(match.group(3)))

    @property
    def open_ended(self) -> bool:
        return self.max is None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Span) and (self.min, self.max) == (other.min, other.max)

    def __hash__(self) -> int:
        return hash((self.min, self.max))

    def __repr__(self) -> str:
        return f"Span({self})"

    def __str__(self) -> str:
        return f"{self.min}+" if self.max is None else f"{self.min}-{self.max}"


class Rating:
    """A rating out of 5, remembering how the source wrote it (``3,7`` or ``3.7``)."""

    __slots__ = ("value", "written")

    def __init__(self, value: float, written: str | None = None) -> None:
        self.value = value
        self.written = written

    @classmethod
    def parse(cls, raw: object) -> Rating:
        if isinstance(raw, bool):
            raise TypeError(f"expected a rating from 0 to {RATING_SCALE}, got {raw!r}")
        if isinstance(raw, int | float):
            value = float(raw)
            written = None
        elif isinstance(raw, str) and (match := _RATING_RE.match(raw)):
            value = float(f"{match.group(1)}.{match.group(2) or 0}")
            written = raw.strip()
        else:
            raise ValueError(f"expected a rating from 0 to {RATING_SCALE}, got {raw!r}")
        if not 0 <= value <= RATING_SCALE:
            raise ValueError(f"a rating is from 0 to {RATING_SCALE}, got {value:g}")
        return cls(value, written)

    @property
    def decimal_comma(self) -> bool:
        return self.written is not None and "," in self.written

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Rating) and self.value == other.value

    def __hash__(self) -> int:
        return hash(self.value)

    def __repr__(self) -> str:
        return f"Rating({self.value!r}, written={self.written!r})"


def decode_hook(type_: type, obj: Any) -> Any:
    """Build the custom scalar types from their YAML form."""
    if type_ is Span:
        if not isinstance(obj, str):
            raise TypeError(f"expected a span of years such as '2-4' or '7+', got {obj!r}")
        return Span.parse(obj)
    if type_ is Rating:
        return Rating.parse(obj)
    raise NotImplementedError


def source_form(obj: Any) -> Any:
    """The custom scalar types as a data file writes them ("2-4", "3,7")."""
    if isinstance(obj, Span):
        return str(obj)
    if isinstance(obj, Rating):
        return obj.written or obj.value
    raise NotImplementedError(f"cannot encode {type(obj).__name__}")


def encode_hook(obj: Any) -> Any:
    """Turn the custom scalar types into plain JSON values."""
    if isinstance(obj, Span):
        return {"min": obj.min, "max": obj.max}
    if isinstance(obj, Rating):
        return obj.value
    raise NotImplementedError(f"cannot encode {type(obj).__name__}")


class Record(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Base of every record: immutable, no unknown keys."""


class Text(Record, frozen=True, kw_only=True):
    """A text in Vietnamese and English; at least one must be given."""

    vi: str | None = None
    en: str | None = None

    def __post_init__(self) -> None:
        if not (self.vi or self.en):
            raise ValueError("give the text in at least one language (vi or en)")

    def get(self, lang: str) -> str:
        """The text in ``lang``, falling back to the other language."""
        first, second = (self.vi, self.en) if lang == "vi" else (self.en, self.vi)
        return first or second or ""


class Range(Record, frozen=True, kw_only=True):
    """An amount range in whole currency units (e.g. 140000000 VND).

    ``min`` above ``max`` is kept as written; ``careerpath validate`` warns.
    """

    min: Amount
    max: Amount


class Period(enum.StrEnum):
    YEAR = "year"
    MONTH = "month"


class SalaryStatement(Record, frozen=True, kw_only=True):
    """One salary statement of a source, in one currency and period."""

    period: Period | None = None  # required in practice; validate warns when absent
    currency: Currency | None = None
    label: Text | None = None
    total: Range | None = None
    base: Range | None = None
    supplementary: Range | None = None
    common: Range | None = None
    full: Range | None = None
    average: Range | None = None
    range: Range | None = None
    note: Text | None = None

    def __post_init__(self) -> None:
        if not any(getattr(self, name) for name in SALARY_FIGURES):
            raise ValueError(f"give at least one of: {', '.join(SALARY_FIGURES)}")


SALARY_FIGURES = ("total", "base", "supplementary", "common", "full", "average", "range")


class Ratings(Record, frozen=True, kw_only=True):
    work_life: Rating | None = None
    career_opportunity: Rating | None = None


class Group(Record, frozen=True, kw_only=True):
    """A list of items, under a heading where the source groups them."""

    heading: Text | None = None
    items: list[Text]


class Bracket(Record, frozen=True, kw_only=True):
    years: Span
    percent: Percent


class Distribution(Record, frozen=True, kw_only=True):
    brackets: list[Bracket]
    note: Text | None = None


class Question(Record, frozen=True, kw_only=True):
    question: Text
    company: str | None = None
    company_as_written: str | None = None
    source: str | None = None
    company_rating: Rating | None = None
    date: dt.date | None = None
    answers: Annotated[int, msgspec.Meta(ge=0)] | None = None
    sample_answer: Text | None = None


class Interview(Record, frozen=True, kw_only=True):
    questions: list[Question] = []
    common_questions: list[Text] = []


class Faq(Record, frozen=True, kw_only=True):
    question: Text
    answer: Text


class Source(Record, frozen=True, kw_only=True):
    title: str
    language: str | None = None
    date: dt.date | None = None
    reference: str | None = None
    note: Text | None = None


class Role(Record, frozen=True, kw_only=True):
    format: Literal[1]
    id: Id
    aliases: list[Id] = []
    title: Text
    summary: Text
    duties: list[Group] = []
    degree: Text | None = None
    experience_years: Span | None = None
    ratings: Ratings | None = None
    salary: list[SalaryStatement] = []
    experience_distribution: Distribution | None = None
    requirements: list[Group] = []
    interview: Interview | None = None
    faq: list[Faq] = []
    sources: list[Source] = []

    def headline_salary(self, period: Period | None = None) -> SalaryStatement | None:
        """The first statement (of ``period``, if given) with a headline range."""
        for statement in self.salary:
            if period is not None and statement.period != period:
                continue
            if salary_headline_range(statement) is not None:
                return statement
        return None


class Step(Record, frozen=True, kw_only=True):
    role: Id
    title: Text
    years: Span
    summary: Text | None = None
    note: Text | None = None
    salary: list[SalaryStatement] = []


class Ladder(Record, frozen=True, kw_only=True):
    format: Literal[1]
    id: Id
    aliases: list[Id] = []
    title: Text
    summary: Text | None = None
    steps: Annotated[list[Step], msgspec.Meta(min_length=1)]
    sources: list[Source] = []


class LadderPosition(msgspec.Struct, frozen=True, kw_only=True):
    """Where a role stands on one ladder."""

    ladder: str
    ladder_title: Text
    step: int
    steps: int
    title: Text
    years: Span
    previous: str | None
    next: str | None


def salary_headline_range(statement: SalaryStatement) -> Range | None:
    """The range that best summarises a statement."""
    return statement.total or statement.common or statement.average or statement.range


def schema_hook(type_: type) -> dict[str, Any]:
    """JSON Schema of the custom scalar types, as they are written in YAML."""
    if type_ is Span:
        return {
            "type": "string",
            "pattern": _SPAN_RE.pattern,
            "description": "Years: a closed span such as '2-4' or an open one such as '7+'.",
        }
    if type_ is Rating:
        return {
            "anyOf": [
                {"type": "number", "minimum": 0, "maximum": RATING_SCALE},
                {"type": "string", "pattern": _RATING_RE.pattern},
            ],
            "description": "A rating out of 5; a decimal comma ('3,7') must be quoted.",
        }
    raise NotImplementedError
