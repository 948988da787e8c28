"""Choosing interview questions to read or to practise."""

from __future__ import annotations

import random

import msgspec

from careerpath.model import Question, Role, Text
from careerpath.normalize import fold


class InterviewSet(msgspec.Struct, frozen=True, kw_only=True):
    """The questions chosen from one role: asked questions, then common ones."""

    role: str
    title: Text
    questions: list[Question]
    common_questions: list[Text]
    total: int
    company: str | None = None  # the --company asked for, if any

    @property
    def count(self) -> int:
        return len(self.questions) + len(self.common_questions)


def _matches_company(question: Question, wanted: str) -> bool:
    names = (question.company, question.company_as_written, question.source)
    return any(wanted in fold(name) for name in names if name)


def choose(
    role: Role,
    *,
    company: str | None = None,
    pick: int | None = None,
    seed: int | None = None,
) -> InterviewSet:
    """The role's questions, filtered by company (ignoring case and diacritics),
    then ``pick`` of them at random; the same ``seed`` picks the same ones."""
    interview = role.interview
    questions = list(interview.questions) if interview else []
    common = list(interview.common_questions) if interview else []
    total = len(questions) + len(common)
    if company is not None:
        wanted = fold(company)
        questions = [q for q in questions if _matches_company(q, wanted)]
        common = []  # the page's common questions name no company
    if pick is not None:
        pool: list[Question | Text] = [*questions, *common]
        chosen = random.Random(seed).sample(pool, min(pick, len(pool)))
        questions = [item for item in chosen if isinstance(item, Question)]
        common = [item for item in chosen if isinstance(item, Text)]
    return InterviewSet(
        role=role.id,
        title=role.title,
        questions=questions,
        common_questions=common,
        total=total,
        company=company,
    )
