"""Training (DOMAIN.md §7): vocabularies of courses, what a course is aimed at, the yearly hours
target, skill levels and certificate warnings. Pure data and rules, no database."""

from __future__ import annotations

from govhr_desktop.domain.vocab import Choice, Vocabulary

COURSE_CATEGORY = Vocabulary(
    "course_category",
    [
        Choice("policy_law", "政策法规", "Policy and law"),
        Choice("business", "业务技能", "Business skills"),
        Choice("approval_system", "网上审批系统", "Online approval system"),
        Choice("computer", "计算机技能", "Computer skills"),
        Choice("etiquette", "文明礼仪与服务用语", "Etiquette and service language"),
        Choice("psychology", "心理健康与压力疏导", "Psychology and stress"),
        Choice("induction", "新进人员岗前培训", "Induction"),
    ],
).add_aliases("etiquette", "文明礼仪", "服务礼仪", "礼仪").add_aliases("induction", "岗前培训", "入职培训")

COURSE_ORGANISER = Vocabulary(
    "course_organiser",
    [
        Choice("center", "中心", "The center"),
        Choice("home_unit", "派驻单位", "A home unit"),
        Choice("external", "外部机构", "External"),
    ],
)

COURSE_FORM = Vocabulary(
    "course_form",
    [
        Choice("centralised", "集中", "In a group"),
        Choice("distributed", "分散", "Dispersed"),
        Choice("online", "线上", "Online"),
    ],
)

#: What a course can be aimed at (menu-style needs, DOMAIN §7): an evaluation category of
#: DOMAIN §6 in which a person lost points, verified 差评/complaints, being new to the center,
#: an expiring certificate.
COURSE_TARGET = Vocabulary(
    "course_target",
    [
        Choice("discipline", "劳动纪律/考勤扣分", "Discipline deductions"),
        Choice("service", "服务规范与态度扣分", "Service and attitude deductions"),
        Choice("handling", "业务办理与效率扣分", "Case-handling deductions"),
        Choice("learning", "学习培训扣分", "Learning deductions"),
        Choice("appearance", "窗口形象扣分", "Window appearance deductions"),
        Choice("bad_rating", "核实属实的差评或投诉", "Verified bad ratings or complaints"),
        Choice("new_staff", "新进中心人员", "New to the center"),
        Choice("certificate", "证书即将到期", "Certificate expiring"),
    ],
)

#: Targets a new course of each category is aimed at unless the clerk changes them.
DEFAULT_TARGETS: dict[str, tuple[str, ...]] = {
    "policy_law": ("handling",),
    "business": ("handling",),
    "approval_system": ("handling",),
    "computer": ("handling",),
    "etiquette": ("service", "bad_rating"),
    "psychology": ("bad_rating",),
    "induction": ("new_staff",),
}

#: 行政办事员（政务服务综合窗口办事员）, code 3-01-01-01; the levels are ``vocab.SKILL_LEVEL``
#: (五级 the lowest … 一级 the highest).
SKILL_STANDARD = "行政办事员（政务服务综合窗口办事员）"
SKILL_STANDARD_CODE = "3-01-01-01"

#: Hours (学时) per person per year unless the center sets another target for an employment type.
DEFAULT_YEARLY_TARGET = 90.0
#: A certificate expiring within this many days is flagged on the home page.
CERTIFICATE_WARNING_DAYS = 60
#: Months counted as "recent" when looking for weak spots, and as "new to the center".
NEEDS_LOOKBACK_MONTHS = 3
NEW_STAFF_MONTHS = 3


def split_targets(text: str | None) -> tuple[str, ...]:
    """The stored comma-separated targets as codes (unknown codes dropped, order kept)."""
    return tuple(t for t in (text or "").split(",") if t in COURSE_TARGET)


def join_targets(targets) -> str:
    return ",".join(t for t in COURSE_TARGET.codes() if t in set(targets))

#: Short column headings of the categories (the ledger has one column per category).
COURSE_CATEGORY_SHORT = Vocabulary(
    "course_category_short",
    [
        Choice("policy_law", "政策法规", "Policy"),
        Choice("business", "业务技能", "Business"),
        Choice("approval_system", "审批系统", "Approval system"),
        Choice("computer", "计算机", "Computer"),
        Choice("etiquette", "礼仪用语", "Etiquette"),
        Choice("psychology", "心理疏导", "Psychology"),
        Choice("induction", "岗前培训", "Induction"),
    ],
)
