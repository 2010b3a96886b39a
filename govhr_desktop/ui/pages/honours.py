"""Honours of a month: 服务之星 (service stars), 流动红旗窗口 (red-flag windows), the bottom 3
windows and the windows in the bottom 3 two months running (约谈 with the home unit's leader).

The proposal comes from ``EvaluationService.honours`` (computed from the month's forms and the
window items) and the domain helpers; ties at the line are shown and left to the reviewer, who
confirms the month's honours (``HonoursService.confirm``). Once confirmed, the lists show the
confirmed names with the reasons of any change."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.scoring_periods import bottom_three_twice, bottom_windows
from govhr_desktop.services.evaluation import EvaluationService
from govhr_desktop.services.evaluation_views import Honours, WindowFigure, month_bounds
from govhr_desktop.services.honours import ConfirmedHonours, HonoursService
from govhr_desktop.services.registers import RegisterService
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.pages.evaluations import _fill, _num, _rate, _table, month_combo


def previous_month(month: str) -> str:
    first, _last, _next = month_bounds(month)
    y, m = (first.year, first.month - 1) if first.month > 1 else (first.year - 1, 12)
    return f"{y}-{m:02d}"


class HonoursPage(Page):
    settings_key = "honours"

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.service = EvaluationService(ui.services)
        self.registers = RegisterService(ui.services)
        self.honours_service = HonoursService(ui.services)
        self.honours: Honours | None = None
        self.confirmed: ConfirmedHonours | None = None
        self.star_rows: list[list[str]] = []
        self.flag_rows: list[list[str]] = []
        self.bottom_rows: list[list[str]] = []
        self.talk_windows: list[str] = []

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 8)
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        lay.addWidget(heading)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month"), self))
        self.month = month_combo(self.today())
        self.month.setParent(self)
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        bar.addWidget(self.month)
        self.items_button = QPushButton(self.tr("Window items…"), self)
        self.items_button.setObjectName("windowItemsButton")
        self.items_button.clicked.connect(lambda _c=False: self.window_items())
        bar.addWidget(self.items_button)
        self.confirm_button = QPushButton(self.tr("Confirm honours…"), self)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.clicked.connect(lambda _c=False: self.confirm())
        bar.addWidget(self.confirm_button)
        self.undo_button = QPushButton(self.tr("Withdraw confirmation…"), self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(lambda _c=False: self.undo())
        bar.addWidget(self.undo_button)
        for b in (self.confirm_button, self.undo_button):
            b.setVisible(ui.can(perm.APPROVE))
        self.export_button = QPushButton(self.tr("Export Excel…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda _c=False: self.export_xlsx())
        if not ui.can(perm.RECORDS_EXPORT):
            self.export_button.setEnabled(False)
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        lay.addLayout(bar)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)

        lay.addWidget(QLabel(self.tr("Service stars (服务之星)"), self))
        self.stars = _table(self, [self.tr("Name"), self.tr("Home unit"), self.tr("Window"), self.tr("Total"),
                                   self.tr("Note")], "starsTable")
        lay.addWidget(self.stars, 1)
        lay.addWidget(QLabel(self.tr("Red-flag windows (流动红旗窗口)"), self))
        self.flags = _table(self, [self.tr("Window"), self.tr("Home unit"), self.tr("Score"), self.tr("Good rate"),
                                   self.tr("Chief representative"), self.tr("Chief charge"), self.tr("Note")],
                            "flagsTable")
        lay.addWidget(self.flags, 1)
        lay.addWidget(QLabel(self.tr("Bottom 3 windows"), self))
        self.bottom = _table(self, [self.tr("Window"), self.tr("Home unit"), self.tr("Score"),
                                    self.tr("Chief representative"), self.tr("Chief charge"),
                                    self.tr("Last month too")], "bottomTable")
        lay.addWidget(self.bottom, 1)
        self.warning = QLabel(self)
        self.warning.setObjectName("talkWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.warning.hide()
        lay.addWidget(self.warning)

    def title(self) -> str:
        return self.tr("Honours")

    def today(self) -> date:
        return date.today()

    def current_month(self) -> str:
        return self.month.currentData()

    # --- data ---------------------------------------------------------------------------------

    def reload(self) -> None:
        month = self.current_month()
        try:
            h = self.service.honours(month)
            prev = self.service.honours(previous_month(month))
            people = {c.id: c for c in self.registers.staff_choices()}
            windows = {w.id: w for w in self.ui.windows.list()}
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            return
        self.honours = h
        name = {sid: c.name for sid, c in people.items()}

        def unit_of(f: WindowFigure) -> str:
            w = windows.get(f.window_id)
            return w.home_unit_name if w else ""

        def win_text(f: WindowFigure) -> str:
            return f"{f.number} {f.name}".strip()

        try:
            self.confirmed = conf = self.honours_service.confirmed(month)
        except DomainError as e:
            self.show_domain_error(e)
            return
        totals = {r.staff_id: r.total for r in self.service.month_ranking(month)}

        def pick_note(p) -> str:
            return self.tr("confirmed by the rules") if p.by_rule else self.tr("reviewer: %1").replace("%1", p.reason)

        # stars: certain ones, then the ties the reviewer decides among (or the confirmed list)
        self.star_rows = []
        if conf is not None:
            star_list = [(p.subject_id, pick_note(p), p.score) for p in conf.stars]
        else:
            tie_note = self.tr("tied at the line: %1 place(s) open").replace("%1", str(h.stars.places_open))
            star_list = ([(s, "", h.star_totals.get(s)) for s in h.stars.selected]
                         + [(s, tie_note, h.star_totals.get(s)) for s in h.stars.ties])
        for sid, note, score in star_list:
            c = people.get(sid)
            self.star_rows.append([c.name if c else str(sid), c.home_unit_name if c else "",
                                   c.window_number if c else "", _num(score), note])
        _fill(self.stars, self.star_rows, [sid for sid, _n, _s in star_list])

        figs = {f.window_id: f for f in h.windows}
        if conf is not None:
            flag_list = [(p.subject_id, pick_note(p)) for p in conf.red_flags]
        else:
            flag_note = self.tr("tied at the line: %1 place(s) open").replace("%1", str(h.red_flags.places_open))
            flag_list = ([(w, "") for w in h.red_flags.selected] + [(w, flag_note) for w in h.red_flags.ties])
        flag_list = [(w, n) for w, n in flag_list if w in figs]
        self.flag_rows = []
        for wid, note in flag_list:
            f = figs[wid]
            self.flag_rows.append([win_text(f), unit_of(f), _num(f.total), _rate(f.good_rate),
                                   name.get(f.chief_staff_id, "") if f.chief_staff_id else "",
                                   _num(f.chief_charge) if f.chief_staff_id else "", note])
        _fill(self.flags, self.flag_rows, [w for w, _n in flag_list])

        this_bottom = bottom_windows({f.window_id: f.total for f in h.windows})
        prev_bottom = bottom_windows({f.window_id: f.total for f in prev.windows})
        twice = set(bottom_three_twice(prev_bottom, this_bottom))
        self.bottom_rows = []
        for wid in this_bottom:
            f = figs[wid]
            self.bottom_rows.append([win_text(f), unit_of(f), _num(f.total),
                                     name.get(f.chief_staff_id, "") if f.chief_staff_id else "",
                                     _num(f.chief_charge) if f.chief_staff_id else "",
                                     self.tr("yes") if wid in twice else ""])
        _fill(self.bottom, self.bottom_rows, list(this_bottom))
        self.talk_windows = [f"{win_text(figs[w])}（{unit_of(figs[w])}）" for w in this_bottom if w in twice]
        if self.talk_windows:
            self.warning.setText(self.tr("In the bottom 3 two months running — formal talk (约谈) with the home "
                                         "unit's leader: %1").replace("%1", "、".join(self.talk_windows)))
            self.warning.show()
        else:
            self.warning.hide()

        if not h.windows and not totals:
            self.status.setText(self.tr("%1: no evaluation computed yet.").replace("%1", month))
        else:
            line = (self.tr("%1: %2 people scored, %3 windows ranked; %4 star place(s), %5 red flag(s).")
                    .replace("%1", month).replace("%2", str(len(totals))).replace("%3", str(len(h.windows)))
                    .replace("%4", str(h.stars.places)).replace("%5", str(h.red_flags.places)))
            if conf is not None:
                line += " " + (self.tr("Confirmed by %1 on %2; %3 chief representative charge(s) booked.")
                               .replace("%1", conf.confirmed_by)
                               .replace("%2", conf.confirmed_at.strftime("%Y-%m-%d %H:%M") if conf.confirmed_at else "")
                               .replace("%3", str(conf.chief_charges)))
            else:
                line += " " + self.tr("Proposal by the rules — not confirmed yet.")
            self.status.setText(line)
        self.confirm_button.setEnabled(conf is None and bool(totals))
        self.undo_button.setEnabled(conf is not None)

    # --- actions ------------------------------------------------------------------------------

    def window_items(self) -> None:
        from govhr_desktop.ui.pages.honours_dialogs import WindowItemsDialog

        WindowItemsDialog(self.ui, self.honours_service, self.current_month(), self).exec()
        self.reload()

    def confirm_dialog(self):
        from govhr_desktop.ui.pages.honours_dialogs import ConfirmHonoursDialog

        people = {c.id: (c.name, c.home_unit_name) for c in self.registers.staff_choices()}
        return ConfirmHonoursDialog(self.honours_service, self.service.honours(self.current_month()), people, self)

    def confirm(self) -> bool:
        dlg = self.confirm_dialog()
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        self.reload()
        return True

    def undo(self) -> bool:
        reason, ok = QInputDialog.getText(
            self, self.tr("Withdraw confirmation"),
            self.tr("Why is the confirmation of %1 withdrawn? The chief representatives' charges it booked are "
                    "removed.").replace("%1", self.current_month()))
        if not ok:
            return False
        try:
            n = self.honours_service.undo(self.current_month(), reason)
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            return False
        QMessageBox.information(self, self.tr("Withdraw confirmation"),
                                self.tr("Withdrawn; %1 charge(s) removed.").replace("%1", str(n)))
        self.reload()
        return True

    # --- export -------------------------------------------------------------------------------

    def export_rows(self) -> tuple[list[str], list[list[str]]]:
        headers = [self.tr("List"), self.tr("Name or window"), self.tr("Home unit"), self.tr("Window"),
                   self.tr("Score"), self.tr("Chief representative"), self.tr("Chief charge"), self.tr("Note")]
        rows = []
        star, flag, bottom = self.tr("Service star"), self.tr("Red-flag window"), self.tr("Bottom 3")
        for r in self.star_rows:
            rows.append([star, r[0], r[1], r[2], r[3], "", "", r[4]])
        for r in self.flag_rows:
            rows.append([flag, r[0], r[1], "", r[2], r[4], r[5], r[6]])
        for r in self.bottom_rows:
            rows.append([bottom, r[0], r[1], "", r[2], r[3], r[4], self.tr("Formal talk") if r[5] else ""])
        return headers, rows

    def export_xlsx(self, path: str | None = None) -> str | None:
        headers, rows = self.export_rows()
        return self.save_table_xlsx(f"{self.title()} {self.current_month()}", headers, rows, path)
