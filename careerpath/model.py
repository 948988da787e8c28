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

# (?!\n): "$" alone would also match before a final line break ("evil\n").
ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*(?!\n)$"
MAX_ID = 80
Id = Annotated[str, msgspec.Meta(pattern=ID_PATTERN, max_length=MAX_ID)]
# int or float, so that whole figures stay whole in JSON (140000000, not 140000000.0).
Percent = Annotated[int, msgspec.Meta(ge=0, le=100)] | Annotated[float, msgspec.Meta(ge=0, le=100)]
# Amounts in whole currency units: up to a quadrillion, which holds any yearly pay in
# any currency (VND included) and keeps every figure exact through JSON and the index.
MAX_AMOUNT = 10**15
Amount = (
    Annotated[int, msgspec.Meta(ge=0, le=MAX_AMOUNT)]
    | Annotated[float, msgspec.Meta(ge=0, le=MAX_AMOUNT)]
)
MAX_COUNT = 10**12  # people employed, answers counted: more than there are
Count = Annotated[int, msgspec.Meta(ge=0, le=MAX_COUNT)]
CURRENCY_PATTERN = r"^[A-Z]{3}$"
Currency = Annotated[str, msgspec.Meta(pattern=CURRENCY_PATTERN)]
ONET_PATTERN = r"^\d{2}-\d{4}\.\d{2}$"
SOC_PATTERN = r"^\d{2}-\d{4}$"
ISCO_PATTERN = r"^\d{4}$"
RIASEC = "RIASEC"
INTEREST_CODE_PATTERN = r"^[RIASEC]{1,3}$"
ELEMENT_PATTERN = r"^\d(?:\.[A-Za-z0-9]{1,3}){1,6}(?!\n)$"  # an O*NET Content Model element

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
    HOUR = "hour"


class Percentiles(Record, frozen=True, kw_only=True):
    """Pay at the 10th, 25th, 50th (median), 75th and 90th percentile; each may be absent."""

    p10: Amount | None = None
    p25: Amount | None = None
    median: Amount | None = None
    p75: Amount | None = None
    p90: Amount | None = None

    def __post_init__(self) -> None:
        if all(getattr(self, name) is None for name in PERCENTILES):
            raise ValueError(f"give at least one of: {', '.join(PERCENTILES)}")


PERCENTILES = ("p10", "p25", "median", "p75", "p90")


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
    percentiles: Percentiles | None = None
    mean: Amount | None = None
    employment: Count | None = None

    def __post_init__(self) -> None:
        if not any(getattr(self, name) is not None for name in STATEMENT_FIGURES):
            raise ValueError(f"give at least one of: {', '.join(STATEMENT_FIGURES)}")


SALARY_FIGURES = ("total", "base", "supplementary", "common", "full", "average", "range")
# Everything a statement may give pay by: the ranges, then single amounts.
STATEMENT_FIGURES = (*SALARY_FIGURES, "percentiles", "mean")


class Ratings(Record, frozen=True, kw_only=True):
    work_life: Rating | None = None
    career_opportunity: Rating | None = None


class Group(Record, frozen=True, kw_only=True):
    """A list of items, under a heading where the source groups them."""

    heading: Text | None = None
    items: list[Text]


class Bracket(Record, frozen=True, kw_only=True):
    """A share of people by experience: in whole ``years`` ("2-4": 2 to 4 years)
    or in ``months`` ("12-24": over 12, up to and including 24 months; "0-0": none)."""

    years: Span | None = None
    percent: Percent
    months: Span | None = None

    def __post_init__(self) -> None:
        if (self.years is None) == (self.months is None):
            raise ValueError("give either years or months for a bracket")

    @property
    def key(self) -> str:
        """``2-4`` for years, ``12-24 months`` for months: one name per bracket."""
        return str(self.years) if self.years is not None else f"{self.months} months"


SUM_TOLERANCE = 0.5  # percent: shares rounded to two decimals may sum to 99.99


class Distribution(Record, frozen=True, kw_only=True):
    brackets: Annotated[list[Bracket], msgspec.Meta(min_length=1)]
    note: Text | None = None

    @property
    def total(self) -> float:
        return sum(bracket.percent for bracket in self.brackets)

    @property
    def adds_up(self) -> bool:
        """Whether the shares sum to 100%, allowing for their rounding."""
        return abs(self.total - 100) <= SUM_TOLERANCE


class Question(Record, frozen=True, kw_only=True):
    question: Text
    company: str | None = None
    company_as_written: str | None = None
    source: str | None = None
    company_rating: Rating | None = None
    date: dt.date | None = None
    answers: Count | None = None
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
    edition: str | None = None
    license: str | None = None
    attribution: str | None = None


