"""The scoring-template page: the default version 1 as DOMAIN §6 has it, a change saved as a new
active version (the old one unchanged), errors shown in Chinese at their fields with nothing
saved, and no edit button for a role without EVALUATION_WRITE."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from govhr_desktop.domain.scoring import default_template
from govhr_desktop.domain.security import Actor
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.templates import TemplateService
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.pages.templates import TemplateDialog, TemplatesPage

CHINESE = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def page(qtbot, ui_ctx) -> TemplatesPage:
    p = TemplatesPage(ui_ctx)
    qtbot.addWidget(p)
    p.reload()
    return p


@pytest.fixture
def dialogs(monkeypatch):
    """Each TemplateDialog.exec() runs the next script with the dialog instead of blocking."""
    scripts: list = []
    monkeypatch.setattr(TemplateDialog, "exec", lambda d: scripts.pop(0)(d))
    return scripts


def save(qtbot, dlg: TemplateDialog) -> None:
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def versions(ui) -> list:
    return TemplateService(ui.services).versions()


def test_page_shows_the_default_version_1_with_the_domain_numbers(page):
    rows = page.versions()
    assert [(v.version, v.active) for v in rows] == [(1, True)]
    assert page.version_model.display_row(0)[:2] == ["默认考核模板", "v1"]
    assert page.current.id == rows[0].id

    figures = {f.key: f for f in page.figures()}
    assert figures["categories.discipline.weight"].value == 25
    assert figures["categories.service.weight"].value == 20
    assert figures["items.late_early.points"].value == -1
    assert figures["items.absence_half_day.points"].value == -5
    assert figures["bonus_cap"].value == 5
    assert figures["items.banner.points"].value == 2
    assert figures["vetoes.inspection_negative.points"].value == 15
    assert figures["vetoes.inspection_negative.no_honours"].value is True
    assert figures["vetoes.bribery.forced_grade"].value == "较差"
    assert [figures[f"bands.{g}"].value for g in ("好", "较好", "一般", "较差")] == [90, 80, 60, 0]
    assert (figures["quota"].text, figures["quota_collective_merit"].text, figures["quota_accountable"].text) == (
        "20%", "25%", "15%")
    assert figures["star_share"].text == "10%"
    assert (figures["star_min"].value, figures["star_max"].value, figures["red_flag_count"].value) == (1, 5, 3)
    assert figures["chief_share"].text == "50%"

    text = page.detail.toPlainText()
    for shown in ("劳动纪律/考勤", "迟到或早退（10分钟以内）", "收到锦旗", "明察暗访负面通报", "好", "20%", "25%", "15%"):
        assert shown in text
    assert not page.edit_button.isHidden()
    assert page.change_model.rowCount() == 0  # the first version has nothing to compare with


def test_bonus_cap_6_is_saved_as_version_2_and_version_1_stays(qtbot, page, ui_ctx, dialogs):
    seen = {}

    def edit(dlg: TemplateDialog) -> int:
        seen["prefilled"] = (dlg.spin("bonus_cap").value(), dlg.spin("quota").value(), dlg.spin("quota").suffix())
        dlg.spin("bonus_cap").setValue(6)
        save(qtbot, dlg)
        return dlg.result()

    dialogs.append(edit)
    page.edit_button.click()

    assert seen["prefilled"] == (5, 20, "%")  # percentages are edited as percentages
    new, old = versions(ui_ctx)
    assert (new.version, new.active, new.template.bonus_cap) == (2, True, 6)
    assert (old.version, old.active) == (1, False)
    assert old.template == default_template()  # the stored version 1 is unchanged
    assert TemplateService(ui_ctx.services).active().id == new.id

    # the page shows the new version, selected, and what differs from version 1
    assert [v.version for v in page.versions()] == [2, 1]
    assert page.current.id == new.id
    assert {f.key: f.value for f in page.figures()}["bonus_cap"] == 6
    changes = page.change_model.rows()
    assert [(c.before, c.after) for c in changes] == [("5", "6")]
    assert page.change_model.headerData(2, Qt.Orientation.Horizontal) == "默认考核模板 v1"

    # selecting version 1 shows it read-only, with its own numbers
    page.version_table.selectRow(1)
    assert page.current.version == 1
    assert {f.key: f.value for f in page.figures()}["bonus_cap"] == 5


def test_weights_above_the_base_and_broken_band_order_are_shown_at_their_fields(qtbot, page, ui_ctx):
    before = versions(ui_ctx)
    dlg = TemplateDialog(ui_ctx, page.current, page)
    qtbot.addWidget(dlg)
    dlg.spin("categories.discipline.weight").setValue(30)  # 105 > base 100
    dlg.spin("bands.较好").setValue(95)  # above 好 (90)
    save(qtbot, dlg)

    assert dlg.result() != QDialog.DialogCode.Accepted
    weights = dlg.error_text("categories")
    assert "基础分" in weights and "105" in weights and "105.0" not in weights
    bands = dlg.error_text("bands")
    assert "从高到低" in bands
    for key, text in (("categories", weights), ("bands", bands)):
        # "<the field as the dialog labels it>：<the core's message in Chinese>"
        label, _sep, message = text.partition("：")
        assert label == dlg.reader.label(key)
        assert CHINESE.search(message) and not ENGLISH_WORD.search(message), text
    assert dlg.error_text("bonus_cap") == ""
    assert dlg.tabs.currentIndex() == 0  # the first problem is shown: the deductions tab
    assert dlg.tabs.tabBar().tabTextColor(2).name() == "#c0392b"  # the grades tab is marked too
    assert versions(ui_ctx) == before  # nothing was saved

    # put right, it saves; the errors are gone
    dlg.spin("categories.discipline.weight").setValue(25)
    dlg.spin("bands.较好").setValue(85)
    save(qtbot, dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.error_text("categories") == "" and dlg.error_text("bands") == ""
    assert len(versions(ui_ctx)) == len(before) + 1
    assert dlg.saved.template.band_min("较好") == 85


def test_quota_above_50_percent_and_a_zero_deduction_are_refused(qtbot, page, ui_ctx):
    before = versions(ui_ctx)
    dlg = TemplateDialog(ui_ctx, page.current, page)
    qtbot.addWidget(dlg)
    dlg.spin("quota").setValue(60)
    save(qtbot, dlg)
    quota = dlg.error_text("quota")
    assert "50%" in quota and "优秀" in quota and CHINESE.search(quota)
    assert dlg.tabs.currentIndex() == 2  # the grades and quotas tab

    dlg.spin("quota").setValue(20)
    dlg.spin("items.late_early.points").setValue(0)  # a deduction item that deducts nothing
    save(qtbot, dlg)
    assert dlg.error_text("quota") == ""
    assert "迟到或早退" in dlg.error_text("items.late_early.points")
    assert dlg.tabs.currentIndex() == 0
    assert versions(ui_ctx) == before


def test_saving_without_a_change_stores_nothing(qtbot, page, ui_ctx):
    before = versions(ui_ctx)
    dlg = TemplateDialog(ui_ctx, page.current, page)
    qtbot.addWidget(dlg)
    save(qtbot, dlg)
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.general_error.text() and not dlg.general_error.isHidden()
    assert versions(ui_ctx) == before


def test_a_role_without_evaluation_write_sees_no_edit_button(qtbot, ui_ctx, dialogs):
    leader = UiContext(ServiceContext(ui_ctx.services.db, actor=Actor.for_role("xleader", "leader")), ui_ctx.paths)
    assert not leader.can("evaluation.write") and leader.can("records.read")
    p = TemplatesPage(leader)
    qtbot.addWidget(p)
    p.reload()
    assert p.edit_button.isHidden()
    assert {f.key: f.value for f in p.figures()}["bonus_cap"] == 5  # reading is allowed
    p.edit_selected()  # (double-click) opens nothing: no script was queued for a dialog
    assert len(versions(ui_ctx)) == 1


def test_export_the_selected_version(tmp_path, page):
    path = page.export_xlsx(str(tmp_path / "模板"))
    assert path.endswith(".xlsx")
    ws = load_workbook(path).active
    cells = [[c.value for c in r] for r in ws.iter_rows(min_row=3)]
    by_label = {r[1]: r[2] for r in cells}
    assert by_label["迟到或早退（10分钟以内）"]
    assert "20%" in by_label.values() and "25%" in by_label.values()
    assert ws.cell(1, 1).value == "默认考核模板 v1"
