"""Dialogs of the month roster: who takes a cell (指定人员), a swap (换班), the reason a change
to a published roster needs, why seats stayed vacant (空缺说明) and the change log (变更记录);
and the words the roster grids and dialogs share: dates, leave parts, seats, and the scheduler's
violation / exclusion codes as short phrases (``messages_rosters.reason_text``) with their
details (the leave part, the other post, the week's count).

The set-cell and swap dialogs call the service themselves (``apply``): when it refuses (a hard
rule, a missing reason) the message shows in the dialog, which stays open; nothing was saved.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
)

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.roster_views import (
    CHANGE_KIND,
    DUTY_TYPE,
    ROSTER_STATUS,
    WEEKDAYS_ZH,
    CandidateView,
    ChangeView,
    GenerateOutcome,
    MonthPost,
    RosterView,
)
from govhr_desktop.services.rosters import REASON_MAX
from govhr_desktop.ui import i18n, messages
from govhr_desktop.ui.dialogs.form import FieldError, combo, combo_data, set_combo_data
from govhr_desktop.ui.messages_rosters import reason_text
from govhr_desktop.ui.table import (
    Column,
    RecordFilterProxy,
    RecordTableModel,
    RowStyle,
    read_only_view,
)
from govhr_desktop.ui.tr import InheritedTr

Slot = tuple[int, date, int]
_ERRORS = (DomainError, ValidationError)
STATUS_STYLES = {"none": "background:#e8ebef; color:#44505e;", "draft": "background:#fff1d6; color:#8a5a00;",
                 "published": "background:#daf1dc; color:#1d6b2a;"}
#: the order of the reasons in 空缺说明 (those that change with the roster first)
REASON_ORDER = ("on_leave", "already_on_duty_that_day", "double_booked", "weekly_limit", "weekend_running",
                "not_chosen", "exempt", "not_at_center", "not_qualified")


# --- words ------------------------------------------------------------------------------------

def day_label(d: date, *, weekday: bool = True) -> str:
    """10月3日 周五 (English: Fri 3 Oct)."""
    if i18n.vocab_lang() == "en":
        return f"{d:%a} {d.day} {d:%b}" if weekday else f"{d.day} {d:%b}"
    text = f"{d.month}月{d.day}日"
    return f"{text} 周{WEEKDAYS_ZH[d.weekday()]}" if weekday else text


def weekday_short(d: date) -> str:
    return "MTWTFSS"[d.weekday()] if i18n.vocab_lang() == "en" else WEEKDAYS_ZH[d.weekday()]


def duty_label(code: str) -> str:
    return i18n.label(DUTY_TYPE, code)


def leave_label(part: str | None) -> str:
    zh = i18n.vocab_lang() != "en"
    return {"am": "上午" if zh else "morning", "pm": "下午" if zh else "afternoon"}.get(
        part or "day", "全天" if zh else "whole day")


def leave_short(part: str) -> str:
    if i18n.vocab_lang() == "en":
        return {"am": "AM off", "pm": "PM off"}.get(part, "Leave")
    return {"am": "上午假", "pm": "下午假"}.get(part, "假")


def seat_label(post: MonthPost, seat: int) -> str:
    return f"{post.name} #{seat + 1}" if post.people_needed > 1 else post.name


def slot_label(view: RosterView, slot: tuple[int, date, int]) -> str:
    """10月3日 周五 午间值守·一区 #2."""
    post = view.post(slot[0])
    return f"{day_label(slot[1])} {seat_label(post, slot[2]) if post else '?'}"


def _names(view: RosterView) -> dict[int, str]:
    return {p.staff_id: p.name for p in view.people} | {c.staff_id: c.name for c in view.cells}


class RuleWords(InheritedTr):
    """The details a short reason carries (the leave part, the other post, the week's count)."""

    def detail(self, code: str, params: dict, view: RosterView | None) -> str:
        posts = {m.id: m.name for m in view.posts} if view is not None else {}

        def when(value) -> str:
            try:
                return day_label(date.fromisoformat(str(value)), weekday=False)
            except ValueError:
                return str(value)

        if code == "on_leave" and params.get("part"):
            return leave_label(params["part"])
        if code == "exempt" and params.get("duty_type"):
            return duty_label(params["duty_type"])
        if code in ("already_on_duty_that_day", "double_booked"):
            other = params.get("post", params.get("other_post"))
            return posts.get(other, "") if isinstance(other, int) else str(other or "")
        if code == "weekly_limit" and params.get("limit"):
            return (self.tr("%1 this week, at most %2").replace("%1", str(params.get("count", "")))
                    .replace("%2", str(params["limit"])))
        if code == "weekend_running":
            if params.get("other_day"):
                return self.tr("also on %1").replace("%1", when(params["other_day"]))
            if params.get("other_week"):
                return self.tr("also in the week of %1").replace("%1", when(params["other_week"]))
        if code == "slot_taken_twice" and params.get("other_person") and view is not None:
            return _names(view).get(params["other_person"], "")
        return ""


