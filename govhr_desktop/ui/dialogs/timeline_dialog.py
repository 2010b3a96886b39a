"""One person's timeline: every assignment, vetting, request and leave in date order."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout

from govhr_desktop.domain import vocab
from govhr_desktop.services.staff import StaffView
from govhr_desktop.services.timeline import TimelineEvent
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.i18n import label
from govhr_desktop.ui.table import Column, RecordTableModel
from govhr_desktop.ui.tr import InheritedTr


class TimelineDialog(InheritedTr, QDialog):
    def __init__(self, ui: UiContext, person: StaffView, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineDialog")
        self.setWindowTitle(self.tr("Timeline of %1").replace("%1", person.name))
        self.resize(760, 520)
        lay = QVBoxLayout(self)
        head = QLabel(
            self.tr("%1, %2, at the center since %3").replace("%1", person.name)
            .replace("%2", person.home_unit_name).replace("%3", person.joined_center_on.isoformat()),
            self,
        )
        head.setObjectName("pageTitle")
        lay.addWidget(head)
        self.model = RecordTableModel(
            [
                Column("day", self.tr("Date"), lambda e: e.day, width=100),
                Column("what", self.tr("What happened"), self.describe),
            ],
            parent=self,
        )
        self.events = ui.timeline.for_staff(person.id)
        self.model.set_rows(self.events)
        view = QTableView(self)
        view.setObjectName("timeline")
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.setColumnWidth(0, 100)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def describe(self, e: TimelineEvent) -> str:
        p = e.params
        post = label(vocab.POST, p.get("post"))
        texts = {
            "joined": self.tr("Joined the center, sent by %1").replace("%1", p.get("unit", "")),
            "left": self.tr("Left the center, back to %1").replace("%1", p.get("unit", "")),
            "vetting": self.tr("Vetting decided: %1").replace("%1", self._decision(p.get("decision", ""))),
            "assignment.start": self.tr("Starts at window %1 (%2)").replace("%1", p.get("window", "")).replace("%2", post),
            "assignment.end": self.tr("Leaves window %1 (%2): %3").replace("%1", p.get("window", ""))
            .replace("%2", post).replace("%3", self._end_reason(p.get("reason", ""))),
            "chief.start": self.tr("Appointed chief representative of %1").replace("%1", p.get("unit", "")),
            "chief.end": self.tr("No longer chief representative of %1").replace("%1", p.get("unit", "")),
            "transfer.filed": self.tr("Request filed: %1, leaving on %2").replace("%1", self._kind(p.get("kind", "")))
            .replace("%2", str(p.get("requested_on", ""))),
            "transfer.decided": self.tr("Request decided: %1").replace("%1", self._decision(p.get("decision", ""))),
            "leave": self.tr("Leave until %1 (%2 working days)").replace("%1", str(p.get("end_on", "")))
            .replace("%2", f"{p.get('days', 0):g}"),
            "leave.return": self.tr("Back from leave"),
            "register": self.tr("Register entry: %1 × %2").replace("%1", self._item(p.get("item", "")))
            .replace("%2", f"{p.get('quantity', 1):g}"),
            "evaluation": self.tr("Evaluation of %1 published: %2 points, %3").replace("%1", p.get("month", ""))
            .replace("%2", f"{p.get('total', 0):g}").replace("%3", p.get("grade", "")),
            "training": self.tr("Training attended: %1, %2 hour(s)").replace("%1", p.get("title", ""))
            .replace("%2", f"{p.get('hours', 0):g}"),
            "training.year": self.tr("Training hours of %1 so far: %2 of %3").replace("%1", str(p.get("year", "")))
            .replace("%2", f"{p.get('total', 0):g}").replace("%3", f"{p.get('target', 0):g}"),
        }
        return texts.get(e.kind, e.kind)

    @staticmethod
    def _item(code: str) -> str:
        from govhr_desktop.domain.evaluation_items import ITEMS_BY_CODE

        item = ITEMS_BY_CODE.get(code)
        return item.zh if item else code

    def _decision(self, code: str) -> str:
        return {"accepted": self.tr("accepted"), "refused": self.tr("refused", "vetting or request"), "agreed": self.tr("agreed"),
                "pending": self.tr("pending")}.get(code, code)

    def _kind(self, code: str) -> str:
        return {"replace": self.tr("replacement"), "withdraw": self.tr("withdrawal"),
                "center_asks": self.tr("the center asks for a replacement")}.get(code, code)

    def _end_reason(self, code: str) -> str:
        return {"rotation": self.tr("rotation"), "transfer": self.tr("transfer"),
                "returned": self.tr("returned to the home unit"), "secondment_end": self.tr("end of secondment"),
                "other": self.tr("other")}.get(code, code or self.tr("other"))
