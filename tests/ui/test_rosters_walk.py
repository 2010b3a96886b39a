"""The 值班排班 page as a clerk uses it (issue 8): the month roster from nothing to published.

The walk, on a month of the demo center that has no roster yet: generate it (in the worker,
behind the progress dialog), lock a cell, generate again and find the locked cell kept, swap two
cells with a reason (and see a swap that breaks a rule refused inside the dialog), publish,
change a cell after publication (the reason is asked first and lands in the change log), open
the print preview and export the month to .xlsx. Outcomes are checked through the service.
Modal dialogs do not run in tests: ``exec_dialog`` is replaced by a function that fills the
real dialog and presses its OK button.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from govhr_desktop.domain.security import Actor
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.duty_posts import DutyPostService
from govhr_desktop.services.rosters import RosterService
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.pages import rosters as rosters_page
from govhr_desktop.ui.pages.roster_dialogs import (
    ReasonDialog,
    RosterTexts,
    SetCellDialog,
    SwapDialog,
    UnfilledDialog,
)
from govhr_desktop.ui.pages.roster_grid import LOCKED_ROLE, SLOT_ROLE, STATE_ROLE
from govhr_desktop.ui.pages.rosters import MonthRosterTab, RostersPage
from govhr_desktop.ui.pdf_preview import PdfPreviewDialog


def empty_month(svc: RosterService) -> tuple[int, int]:
    """A month from two months ahead on with no roster yet (the demo may have rosters up to
    next month)."""
    today = date.today()
    n = today.year * 12 + today.month - 1 + 2
    for k in range(24):
        y, m = divmod(n + k, 12)
        if svc.month(y, m + 1).status == "none":
            return y, m + 1
    raise AssertionError("no month without a roster")


@pytest.fixture
def ui(ui_ctx):
    if not DutyPostService(ui_ctx.services).posts():
        from govhr_desktop.demo_duty_posts import add_demo_posts

        add_demo_posts(ui_ctx.services)
    return ui_ctx


@pytest.fixture
def told(monkeypatch):
    """Yes to every question; what the page said."""
    out: dict[str, list[str]] = {"question": [], "information": [], "warning": []}

    def ask(kind):
        def answer(_parent, _title, text, *a, **k):
            out[kind].append(text)
            return QMessageBox.StandardButton.Yes
        return staticmethod(answer)

    for kind in out:
        monkeypatch.setattr(QMessageBox, kind, ask(kind))
    return out


@pytest.fixture
def dialogs(monkeypatch):
    """exec_dialog runs the next queued handler on the real dialog; each returns accepted?"""
    queue: list = []
    seen: list[QDialog] = []

    def run(_tab, dialog: QDialog) -> bool:
        seen.append(dialog)
        handler = queue.pop(0)
        return bool(handler(dialog))

    monkeypatch.setattr(MonthRosterTab, "exec_dialog", run)
    return queue, seen


def press_ok(dialog) -> bool:
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    return dialog.result() == QDialog.DialogCode.Accepted


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_page(qtbot, ui) -> RostersPage:
    page = RostersPage(ui)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.reload()
    return page


def test_walk_generate_lock_swap_publish_change_print_export(qtbot, ui, told, dialogs, monkeypatch, tmp_path):
    queue, seen = dialogs
    svc = RosterService(ui.services)
    y, m = empty_month(svc)
    page = open_page(qtbot, ui)
    tab = page.month_tab
    tab.set_month(y, m)
    assert (page.leaders_tab.month(), page.log_tab.month()) == ((y, m), (y, m))  # the tabs keep in step
    assert tab.view.status == "none" and tab.view.slots_total > 0
    assert tab.status_badge.text() == "未排班"
    assert not tab.publish_button.isEnabled() and not tab.print_button.isEnabled()

    # 1. generate: off the GUI thread, then the summary
    click(qtbot, tab.generate_button)
    view = svc.month(y, m)
    assert view.status == "draft" and view.cells
    assert len(view.cells) + len(view.unfilled) == view.slots_total
    assert not view.violations
    assert f"{len(view.cells)}/{view.slots_total}" in told["information"][-1]
    assert tab.status_badge.text() == "草稿"
    first = view.cells[0]
    idx = tab.post_model.index_of((first.post_id, first.day, first.seat))
    assert idx.data() == first.name and idx.data(STATE_ROLE) == "filled"
    person_row = tab.person_model.row_of_staff(first.staff_id)
    assert tab.person_model.index(person_row, tab.person_model.column_of(first.day)).data(SLOT_ROLE) == \
        (first.post_id, first.day, first.seat)

    # 2. lock a cell (the button, then the cell's context menu has the same actions)
    slot = (first.post_id, first.day, first.seat)
    tab.select_slots([slot])
    assert tab.selected_slots() == [slot] and not tab.unlock_button.isEnabled()
    click(qtbot, tab.lock_button)
    assert svc.month(y, m).cell(*slot).locked
    assert tab.post_model.index_of(slot).data(LOCKED_ROLE)
    assert tab.unlock_button.isEnabled() and not tab.lock_button.isEnabled()

    # 3. generate again: asked first, the locked cell is kept as it was
    click(qtbot, tab.generate_button)
    assert tab.month_title() in told["question"][-1]
    again = svc.month(y, m).cell(*slot)
    assert again is not None and again.staff_id == first.staff_id and again.locked
    changes = svc.changes(y, m)
    assert [c.kind for c in changes][:3] == ["generate", "lock", "generate"]

    # 4. swap two seats of a post on one day, with a reason; a swap breaking a rule is refused
    view = svc.month(y, m)
    post = next(p for p in view.posts
                if p.people_needed >= 2 and p.days and view.cell(p.id, p.days[0], 0) and view.cell(p.id, p.days[0], 1))
    day = post.days[0]
    a, b = view.cell(post.id, day, 0), view.cell(post.id, day, 1)
    tab.select_slots([(post.id, day, 0), (post.id, day, 1)])
    assert tab.swap_button.isEnabled()

    def refused_then_swapped(dialog: SwapDialog) -> bool:
        assert isinstance(dialog, SwapDialog)
        assert dialog.second() == (post.id, day, 1)  # the second selected cell is proposed
        assert not dialog.ok_button.isEnabled()  # no reason yet
        dialog.choose_person(b.staff_id)  # b is on duty that day already: one person in two places
        dialog.reason.setText("测试")
        dialog.ok_button.click()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert b.name in dialog.error.text()
        dialog.choose_cell((post.id, day, 1))
        dialog.reason.setText("甲当天参加培训，与乙对调")
        return press_ok(dialog)

    queue.append(refused_then_swapped)
    click(qtbot, tab.swap_button)
    view = svc.month(y, m)
    assert (view.cell(post.id, day, 0).staff_id, view.cell(post.id, day, 1).staff_id) == (b.staff_id, a.staff_id)
    assert view.cell(post.id, day, 0).locked and view.cell(post.id, day, 1).locked
    swap = svc.changes(y, m)[0]
    assert swap.kind == "swap" and swap.reason == "甲当天参加培训，与乙对调" and not swap.after_publish

    # 5. publish
    click(qtbot, tab.publish_button)
    assert tab.month_title() in (told["question"] + told["warning"])[-1]
    view = svc.month(y, m)
    assert view.status == "published" and view.revision == 1
    assert tab.status_badge.text() == "已发布 " + RosterTexts().tr("revision %1").replace("%1", "1")
    assert not tab.generate_button.isEnabled()
    assert tab.publish_button.text() == tab.tr("Publish again…")

    # 6. change a cell after publication: the reason comes first; cancelling it changes nothing
    target = next(c for c in view.cells if not c.locked)
    tslot = (target.post_id, target.day, target.seat)
    tab.select_slots([tslot])
    queue.append(lambda d: isinstance(d, ReasonDialog) and False)  # cancelled
    click(qtbot, tab.set_button)
    assert svc.month(y, m).cell(*tslot).staff_id == target.staff_id
    chosen: list[int] = []

    def reason(dialog: ReasonDialog) -> bool:
        assert isinstance(dialog, ReasonDialog) and not dialog.ok_button.isEnabled()
        dialog.text.setPlainText("原值班人员临时借调")
        return press_ok(dialog)

    def set_person(dialog: SetCellDialog) -> bool:
        assert isinstance(dialog, SetCellDialog)
        free = [c for c in dialog.candidates if c.ok and c.staff_id != target.staff_id]
        blocked = next((c for c in dialog.candidates if not c.ok), None)
        if blocked is not None:  # someone who may not: greyed, OK stays off, the reason shown
            assert dialog.choose(blocked.staff_id) and not dialog.ok_button.isEnabled()
            assert blocked.name in dialog.note.text()
        assert dialog.choose(free[0].staff_id)
        chosen.append(free[0].staff_id)
        return press_ok(dialog)

    queue += [reason, set_person]
    click(qtbot, tab.set_button)
    cell = svc.month(y, m).cell(*tslot)
    assert cell.staff_id == chosen[0] and cell.locked
    last = svc.changes(y, m)[0]
    assert last.kind == "set" and last.after_publish and last.reason == "原值班人员临时借调"
    assert tab.post_model.index_of(tslot).data() == cell.name

    # 7. the change log and the vacant-seat explanation open
    queue.append(lambda d: d.model.rowCount() == len(svc.changes(y, m)) and False)
    click(qtbot, tab.changes_button)
    assert seen[-1].objectName() == "changeLogDialog"

    # 8. print preview: the month as a PDF in the preview dialog
    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    click(qtbot, tab.print_button)
    (dialog,) = shown
    assert dialog.preview.page_count() >= 1
    data = dialog.preview.pdf_bytes()
    text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
    assert f"{y}年{m}月" in text and cell.name in text

    # 9. export to Excel
    path = tab.export_xlsx(str(tmp_path / "roster"))
    assert path.endswith(".xlsx")
    values = {str(c.value) for ws in load_workbook(path).worksheets for row in ws.iter_rows() for c in row if c.value}
    assert any(cell.name in v for v in values)


def test_vacant_seat_explained_and_context_menu(qtbot, ui, told, dialogs, monkeypatch):
    queue, seen = dialogs
    svc = RosterService(ui.services)
    y, m = empty_month(svc)
    svc.generate(y, m)
    view = svc.month(y, m)
    c = view.cells[-1]
    svc.clear_cell(y, m, c.post_id, c.day, c.seat)
    page = open_page(qtbot, ui)
    tab = page.month_tab
    tab.set_month(y, m)
    idx = tab.post_model.index_of((c.post_id, c.day, c.seat))
    assert idx.data() == tab.post_model.tr("Vacant") and idx.data(STATE_ROLE) == "unfilled"
    assert tab.vacant() == [(c.post_id, c.day, c.seat)]
    assert RosterTexts().tr("vacant: %1").replace("%1", "1") in tab.counts_label.text()

    queue.append(lambda d: False)
    click(qtbot, tab.unfilled_button)
    dialog = seen[-1]
    assert isinstance(dialog, UnfilledDialog)
    text = dialog.text.toPlainText()
    assert dialog.tr("Emptied by hand after the month was generated.") in text
    assert c.name in text  # who could take it now, by name

    # the context menu offers the cell actions, enabled as the buttons are
    menus = []
    monkeypatch.setattr(rosters_page.QMenu, "popup", lambda self, _pos: menus.append(self))
    rect = tab.post_table.visualRect(idx)
    tab.context_menu(tab.post_table, rect.center() if rect.isValid() else QPoint(1, 1))
    (menu,) = menus
    actions = {a.text(): a.isEnabled() for a in menu.actions()}
    assert actions[tab.set_button.text()] and not actions[tab.clear_button.text()]
    assert not actions[tab.swap_button.text()]


def test_person_grid_shows_leave_and_totals(qtbot, ui):
    svc = RosterService(ui.services)
    y, m = empty_month(svc)
    svc.generate(y, m)
    view = svc.month(y, m)
    page = open_page(qtbot, ui)
    tab = page.month_tab
    tab.set_month(y, m)
    click(qtbot, tab.by_person)
    assert tab.stack.currentWidget() is tab.person_table and tab.person_search.isVisible()
    model = tab.person_model
    assert model.rowCount() == len(view.people)
    busy = max(view.people, key=lambda p: sum(1 for x in view.cells if x.staff_id == p.staff_id))
    row = model.row_of_staff(busy.staff_id)
    total_col = len(view.days) + 3
    assert model.index(row, total_col).data() == str(sum(1 for x in view.cells if x.staff_id == busy.staff_id))
    on_leave = next(((p, d, part) for p in view.people for d, part in p.leave.items()), None)
    if on_leave is not None:
        p, d, part = on_leave
        i = model.index(model.row_of_staff(p.staff_id), model.column_of(d))
        if i.data(STATE_ROLE) == "leave":
            assert i.data() == {"am": "上午假", "pm": "下午假"}.get(part, "假")
    tab.person_search.setText(busy.name)
    assert not tab.person_table.isRowHidden(row)
    assert sum(not tab.person_table.isRowHidden(i) for i in range(model.rowCount())) < model.rowCount()


def test_time_off_tab_lists_the_year(qtbot, ui, tmp_path):
    svc = RosterService(ui.services)
    page = open_page(qtbot, ui)
    page.tabs.setCurrentWidget(page.time_off_tab)
    tab = page.time_off_tab
    rows = svc.time_off(tab.year_box.value())
    assert tab.model.rowCount() == len(rows)
    path = tab.export_xlsx(str(tmp_path / "timeoff.xlsx"))
    ws = load_workbook(path).active
    assert ws.max_row == len(rows) + 2  # title, headers, one row a person
    assert sorted(str(r[0].value) for r in ws.iter_rows(min_row=3)) == sorted(r.name for r in rows)


def test_read_only_role_cannot_change_the_roster(qtbot, qapp, ui, demo_paths):
    svc = RosterService(ui.services)
    y, m = empty_month(svc)
    svc.generate(y, m)
    leader = UiContext(ServiceContext(ui.services.db, actor=Actor.for_role("boss", "leader")), demo_paths, demo=True)
    page = open_page(qtbot, leader)
    tab = page.month_tab
    tab.set_month(y, m)
    cell = svc.month(y, m).cells[0]
    tab.select_slots([(cell.post_id, cell.day, cell.seat)])
    for b in (tab.generate_button, tab.set_button, tab.clear_button, tab.lock_button, tab.swap_button,
              tab.publish_button):
        assert not b.isEnabled(), b.objectName()
    assert tab.print_button.isEnabled() and tab.changes_button.isEnabled()


def test_generation_runs_in_the_worker_and_can_be_cancelled(qtbot, ui, told, monkeypatch):
    import threading

    from PySide6.QtWidgets import QPushButton

    from govhr_desktop.ui import workers

    svc = RosterService(ui.services)
    y, m = empty_month(svc)
    page = open_page(qtbot, ui)
    tab = page.month_tab
    tab.set_month(y, m)
    notes: list[str] = []
    monkeypatch.setattr(page, "notify", notes.append)
    pressed = threading.Event()
    threads: list[bool] = []
    real_generate, real_progress = tab.service.generate, workers._ProgressDialog.show_progress

    def generate(year, month, progress=None, cancelled=None):  # (worker thread)
        threads.append(threading.current_thread() is threading.main_thread())

        def report(done, total):
            progress(done, total)
            assert pressed.wait(30)  # the clerk presses Cancel at the first report

        return real_generate(year, month, report, cancelled)

    def press_cancel(dialog, done, total):  # (GUI thread)
        real_progress(dialog, done, total)
        if not pressed.is_set():
            dialog.findChild(QPushButton).click()
            pressed.set()

    monkeypatch.setattr(tab.service, "generate", generate)
    monkeypatch.setattr(workers._ProgressDialog, "show_progress", press_cancel)
    click(qtbot, tab.generate_button)
    assert threads == [False] and pressed.is_set()
    assert svc.month(y, m).status == "none" and svc.changes(y, m) == []  # nothing saved
    assert notes and not told["information"] and not told["warning"]
    assert tab.view.status == "none"
