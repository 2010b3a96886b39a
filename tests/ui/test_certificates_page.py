"""The certificates page as a clerk uses it: add a certificate through the dialog, a duplicate
number refused at its field, the expiring highlight and filter, the skill-level history, the
home-page flag, export, and a role that may only read."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.models import Staff
from govhr_desktop.services.certificates import CertificateInput, CertificateService
from govhr_desktop.ui.dialogs.form import FormDialog, set_date
from govhr_desktop.ui.pages.certificate_dialogs import CertificateDialog, SkillLevelDialog
from govhr_desktop.ui.pages.certificates import EXPIRING_BACKGROUND, CertificatesPage
from govhr_desktop.ui.pages.home import HomePage

TODAY = date.today()  # the home page reads "today" itself


@pytest.fixture
def dialogs(monkeypatch):
    """Each FormDialog.exec() pops the next script; the script fills, presses buttons and
    returns what exec() returns."""
    scripts: list = []
    monkeypatch.setattr(FormDialog, "exec", lambda dialog: scripts.pop(0)(dialog))
    return scripts


@pytest.fixture
def answers(monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    return told


def two_people(ui_ctx):
    """Two people at the center whose names are unique."""
    with ui_ctx.services.read() as s:
        rows = list(s.execute(select(Staff.id, Staff.name).where(Staff.status == "on_duty").order_by(Staff.id)))
        all_names = [n for (n,) in s.execute(select(Staff.name))]
    unique = [(i, n) for i, n in rows if all_names.count(n) == 1]
    return unique[0], unique[1]


def save(d: FormDialog) -> bool:
    d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return bool(d.result())


def fill(d: CertificateDialog, type_text, name: str, number: str, expires: date | None) -> None:
    d.person.lineEdit().clear()  # (the dialog starts on the person chosen in the lower panel)
    type_text(d.person.lineEdit(), name)
    d.name.setCurrentText("消防安全培训合格证")
    d.number.setText(number)
    d.issuer.setText("县消防救援大队")
    set_date(d.issued_on, TODAY - timedelta(days=700))
    set_date(d.expires_on, expires)


def test_add_duplicate_filter_skill_history_and_home_flag(qtbot, ui_ctx, dialogs, answers, monkeypatch, type_text,
                                                         tmp_path):
    (id1, name1), (id2, name2) = two_people(ui_ctx)
    ui_ctx.services.actor = Actor.for_role("clerk1", "window_clerk")
    monkeypatch.setattr(CertificatesPage, "today", lambda self: TODAY)
    page = CertificatesPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    before = page.model.rowCount()

    def add_first(d: CertificateDialog):
        assert isinstance(d, CertificateDialog)
        fill(d, type_text, name1, "XF-2024-0001", TODAY + timedelta(days=10))
        return save(d)

    dialogs.append(add_first)
    page.new_button.click()
    assert page.model.rowCount() == before + 1
    row = page.selected_row()  # the saved certificate is selected
    assert (row.staff_name, row.number, row.days_left) == (name1, "XF-2024-0001", 10)
    shown = [page.proxy.index(page.table.currentIndex().row(), c).data() for c in range(page.proxy.columnCount())]
    assert name1 in shown and "XF-2024-0001" in shown and "县消防救援大队" in shown
    assert shown[7] == page.status_text(row) and "10" in shown[7]
    bg = page.proxy.index(page.table.currentIndex().row(), 0).data(Qt.ItemDataRole.BackgroundRole)
    assert bg.color().name() == EXPIRING_BACKGROUND
    # the lower panel follows the selection to the person
    assert page.person.currentData() == id1

    def duplicate(d: CertificateDialog):
        fill(d, type_text, name2, "XF-2024-0001", None)
        assert not save(d)  # refused: the dialog stays open with the message at the number
        msg = d.error_text("certificate_number")
        assert name1 in msg and "XF-2024-0001" in msg and "消防安全培训合格证" in msg
        assert d.error_text("staff_id") == ""
        # an expiry before the issue date is shown at its field
        d.number.setText("XF-2024-0002")
        set_date(d.expires_on, TODAY - timedelta(days=800))
        assert not save(d)
        assert d.error_text("expires_on") and d.error_text("certificate_number") == ""
        return False

    dialogs.append(duplicate)
    page.new_button.click()
    assert page.model.rowCount() == before + 1  # nothing saved
    assert [c.number for c in CertificateService(ui_ctx.services).certificates(staff_id=id2)] == []

    # a certificate that never expires is not flagged; the filter keeps only the expiring ones
    CertificateService(ui_ctx.services).save_certificate(
        CertificateInput(id2, "手语服务证", "SY-88", "县残联", TODAY - timedelta(days=30)))
    page.reload()
    page.search.setText(name2)
    [never] = page.proxy.visible_rows()
    assert never.expires_on is None and page.status_text(never) == page.tr("Valid")
    page.only_expiring.setChecked(True)
    assert page.proxy.visible_rows() == []
    page.search.setText("")
    assert all(r.expired or r.expiring() for r in page.proxy.visible_rows())
    assert "XF-2024-0001" in [r.number for r in page.proxy.visible_rows()]
    page.only_expiring.setChecked(False)

    # skill-level history of the chosen person
    page.person.setCurrentIndex(page.person.findData(id1))

    def record(level: str, awarded: date):
        def script(d: SkillLevelDialog):
            assert name1 in d.windowTitle()
            d.level.setCurrentIndex(d.level.findData(level))
            d.number.setText(f"JN-{level}")
            d.issuer.setText("市人力资源和社会保障局")
            set_date(d.awarded_on, awarded)
            return save(d)
        return script

    dialogs.extend([record("4", date(2022, 5, 1)), record("3", date(2025, 5, 1))])
    page.record_button.click()
    page.record_button.click()
    assert page.skill_model.rowCount() == 2
    assert [page.skill_model.row_at(i).level for i in range(2)] == ["3", "4"]
    assert "三级" in page.current_level.text()
    with ui_ctx.services.read() as s:
        assert s.get(Staff, id1).skill_level == "3"
    page.skill_table.setCurrentIndex(page.skill_model.index(0, 0))
    page.delete_skill_button.click()
    assert page.skill_model.rowCount() == 1 and "四级" in page.current_level.text()
    with ui_ctx.services.read() as s:
        assert s.get(Staff, id1).skill_level == "4"

    # export what is shown
    ui_ctx.services.actor = Actor.system()
    out = page.export_xlsx(str(tmp_path / "certs.xlsx"))
    assert out and (tmp_path / "certs.xlsx").stat().st_size > 0

    # the home page flags the certificate expiring in 10 days
    home = HomePage(ui_ctx)
    qtbot.addWidget(home)
    home.reload()
    flag = home.certificates.text()
    assert name1 in flag and "消防安全培训合格证" in flag and (TODAY + timedelta(days=10)).isoformat() in flag
    assert "href='certificates'" in flag and "10" in flag
    assert "SY-88" not in flag and name2 not in flag

    # deleting the certificate takes it off the list
    page.select_id(row.id)
    page.delete_button.click()
    assert row.id not in [r.id for r in page.model.rows()]


def test_a_role_that_may_only_read(qtbot, ui_ctx):
    (id1, _n1), _second = two_people(ui_ctx)
    CertificateService(ui_ctx.services).save_certificate(
        CertificateInput(id1, "消防安全培训合格证", "XF-9", "县消防救援大队", TODAY - timedelta(days=10)))
    ui_ctx.services.actor = Actor.for_role("boss", "leader")
    page = CertificatesPage(ui_ctx)
    qtbot.addWidget(page)
    page.reload()
    assert [r.number for r in page.model.rows()] == ["XF-9"]
    for b in (page.new_button, page.edit_button, page.delete_button, page.record_button, page.delete_skill_button):
        assert not b.isEnabled()
