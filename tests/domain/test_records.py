from datetime import date

import pytest

from govhr_desktop.domain.errors import ValidationError
from govhr_desktop.domain.records import (
    CenterInput,
    StaffInput,
    WindowInput,
    normalize_window_number,
    validate_center,
    validate_staff,
    validate_window,
)

TODAY = date(2026, 11, 21)


def staff(**kw) -> StaffInput:
    base = dict(name="李晓燕", id_number="34052419800101001X", home_unit_id=1, employment_type="contract",
                joined_center_on=date(2024, 3, 1))
    base.update(kw)
    return StaffInput(**base)


def test_valid_staff_gets_gender_and_birth_date_from_id():
    s = validate_staff(staff(), today=TODAY)
    assert (s.gender, s.birth_date) == ("M", date(1980, 1, 1))


def test_rare_characters_kept_exactly():
    for name in ("王㛃", "刘䶮", "𠀾明", "喆 堃"):
        assert validate_staff(staff(name=name), today=TODAY).name == name


def test_all_wrong_fields_reported_at_once():
    with pytest.raises(ValidationError) as e:
        validate_staff(staff(name=" ", id_number="340524198001010011", mobile="123", employment_type="x",
                             joined_center_on=date(2027, 1, 1)), today=TODAY)
    fields = {(err.field, err.code) for err in e.value.errors}
    assert fields == {
        ("name", "required"),
        ("id_number", "id_number.checksum"),
        ("mobile", "mobile.shape"),
        ("employment_type", "required"),
        ("joined_center_on", "date.future"),
    }


def test_window_needs_post():
    with pytest.raises(ValidationError) as e:
        validate_staff(staff(window_id=3, post=None), today=TODAY)
    assert [(x.field, x.code) for x in e.value.errors] == [("post", "staff.post_required")]


def test_joined_before_sixteen_is_refused():
    with pytest.raises(ValidationError) as e:
        validate_staff(staff(joined_center_on=date(1990, 1, 1)), today=TODAY)
    assert e.value.errors[0].code == "staff.too_young_when_joined"


@pytest.mark.parametrize("raw, norm", [("a03", "A03"), (" A-03 ", "A03"), ("12", "12")])
def test_window_number_normalized(raw, norm):
    assert normalize_window_number(raw) == norm


def test_window_rules():
    ok = validate_window(WindowInput("a3", "企业开办", 1, "department", home_unit_id=2))
    assert ok.number == "A3"
    with pytest.raises(ValidationError) as e:
        validate_window(WindowInput("A-", "", None, "department", None, date(2026, 5, 1), date(2026, 1, 1)))
    assert {x.field for x in e.value.errors} == {"number", "name", "zone_id", "home_unit_id", "active_to"}
    with pytest.raises(ValidationError) as e:
        validate_window(WindowInput("A01", "综合受理", 1, "comprehensive", home_unit_id=2))
    assert e.value.errors[0].code == "window.comprehensive_no_unit"


def test_center_needs_name_and_short_name():
    with pytest.raises(ValidationError) as e:
        validate_center(CenterInput("", "", postcode="12"))
    assert {x.field for x in e.value.errors} == {"name", "short_name", "postcode"}