def rule_text(code: str, params: dict | None, view: RosterView | None = None) -> str:
    """A violation or exclusion code (``roster_rules``) as a short phrase (``reason_text``) with
    its details in words: 请假（上午）, 每周值班已满（本周2次，最多2次）."""
    text = reason_text(code)
    detail = RuleWords().detail(code, dict(params or {}), view)
    return f"{text}（{detail}）" if detail else text


# --- dialogs ------------------------------------------------------------------------------

class _Dialog(InheritedTr, QDialog):
    """OK / Cancel, an error line; ``apply()`` runs on OK and keeps the dialog open on an error."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.body = QVBoxLayout(self)
        self.error = FieldError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.setObjectName("dialogButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setObjectName("okButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def apply(self) -> None:
        """Do the work (may raise a core error)."""

    def _on_ok(self) -> None:
        self.error.show_text("")
        try:
            self.apply()
        except _ERRORS as e:
            self.error.show_text(messages.describe(e))
            return
        self.accept()


class ReasonDialog(_Dialog):
    """The reason for a change (required after publication, and for every swap)."""

    def __init__(self, title: str, prompt: str, parent=None) -> None:
        super().__init__(title, parent)
        self.setObjectName("reasonDialog")
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.body.addWidget(label)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reasonText")
        self.text.setPlaceholderText(self.tr("e.g. 张三 is on a training course that day; 李四 takes the duty"))
        self.text.setFixedHeight(80)
        self.text.textChanged.connect(self._update)
        self.body.addWidget(self.text)
        self.finish_layout()
        self.resize(440, 200)
        self._update()

    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def _update(self) -> None:
        too_long = len(self.reason()) > REASON_MAX
        self.error.show_text(messages.format_code("too_long", "reason", {"max": REASON_MAX}) if too_long else "")
        self.ok_button.setEnabled(bool(self.reason()) and not too_long)


class SetCellDialog(_Dialog):
    """Choose who takes one cell: the people who may (fewest duties of the kind this month
    first), then the others greyed, each with why not. ``apply_fn(staff_id)`` saves."""

    def __init__(self, view: RosterView, slot: Slot, candidates: list[CandidateView],
                 apply_fn: Callable[[int], None], parent=None) -> None:
        super().__init__(self.tr("Set who is on duty"), parent)
        self.setObjectName("setCellDialog")
        self.view, self.slot, self._apply = view, slot, apply_fn
        self.candidates = list(candidates)  # (the service's order: who may, fewest duties first)
        cell = view.cell(*slot)
        head = QLabel(self)
        head.setObjectName("slotLabel")
        head.setWordWrap(True)
        now = cell.name if cell else self.tr("nobody")
        head.setText(f"<b>{html.escape(slot_label(view, slot))}</b><br>"
                     + html.escape(self.tr("On duty now: %1").replace("%1", now)))
        self.body.addWidget(head)

        self.search = QLineEdit(self)
        self.search.setObjectName("candidateSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name or unit…"))
        self.body.addWidget(self.search)

        self.reasons = {c.staff_id: ("" if c.ok else rule_text(c.code, c.params, view)) for c in self.candidates}
        columns = [
            Column("name", self.tr("Name"), lambda c: c.name, width=90),
            Column("unit", self.tr("Home unit"), lambda c: c.unit, width=150),
            Column("count", self.tr("Duties of this kind this month"), lambda c: c.month_count if c.ok else "",
                   align_right=True, width=150),
            Column("why", self.tr("Can take it?"), lambda c: self.tr("Yes") if c.ok else self.reasons[c.staff_id],
                   tooltip=lambda c: self.reasons[c.staff_id]),
        ]
        style = RowStyle(foreground=lambda c: None if c.ok else "#8a8f98")
        self.model = RecordTableModel(columns, search_key=lambda c: f"{c.name} {c.unit}", style=style, parent=self)
        self.model.set_rows(self.candidates)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search)
        self.table = read_only_view(self, self.model)
        self.table.setModel(self.proxy)
        self.table.setObjectName("candidateTable")
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.table.doubleClicked.connect(lambda _i: self.ok_button.isEnabled() and self._on_ok())
        self.body.addWidget(self.table, 1)
        self.note = QLabel(self)
        self.note.setObjectName("candidateNote")
        self.note.setWordWrap(True)
        self.body.addWidget(self.note)
        self.finish_layout()
        self.resize(640, 520)
        self._update()

    def selected(self) -> CandidateView | None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(idx).row())

    def choose(self, staff_id: int) -> bool:
        for i in range(self.proxy.rowCount()):
            c = self.model.row_at(self.proxy.mapToSource(self.proxy.index(i, 0)).row())
            if c.staff_id == staff_id:
                self.table.selectRow(i)
                self.table.setCurrentIndex(self.proxy.index(i, 0))
                return True
        return False

    def _update(self) -> None:
        c = self.selected()
        self.ok_button.setEnabled(bool(c and c.ok))
        if c is None:
            self.note.setText(self.tr("Choose the person; the cell is then locked (kept when the month is "
                                      "generated again)."))
        elif c.ok:
            self.note.setText(self.tr("%1 has %2 duty(ies) of this kind this month.")
                              .replace("%1", c.name).replace("%2", str(c.month_count)))
        else:
            self.note.setText(f"{c.name}：{self.reasons[c.staff_id]}")

    def apply(self) -> None:
        c = self.selected()
        if c is not None:
            self._apply(c.staff_id)


class SwapDialog(_Dialog):
    """Swap a cell with another cell of the month, or hand it to another person; a reason is
    always needed. ``apply_fn(second, reason)``: second is a slot or a staff id."""

    def __init__(self, view: RosterView, first: Slot, candidates: list[CandidateView],
                 apply_fn: Callable[[Slot | int, str], None], second: Slot | None = None, parent=None) -> None:
        super().__init__(self.tr("Swap duty"), parent)
        self.setObjectName("swapDialog")
        self.view, self.first, self._apply = view, first, apply_fn
        cell = view.cell(*first)
        head = QLabel(self)
        head.setObjectName("firstLabel")
        head.setWordWrap(True)
        head.setText(f"<b>{html.escape(slot_label(view, first))}</b>　{html.escape(cell.name if cell else '')}")
        self.body.addWidget(head)

        form = QFormLayout()
        self.with_cell = QRadioButton(self.tr("Swap with another cell"), self)
        self.with_cell.setObjectName("withCell")
        self.with_person = QRadioButton(self.tr("Give it to another person"), self)
        self.with_person.setObjectName("withPerson")
        group = QButtonGroup(self)
        group.addButton(self.with_cell)
        group.addButton(self.with_person)
        cells = sorted((c for c in view.cells if (c.post_id, c.day, c.seat) != first),
                       key=lambda c: (c.day, c.post_id, c.seat))
        self.cell_box = combo([(f"{slot_label(view, (c.post_id, c.day, c.seat))}　{c.name}",
                                (c.post_id, c.day, c.seat)) for c in cells], searchable=True)
        self.cell_box.setObjectName("cellCombo")
        people = sorted(candidates, key=lambda c: not c.ok)
        self.person_box = combo([(c.name + (f"（{c.unit}）" if c.unit else "")
                                  + ("" if c.ok else f" — {rule_text(c.code, c.params, view)}"), c.staff_id)
                                 for c in people if cell is None or c.staff_id != cell.staff_id], searchable=True)
        self.person_box.setObjectName("personCombo")
        form.addRow(self.with_cell, self.cell_box)
        form.addRow(self.with_person, self.person_box)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("swapReason")
        self.reason.setPlaceholderText(self.tr("Why (required)"))
        self.reason.setMaxLength(REASON_MAX)
        form.addRow(self.tr("Reason *"), self.reason)
        self.body.addLayout(form)
        note = QLabel(self.tr("The swap is checked against the same rules as the generated roster; both cells are "
                              "locked afterwards."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #52606d;")
        self.body.addWidget(note)
        self.finish_layout()
        self.with_cell.toggled.connect(lambda _on: self._update())
        self.reason.textChanged.connect(lambda _t: self._update())
        self.cell_box.currentIndexChanged.connect(lambda _i: self._update())
        self.person_box.currentIndexChanged.connect(lambda _i: self._update())
        if second is not None:
            set_combo_data(self.cell_box, second)
        (self.with_cell if cells else self.with_person).setChecked(True)
        self.resize(620, 260)
        self._update()

    def choose_cell(self, slot: Slot) -> None:
        self.with_cell.setChecked(True)
        set_combo_data(self.cell_box, slot)

    def choose_person(self, staff_id: int) -> None:
        self.with_person.setChecked(True)
        set_combo_data(self.person_box, staff_id)

    def second(self) -> Slot | int | None:
        return combo_data(self.cell_box) if self.with_cell.isChecked() else combo_data(self.person_box)

    def _update(self) -> None:
        self.cell_box.setEnabled(self.with_cell.isChecked())
        self.person_box.setEnabled(self.with_person.isChecked())
        self.ok_button.setEnabled(self.second() is not None and bool(self.reason.text().strip()))

    def apply(self) -> None:
        second = self.second()
        if second is not None:
            self._apply(second, self.reason.text().strip())


class UnfilledDialog(InheritedTr, QDialog):
    """空缺说明: each vacant seat, who was considered and why each was left out, by reason.

    Seats generation left vacant carry its explanation; a seat emptied by hand afterwards is
    explained as the roster stands now (``explain(slot)``: the candidates of the cell)."""

    #: names listed per reason before "… and n more"
    NAMES = 15
    #: seats explained live at most (each asks the service)
    LIVE = 40

    def __init__(self, view: RosterView, explain: Callable[[Slot], list[CandidateView]] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("unfilledDialog")
        self.setWindowTitle(self.tr("Why seats are vacant"))
        self.explain = explain
        lay = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setObjectName("unfilledText")
        self.text.setHtml(self.html(view))
        lay.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(720, 560)

    def _names(self, names: list[str]) -> str:
        shown = "、".join(html.escape(n) for n in names[:self.NAMES])
        if len(names) > self.NAMES:
            shown += html.escape(self.tr(" … and %1 more").replace("%1", str(len(names) - self.NAMES)))
        return shown

    def _groups(self, pairs: list[tuple[str, str]]) -> str:
        """(code, name) pairs as a list of reasons: the ones a clerk can act on first, "not staff of
        this post" last."""
        order = {c: i for i, c in enumerate(REASON_ORDER)}
        groups: dict[str, list[str]] = {}
        for code, name in pairs:
            groups.setdefault(code, []).append(name)
        out = ["<ul>"]
        for code in sorted(groups, key=lambda c: order.get(c, 99)):
            count = self.tr("%1 person(s)").replace("%1", str(len(groups[code])))
            out.append(f"<li><b>{html.escape(reason_text(code))}</b>（{html.escape(count)}）："
                       f"{self._names(groups[code])}</li>")
        out.append("</ul>")
        return "".join(out)

    def html(self, view: RosterView) -> str:
        parts = []
        live = 0
        for u in sorted(view.unfilled, key=lambda u: (u.day, u.post_id, u.seat)):
            slot = (u.post_id, u.day, u.seat)
            parts.append(f"<h3 style='color:#c62828'>{html.escape(slot_label(view, slot))}</h3>")
            if u.exclusions:
                parts.append("<p>" + html.escape(self.tr("%1 people considered; nobody could take it:")
                                                 .replace("%1", str(u.considered))) + "</p>")
                parts.append(self._groups([(e.code, e.name) for e in u.exclusions]))
                continue
            if self.explain is None or live >= self.LIVE:
                parts.append("<p>" + html.escape(self.tr("Emptied by hand after the month was generated.")) + "</p>")
                continue
            live += 1
            try:
                cands = self.explain(slot)
            except _ERRORS as e:
                parts.append(f"<p>{html.escape(messages.describe(e))}</p>")
                continue
            free = [c.name for c in cands if c.ok]
            parts.append("<p>" + html.escape(self.tr("Emptied by hand after the month was generated. As the roster "
                                                     "stands now:")) + "</p>")
            if free:
                parts.append("<p><b>" + html.escape(self.tr("Could take it: %1 person(s)").replace("%1", str(len(free))))
                             + f"</b>：{self._names(free)}</p>")
            parts.append(self._groups([(c.code, c.name) for c in cands if not c.ok]))
        if not parts:
            parts.append("<p>" + html.escape(self.tr("Every seat of the month is filled.")) + "</p>")
        return "".join(parts)


