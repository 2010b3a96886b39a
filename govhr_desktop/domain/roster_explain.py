"""Who could take one cell of a roster as it stands, and why each of the others could not
(the set-cell dialog and the explanation of a cell left empty after hand edits)."""

from __future__ import annotations

from collections.abc import Sequence

from govhr_desktop.domain.roster import Exclusion, _Generator
from govhr_desktop.domain.roster_rules import (
    DEFAULT_RULES,
    Assignment,
    DutyPost,
    MonthCalendar,
    Person,
    Rules,
    Slot,
)


def explain_cell(calendar: MonthCalendar, posts: Sequence[DutyPost], people: Sequence[Person],
                 assignments: Sequence[Assignment], slot: Slot,
                 rules: Rules = DEFAULT_RULES) -> list[Exclusion]:
    """One entry per person for ``slot`` with the roster's other cells as they are: code ''
    when they could take it, else the exclusion code (the scheduler's codes, so the same words
    explain a cell the scheduler left empty). Free people first, fewest duties of the post's
    kind this month first; then those excluded, the qualified before the others."""
    gen = _Generator(calendar, posts, people, rules, None, None)
    for a in assignments:
        if a.slot == slot or a.post_id not in gen.posts or a.person_id not in gen.people:
            continue
        if a.slot in gen.cells:
            gen._index(a.person_id, gen.posts[a.post_id], a.day, 1)
        else:
            gen.add(a.slot, a.person_id)
    post = gen.posts[slot.post_id]
    free, excluded, other = [], [], []
    for pid in gen.people:
        code = gen.reason(pid, post, slot.day)
        if code is None:
            free.append((gen.key(pid, post, slot.day, 0), Exclusion(pid, "")))
        else:
            ex = Exclusion(pid, code, gen.params(pid, post, slot.day, code))
            (other if code in ("not_qualified", "exempt", "not_at_center") else excluded).append(ex)
    free.sort(key=lambda t: t[0])
    return [e for _k, e in free] + excluded + other


def month_count(calendar: MonthCalendar, posts: Sequence[DutyPost], assignments: Sequence[Assignment],
                person_id: int, kind: str) -> int:
    """Duties of fairness ``kind`` that ``person_id`` holds in the month."""
    by_id = {p.id: p for p in posts}
    return sum(1 for a in assignments if a.person_id == person_id and a.post_id in by_id
               and by_id[a.post_id].kind == kind)
