"""Choosing interview questions to read or to practise.

A role's own reported questions (a source page's, with company, date and
rating) come first. After them, careerpath chooses questions from its question
bank for what the role's data rates: its most important work styles and skills,
its core tasks and its technologies, then questions asked in most interviews.
The choice is method ``careerpath-questions-1`` (docs/interview.md): derived,
said so beside every question with the reason it was chosen.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import msgspec

from careerpath.model import (
    BankQuestion,
    Question,
    QuestionBank,
    Role,
    Technology,
    Text,
    TopicKind,
)
from careerpath.normalize import fold

METHOD = "careerpath-questions-1"
MIN_IMPORTANCE = 3.0  # "important" on O*NET's scale of 1 to 5
# How many questions of each kind a role is asked first, in this order ...
QUOTAS = (
    (TopicKind.WORK_STYLE, 5),
    (TopicKind.SKILL, 3),
    (TopicKind.TASK, 2),
    (TopicKind.TECHNOLOGY, 2),
)
# ... then, up to TARGET, more of each kind in this order, each up to its most.
TARGET = 12
FILL = (
    (TopicKind.TASK, 6),
    (TopicKind.TECHNOLOGY, 4),
    (TopicKind.WORK_STYLE, 8),
    (TopicKind.SKILL, 6),
    (TopicKind.GENERAL, 8),
)
SHOWN_KINDS = (*(kind for kind, _ in QUOTAS), TopicKind.GENERAL)


class Reason(msgspec.Struct, frozen=True, kw_only=True):
    """Why a question was chosen for a role: what the role's data says of its topic."""

    kind: TopicKind
    # The work style, skill or technology's name, or the task as the data words it.
    topic: Text | None = None
    element: str | None = None  # a work style's or skill's O*NET element id
    importance: float | None = None  # its importance, 1–5
    group: Text | None = None  # the heading of the task's group of duties
    hot: bool = False  # a technology O*NET flags as hot
    in_demand: bool = False  # ... and as in demand
    # Who rates or lists the topic: "O*NET" for an imported occupation's data;
    # None for a role's own profile (a source page, a user's file).
    rated_by: str | None = None
    # The role whose data it is, when not the role asked about (a bundled role's
    # O*NET occupation, found by its code): id and title.
    occupation: str | None = None
    occupation_title: Text | None = None


class Suggested(msgspec.Struct, frozen=True, kw_only=True):
    """A question careerpath chose for a role, what a strong answer shows, and why."""

    question: Text
    shows: Text
    reason: Reason
    bank: str  # the id of the question bank it comes from


class InterviewSet(msgspec.Struct, frozen=True, kw_only=True):
    """The questions chosen for one role: asked questions, common ones, then suggested."""

    role: str
    title: Text
    questions: list[Question]
    common_questions: list[Text]
    total: int
    company: str | None = None  # the --company asked for, if any
    suggested: list[Suggested] = []
    # What the role's data gave nothing to choose by ("work-style", "skill", ...).
    unrated: list[str] = []
    # The O*NET or SOC code of a role that rates nothing itself, when no imported
    # occupation has it: importing O*NET would rate them.
    code: str | None = None

    @property
    def count(self) -> int:
        return len(self.questions) + len(self.common_questions) + len(self.suggested)


class _Bank:
    """Every bank's questions by topic: a work style or skill by element, from the
    first bank that has it; the templates and general questions of every bank."""

    def __init__(self, banks: Sequence[QuestionBank]) -> None:
        self.by_element: dict[str, list[tuple[str, BankQuestion]]] = {}
        self.by_kind: dict[TopicKind, list[tuple[str, BankQuestion]]] = {}
        for bank in banks:  # the user's own first
            earlier = set(self.by_element)
            for topic in bank.topics:
                if topic.kind in (TopicKind.WORK_STYLE, TopicKind.SKILL):
                    if topic.element is None or topic.element in earlier:
                        continue
                    into = self.by_element.setdefault(topic.element, [])
                else:
                    into = self.by_kind.setdefault(topic.kind, [])
                into.extend((bank.id, question) for question in topic.questions)


def _pick(role_id: str, key: str, options: Sequence[tuple[str, BankQuestion]]) -> int:
    """Which of a topic's questions a role is asked: fixed by the role's id and the
    topic (a checksum), so a role always gets the same one and related roles often
    get different wordings."""
    return zlib.crc32(f"{role_id}\x1f{key}".encode()) % len(options)


def _fill(text: Text, placeholder: str, value: Text) -> Text:
    """A template with ``placeholder`` replaced, in each language; a value given in
    one language only fills both."""
    filled = {}
    for lang in ("vi", "en"):
        template = getattr(text, lang)
        if template:
            wording = value.get(lang).strip().rstrip(".")
            filled[lang] = template.replace(placeholder, wording)
    return Text(**filled)


def _rated(
    role_id: str,
    kind: TopicKind,
    rated: Iterable[tuple[Text, float | None, str | None]],
    bank: _Bank,
    occupation: Role | None,
    rater: Role,
) -> Iterator[Suggested]:
    for name, importance, element in rated:
        if element is None or (importance is not None and importance < MIN_IMPORTANCE):
            continue
        options = bank.by_element.get(element)
        if not options:
            continue
        bank_id, chosen = options[_pick(role_id, element, options)]
        yield Suggested(
            question=chosen.question,
            shows=chosen.shows,
            bank=bank_id,
            reason=_reason(
                kind, occupation, rater, topic=name, element=element, importance=importance
            ),
        )


def _reason(kind: TopicKind, occupation: Role | None, rater: Role, **fields: Any) -> Reason:
    """A reason citing whose data it is: who rates it, and the occupation when borrowed."""
    return Reason(
        kind=kind,
        rated_by="O*NET" if any(s.title.startswith("O*NET") for s in rater.sources) else None,
        occupation=occupation.id if occupation is not None else None,
        occupation_title=occupation.title if occupation is not None else None,
        **fields,
    )


