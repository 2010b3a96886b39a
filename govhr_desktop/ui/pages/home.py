"""Home page: the center's key figures at a glance, and what needs attention today."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain import vocab
from govhr_desktop.ui.i18n import label
from govhr_desktop.ui.pages.base import Page


class FigureCard(QFrame):
    def __init__(self, caption: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        self.value = QLabel("0", self)
        self.value.setObjectName("figureValue")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("figureCaption")
        self.note = QLabel("", self)
        self.note.setObjectName("figureNote")
        lay.addWidget(self.value)
        lay.addWidget(self.caption)
        lay.addWidget(self.note)

    def set(self, value: int, note: str = "") -> None:
        self.value.setText(str(value))
        self.note.setText(note)


class HomePage(Page):
    #: a request to open another page by its key (e.g. 'windows')
    open_page = Signal(str)

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self._painted = False  # the duty panel and the trend wait for the first paint
        self._late_pending = False
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        inner = QWidget()
        scroll.setWidget(inner)
        inner.installEventFilter(self)
        body = QVBoxLayout(inner)
        body.setContentsMargins(12, 12, 12, 8)
        self.heading = QLabel(self.title(), inner)
        self.heading.setObjectName("pageTitle")
        body.addWidget(self.heading)
        self.demo_note = QLabel(self.tr("Demo center: generated data, kept apart from real data."), inner)
        self.demo_note.setObjectName("demoNote")
        self.demo_note.setVisible(ui.demo)
        body.addWidget(self.demo_note)

        grid = QGridLayout()
        self.cards = {
            "staff": FigureCard(self.tr("Staff at the center"), inner),
            "home_units": FigureCard(self.tr("Home units"), inner),
            "windows": FigureCard(self.tr("Windows open"), inner),
            "zones": FigureCard(self.tr("Zones"), inner),
            "women": FigureCard(self.tr("Women"), inner),
            "party": FigureCard(self.tr("Party members"), inner),
            "temporary": FigureCard(self.tr("Non-establishment staff (contract, agency, temporary)"), inner),
            "on_leave": FigureCard(self.tr("On leave now"), inner),
        }
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 4, i % 4)
        body.addLayout(grid)

        row = QHBoxLayout()
        self.attention = QGroupBox(self.tr("Needs attention"), inner)
        att = QVBoxLayout(self.attention)
        self.no_a = QLabel(self.attention)
        self.no_a.setObjectName("windowsWithoutA")
        self.no_b = QLabel(self.attention)
        self.no_b.setObjectName("windowsWithoutB")
        self.uncovered = QLabel(self.attention)
        self.uncovered.setObjectName("uncoveredToday")
        self.leave_today = QLabel(self.attention)
        self.leave_today.setObjectName("onLeaveToday")
        self.pending = QLabel(self.attention)
        self.pending.setObjectName("pending")
        self.overdue = QLabel(self.attention)
        self.overdue.setObjectName("overdueReturns")
        self.cases = QLabel(self.attention)
        self.cases.setObjectName("overdueCases")
        self.certificates = QLabel(self.attention)
        self.certificates.setObjectName("expiringCertificates")
        for lab in (self.uncovered, self.no_a, self.no_b, self.leave_today, self.pending, self.overdue, self.cases,
                    self.certificates):
            lab.setWordWrap(True)
            lab.setTextFormat(Qt.TextFormat.RichText)
            lab.linkActivated.connect(self.open_page.emit)  # the link names the page to open
            att.addWidget(lab)
        att.addStretch(1)
        row.addWidget(self.attention, 1)

        self.by_employment = QGroupBox(self.tr("Staff by employment type"), inner)
        self.by_employment.setLayout(QVBoxLayout())
        row.addWidget(self.by_employment, 1)
        self.by_zone = QGroupBox(self.tr("Staff by zone"), inner)
        self.by_zone.setLayout(QVBoxLayout())
        row.addWidget(self.by_zone, 1)
        body.addLayout(row)

        row2 = QHBoxLayout()
        self.duty_box = QGroupBox(self.tr("On duty today"), inner)
        dl = QVBoxLayout(self.duty_box)
        self.duty_text = QLabel(self.duty_box)
        self.duty_text.setObjectName("dutyToday")
        self.duty_text.setWordWrap(True)
        self.duty_text.setTextFormat(Qt.TextFormat.RichText)
        self.duty_text.linkActivated.connect(self.open_page.emit)
        dl.addWidget(self.duty_text)
        dl.addStretch(1)
        row2.addWidget(self.duty_box, 1)
        self.honours_box = QGroupBox(self.tr("Honours of the month"), inner)
        hl = QVBoxLayout(self.honours_box)
        self.honours_text = QLabel(self.honours_box)
        self.honours_text.setObjectName("honoursText")
        self.honours_text.setWordWrap(True)
        self.honours_text.setTextFormat(Qt.TextFormat.RichText)
        self.honours_text.linkActivated.connect(self.open_page.emit)
        hl.addWidget(self.honours_text)
        hl.addStretch(1)
        row2.addWidget(self.honours_box, 1)
        self.trend_box = QGroupBox(self.tr("Citizen satisfaction (好评率), last 6 months"), inner)
        self.trend_box.setMinimumHeight(220)
        QVBoxLayout(self.trend_box)
        row2.addWidget(self.trend_box, 2)
        body.addLayout(row2)
        body.addStretch(1)
        self.trend_chart = None  # Qt Charts loads after the first paint (start-up budget)
        self.trend: list[tuple[str, int, float | None]] = []

    def title(self) -> str:
        return self.tr("Home")

    def reload(self) -> None:
        c = self.ui.center.get()
        self.heading.setText(c.name or self.tr("Home"))
        f = self.ui.dashboard.key_figures()
        pct = (lambda n: f"{n * 100 / f.staff:.0f}%" if f.staff else "")
        self.cards["staff"].set(f.staff)
        self.cards["home_units"].set(f.home_units)
        self.cards["windows"].set(f.windows)
        self.cards["zones"].set(f.zones)
        self.cards["women"].set(f.women, pct(f.women))
        self.cards["party"].set(f.party_members, pct(f.party_members))
        self.cards["temporary"].set(f.temporary_hires, pct(f.temporary_hires))
        self.cards["on_leave"].set(f.on_leave)
        self.no_a.setText(self._window_line(self.tr("Windows without an A post: %1"), f.windows_without_a))
        self.no_b.setText(self._window_line(self.tr("Windows without a B post (no cover): %1"), f.windows_without_b))
        a = self.ui.attention.today()
        self.uncovered.setText(self._window_line(self.tr("Windows with nobody present today: %1"), a.uncovered_windows,
                                                 link="coverage"))
        self.leave_today.setText(self._names_line(self.tr("On leave today: %1"), a.on_leave, "leave"))
        self.pending.setText(
            self.tr("Awaiting the center's decision: %1 vetting, %2 transfer requests, %3 leave requests")
            .replace("%1", self._count_link(a.pending_vetting, "vetting"))
            .replace("%2", self._count_link(a.pending_transfers, "transfers"))
            .replace("%3", self._count_link(a.pending_leave, "leave"))
        )
        self.overdue.setText(self._names_line(self.tr("Not back from leave: %1"),
                                              tuple(f"{n}（{d}）" for n, d in a.overdue_returns), "leave", alarm=True))
        n = a.overdue_bad_rating_cases
        none = self.tr("none")
        shown = f"<a href='bad_ratings'><b style='color:#c0392b'>{n}</b></a>" if n else \
            f"<span style='color:#2e7d32'>{none}</span>"
        self.cases.setText(self.tr("Bad-rating cases past their deadline: %1").replace("%1", shown))
        self.certificates.setText(self._names_line(
            self.tr("Certificates expiring within 60 days: %1"),
            tuple(f"{n} {cert}（{d}，{self._days_left(left)}）" for n, cert, d, left in a.expiring_certificates),
            "certificates", alarm=any(left < 0 for *_x, left in a.expiring_certificates)))
        self._show_honours(self.ui.attention.honours())
        # The duty panel (the roster services, so the ORM) and the trend (Qt Charts) load after the
        # first paint: the start-up budget. A fixed delay raced the first paint on a slow machine.
        self._late_pending = True
        if self._painted:
            QTimer.singleShot(0, self._load_late)
        self._bars(self.by_employment, [(label(vocab.EMPLOYMENT_TYPE, e), n) for e, n in f.staff_by_employment], f.staff)
        self._bars(self.by_zone, list(f.staff_by_zone), f.staff)

    def eventFilter(self, watched, event) -> bool:
        # the page itself is covered by its scroll area: its content's first paint is the page's
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            watched.removeEventFilter(self)  # (only the first paint matters)
            if self._late_pending:
                QTimer.singleShot(0, self._load_late)
        return super().eventFilter(watched, event)

    def _load_late(self) -> None:
        if self._late_pending:
            self._late_pending = False
            self.show_trend()
            self._show_duty()

    def _show_honours(self, h) -> None:
        none = self.tr("none")
        if h.month:
            stars = "、".join(h.stars) or none
            flags = "、".join(h.red_flags) or none
            text = (self.tr("%1 (confirmed): 服务之星 %2; 流动红旗窗口 %3.")
                    .replace("%1", h.month).replace("%2", f"<b>{stars}</b>").replace("%3", f"<b>{flags}</b>"))
        else:
            text = self.tr("No month's honours confirmed yet.")
        if h.unconfirmed:
            text += "<br>" + self.tr("Waiting for confirmation: %1").replace(
                "%1", f"<a href='honours'><b style='color:#c0392b'>{'、'.join(h.unconfirmed)}</b></a>")
        self.honours_text.setText(text)

    def _show_duty(self) -> None:
        """Today's duty leader, joint duty and duty people; empty cells of this month's roster."""
        from govhr_desktop.services.rosters import RosterService

        t = RosterService(self.ui.services).today()
        none = self.tr("none")
        lines = [self.tr("Duty leader: %1").replace("%1", f"<b>{t.leader or none}</b>")]
        if t.joint:
            lines.append(self.tr("Joint duty: %1").replace("%1", "；".join(t.joint)))
        for post, times, names in t.duties:
            lines.append(f"{post}{'（' + times + '）' if times else ''}：<b>{names}</b>")
        if not t.duties:
            lines.append(self.tr("No duty on the roster today."))
        if t.roster_status == "none":
            lines.append(self.tr("This month's roster has not been made: %1")
                         .replace("%1", f"<a href='rosters'>{self.tr('make it')}</a>"))
        else:
            if t.roster_status == "draft":
                lines.append(f"<span style='color:#b26a00'>{self.tr('The roster is still a draft.')}</span>")
            shown = (f"<a href='rosters'><b style='color:#c0392b'>{t.unfilled_this_month}</b></a>"
                     if t.unfilled_this_month else f"<span style='color:#2e7d32'>{none}</span>")
            lines.append(self.tr("Unfilled duty cells this month: %1").replace("%1", shown))
        self.duty_text.setText("<br>".join(lines))

    def prepare_screenshot(self) -> None:
        self._late_pending = False  # loaded here, not again after the grab's paint
        self._show_duty()
        self.show_trend()
        if self.trend_chart.chart.layout() is not None:
            self.trend_chart.chart.layout().activate()  # axes are laid out by the event loop otherwise

    def show_trend(self, trend: list[tuple[str, int, float | None]] | None = None) -> None:
        """The center's 好评率 of the last 6 months (``trend`` given by tests, else read)."""
        self.trend = trend if trend is not None else self.ui.attention.satisfaction_trend(6)
        if self.trend_chart is None:
            from govhr_desktop.ui.charts import SatisfactionTrendChart

            self.trend_chart = SatisfactionTrendChart(self.trend_box)
            self.trend_chart.setObjectName("satisfactionTrend")
            self.trend_box.layout().addWidget(self.trend_chart)
        self.trend_chart.set_rates([m for m, _n, _r in self.trend], [r for _m, _n, r in self.trend],
                                   [n for _m, n, _r in self.trend])

    def _window_line(self, template: str, numbers: tuple[str, ...], link: str = "windows") -> str:
        if not numbers:
            none = self.tr("none")
            return template.replace("%1", f"<span style='color:#2e7d32'>{none}</span>")
        shown = "、".join(numbers[:20]) + ("…" if len(numbers) > 20 else "")
        return template.replace("%1", f"<b style='color:#c0392b'>{len(numbers)}</b> — <a href='{link}'>{shown}</a>")

    def _names_line(self, template: str, names: tuple[str, ...], link: str, alarm: bool = False) -> str:
        if not names:
            none = self.tr("none")
            return template.replace("%1", f"<span style='color:#2e7d32'>{none}</span>")
        color = "#c0392b" if alarm else "#1f3a5f"
        shown = "、".join(names[:12]) + ("…" if len(names) > 12 else "")
        return template.replace("%1", f"<b style='color:{color}'>{len(names)}</b> — <a href='{link}'>{shown}</a>")

    def _days_left(self, days: int) -> str:
        if days < 0:
            return self.tr("expired %1 days ago").replace("%1", str(-days))
        if days == 0:
            return self.tr("expires today")
        return self.tr("%1 days left").replace("%1", str(days))

    @staticmethod
    def _count_link(n: int, page: str) -> str:
        return f"<a href='{page}'><b>{n}</b></a>" if n else "0"

    @staticmethod
    def _bars(box: QGroupBox, items: list[tuple[str, int]], total: int) -> None:
        lay: QVBoxLayout = box.layout()
        while lay.count():
            w = lay.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        for text, n in items:
            line = QWidget(box)
            h = QHBoxLayout(line)
            h.setContentsMargins(0, 0, 0, 0)
            name = QLabel(text, line)
            name.setMinimumWidth(90)
            bar = QProgressBar(line)
            bar.setRange(0, max(total, 1))
            bar.setValue(n)
            bar.setFormat(str(n))
            bar.setTextVisible(True)
            bar.setMaximumHeight(16)
            h.addWidget(name)
            h.addWidget(bar, 1)
            lay.addWidget(line)
