"""A person's or a window's 12-month score and 好评率 trend in a dialog, opened from the
evaluation and window pages (the same tabs as the charts page)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QVBoxLayout, QWidget

from govhr_desktop.ui.pages.charts import ChartActions, PersonTrendTab, TrendTab, WindowTrendTab
from govhr_desktop.ui.tr import InheritedTr


class TrendDialog(InheritedTr, QDialog):
    """One person's or one window's 12-month trend, with export and PNG."""

    def __init__(self, ui, *, staff_id: int | None = None, window_id: int | None = None, today: date | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        if (staff_id is None) == (window_id is None):
            raise ValueError("give exactly one of staff_id and window_id")
        today = today or date.today()
        if staff_id is not None:
            self.tab: TrendTab = PersonTrendTab(ui, today, self, subject_id=staff_id, fixed=True)
        else:
            self.tab = WindowTrendTab(ui, today, self, subject_id=window_id, fixed=True)
        if not self.tab.loaded:
            self.tab.reload()
        name = self.tab.trend.name if self.tab.trend else ""
        self.setWindowTitle(self.tr("Trend — {name}").format(name=name) if name else self.tab.tab_title())
        lay = QVBoxLayout(self)
        lay.addWidget(self.tab, 1)
        bottom = QHBoxLayout()
        self.actions_bar = ChartActions(ui, lambda: self.tab, self)
        self.tab.reloaded.connect(self.actions_bar.refresh)
        bottom.addWidget(self.actions_bar)
        bottom.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        lay.addLayout(bottom)
        self.resize(960, 560)


def open_trend_dialog(parent: QWidget | None, ui, staff_id: int | None = None, window_id: int | None = None, *,
                      today: date | None = None, modal: bool = True) -> TrendDialog:
    """Show a person's (``staff_id``) or a window's (``window_id``) trend; modal by default.
    Returns the dialog (already closed when modal)."""
    dlg = TrendDialog(ui, staff_id=staff_id, window_id=window_id, today=today, parent=parent)
    if modal:
        dlg.exec()
    else:
        dlg.show()
    return dlg
