"""The catalogue of evaluation items of DOMAIN.md §6: what a register entry can record, in which
scoring category, with its default points. Templates (``domain.scoring``) set the numbers a
center actually uses; codes here are stable and stored in the registers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    code: str
    zh: str
    weight: float  # the most this category can deduct; for 'bonus' the cap of bonus points


@dataclass(frozen=True)
class Item:
    code: str
    category: str
    zh: str
    points: float  # per occurrence: negative = deduction, positive = bonus; 0 = veto item
    unit: str = "次"  # what one occurrence is (次, 半天, 天, 件)


CATEGORIES = (
    Category("discipline", "劳动纪律/考勤", 25),
    Category("service", "服务规范与态度", 20),
    Category("handling", "业务办理与效率", 25),
    Category("rating", "群众评价（好差评）", 15),
    Category("learning", "学习培训与协作", 10),
    Category("appearance", "窗口形象与环境", 5),
    Category("bonus", "加分", 5),
    Category("veto", "一票否决", 0),
)

ITEMS = (
    Item("late_early", "discipline", "迟到或早退（10分钟以内）", -1),
    Item("missed_clock", "discipline", "漏打卡", -2),
    Item("off_post", "discipline", "无故离岗超过15分钟", -3),
    Item("absence_half_day", "discipline", "旷工", -5, "半天"),
    Item("meeting_absent", "discipline", "中心会议或培训迟到、缺席", -1),
    Item("excess_leave_day", "discipline", "当月非法定假超过2天", -1, "天"),
    Item("no_badge", "service", "未佩戴工作牌或未着工装", -1),
    Item("cold_manner", "service", "态度生硬、冷淡", -2),
    Item("refuse_answer", "service", "拒绝答复或违反首问负责、一次性告知", -2),
    Item("argue", "service", "与群众争吵", -3),
    Item("phone_on_duty", "service", "工作时间玩手机、闲聊", -1),
    Item("overdue_case", "handling", "办件超承诺时限", -5, "件"),
    Item("wrong_handling", "handling", "受理或办理结果错误", -2, "件"),
    Item("not_entered", "handling", "办件未当日录入系统", -1, "件"),
    Item("illegal_fee", "handling", "违规收费", -5),
    Item("window_empty", "handling", "未安排AB岗致窗口空岗", -2),
    Item("bad_rating", "rating", "经核实属本人责任的差评", -2, "件"),
    Item("complaint_upheld", "rating", "投诉经查属实", -3, "件"),
    Item("bad_rating_unhandled", "rating", "差评未按时回访整改", -2, "件"),
    Item("training_missed", "learning", "缺席必修培训", -2),
    Item("test_failed", "learning", "考试不合格", -1),
    Item("not_cooperating", "learning", "不服从中心工作安排", -2),
    Item("untidy_window", "appearance", "窗口不整洁", -0.5),
    Item("incomplete_files", "appearance", "资料不齐全", -1),
    Item("praise_letter", "bonus", "收到表扬信", 1),
    Item("banner", "bonus", "收到锦旗", 2),
    Item("media_praise", "bonus", "受到媒体或上级表扬", 2),
    Item("extra_service", "bonus", "加班或上门服务", 1),
    Item("inspection_negative", "veto", "明察暗访负面通报（扣15分，当年不得评优）", 0),
    Item("bribery", "veto", "经查实吃拿卡要（等次定为较差）", 0),
)

ITEMS_BY_CODE = {i.code: i for i in ITEMS}
CATEGORIES_BY_CODE = {c.code: c for c in CATEGORIES}
