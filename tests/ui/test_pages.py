"""The pages and dialogs as a clerk uses them: type, click, read what is shown."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from govhr_desktop.domain.identity import id_check_char
from govhr_desktop.ui.dialogs.org_dialogs import HomeUnitDialog, WindowDialog, ZoneDialog
from govhr_desktop.ui.dialogs.staff_dialog import ReturnDialog, StaffDialog
from govhr_desktop.ui.main_window import MainWindow


def new_id(seq: int) -> str:
    first = f"34052419950412{seq:03d}"
    return first + id_check_char(first)


@pytest.fixture
def window(qtbot, ui_ctx):
    w = MainWindow(ui_ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def shown_column(page, col: int) -> list[str]:
    return [page.proxy.index(i, col).data() for i in range(page.proxy.rowCount())]


def test_main_window_has_a_page_per_area(window, ui_ctx):
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == ["首页", "人员", "在岗情况", "请销假", "值班排班", "日常登记", "好差评", "差评处理", "月度考核", "评优表彰", "年度考核", "统计图表", "考核模板", "培训课程", "学时台账", "培训需求", "证书与等级", "公文", "发文登记", "考察", "调整申请", "派驻单位", "区域", "窗口", "工作日历",
                     "中心设置", "账号管理", "安全设置", "数据备份", "审计日志"]
    assert ui_ctx.center.get().name in window.windowTitle()
    for key in window.page_keys:
        window.show_page(key)
        assert window.stack.currentWidget() is window.pages[key]


def test_home_page_shows_key_figures(window):
    home = window.pages["home"]
    assert home.cards["staff"].value.text() == "470"
    assert home.cards["women"].value.text() == "214"
    assert home.cards["party"].value.text() == "150"
    assert "B15" in home.no_b.text()


def test_home_page_shows_todays_duty(qtbot, window, ui_ctx):
    from govhr_desktop.services.rosters import RosterService

    home = window.pages["home"]
    today = RosterService(ui_ctx.services).today()
    qtbot.waitUntil(lambda: "带班领导" in home.duty_text.text(), timeout=3000)
    shown = home.duty_text.text()
    assert today.leader and today.leader in shown  # the demo rota covers every day
    for post, _times, names in today.duties:
        assert post in shown and names in shown
    assert "本月空缺值班" in shown


def test_staff_search_as_you_type(qtbot, window, ui_ctx, type_text):
    window.show_page("staff")
    page = window.pages["staff"]
    total = page.proxy.rowCount()
    assert total == 470  # "on the books" filter hides people who returned
    someone = ui_ctx.staff.list(include_returned=False)[17]
    qtbot.keyClicks(page.search, someone.id_number[-6:])
    assert someone.name in shown_column(page, 0)
    assert page.proxy.rowCount() < 5
    page.search.clear()
    qtbot.keyClicks(page.search, someone.mobile[:7])
    assert someone.name in shown_column(page, 0)
    page.search.clear()
    type_text(page.search, "刘䶮")
    assert shown_column(page, 0) == ["刘䶮"]
    page.search.setText(someone.window_number or "A01")
    assert page.proxy.rowCount() >= 1
    assert "显示" in page.count_label.text()


def test_staff_filters(window, ui_ctx):
    window.show_page("staff")
    page = window.pages["staff"]
    unit = ui_ctx.home_units.list()[1]
    page.unit_filter.setCurrentIndex(page.unit_filter.findData(unit.id))
    assert set(shown_column(page, 5)) == {unit.short_name}
    page.unit_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("returned"))
    assert set(shown_column(page, 13)) == {"已调回"}
    page.status_filter.setCurrentIndex(0)
    page.employment_filter.setCurrentIndex(page.employment_filter.findData("temporary"))
    assert set(shown_column(page, 8)) == {"临聘"}


def test_staff_list_masks_id_and_phone(window, ui_ctx):
    window.show_page("staff")
    page = window.pages["staff"]
    ids = shown_column(page, 2)
    assert all("********" in x for x in ids)
    assert all("****" in x for x in shown_column(page, 4) if x)


def test_sorting_uses_raw_values(window):
    window.show_page("staff")
    page = window.pages["staff"]
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # age
    ages = [int(x) for x in shown_column(page, 3)]
    assert ages == sorted(ages)


def fill_new_staff(type_text, dlg, ui_ctx, *, id_number: str):
    type_text(dlg.name, "王㛃玥")
    type_text(dlg.id_number, id_number)
    type_text(dlg.mobile, "139 1234 5678")
    unit = ui_ctx.home_units.list()[0]
    dlg.home_unit.setCurrentIndex(dlg.home_unit.findData(unit.id))
    dlg.employment.setCurrentIndex(dlg.employment.findData("agency"))


def test_add_staff_with_enter(qtbot, ui_ctx, type_text):
    dlg = StaffDialog(ui_ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    fill_new_staff(type_text, dlg, ui_ctx, id_number=new_id(2))
    assert "性别：女" in dlg.derived.text() and "1995-04-12" in dlg.derived.text()
    qtbot.keyClick(dlg.name, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted
    saved = ui_ctx.staff.get(dlg.saved_id)
    assert (saved.name, saved.gender, saved.mobile, saved.employment_type) == ("王㛃玥", "F", "13912345678", "agency")


def test_staff_dialog_says_what_is_wrong_and_saves_nothing(qtbot, ui_ctx, type_text):
    before = len(ui_ctx.staff.list())
    dlg = StaffDialog(ui_ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    fill_new_staff(type_text, dlg, ui_ctx, id_number="340524199504120011")
    assert "校验码" in dlg.error_text("id_number")  # shown while typing
    dlg.mobile.setText("1391234567")
    dlg.mobile.editingFinished.emit()
    assert "手机号码" in dlg.error_text("mobile")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert len(ui_ctx.staff.list()) == before


def test_duplicate_id_is_reported_at_the_field(qtbot, ui_ctx, type_text):
    existing = ui_ctx.staff.list()[0]
    dlg = StaffDialog(ui_ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    fill_new_staff(type_text, dlg, ui_ctx, id_number=existing.id_number)
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert existing.name in dlg.error_text("id_number")


def test_escape_cancels(qtbot, ui_ctx, type_text):
    dlg = StaffDialog(ui_ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(dlg.name, "某某")
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.result() == QDialog.DialogCode.Rejected


def test_edit_staff_keeps_everything_else(qtbot, ui_ctx):
    person = ui_ctx.staff.list(include_returned=False)[5]
    dlg = StaffDialog(ui_ctx, ui_ctx.staff.get(person.id))
    qtbot.addWidget(dlg)
    assert dlg.id_number.text() == person.id_number
    dlg.remarks.setPlainText("已核对")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    after = ui_ctx.staff.get(person.id)
    assert after.remarks == "已核对"
    assert after.to_input() == person.to_input().__class__(**{**person.to_input().__dict__, "remarks": "已核对"})


def test_return_to_home_unit(qtbot, ui_ctx):
    person = [s for s in ui_ctx.staff.list() if s.window_id and s.post == "B"][0]
    dlg = ReturnDialog(ui_ctx, person)
    qtbot.addWidget(dlg)
    dlg.left_on.setDate(dlg.left_on.date().addDays(-1))
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    after = ui_ctx.staff.get(person.id)
    assert after.status == "returned" and after.window_id is None


def test_window_page_shows_current_staff_and_uncovered(window, ui_ctx):
    window.show_page("windows")
    page = window.pages["windows"]
    page.table.selectRow(0)
    first = page.selected_row()
    names = {page.staff_model.row_at(i).name for i in range(page.staff_model.rowCount())}
    assert names == {s.name for s in ui_ctx.staff.at_window(first.id)}
    assert first.number in page.staff_label.text()
    cover = page.findChild(type(page.unit_filter) if hasattr(page, "unit_filter") else type(page.zone_filter), "coverFilter")
    cover.setCurrentIndex(cover.findData("uncovered"))
    assert set(shown_column(page, 0)) == {"B15", "C03", "C19"}


def test_new_window_rejects_duplicate_number(qtbot, ui_ctx, type_text):
    dlg = WindowDialog(ui_ctx)
    qtbot.addWidget(dlg)
    type_text(dlg.number, "a01")
    type_text(dlg.name, "新窗口")
    dlg.zone.setCurrentIndex(1)
    dlg.unit.setCurrentIndex(1)
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "A01" in dlg.error_text("number") and "已存在" in dlg.error_text("number")
    dlg.number.setText("Z01")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert ui_ctx.windows.get(dlg.saved_id).number == "Z01"


def test_comprehensive_window_has_no_unit(qtbot, ui_ctx):
    dlg = WindowDialog(ui_ctx)
    qtbot.addWidget(dlg)
    dlg.unit.setCurrentIndex(2)
    dlg.window_type.setCurrentIndex(dlg.window_type.findData("comprehensive"))
    assert not dlg.unit.isEnabled() and dlg.unit.currentData() is None


def test_home_unit_dialog_and_chief_representative(qtbot, ui_ctx, window):
    unit = ui_ctx.home_units.list()[0]
    dlg = HomeUnitDialog(ui_ctx, unit)
    qtbot.addWidget(dlg)
    member = ui_ctx.staff.of_home_unit(unit.id)[-1]
    dlg.chief.setCurrentIndex(dlg.chief.findData(member.id))
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert ui_ctx.home_units.get(unit.id).chief_representative_name == member.name
    dup = HomeUnitDialog(ui_ctx)
    qtbot.addWidget(dup)
    dup.full_name.setText(unit.full_name)
    dup.short_name.setText("新简称")
    dup.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "已存在" in dup.error_text("full_name")
    window.show_page("home_units")
    page = window.pages["home_units"]
    page.select_id(unit.id)
    assert page.staff_model.rowCount() == unit.staff_count


def test_zone_dialog(qtbot, ui_ctx, window):
    dlg = ZoneDialog(ui_ctx)
    qtbot.addWidget(dlg)
    dlg.name.setText("帮办代办区")
    dlg.floor.setText("2F")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    window.show_page("zones")
    assert "帮办代办区" in shown_column(window.pages["zones"], 0)


def test_settings_page_saves_and_validates(qtbot, window, ui_ctx):
    window.show_page("settings")
    page = window.pages["settings"]
    page.edits["name"].setText("")
    page.edits["postcode"].setText("12")
    page.save_button.click()
    assert not page.errors["name"].isHidden() and not page.errors["postcode"].isHidden()
    assert ui_ctx.center.get().name != ""
    page.edits["name"].setText("青山县政务服务中心（新址）")
    page.edits["postcode"].setText("237500")
    qtbot.keyClick(page.edits["name"], Qt.Key.Key_Return)
    assert ui_ctx.center.get().name == "青山县政务服务中心（新址）"
    assert page.leader_model.rowCount() >= 4


def test_export_any_list(tmp_path, window):
    from govhr_desktop.exchange.readers import read_table

    for key in ("staff", "home_units", "zones", "windows"):
        window.show_page(key)
        page = window.pages[key]
        path = page.export_xlsx(str(tmp_path / f"{key}.xlsx"))
        table = read_table(path)
        header_at = next(i for i, r in enumerate(table) if r and r[0] == page.model.columns[0].header)
        assert len(table) - header_at - 1 == page.proxy.rowCount()


def test_column_widths_and_geometry_remembered(qtbot, ui_ctx):
    w = MainWindow(ui_ctx)
    qtbot.addWidget(w)
    w.show_page("staff")
    w.pages["staff"].table.setColumnWidth(0, 177)
    w.show()
    w.resize(1111, 666)
    w.close()
    assert not ui_ctx.settings.value("main/geometry").isEmpty()
    w2 = MainWindow(ui_ctx)
    qtbot.addWidget(w2)
    assert w2.page("staff").table.columnWidth(0) == 177
    assert w2.size().height() == 666  # (the offscreen screen is 800 px wide: widths get clamped)


def test_language_choice_is_remembered(window, ui_ctx):
    window.show_page("settings")
    page = window.pages["settings"]
    page.lang.setCurrentIndex(page.lang.findData("en"))
    assert ui_ctx.settings.value("ui/lang") == "en"