class Codes(Record, frozen=True, kw_only=True):
    """Classification codes; O*NET and SOC codes also look the role up."""

    onet: Annotated[str, msgspec.Meta(pattern=ONET_PATTERN)] | None = None
    soc: Annotated[str, msgspec.Meta(pattern=SOC_PATTERN)] | None = None
    isco: Annotated[str, msgspec.Meta(pattern=ISCO_PATTERN)] | None = None
    note: Text | None = None  # who assigned them, where the source gives none


class EducationLevel(Record, frozen=True, kw_only=True):
    level: Text
    percent: Percent


class Education(Record, frozen=True, kw_only=True):
    """How many people in the role report each level of education."""

    levels: list[EducationLevel]
    note: Text | None = None


class JobZone(Record, frozen=True, kw_only=True):
    """How much preparation the role needs, on O*NET's scale of 1 to 5."""

    zone: Annotated[int, msgspec.Meta(ge=1, le=5)]
    name: Text
    experience: Text | None = None
    education: Text | None = None
    training: Text | None = None


Score = Annotated[int, msgspec.Meta(ge=0, le=7)] | Annotated[float, msgspec.Meta(ge=0, le=7)]


class Skill(Record, frozen=True, kw_only=True):
    """A skill with how much it matters (importance, 1–5) and how much of it (level, 0–7)."""

    name: Text
    importance: Score | None = None
    level: Score | None = None
    # The O*NET Content Model element it is (2.A.1.a: Reading Comprehension):
    # two roles naming the same element can be compared skill by skill.
    element: Annotated[str, msgspec.Meta(pattern=ELEMENT_PATTERN)] | None = None


class WorkStyle(Record, frozen=True, kw_only=True):
    """A personal characteristic the work asks for (O*NET Work Styles), with how much it
    matters (importance, 1–5)."""

    name: Text
    importance: Score | None = None
    element: Annotated[str, msgspec.Meta(pattern=ELEMENT_PATTERN)] | None = None


class Technology(Record, frozen=True, kw_only=True):
    """A tool or piece of software used in the work (O*NET Technology Skills)."""

    # Both as the source names them, in its language: a product's name, and the
    # kind of product (O*NET's UNSPSC commodity title).
    name: Annotated[str, msgspec.Meta(min_length=1)]
    category: str | None = None
    # O*NET flags: "Hot Technology" (often named in employers' job postings) and
    # "In Demand" (among the most named for this occupation).
    hot: bool = False
    in_demand: bool = False


class RelatedTier(enum.StrEnum):
    PRIMARY_SHORT = "primary-short"
    PRIMARY_LONG = "primary-long"
    SUPPLEMENTAL = "supplemental"


class Related(Record, frozen=True, kw_only=True):
    """Another role near this one."""

    role: Id
    title: Text | None = None
    tier: RelatedTier | None = None


class Translation(Record, frozen=True, kw_only=True):
    """Which texts of a profile someone other than its source translated: shown
    beside them, so that a translation is never taken for the source's words."""

    by: Annotated[str, msgspec.Meta(min_length=1)]  # "careerpath", or a team's name
    # How: a method named in docs/ (careerpath-titles-1), or free text.
    method: str | None = None
    # The fields translated, as paths: "title.vi", "common_names", "related.title.vi".
    fields: list[str] = []


class Interests(Record, frozen=True, kw_only=True):
    """The Holland (RIASEC) interest profile: scores from 1 to 7, and its high-point code."""

    realistic: Score | None = None
    investigative: Score | None = None
    artistic: Score | None = None
    social: Score | None = None
    enterprising: Score | None = None
    conventional: Score | None = None
    code: Annotated[str, msgspec.Meta(pattern=INTEREST_CODE_PATTERN)] | None = None


INTEREST_AREAS = (
    "realistic",
    "investigative",
    "artistic",
    "social",
    "enterprising",
    "conventional",
)


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
    # Added within format 1, so at the end (JSON output keeps field order).
    codes: Codes | None = None
    also_called: list[str] = []
    job_zone: JobZone | None = None
    education: Education | None = None
    skills: list[Skill] = []
    interests: Interests | None = None
    related: list[Related] = []
    work_styles: list[WorkStyle] = []
    technologies: list[Technology] = []
    # Other names people use for the work, in either language ("y tá", "CEO"):
    # searched and looked up like the title.
    common_names: list[Annotated[str, msgspec.Meta(min_length=1)]] = []
    translation: Translation | None = None

    def headline_salary(self, period: Period | None = None) -> SalaryStatement | None:
        """The first statement (of ``period``, if given) with a headline range."""
        for statement in self.salary:
            if period is not None and statement.period != period:
                continue
            if salary_headline_range(statement) is not None:
                return statement
        return None


