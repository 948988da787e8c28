"""The data model's own rules: equality of parsed values, language fallback,
which figure heads a pay statement, and the errors of records that cannot be."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from careerpath.errors import DataError
from careerpath.loader import load_record
from careerpath.model import Rating, Role, SalaryStatement, Span, Text, headline_basis
from careerpath.normalize import _fold_char, fold


def test_ratings_and_spans_are_values() -> None:
    assert Rating.parse("3,5") == Rating.parse(3.5)
    assert Rating.parse("3,5") != Rating.parse(4)
    assert Rating.parse(3.5) != 3.5  # a rating equals only a rating
    assert hash(Rating.parse("3,5")) == hash(Rating.parse(3.5))
    assert len({Rating.parse("3,5"), Rating.parse(3.5), Rating.parse(4)}) == 2
    assert len({Span(2, 4), Span.parse("2-4"), Span(2, None), Span(2, 5)}) == 3


def test_text_falls_back_to_the_other_language() -> None:
    both = Text(vi="Xin chào", en="Hello")
    assert (both.get("vi"), both.get("en")) == ("Xin chào", "Hello")
    assert (Text(en="Hello").get("vi"), Text(vi="Xin chào").get("en")) == ("Hello", "Xin chào")


def _statement(**fields: Any) -> SalaryStatement:
    return msgspec.convert({"period": "year", "currency": "USD", **fields}, SalaryStatement)


@pytest.mark.parametrize(
    ("fields", "basis"),
    [
        ({"range": {"min": 1, "max": 2}}, None),  # a range as given
        ({"percentiles": {"p25": 1, "p75": 3, "median": 2}, "mean": 2}, "middle_half"),
        ({"percentiles": {"p25": 1, "median": 2}, "mean": 2}, "median"),
        ({"percentiles": {"p10": 1}, "mean": 2}, "mean"),
        ({"mean": 2}, "mean"),
        ({"percentiles": {"p10": 1, "p90": 3}}, None),  # nothing to head it
    ],
)
def test_what_heads_a_pay_statement(fields: dict[str, Any], basis: str | None) -> None:
    assert headline_basis(_statement(**fields)) == basis


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (
            "experience_distribution: {brackets: [{years: 0-1, months: 0-12, percent: 5}]}",
            "x.yaml:5:38: experience_distribution.brackets[0]: "
            "give either years or months for a bracket",
        ),
        (
            "salary: [{period: year, currency: USD}]",
            "x.yaml:5:10: salary[0]: give at least one of: total, base, supplementary, "
            "common, full, average, range, percentiles, mean",
        ),
    ],
)
def test_records_that_cannot_be(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, text: str, error: str
) -> None:
    monkeypatch.chdir(tmp_path)
    head = "format: 1\nid: sample\ntitle: {en: Sample}\nsummary: {en: A role.}\n"
    (tmp_path / "x.yaml").write_text(head + text + "\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_record(tmp_path / "x.yaml", Role)
    assert str(caught.value).replace(str(tmp_path) + "/", "") == error


def test_spacing_vowel_signs_stay_in_their_word() -> None:
    # ো is written decomposed (ে + া), and the virama, a non-spacing mark, goes
    assert fold("Công ty কোম্পানি") == "cong ty \u0995\u09c7\u09be\u09ae\u09aa\u09be\u09a8\u09bf"
    # no character folds to a space and something else: a word is never split
    mixed = [
        hex(code)
        for code in range(0x20, 0x10000)
        if not 0xD800 <= code < 0xE000
        and " " in (folded := _fold_char(chr(code)))
        and folded != " "
    ]
    assert mixed == []