class ChangeLogDialog(InheritedTr, QDialog):
    """变更记录: every change to the month's roster, who, when and why."""

    def __init__(self, changes: list[ChangeView], title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("changeLogDialog")
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        yes = self.tr("Yes")
        columns = [
            Column("at", self.tr("Time"), lambda c: c.changed_at.strftime("%Y-%m-%d %H:%M"), width=125),
            Column("by", self.tr("By"), lambda c: who(c.changed_by), width=70),
            Column("kind", self.tr("Change"), lambda c: i18n.label(CHANGE_KIND, c.kind), width=70),
            Column("after", self.tr("After publication"), width=70,
                   value=lambda c: yes if c.after_publish and c.kind not in ("publish", "generate") else ""),
            Column("detail", self.tr("What"), lambda c: c.detail, width=360, tooltip=lambda c: c.detail),
            Column("reason", self.tr("Reason"), lambda c: c.reason, tooltip=lambda c: c.reason),
        ]
        self.model = RecordTableModel(columns, parent=self)
        self.model.set_rows(sorted(changes, key=lambda c: (c.changed_at, c.id), reverse=True))
        self.table = read_only_view(self, self.model)
        self.table.setObjectName("changeTable")
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        lay.addWidget(self.table, 1)
        if not changes:
            lay.addWidget(QLabel(self.tr("No changes yet."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(900, 480)


def who(username: str) -> str:
    """A user name as shown; the program's own runs (demo data, self-check) say so in Chinese."""
    if username == "system":
        return QCoreApplication.translate("RosterTexts", "the program")
    return username


class RosterTexts(InheritedTr):
    """What the month tab says about a roster: its status badge and line, its counts, and the
    summary after generating (filled / total, locked kept, vacant, fairness spread)."""

    def badge(self, v: RosterView | None) -> tuple[str, str]:
        """未排班 / 草稿 / 已发布 第N版, and its style sheet."""
        if v is None:
            return "", ""
        text = i18n.label(ROSTER_STATUS, v.status)
        if v.status == "published":
            text += " " + self.tr("revision %1").replace("%1", str(v.revision))
        return text, STATUS_STYLES.get(v.status, "") + " padding: 2px 8px; border-radius: 3px;"

    def status(self, v: RosterView | None) -> str:
        def stamp(at, by: str) -> str:
            return " ".join(x for x in (at.strftime("%Y-%m-%d %H:%M") if at else "", who(by)) if x)

        if v is None:
            return ""
        parts = []
        if v.status == "none":
            parts.append(self.tr("Not made yet: press Generate.") if v.posts
                         else self.tr("No duty posts in use: set them up on the Duty posts tab first."))
        if v.generated_at or v.generated_by:
            parts.append(self.tr("generated %1").replace("%1", stamp(v.generated_at, v.generated_by)))
        if v.status == "published":
            parts.append(self.tr("published %1").replace("%1", stamp(v.published_at, v.published_by)))
        return " · ".join(parts)

    def counts(self, v: RosterView | None) -> str:
        """已排 n/m 格 · 空缺 k · 违反规则 j (rich text, the problems in red)."""
        if v is None:
            return ""
        vacant = len(v.unfilled)
        filled = v.slots_total - vacant if v.status != "none" else 0
        text = self.tr("Seats filled: %1 / %2").replace("%1", str(filled)).replace("%2", str(v.slots_total))
        red = "color:#c62828; font-weight:bold;"
        vac = self.tr("vacant: %1").replace("%1", str(vacant))
        bad = self.tr("breaking a rule: %1").replace("%1", str(len(v.violations)))
        return (f"{text} · <span style='{red if vacant else ''}'>{vac}</span>"
                f" · <span style='{red if v.violations else ''}'>{bad}</span>")

    def summary(self, o: GenerateOutcome) -> str:
        kinds = {"lunch": self.tr("lunch"), "extended": self.tr("evening"), "weekend": self.tr("weekend/holiday")}
        lines = [self.tr("%1/%2 seats filled in %3 s.").replace("%1", str(o.filled)).replace("%2", str(o.slots))
                 .replace("%3", f"{o.seconds:.1f}"),
                 self.tr("Locked cells kept: %1.").replace("%1", str(o.kept_locked))]
        if o.unfilled:
            lines.append(self.tr("%1 seat(s) stay vacant: see “Why vacant…”.").replace("%1", str(o.unfilled)))
        if o.violations:
            lines.append(self.tr("%1 cell(s) break a rule (shown in red).").replace("%1", str(o.violations)))
        if o.spread:
            order = list(kinds)
            spread = "，".join(f"{kinds.get(k, k)} {v}" for k, v in
                              sorted(o.spread.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 9))
            lines.append(self.tr("Fairness (most − fewest duties of a kind in a pool this month): %1")
                         .replace("%1", spread))
        return "\n".join(lines)
