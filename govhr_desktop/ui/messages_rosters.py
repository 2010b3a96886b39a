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
    # --- leader duty, joint duty, duty log (services/leader_duty.py) ---
    "leader_duty.no_leaders": QT_TRANSLATE_NOOP("Errors", "No center leader is marked as duty leader (带班领导); mark the leaders who take duty on the 中心设置 page first."),
    "leader_duty.joint_needs_leader": QT_TRANSLATE_NOOP("Errors", "{field}: joint duty (共同值班) on {day} needs the center's duty leader (带班领导) that day; set the day's duty leader first, or remove its joint duty before clearing the leader."),
    "leader_duty.joint_duplicate": QT_TRANSLATE_NOOP("Errors", "{field}: {unit} already has joint duty on {day} ({name}); a unit is on joint duty at most once a day."),
    "leader_duty.unit_inactive": QT_TRANSLATE_NOOP("Errors", "{field}: {unit} is no longer active and cannot be put on joint duty."),
    "leader_duty.not_duty_leader": QT_TRANSLATE_NOOP("Errors", "{field}: {name} is not marked as duty leader (带班领导); mark them on the 中心设置 page first."),
    "duty_log.future_day": QT_TRANSLATE_NOOP("Errors", "{field}: {day} has not come yet (today is {today}); a duty log is written on the day or after."),
    "leader.in_rota": QT_TRANSLATE_NOOP("Errors", "{name} is duty leader on {count} day(s) of the rota; untick 带班领导 instead of deleting."),
    # --- duty posts and seasons (services/duty_posts.py) ---
    "season.duplicate_name": QT_TRANSLATE_NOOP("Errors", "{field}: a season named “{value}” already exists."),
    "season.am_order": QT_TRANSLATE_NOOP("Errors", "{field}: the morning must close after it opens (opens {start}, closes {end})."),
    "season.lunch_order": QT_TRANSLATE_NOOP("Errors", "{field}: the afternoon cannot open ({pm_start}) before the morning closes ({am_end})."),
    "season.pm_order": QT_TRANSLATE_NOOP("Errors", "{field}: the afternoon must close after it opens (opens {start}, closes {end})."),
    "season.overlap": QT_TRANSLATE_NOOP("Errors", "{field}: month {month} already belongs to the season “{other}” ({other_months}); a month belongs to one season only."),
    "duty_post.duplicate_name": QT_TRANSLATE_NOOP("Errors", "{field}: a duty post named “{value}” already exists."),
    "duty_post.runs_on_empty": QT_TRANSLATE_NOOP("Errors", "{field}: tick at least one kind of day the post runs on."),
    "duty_post.runs_on_type": QT_TRANSLATE_NOOP("Errors", "{field}: a {type} post does not run on {days}; it runs on {allowed} only."),
    "duty_post.time_shape": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a time of day (use 12:00)."),
    "duty_post.times_both": QT_TRANSLATE_NOOP("Errors", "{field}: give both the start and the end time, or tick “all day”."),
    "duty_post.times_order": QT_TRANSLATE_NOOP("Errors", "{field}: the duty must end after it starts ({start}–{end})."),
    "duty_post.times_required": QT_TRANSLATE_NOOP("Errors", "{field}: {type} needs a start and an end time; it cannot be all day."),
    "duty_post.lunch_times": QT_TRANSLATE_NOOP("Errors", "{field}: {start}–{end} is no lunch-break duty: it must lie between 11:00 and 15:00 and cover part of 11:30–14:30."),
    "duty_post.extended_times": QT_TRANSLATE_NOOP("Errors", "{field}: {start}–{end} is no extended service: it starts at 16:00 or later, or ends by 10:00 (early service), and never covers the lunch break 11:30–14:30."),
    "duty_post.season_lunch_times": QT_TRANSLATE_NOOP("Errors", "{field}: in {season}, {start}–{end} is no lunch-break duty: it must lie between 11:00 and 15:00 and cover part of 11:30–14:30."),
    "duty_post.season_extended_times": QT_TRANSLATE_NOOP("Errors", "{field}: in {season}, {start}–{end} is no extended service: it starts at 16:00 or later, or ends by 10:00, and never covers 11:30–14:30."),
    "duty_post.window_missing": QT_TRANSLATE_NOOP("Errors", "{field}: a chosen window no longer exists (it may have been deleted); open the dialog again."),
    "duty_post.window_closed": QT_TRANSLATE_NOOP("Errors", "{field}: window {number} closed on {closed_on}; a duty post cannot cover a closed window."),
    "duty_post.windows_and_zone": QT_TRANSLATE_NOOP("Errors", "{field}: choose windows or a zone, not both: with windows the staff of their home units serve, with a zone the staff sitting in it."),
    "duty_post.season_missing": QT_TRANSLATE_NOOP("Errors", "{field}: a season no longer exists (it may have been deleted); open the dialog again."),
    "duty_post.season_times_both": QT_TRANSLATE_NOOP("Errors", "{field}: in {season}, give both the start and the end time, or leave both empty for the default times."),
    "duty_post.season_times_order": QT_TRANSLATE_NOOP("Errors", "{field}: in {season}, the duty must end after it starts ({start}–{end})."),
    "duty_post.in_use": QT_TRANSLATE_NOOP("Errors", "The duty post “{name}” is used in rosters ({cells} cells) and cannot be deleted; set it inactive instead (the rosters that used it stay as they are)."),
    # --- 调休 (services/leave.py) ---
    "leave.time_off_balance": QT_TRANSLATE_NOOP("Errors", "{field}: {name} asks for {days} day(s) of 调休 but has only {balance} day(s) left in {year} (earned by weekend and holiday duty in published rosters)."),
}

ROSTER_FIELDS: dict[str, str] = {
    "leader_id": QT_TRANSLATE_NOOP("Fields", "Duty leader"),
    "leader_name": QT_TRANSLATE_NOOP("Fields", "Leader's name"),
    "leader_title": QT_TRANSLATE_NOOP("Fields", "Leader's title"),
    "days": QT_TRANSLATE_NOOP("Fields", "Days"),
    "summary": QT_TRANSLATE_NOOP("Fields", "How the day went (值班情况)"),
    "incidents": QT_TRANSLATE_NOOP("Fields", "Incidents and handling"),
    "handover": QT_TRANSLATE_NOOP("Fields", "Handover"),
    "year": QT_TRANSLATE_NOOP("Fields", "Year"),
    "first_month": QT_TRANSLATE_NOOP("Fields", "From month"),
    "last_month": QT_TRANSLATE_NOOP("Fields", "To month"),
    "am_start": QT_TRANSLATE_NOOP("Fields", "Morning opens"),
    "am_end": QT_TRANSLATE_NOOP("Fields", "Morning closes"),
    "pm_start": QT_TRANSLATE_NOOP("Fields", "Afternoon opens"),
    "pm_end": QT_TRANSLATE_NOOP("Fields", "Afternoon closes"),
    "window_ids": QT_TRANSLATE_NOOP("Fields", "Windows covered"),
    "comprehensive_staff": QT_TRANSLATE_NOOP("Fields", "Comprehensive-window staff may serve"),
    "sort_order": QT_TRANSLATE_NOOP("Fields", "Sort order"),
    "season_times": QT_TRANSLATE_NOOP("Fields", "Times by season"),
    "one_duty_per_day": QT_TRANSLATE_NOOP("Fields", "One duty a day at most"),
    "active": QT_TRANSLATE_NOOP("Fields", "Status"),
    "start_time": QT_TRANSLATE_NOOP("Fields", "Start time"),
    "end_time": QT_TRANSLATE_NOOP("Fields", "End time"),
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
