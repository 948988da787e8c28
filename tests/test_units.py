"""Figures with units, spans of years and text folding."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerpath import normalize
from careerpath.model import Period, Range, Rating, Span
from careerpath.normalize import fold, fold_chars, fold_with_map
from careerpath.render import units


@pytest.mark.parametrize(
    ("low", "high", "currency", "period", "lang", "expected"),
    [
        (140e6, 196e6, "VND", Period.YEAR, "en", "VND 140–196 million/year"),
        (140e6, 196e6, "VND", Period.YEAR, "vi", "140 – 196 triệu ₫/năm"),
        (14e6, 17e6, "VND", Period.MONTH, "en", "VND 14–17 million/month"),
        (85_000, 120_000, "USD", Period.YEAR, "en", "USD 85,000–120,000/year"),
        (85_000, 120_000, "USD", Period.YEAR, "vi", "85.000 – 120.000 USD/năm"),
        (1_500_000, 1_500_000, "VND", Period.MONTH, "en", "VND 1.5 million/month"),
        (140e6 / 12, 196e6 / 12, "VND", Period.MONTH, "en", "VND 11.67–16.33 million/month"),
        (11e6 / 12, 15e6 / 12, "VND", Period.MONTH, "vi", "0,92 – 1,25 triệu ₫/tháng"),
    ],
)
def test_money(
    low: float, high: float, currency: str, period: Period, lang: str, expected: str
) -> None:
    assert units.money(Range(min=low, max=high), currency, period, lang) == expected


def test_years() -> None:
    assert units.years(Span(2, 4), "en") == "2–4 years"
    assert units.years(Span(0, 1), "en") == "0–1 year"
    assert units.years(Span(7, None), "en") == "7+ years"
    assert units.years(Span(10, 15), "vi") == "10 – 15 năm"


def test_rating_keeps_decimal_comma_in_vietnamese() -> None:
    assert units.rating(Rating.parse("3,7"), "vi") == "3,7 ★ / 5"
    assert units.rating(Rating.parse("3,7"), "en") == "3.7 ★ / 5"
    assert units.rating(Rating.parse(5.0), "en") == "5.0 ★ / 5"


@given(st.integers(0, 999), st.one_of(st.none(), st.integers(0, 999)))
def test_span_round_trips_through_text(low: int, high: int | None) -> None:
    span = Span(low, high)
    assert Span.parse(str(span)) == span


@pytest.mark.parametrize("text", ["2..4", "", "4-", "-4", "a-b", "2-4-6", "1000-2000"])
def test_span_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="span of years"):
        Span.parse(text)


@given(st.floats(0, 5, allow_nan=False).map(lambda x: round(x, 1)))
def test_rating_parses_both_decimal_marks(value: float) -> None:
    dot = Rating.parse(f"{value:.1f}")
    comma = Rating.parse(f"{value:.1f}".replace(".", ","))
    assert dot.value == comma.value == value
    assert comma.decimal_comma and not dot.decimal_comma


@given(st.text())
def test_fold_ignores_case_accents_and_normal_form(text: str) -> None:
    assert fold(text) == fold(unicodedata.normalize("NFD", text).upper().lower())
    assert fold(text) == fold(unicodedata.normalize("NFC", text))


def test_fold_vietnamese() -> None:
    assert fold("Trưởng nhóm Chăm sóc Khách hàng") == "truong nhom cham soc khach hang"
    assert fold("Giám đốc ĐIỀU HÀNH") == "giam doc dieu hanh"
    assert fold("team-lead") == "team lead"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Straße", "strasse"),  # ß folds to two letters
        ("ﬁle", "file"),  # a ligature, to two
        ("İstanbul", "istanbul"),  # a dotted capital I: its dot is a combining mark
        ("ı", "i"),  # dotless i folds as its capital does
        ("ᾳ", "αι"),  # the ypogegrammeni, as its capital ΑΙ
        ("Επικεφαλής έρευνας", "επικεφαλησ ερευνασ"),  # Greek, final sigma as sigma
        ("研究主管", "研究主管"),  # letters without case are kept
        ("3D Level 3/4", "3d level 3 4"),  # digits are kept, the slash is a space
        ("a\u0301b", "ab"),  # a lone combining mark folds to nothing
        ("Đà-Nẵng", "da nang"),
        ("  --a!! ", "a"),
    ],
)
def test_fold_characters_and_scripts(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_chars_keeps_one_character_per_character() -> None:
    """Runs of spaces are kept, so that positions in the folded text are the text's."""
    assert fold_chars("  --a!! ") == "    a   "
    assert fold_chars("Đà-Nẵng") == "da nang"
    assert fold_chars("Straße") == "strasse"  # the exception: one character, two letters


def test_fold_with_map_gives_each_folded_character_its_origin() -> None:
    assert fold_with_map("Weiß-Wasser!") == (
        "weiss wasser",
        [0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10],
    )
    assert fold_with_map("--a") == ("a", [2])
    assert fold_with_map("a -- b") == ("a b", [0, 1, 5])
    assert fold_with_map("") == ("", [])
    assert fold_with_map("!!") == ("", [])