class Expectation(Record, frozen=True, kw_only=True):
    """One thing expected of a person at a step, in words, with examples."""

    text: Text
    examples: list[Text] = []
    # A part of the step the source names ("A", "B", "A (after probation)").
    sublevel: str | None = None
    # How well, in the source's words ("Awareness", "Working", "Practitioner").
    proficiency: str | None = None


class Theme(Record, frozen=True, kw_only=True):
    """What a step expects on one theme (communication, impact …). A theme keeps
    its ``id`` from step to step, which is how ``ladder --diff`` pairs them."""

    id: Annotated[str, msgspec.Meta(min_length=1)]
    name: Text
    summary: Text | None = None
    expectations: list[Expectation] = []


class Step(Record, frozen=True, kw_only=True):
    role: Id
    title: Text
    # The years of experience at which the step typically starts; None: not given
    # (an imported progression framework gives none).
    years: Span | None = None
    summary: Text | None = None
    note: Text | None = None
    salary: list[SalaryStatement] = []
    # Why a derived ladder puts this step here, each reason in words.
    evidence: list[Text] = []
    # Added within format 1 for progression frameworks, so at the end:
    # the step's own name in its source ("senior-2-ic"), for --step and --diff;
    id: Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9][a-z0-9-]*$")] | None = None
    # its level; steps that share one are parallel tracks at that level,
    level: Annotated[int, msgspec.Meta(ge=0, le=100)] | None = None
    # each named by its track ("Individual contributor", "People manager");
    track: Text | None = None
    # and what it expects, by theme.
    themes: list[Theme] = []


class Derivation(Record, frozen=True, kw_only=True):
    """How a ladder was derived rather than reported: by which ``method`` (named
    and measured in docs/pathways.md), and for which role (``subject``)."""

    method: Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]
    subject: Id


class StepDetails(Record, frozen=True, kw_only=True):
    """What a ladder that ``extends`` another adds to one of its steps: a team's
    own years and pay for an imported framework, without editing it."""

    step: Annotated[str, msgspec.Meta(min_length=1)]  # the step's id, number or role
    years: Span | None = None
    salary: list[SalaryStatement] = []
    note: Text | None = None
    title: Text | None = None  # the team's own title for the step


class Ladder(Record, frozen=True, kw_only=True):
    format: Literal[1]
    id: Id
    aliases: list[Id] = []
    title: Text
    summary: Text | None = None
    # Set when careerpath derived the ladder: it is shown as derived, and only
    # for its subject (a role stands on the derived ladders of many others).
    derived: Derivation | None = None
    # At least one, unless the ladder extends another (its steps are the other's).
    steps: list[Step] = []
    sources: list[Source] = []
    # Added within format 1: the ladder whose steps this one takes, with ``add``
    # (years, pay, notes, titles) laid over them by step.
    extends: Id | None = None
    add: list[StepDetails] = []

    def __post_init__(self) -> None:
        if not self.steps and self.extends is None:
            raise ValueError("give the ladder's steps (at least one), or the ladder it extends")
        if self.add and self.extends is None:
            raise ValueError("'add' lays details over the steps of the ladder named in 'extends'")

    def shown_for(self, role_id: str) -> bool:
        """Whether the views of a role show this ladder: every authored ladder it
        stands on, but of the derived ones only its own pathway (a role stands on
        the derived pathways of many others; ``path`` still climbs them all)."""
        return self.derived is None or self.derived.subject == role_id


class LadderPosition(msgspec.Struct, frozen=True, kw_only=True):
    """Where a role stands on one ladder."""

    ladder: str
    ladder_title: Text
    step: int
    steps: int
    title: Text
    years: Span | None  # None: the ladder gives no years for the step
    previous: str | None
    next: str | None
    derived: bool = False  # a pathway careerpath derived (docs/pathways.md)
    step_id: str | None = None  # the step's own name in its source (a framework's level id)
    themes: list[Theme] = []  # what the step expects, by theme (a progression framework)


def salary_headline_range(statement: SalaryStatement) -> Range | None:
    """The range that best summarises a statement.

    For wage percentiles that is the middle half of earners (25th to 75th
    percentile), else the median, else the mean.
    """
    found = statement.total or statement.common or statement.average or statement.range
    if found is not None:
        return found
    middle = statement.percentiles
    if middle is not None and middle.p25 is not None and middle.p75 is not None:
        return Range(min=middle.p25, max=middle.p75)
    point = middle.median if middle is not None else None
    if point is None:
        point = statement.mean
    return Range(min=point, max=point) if point is not None else None


