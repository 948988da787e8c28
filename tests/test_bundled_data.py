"""The bundled data, pinned to the figures of the two source pages.

Expected values are copied from the pages by hand; the loader computes the
actual ones from the YAML.
"""

from __future__ import annotations

import datetime as dt

import pytest

from careerpath.catalog import Catalog
from careerpath.model import Period, Range, Role, SalaryStatement

M = 1_000_000


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog()


def _range(low: float, high: float) -> Range:
    return Range(min=low * M, max=high * M)


def _statement(role: Role, period: Period, index: int = 0) -> SalaryStatement:
    return [s for s in role.salary if s.period == period][index]


def test_every_bundled_file_validates(catalog: Catalog) -> None:
    roles, role_errors = catalog.roles()
    ladders, ladder_errors = catalog.ladders()
    assert role_errors == [] and ladder_errors == []
    assert len(roles) == 10 and len(ladders) == 2
    ids = {role.id for role in roles}
    for ladder in ladders:
        for step in ladder.steps:
            assert step.role in ids, f"{ladder.id} names unknown role {step.role}"


def test_aliases_are_unique(catalog: Catalog) -> None:
    roles, _ = catalog.roles()
    names = [name for role in roles for name in (role.id, *role.aliases)]
    assert len(names) == len(set(names))


def test_team_lead_page(catalog: Catalog) -> None:
    role = catalog.role("team-lead")
    assert role.title.vi == "Trưởng nhóm Chăm sóc Khách hàng"
    assert role.degree and role.degree.vi == "Cử nhân"
    assert role.ratings and role.ratings.work_life and role.ratings.career_opportunity
    assert (role.ratings.work_life.value, role.ratings.career_opportunity.value) == (4.0, 4.2)
    assert str(role.experience_years) == "2-4"
    annual = _statement(role, Period.YEAR)
    assert annual.currency == "VND"
    assert annual.total == _range(140, 196)
    assert annual.base == _range(130, 181)
    assert annual.supplementary == _range(11, 15)
    assert annual.common == _range(140, 196)
    assert annual.full == _range(65, 390)
    assert _statement(role, Period.MONTH).average == _range(14, 17)
    assert role.experience_distribution
    assert [(str(b.years), b.percent) for b in role.experience_distribution.brackets] == [
        ("0-1", 7),
        ("2-4", 40),
        ("5-7", 31),
        ("8+", 22),
    ]
    assert [len(group.items) for group in role.duties] == [7]
    assert [len(group.items) for group in role.requirements] == [12]
    assert role.interview
    questions = role.interview.questions
    assert [q.date for q in questions] == [dt.date(2023, 11, 7)] * 3 + [dt.date(2023, 11, 9)]
    assert {q.source for q in questions} == {"1900.com.vn"}
    assert [q.answers for q in questions] == [1, 1, 1, 1]
    assert all(q.sample_answer for q in questions)
    assert len(role.interview.common_questions) == 4
    assert len(role.faq) == 4


def test_service_director_page(catalog: Catalog) -> None:
    role = catalog.role("service-director")
    assert role.title.vi == "Giám đốc dịch vụ khách hàng"
    assert "service-manager" in role.aliases
    assert role.degree and role.degree.vi == "Cử nhân/Thạc sĩ"
    assert role.ratings and role.ratings.work_life and role.ratings.career_opportunity
    assert role.ratings.work_life.value == 3.7
    assert role.ratings.career_opportunity.value == 3.9
    # The page writes ratings with a decimal comma; the data keeps that.
    assert role.ratings.work_life.written == "3,7"
    assert role.ratings.career_opportunity.decimal_comma
    assert str(role.experience_years) == "5-7"
    annual = _statement(role, Period.YEAR)
    assert annual.total == _range(234, 390)
    assert annual.base == _range(216, 360)
    assert annual.supplementary == _range(18, 30)
    assert annual.common == _range(234, 390)
    assert annual.full == _range(91, 780)
    assert _statement(role, Period.MONTH).average == _range(18, 30)
    assert role.experience_distribution
    brackets = role.experience_distribution.brackets
    assert [(str(b.years), b.percent) for b in brackets] == [
        ("0-1", 8),
        ("2-4", 23),
        ("5-7", 44),
        ("8+", 35),
    ]
    assert sum(b.percent for b in brackets) == 110  # the page's own quirk, kept
    assert [len(group.items) for group in role.duties] == [3, 3, 2, 1, 2, 4]
    assert [len(group.items) for group in role.requirements] == [3, 2, 3]
    assert role.interview
    questions = role.interview.questions
    assert [
        (q.company, q.company_rating and q.company_rating.value, q.date) for q in questions
    ] == [
        ("DB Schenker", 3.5, dt.date(2023, 11, 2)),
        ("Episerver R&D", 4.6, dt.date(2023, 11, 20)),
        ("Insiders Co., Ltd.", 4.9, dt.date(2023, 11, 2)),
        ("Appier", 5.0, dt.date(2023, 11, 2)),
    ]
    assert [q.company_as_written for q in questions] == [
        "DB SCHENKER",
        "EPISERVER R&D",
        "INSIDERS CO., LTD.",
        None,
    ]
    assert questions[3].question.vi == "Làm thế nào để bạn bán . cho một công ty?"
    assert all(q.sample_answer is None and q.answers is None for q in questions)
    assert len(role.interview.common_questions) == 6
    assert len(role.faq) == 5


def test_entry_level_monthly_salaries(catalog: Catalog) -> None:
    role = catalog.role("customer-care-agent")
    average, relations, service = role.salary
    assert all(s.period == Period.MONTH and s.currency == "VND" for s in role.salary)
    assert average.average == _range(6, 12)
    assert relations.label and relations.label.vi == "Nhân viên quan hệ khách hàng"
    assert relations.range == _range(8, 12)
    assert service.label and service.label.vi == "Nhân viên dịch vụ khách hàng"
    assert service.range == _range(7, 10)


def test_cs_ladder(catalog: Catalog) -> None:
    ladder = catalog.ladder("cs")
    assert [(step.role, str(step.years)) for step in ladder.steps] == [
        ("customer-care-agent", "0-2"),
        ("customer-care-specialist", "1-3"),
        ("team-lead", "3-5"),
        ("customer-care-manager", "5-7"),
        ("customer-care-director", "7-9"),
    ]
    assert [step.title.vi for step in ladder.steps] == [
        "Nhân viên Chăm sóc khách hàng",
        "Chuyên viên Chăm sóc khách hàng",
        "Trưởng nhóm Chăm sóc khách hàng",
        "Quản lý Chăm sóc khách hàng",
        "Giám đốc Chăm sóc khách hàng",
    ]


def test_service_ladder(catalog: Catalog) -> None:
    ladder = catalog.ladder("service")
    assert [(step.role, str(step.years)) for step in ladder.steps] == [
        ("customer-care-agent", "0-3"),
        ("technical-support-specialist", "2-4"),
        ("product-consultant", "5+"),
        ("service-director", "7+"),
        ("business-director", "10-15"),
        ("chief-executive", "15+"),
    ]
    assert ladder.steps[-1].note  # "with experience in an equivalent position"
