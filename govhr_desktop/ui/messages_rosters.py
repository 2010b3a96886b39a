"""Messages of the duty rosters (DOMAIN.md §5, issue 8), merged into ``ui.messages``, and the
short reasons shown beside a person who cannot take a duty cell.

``roster.rule.<code>`` errors come from hand edits and swaps that would break a hard rule
(``domain.roster_rules`` violation codes); the same codes, as short phrases, explain why each
person was excluded from a cell (``reason_text``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ROSTER_MESSAGES: dict[str, str] = {
    # --- rosters (services/rosters.py) ---
    "roster.month": QT_TRANSLATE_NOOP("Errors", "{field}: “{year}-{month}” is not a month the roster can be made for."),
    "roster.no_posts": QT_TRANSLATE_NOOP("Errors", "There are no active duty posts, so there is nothing to put on the roster. Add the posts (午间值守, 周末值班 …) on the 值班岗位 tab first."),
    "roster.published_regenerate": QT_TRANSLATE_NOOP("Errors", "The roster of {year}-{month} is published; it is not generated again. Change single cells or swap duties instead (each change needs a reason)."),
    "roster.not_made": QT_TRANSLATE_NOOP("Errors", "There is no roster for {year}-{month} yet; generate it first."),
    "roster.reason_required": QT_TRANSLATE_NOOP("Errors", "{field}: give a reason. A swap always needs one, and so does every change to a published roster."),
    "roster.no_such_slot": QT_TRANSLATE_NOOP("Errors", "{field}: that duty post does not run on {day}, or has no such seat."),
    "roster.publish_violations": QT_TRANSLATE_NOOP("Errors", "The roster cannot be published: {count} cell(s) break a duty rule (shown in red). Change them first."),
    "roster.rule.not_at_center": QT_TRANSLATE_NOOP("Errors", "{field}: {name} is not at the center on {day} ({post_name})."),
    "roster.rule.exempt": QT_TRANSLATE_NOOP("Errors", "{field}: {name} is exempt from this kind of duty ({post_name}, {day})."),
    "roster.rule.not_qualified": QT_TRANSLATE_NOOP("Errors", "{field}: {name} may not take {post_name}: the post is for the staff of its windows, their home units or the comprehensive windows."),
    "roster.rule.on_leave": QT_TRANSLATE_NOOP("Errors", "{field}: {name} is on leave on {day} and cannot take {post_name}."),
    "roster.rule.double_booked": QT_TRANSLATE_NOOP("Errors", "{field}: {name} already has a duty on {day}; one person cannot be in two places."),
    "roster.rule.weekly_limit": QT_TRANSLATE_NOOP("Errors", "{field}: {name} would have more than {limit} duties in the week of {day} ({post_name})."),
    "roster.rule.weekend_running": QT_TRANSLATE_NOOP("Errors", "{field}: {name} would be on weekend/holiday duty two weeks running ({day}), while someone else could take it."),
    "roster.rule.slot_taken_twice": QT_TRANSLATE_NOOP("Errors", "{field}: the cell of {post_name} on {day} would hold two people."),
    "roster.rule.no_such_slot": QT_TRANSLATE_NOOP("Errors", "{field}: {post_name} does not run on {day}."),
    "roster.rule.unknown_post": QT_TRANSLATE_NOOP("Errors", "{field}: the duty post of {day} no longer exists."),
    "roster.rule.unknown_person": QT_TRANSLATE_NOOP("Errors", "{field}: {name} is not among the people who can be on duty in this month."),
    # --- 调休 (services/leave.py) ---
    "leave.time_off_balance": QT_TRANSLATE_NOOP("Errors", "{field}: {name} asks for {days} day(s) of 调休 but has only {balance} day(s) left in {year} (earned by weekend and holiday duty in published rosters)."),
}

#: why a person cannot take a cell (exclusion and violation codes), short phrases
ROSTER_REASONS: dict[str, str] = {
    "not_at_center": QT_TRANSLATE_NOOP("RosterReasons", "not at the center that day"),
    "exempt": QT_TRANSLATE_NOOP("RosterReasons", "exempt from this duty"),
    "not_qualified": QT_TRANSLATE_NOOP("RosterReasons", "not staff of the windows this post covers"),
    "on_leave": QT_TRANSLATE_NOOP("RosterReasons", "on leave"),
    "already_on_duty_that_day": QT_TRANSLATE_NOOP("RosterReasons", "already on duty that day"),
    "double_booked": QT_TRANSLATE_NOOP("RosterReasons", "already on duty that day"),
    "weekly_limit": QT_TRANSLATE_NOOP("RosterReasons", "weekly limit reached"),
    "weekend_running": QT_TRANSLATE_NOOP("RosterReasons", "weekend duty the week before or after"),
    "not_chosen": QT_TRANSLATE_NOOP("RosterReasons", "free, but not needed"),
    "no_such_slot": QT_TRANSLATE_NOOP("RosterReasons", "the post does not run that day"),
    "slot_taken_twice": QT_TRANSLATE_NOOP("RosterReasons", "the cell is taken twice"),
    "": QT_TRANSLATE_NOOP("RosterReasons", "free"),
}


def reason_text(code: str) -> str:
    """The short phrase for an exclusion or violation code (the code itself if unknown)."""
    src = ROSTER_REASONS.get(code)
    return QCoreApplication.translate("RosterReasons", src) if src is not None else code