def _tasks(role: Role, bank: _Bank) -> Iterator[Suggested]:
    templates = bank.by_kind.get(TopicKind.TASK, [])
    if not templates:
        return
    number = 0
    for group in role.duties:
        for task in group.items:
            bank_id, template = templates[number % len(templates)]
            number += 1
            yield Suggested(
                question=_fill(template.question, "{task}", task),
                shows=template.shows,
                bank=bank_id,
                reason=_reason(TopicKind.TASK, None, role, topic=task, group=group.heading),
            )


def _technologies(
    technologies: Sequence[Technology], bank: _Bank, occupation: Role | None, rater: Role
) -> Iterator[Suggested]:
    templates = bank.by_kind.get(TopicKind.TECHNOLOGY, [])
    if not templates:
        return
    for number, technology in enumerate(technologies):
        bank_id, template = templates[number % len(templates)]
        name = Text(en=technology.name)
        yield Suggested(
            question=_fill(template.question, "{technology}", name),
            shows=template.shows,
            bank=bank_id,
            reason=_reason(
                TopicKind.TECHNOLOGY,
                occupation,
                rater,
                topic=name,
                hot=technology.hot,
                in_demand=technology.in_demand,
            ),
        )


def _general(bank: _Bank) -> Iterator[Suggested]:
    for bank_id, question in bank.by_kind.get(TopicKind.GENERAL, []):
        yield Suggested(
            question=question.question,
            shows=question.shows,
            bank=bank_id,
            reason=Reason(kind=TopicKind.GENERAL),
        )


def suggest(
    role: Role, banks: Sequence[QuestionBank], occupation: Role | None = None
) -> tuple[list[Suggested], list[str]]:
    """The bank's questions for ``role``, in the order shown, and the kinds its data
    gave nothing to choose by. ``occupation`` rates work styles, skills and
    technologies for a role whose own data does not (its O*NET occupation)."""
    bank = _Bank(banks)
    rates = occupation if occupation is not None else role
    candidates: dict[TopicKind, list[Suggested]] = {
        TopicKind.WORK_STYLE: list(
            _rated(
                role.id,
                TopicKind.WORK_STYLE,
                ((s.name, s.importance, s.element) for s in rates.work_styles),
                bank,
                occupation,
                rates,
            )
        ),
        TopicKind.SKILL: list(
            _rated(
                role.id,
                TopicKind.SKILL,
                ((s.name, s.importance, s.element) for s in rates.skills),
                bank,
                occupation,
                rates,
            )
        ),
        TopicKind.TASK: list(_tasks(role, bank)),
        TopicKind.TECHNOLOGY: list(
            _technologies(
                [t for t in rates.technologies if t.hot] or rates.technologies[:1],
                bank,
                occupation,
                rates,
            )
        ),
        TopicKind.GENERAL: list(_general(bank)),
    }
    taken = {kind: min(quota, len(candidates[kind])) for kind, quota in QUOTAS}
    taken[TopicKind.GENERAL] = 0
    for kind, most in FILL:
        room = TARGET - sum(taken.values())
        if room <= 0:
            break
        taken[kind] += max(0, min(room, most - taken[kind], len(candidates[kind]) - taken[kind]))
    chosen = [item for kind in SHOWN_KINDS for item in candidates[kind][: taken[kind]]]
    unrated = [
        kind.value
        for kind in (TopicKind.WORK_STYLE, TopicKind.SKILL, TopicKind.TASK, TopicKind.TECHNOLOGY)
        if not candidates[kind]
    ]
    return chosen, unrated


def _matches_company(question: Question, wanted: str) -> bool:
    names = (question.company, question.company_as_written, question.source)
    return any(wanted in fold(name) for name in names if name)


def choose(
    role: Role,
    *,
    company: str | None = None,
    pick: int | None = None,
    seed: int | None = None,
    limit: int | None = None,
    banks: Sequence[QuestionBank] = (),
    occupation: Role | None = None,
) -> InterviewSet:
    """The role's reported questions, then the bank's for it; filtered by company
    (ignoring case and diacritics: only reported questions name one), then ``pick``
    of them at random (the same ``seed`` picks the same ones), then the first
    ``limit``."""
    interview = role.interview
    questions = list(interview.questions) if interview else []
    common = list(interview.common_questions) if interview else []
    suggested, unrated = suggest(role, banks, occupation) if banks else ([], [])
    total = len(questions) + len(common) + len(suggested)
    if company is not None:
        wanted = fold(company)
        questions = [q for q in questions if _matches_company(q, wanted)]
        common = []  # the page's common questions name no company
        suggested = []  # nor do careerpath's
    if pick is not None:
        pool: list[Question | Text | Suggested] = [*questions, *common, *suggested]
        drawn = random.Random(seed).sample(pool, min(pick, len(pool)))
        questions = [item for item in drawn if isinstance(item, Question)]
        common = [item for item in drawn if isinstance(item, Text)]
        suggested = [item for item in drawn if isinstance(item, Suggested)]
    if limit is not None:
        questions = questions[:limit]
        common = common[: max(0, limit - len(questions))]
        suggested = suggested[: max(0, limit - len(questions) - len(common))]
    codes = role.codes
    code = None
    if occupation is None and codes is not None and not (role.work_styles or role.skills):
        code = codes.onet or codes.soc
    return InterviewSet(
        code=code if unrated else None,
        role=role.id,
        title=role.title,
        questions=questions,
        common_questions=common,
        total=total,
        company=company,
        suggested=suggested,
        unrated=unrated,
    )