def headline_basis(statement: SalaryStatement) -> str | None:
    """What the headline range of a statement is when it is not a range the source
    gives: ``middle_half``, ``median`` or ``mean``; None for a range as given."""
    if statement.total or statement.common or statement.average or statement.range:
        return None
    middle = statement.percentiles
    if middle is not None and middle.p25 is not None and middle.p75 is not None:
        return "middle_half"
    if middle is not None and middle.median is not None:
        return "median"
    return "mean" if statement.mean is not None else None


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


class TopicKind(enum.StrEnum):
    """What a topic of a question bank is about, and so which roles it is asked for."""

    WORK_STYLE = "work-style"  # a work style the role rates (``element``)
    SKILL = "skill"  # a skill the role rates (``element``)
    TASK = "task"  # templates filled with one of the role's tasks: ``{task}``
    TECHNOLOGY = "technology"  # templates filled with a technology: ``{technology}``
    GENERAL = "general"  # asked in most interviews, whatever the role


class BankQuestion(Record, frozen=True, kw_only=True):
    """A question, and what a strong answer to it shows (guidance, not an answer)."""

    question: Text
    shows: Text


class Topic(Record, frozen=True, kw_only=True):
    kind: TopicKind
    # The O*NET Content Model element of a work style or skill (1.C.5.a).
    element: Annotated[str, msgspec.Meta(pattern=ELEMENT_PATTERN)] | None = None
    questions: Annotated[list[BankQuestion], msgspec.Meta(min_length=1)]


class QuestionBank(Record, frozen=True, kw_only=True):
    """Interview questions by topic, from which ``interview`` chooses for any role."""

    format: Literal[1]
    id: Id
    title: Text
    topics: list[Topic]


def json_schema(type_: type[Role] | type[Ladder] | type[QuestionBank]) -> dict[str, Any]:
    """The JSON Schema of a data file, with the rules msgspec cannot say by itself:
    a text needs one language, a salary statement a figure, a bracket years or months."""
    document: dict[str, Any] = msgspec.json.schema(type_, schema_hook=schema_hook)
    defs = document.get("$defs", {})
    if "Text" in defs:
        defs["Text"]["anyOf"] = [
            {"required": [lang], "properties": {lang: {"type": "string", "minLength": 1}}}
            for lang in ("vi", "en")
        ]
    if "SalaryStatement" in defs:
        defs["SalaryStatement"]["anyOf"] = [
            {"required": [name], "properties": {name: {"type": ["object", "number"]}}}
            for name in STATEMENT_FIGURES
        ]
    if "Bracket" in defs:
        defs["Bracket"]["oneOf"] = [{"required": ["years"]}, {"required": ["months"]}]
    _dates_either_way(document)
    _clean_descriptions(document)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **document}


# A date as careerpath reads it: "2024-01-31" in quotes, or unquoted, which YAML
# reads as a date rather than text. A validator that reads YAML the same way
# (PyYAML) hands the schema a date object, which is no JSON type at all: the
# second branch accepts it, and can never match a value read from JSON.
DATE_SCHEMA = {
    "anyOf": [
        {"type": "string", "format": "date"},
        {"not": {"type": ["string", "number", "boolean", "null", "array", "object"]}},
    ],
    "description": "A date, YYYY-MM-DD, quoted or not.",
}


def _dates_either_way(node: Any) -> None:
    """Every date of the schema, in place, as DATE_SCHEMA: the rule validate has."""
    if isinstance(node, dict):
        for key, value in node.items():
            if value == {"type": "string", "format": "date"}:
                node[key] = DATE_SCHEMA
            else:
                _dates_either_way(value)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if value == {"type": "string", "format": "date"}:
                node[index] = DATE_SCHEMA
            else:
                _dates_either_way(value)


def _clean_descriptions(node: Any) -> None:
    """The schema in one spelling whatever msgspec release wrote it, in place:
    every ``description`` dedented as ``inspect.cleandoc`` does, and in every
    ``anyOf`` the ``null`` alternative last.

    msgspec copies docstrings into the schema, and whether it dedents them
    changed between its releases (0.23 does, earlier ones did not); older ones
    also put ``null`` first. Neither changes what the schema accepts, and the
    published format must not change with a library's whitespace or order.
    """
    import inspect

    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                node[key] = inspect.cleandoc(value)
            elif key == "anyOf" and isinstance(value, list):
                value.sort(key=lambda item: item == {"type": "null"})
                _clean_descriptions(value)
            else:
                _clean_descriptions(value)
    elif isinstance(node, list):
        for item in node:
            _clean_descriptions(item)