@pytest.mark.parametrize(
    ("value", "currency", "lang", "expected"),
    [
        (94e6, "VND", "en", "+94 million VND"),
        (94e6, "VND", "vi", "+94 triệu ₫"),
        (-1_250_000, "VND", "vi", "−1,25 triệu ₫"),
        (-40_000, "USD", "en", "−40,000 USD"),  # under a million: the amount itself
        (-40_000, "USD", "vi", "−40.000 USD"),
        (999_999, "VND", "en", "+999,999 VND"),
        (1_000_000, "VND", "en", "+1 million VND"),
        (0, "USD", "en", "±0 USD"),
        (1_500_000, None, "en", "+1.5 million"),
        (-1_500_000, None, "vi", "−1,5 triệu"),
        (-40_000, None, "vi", "−40.000"),
    ],
)
def test_signed_differences(value: float, currency: str | None, lang: str, expected: str) -> None:
    assert units.signed_millions(value, currency, lang) == expected


@pytest.mark.parametrize(
    ("low", "high", "en", "vi"),
    [
        (0, 0, "none", "không có"),
        (0, 1, "up to 1 month", "tối đa 1 tháng"),
        (1, 12, "over 1 month, up to 1 year", "trên 1 tháng, tối đa 1 năm"),
        (3, 6, "over 3 months, up to 6 months", "trên 3 tháng, tối đa 6 tháng"),
        (12, 24, "over 1 year, up to 2 years", "trên 1 năm, tối đa 2 năm"),
        (120, None, "over 10 years", "trên 10 năm"),
    ],
)
def test_months_as_onet_words_them(low: int, high: int | None, en: str, vi: str) -> None:
    assert units.months(Span(low, high), "en") == en
    assert units.months(Span(low, high), "vi") == vi
    assert units.bracket(None, Span(low, high), "en") == en


@pytest.mark.parametrize(
    ("low", "high", "currency", "period", "lang", "expected"),
    [
        (38, 52, "USD", Period.HOUR, "en", "USD 38.00–52.00/hour"),  # cents per hour
        (30.5, 30.5, "USD", Period.YEAR, "vi", "30,50 USD/năm"),  # a fraction: cents
        (
            70_000,
            90_000,
            None,
            None,
            "en",
            "70,000–90,000 (currency not given, period not given)",
        ),
        (70_000, 90_000, "EUR", None, "vi", "70.000 – 90.000 EUR (không ghi kỳ hạn)"),
        (0, 2_000_000, "VND", Period.MONTH, "en", "VND 0–2 million/month"),
        (9_000, 2_000_000, "VND", Period.MONTH, "en", "VND 9,000–2,000,000/month"),
        # in millions only when the low end is at least a hundredth of a million
        (9_950, 2_000_000, "VND", Period.MONTH, "en", "VND 9,950–2,000,000/month"),
        (10_000, 2_000_000, "VND", Period.MONTH, "en", "VND 0.01–2 million/month"),
    ],
)
def test_money_edges(
    low: float, high: float, currency: str | None, period: Period | None, lang: str, expected: str
) -> None:
    assert units.money(Range(min=low, max=high), currency, period, lang) == expected


def test_numbers() -> None:
    assert units.number(-0.001, "en") == "0"
    assert units.number(1234567.5, "vi") == "1.234.567,5"
    assert units.number(2.0, "en") == "2"
    assert units.number(2.5, "en") == "2.5"
    assert units.number(2.456, "en") == "2.46"
    assert units.number(0.00499, "en") == "0"  # rounded once, to two decimals
    assert units.number(3, "en", decimals=1) == "3.0"
    assert units.count(1234567, "vi") == "1.234.567"
    assert units.count(1234567, "en") == "1,234,567"
    assert units.times(1.6429, "vi") == "×1,64"
    assert units.times(2, "en") == "×2.00"
    assert units.percent(40, "en") == "40%"
    assert units.percent(7.5, "vi") == "7,5%"


@pytest.mark.parametrize(
    ("char", "folded"),
    [
        ("Đ", "d"),
        ("đ", "d"),
        ("É", "e"),
        ("ß", "ss"),
        ("İ", "i"),
        ("ı", "i"),
        ("-", " "),
        ("3", "3"),
        ("\u0301", ""),
        ("研", "研"),
    ],
)
def test_each_character_folds_once_into_a_fresh_table(char: str, folded: str) -> None:
    """Folding is kept per code point for the life of the process, so the shared
    table may hold a character already; a fresh one folds it here."""
    table = normalize._FoldTable()
    assert table[ord(char)] == folded
    assert char.translate(table) == folded
    assert table == {ord(char): folded}  # kept for the next time


def test_a_percentage_short_of_100_never_shows_as_100() -> None:
    from careerpath.render.units import percent

    assert percent(99.99, "en", decimals=1) == "99.9%"
    assert percent(99.999, "en") == "99.99%"
    assert percent(0.01, "en", decimals=1) == "0.1%"
    assert percent(100, "en", decimals=1) == "100.0%"
    assert percent(0, "vi") == "0%"
    # with decimals, every figure has them: "93,0%" beside "93,1%", not "93%"
    assert [percent(v, "vi", decimals=1) for v in (93, 93.14)] == ["93,0%", "93,1%"]
