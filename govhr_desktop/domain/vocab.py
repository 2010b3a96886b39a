"""Controlled vocabularies of DOMAIN.md §2, stored as codes, shown as Chinese (or English) labels.

These are data, not UI text: exports, imports and printed documents use the Chinese labels, so
they live in the core. The English labels serve the English UI.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    code: str
    zh: str
    en: str


class Vocabulary:
    def __init__(self, name: str, choices: list[Choice]) -> None:
        self.name = name
        self.choices = tuple(choices)
        self._by_code = {c.code: c for c in choices}
        self._by_label: dict[str, str] = {}
        for c in choices:
            for key in (c.code, c.zh, c.en):
                self._by_label[key.strip().lower()] = c.code

    def codes(self) -> list[str]:
        return [c.code for c in self.choices]

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def label(self, code: str | None, lang: str = "zh") -> str:
        if not code:
            return ""
        c = self._by_code.get(code)
        if c is None:
            return code
        return c.en if lang == "en" else c.zh

    def code_for(self, text: object) -> str | None:
        """The code for a label, code or alias as typed in a form or spreadsheet."""
        if text is None:
            return None
        return self._by_label.get(str(text).strip().lower())

    def add_aliases(self, code: str, *aliases: str) -> "Vocabulary":
        for a in aliases:
            self._by_label[a.strip().lower()] = code
        return self


GENDER = Vocabulary("gender", [Choice("M", "男", "Male"), Choice("F", "女", "Female")])

POLITICAL_STATUS = Vocabulary(
    "political_status",
    [
        Choice("cpc", "中共党员", "CPC member"),
        Choice("cpc_probation", "中共预备党员", "CPC probationary member"),
        Choice("league", "共青团员", "Youth League member"),
        Choice("democratic", "民主党派", "Democratic party member"),
        Choice("masses", "群众", "No party affiliation"),
    ],
).add_aliases("cpc", "党员").add_aliases("league", "团员")

EDUCATION = Vocabulary(
    "education",
    [
        Choice("postgraduate", "研究生", "Postgraduate"),
        Choice("bachelor", "大学本科", "Bachelor"),
        Choice("college", "大学专科", "College diploma"),
        Choice("secondary", "中专/高中", "Secondary school"),
        Choice("junior", "初中及以下", "Junior school or less"),
    ],
).add_aliases("bachelor", "本科").add_aliases("college", "大专", "专科").add_aliases(
    "postgraduate", "硕士", "博士", "硕士研究生", "博士研究生"
).add_aliases("secondary", "高中", "中专", "职高")

EMPLOYMENT_TYPE = Vocabulary(
    "employment_type",
    [
        Choice("civil_servant", "行政编制", "Civil service post"),
        Choice("civil_servant_managed", "参公", "Managed as civil service"),
        Choice("public_institution", "事业编制", "Public institution post"),
        Choice("contract", "合同制", "Contract"),
        Choice("agency", "劳务派遣", "Agency worker"),
        Choice("temporary", "临聘", "Temporary hire"),
    ],
).add_aliases("civil_servant_managed", "参照公务员法管理", "参公管理").add_aliases(
    "temporary", "临时聘用", "编外"
).add_aliases("civil_servant", "行政").add_aliases("public_institution", "事业")

#: Employment types counted as temporary (non-establishment) hires in the key figures.
TEMPORARY_TYPES = frozenset({"contract", "agency", "temporary"})

STAFF_STATUS = Vocabulary(
    "staff_status",
    [
        Choice("on_duty", "在岗", "On duty"),
        Choice("on_leave", "请假", "On leave"),
        Choice("seconded", "借调", "Seconded"),
        Choice("returned", "已调回", "Returned to home unit"),
    ],
)

#: Statuses of people still on the center's books.
ACTIVE_STATUSES = frozenset({"on_duty", "on_leave", "seconded"})

POST = Vocabulary("post", [Choice("A", "A岗", "A post"), Choice("B", "B岗", "B post")]).add_aliases(
    "A", "a", "主岗", "A岗"
).add_aliases("B", "b", "备岗", "B岗")

SKILL_LEVEL = Vocabulary(
    "skill_level",
    [
        Choice("5", "五级/初级工", "Level 5 (entry)"),
        Choice("4", "四级/中级工", "Level 4"),
        Choice("3", "三级/高级工", "Level 3"),
        Choice("2", "二级/技师", "Level 2 (technician)"),
        Choice("1", "一级/高级技师", "Level 1 (senior technician)"),
    ],
).add_aliases("5", "五级", "初级工").add_aliases("4", "四级", "中级工").add_aliases(
    "3", "三级", "高级工"
).add_aliases("2", "二级", "技师").add_aliases("1", "一级", "高级技师")

WINDOW_TYPE = Vocabulary(
    "window_type",
    [
        Choice("comprehensive", "综合受理", "Comprehensive intake"),
        Choice("department", "专业窗口", "Department window"),
        Choice("consult", "咨询导办", "Enquiries and guidance"),
        Choice("assist", "帮办代办", "Assisted service"),
        Choice("delivery", "出件", "Result collection"),
    ],
).add_aliases("department", "专业", "部门窗口").add_aliases("comprehensive", "综合窗口", "综合")
