from datetime import date

import pytest
from hypothesis import given, strategies as st

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.identity import (
    id_check_char,
    mask_id_number,
    mask_mobile,
    parse_id_number,
    parse_mobile,
)

TODAY = date(2026, 11, 21)


def make_id(area: str, birth: date, seq: int) -> str:
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    return first17 + id_check_char(first17)


def test_documented_example_is_valid():
    rid = parse_id_number("34052419800101001X", today=TODAY)
    assert rid.birth_date == date(1980, 1, 1)
    assert rid.gender == "M"
    assert rid.area_code == "340524"


def test_lowercase_x_is_accepted_and_stored_uppercase():
    assert parse_id_number(" 34052419800101001x ", today=TODAY).number == "34052419800101001X"


@given(
    area=st.integers(110000, 659999).map(str),
    birth=st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    seq=st.integers(0, 999),
)
def test_every_generated_number_parses_back(area, birth, seq):
    number = make_id(area, birth, seq)
    rid = parse_id_number(number, today=TODAY)
    assert rid.birth_date == birth
    assert rid.gender == ("M" if seq % 2 else "F")
    assert rid.number == number


@given(
    birth=st.dates(min_value=date(1950, 1, 1), max_value=date(2005, 12, 31)),
    seq=st.integers(0, 999),
    pos=st.integers(0, 16),
    delta=st.integers(1, 9),
)
def test_any_single_digit_typo_is_caught(birth, seq, pos, delta):
    """The ISO 7064 MOD 11-2 check catches every single-digit error."""
    number = make_id("340524", birth, seq)
    wrong_digit = str((int(number[pos]) + delta) % 10)
    typo = number[:pos] + wrong_digit + number[pos + 1:]
    with pytest.raises(DomainError) as e:
        parse_id_number(typo, today=TODAY)
    assert e.value.code in {"id_number.checksum", "id_number.birth_date", "id_number.future_birth"}


@given(st.text(max_size=25))
def test_arbitrary_text_never_crashes(text):
    try:
        parse_id_number(text, today=TODAY)
    except DomainError as e:
        assert e.code.startswith("id_number.")


@pytest.mark.parametrize(
    "raw, code",
    [
        ("", "id_number.required"),
        ("3405241980010100", "id_number.length"),
        ("34052419800101001Y", "id_number.shape"),
        ("340524198002300015", "id_number.birth_date"),
        ("340524203001010011", "id_number.future_birth"),
        ("340524198001010011", "id_number.checksum"),
        ("3.40524E+17", "id_number.scientific"),
        (3.40524198001010e17, "id_number.scientific"),
    ],
)
def test_bad_numbers_get_their_own_code(raw, code):
    with pytest.raises(DomainError) as e:
        parse_id_number(raw, today=TODAY)
    assert e.value.code == code
    assert e.value.field == "id_number"


def test_checksum_error_names_expected_character():
    with pytest.raises(DomainError) as e:
        parse_id_number("340524198001010011", today=TODAY)
    assert e.value.params == {"given": "1", "expected": "X"}


def test_future_birth_date_is_refused():
    future = make_id("340524", date(2027, 1, 1), 11)
    with pytest.raises(DomainError) as e:
        parse_id_number(future, today=TODAY)
    assert e.value.code == "id_number.future_birth"


@pytest.mark.parametrize("raw", ["13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", 13812345678.0])
def test_mobile_forms(raw):
    assert parse_mobile(raw) == "13812345678"


@pytest.mark.parametrize("raw", ["12812345678", "1381234567", "138123456789", "abc"])
def test_bad_mobiles(raw):
    with pytest.raises(DomainError) as e:
        parse_mobile(raw)
    assert e.value.code == "mobile.shape"


def test_masks():
    assert mask_id_number("330102199001011234") == "330102********1234"
    assert mask_mobile("13812341234") == "138****1234"
