"""Demo training records (DOMAIN.md §7) for the demo center (``demo.generate_demo``), so the
training pages, the hours ledger and the certificate warnings show a working center.

``add_demo_training(db, seed=..., today=...)`` adds 14 courses spread over the twelve months
around ``today`` (most already held, the last two still to come), in every category: the
center's own (文明礼仪与服务用语, 网上审批系统操作, 新进人员岗前培训, 心理健康与压力疏导, 计算机技能,
政策法规), home units' business courses for their own people, an external one (消防安全) and the
行政办事员 skill course, and online ones. Each has 1–4 sessions (places like 中心三楼培训室,
evenings included), enrolments by person, whole home unit or windows, sign-ins for the sessions
already held (a few left early and are credited fewer hours, a few were absent), test scores where
the course has a pass mark (a few fail), about 60 certificates (some expiring within
``CERTIFICATE_WARNING_DAYS`` of ``today``, one expired) and a skill-level history for about 40 %
of the staff (all those with a cached level when fewer have one), whose latest record is the level
cached in ``staff.skill_level``.

Deterministic for (seed, today) on the same demo; run once, after ``generate_demo``. No Qt here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import insert, text

from govhr_desktop.domain.training import COURSE_CATEGORY, DEFAULT_TARGETS, join_targets
from govhr_desktop.persistence.models_training import (
    Certificate,
    SkillLevelRecord,
    TrainingAttendance,
    TrainingCourse,
    TrainingEnrolment,
    TrainingSession,
)

CLERK = "chuangkou"  # the demo window clerk (services.auth.DEMO_ACCOUNTS)
SKILL_ISSUERS = {"5": "江川市职业技能鉴定指导中心", "4": "江川市职业技能鉴定指导中心",
                 "3": "省职业技能鉴定指导中心", "2": "省职业技能鉴定指导中心", "1": "省人力资源和社会保障厅"}
PLACES = ("中心三楼培训室", "中心二楼会议室", "中心一楼大厅西侧培训区", "中心四楼多功能厅")

#: (start, end, 学时): morning, afternoon, an evening after work, a short afternoon
SLOTS = (("09:00", "12:00", 3.0), ("14:30", "17:30", 3.0), ("18:00", "20:00", 2.0), ("14:30", "17:00", 2.5))


@dataclass(frozen=True)
class CoursePlan:
    title: str
    category: str
    organiser: str  # center / home_unit / external
    unit: str  # short name of the organising home unit ('' = none)
    organiser_name: str  # external body
    form: str
    trainer: str
    sessions: int
    pass_mark: float | None
    audience: str  # all_windows / unit / windows / new / sample
    size: int  # people (sample, windows: roughly)
    online: bool = False
    description: str = ""


COURSES: tuple[CoursePlan, ...] = (
    CoursePlan("政务服务相关法律法规解读", "policy_law", "center", "", "", "centralised", "县司法局 王立新",
               1, None, "sample", 90, description="《行政许可法》《优化营商环境条例》等在窗口服务中的适用。"),
    CoursePlan("文明礼仪与服务用语", "etiquette", "center", "", "", "centralised", "市文明办 陈晓红",
               2, None, "windows", 120, description="仪容仪表、接待礼仪、服务用语和服务忌语。"),
    CoursePlan("网上审批系统操作", "approval_system", "center", "", "", "centralised", "数据资源局 周斌",
               3, 60.0, "windows", 80, description="省一体化政务服务平台受理、流转、办结和电子证照调用。"),
    CoursePlan("社保经办业务政策更新", "business", "home_unit", "人社局", "", "distributed", "人社局 孙海燕",
               2, None, "unit", 0),
    CoursePlan("新进人员岗前培训", "induction", "center", "", "", "centralised", "中心办公室 李明",
               4, 60.0, "new", 25, description="中心制度、窗口纪律、首问负责和一次性告知、好差评制度。"),
    CoursePlan("税费政策与办税实务", "business", "home_unit", "税务局", "", "centralised", "税务局 赵国庆",
               2, 60.0, "unit", 0),
    CoursePlan("心理健康与压力疏导", "psychology", "center", "", "", "centralised", "县心理咨询中心 刘静",
               1, None, "sample", 60, description="情绪劳动与职业倦怠、应对难缠办事群众的压力调适。"),
    CoursePlan("消防安全与应急处置", "policy_law", "external", "", "青山县消防救援大队", "centralised",
               "消防救援大队 郑强", 1, 60.0, "sample", 50),
    CoursePlan("市场主体登记注册实务", "business", "home_unit", "市场监管局", "", "centralised", "市场监管局 吴丹",
               1, None, "unit", 0),
    CoursePlan("计算机技能与办公软件应用", "computer", "center", "", "", "distributed", "数据资源局 何磊",
               2, 60.0, "sample", 45),
    CoursePlan("政务服务“好差评”与投诉处理（线上专题）", "etiquette", "center", "", "", "online",
               "省政务服务网络学院", 2, None, "sample", 150, online=True),
    CoursePlan("行政办事员（政务服务综合窗口办事员）职业技能等级培训", "business", "external", "",
               "江川市职业技能鉴定指导中心", "centralised", "鉴定中心 钱卫东", 4, 60.0, "sample", 40),
    CoursePlan("不动产登记业务规范", "business", "home_unit", "不动产登记中心", "", "centralised",
               "不动产登记中心 冯玉", 1, None, "unit", 0),
    CoursePlan("优化营商环境政策线上学习", "policy_law", "center", "", "", "online", "省政务服务网络学院",
               2, None, "sample", 120, online=True),
)


@dataclass(frozen=True)
class DemoTrainingSummary:
    seed: int
    today: date
    courses: int
    sessions: int
    enrolments: int
    attendances: int
    scores: int
    fails: int
    certificates: int
    expiring_soon: int  # certificates expiring within 60 days of today (not yet expired)
    expired: int
    skill_records: int


def _weekday(d: date) -> date:
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def add_demo_training(db, *, seed: int = 2026, today: date | None = None) -> DemoTrainingSummary:
    """Add the training records to a freshly generated demo center."""
    today = today or date.today()
    rng = random.Random(seed * 1_000_003 + 77)
    with db.engine.begin() as conn:
        staff = [dict(r._mapping) for r in conn.execute(text(
            "SELECT s.id, s.name, s.home_unit_id, s.window_id, s.skill_level, s.joined_center_on, s.status, "
            "h.short_name AS unit FROM staff s JOIN home_unit h ON h.id = s.home_unit_id "
            "WHERE s.status != 'returned' ORDER BY s.id"))]
        for p in staff:
            j = p["joined_center_on"]
            p["joined_center_on"] = j if isinstance(j, date) else date.fromisoformat(str(j)[:10])
        units = dict(conn.execute(text("SELECT short_name, id FROM home_unit")).all())

        courses, sessions, enrolments, attendance = [], [], [], []
        scores = fails = 0
        course_people: dict[int, list[int]] = {}
        n = len(COURSES)
        for ci, plan in enumerate(COURSES, start=1):
            # spread from ~11 months ago to ~5 weeks ahead; the last two not held yet
            start = _weekday(today - timedelta(days=335 - (ci - 1) * 370 // n))
            if ci > n - 2:
                start = _weekday(today + timedelta(days=12 + (ci - n + 1) * 14))
            days: list[date] = []
            d = start
            for _ in range(plan.sessions):
                days.append(d)
                d = _weekday(d + timedelta(days=rng.choice((1, 2, 7))))
            place = "线上（省政务服务网络学院直播）" if plan.online else rng.choice(PLACES)
            slot_ix = rng.randrange(len(SLOTS))
            course_sessions = []
            for day in days:
                st, en, h = SLOTS[slot_ix if plan.category != "induction" else 0]
                course_sessions.append(dict(id=len(sessions) + 1, course_id=ci, held_on=day, start_time=st,
                                            end_time=en, place=place, hours=h))
                sessions.append(course_sessions[-1])
            courses.append(dict(
                id=ci, title=plan.title, category=plan.category, organiser=plan.organiser,
                organiser_unit_id=units.get(plan.unit) if plan.organiser == "home_unit" else None,
                organiser_name=plan.organiser_name, form=plan.form,
                hours=sum(s["hours"] for s in course_sessions), trainer=plan.trainer, starts_on=days[0],
                ends_on=days[-1], pass_mark=plan.pass_mark, targets=join_targets(DEFAULT_TARGETS[plan.category]),
                description=plan.description or f"{COURSE_CATEGORY.label(plan.category)}：{plan.title}。",
                created_by=CLERK))

            there = [p for p in staff if p["joined_center_on"] <= days[0]]
            if plan.audience == "unit":
                people, source = [p for p in there if p["home_unit_id"] == units.get(plan.unit)], "unit"
            elif plan.audience == "windows":
                windows = sorted({p["window_id"] for p in there if p["window_id"]})
                chosen = set(rng.sample(windows, min(len(windows), max(1, plan.size // 2))))
                people, source = [p for p in there if p["window_id"] in chosen], "windows"
            elif plan.audience == "new":
                there = sorted(there, key=lambda p: p["joined_center_on"], reverse=True)
                people, source = there[:plan.size], "person"
            else:
                people, source = rng.sample(there, min(len(there), plan.size)), "person"
            people = sorted(people, key=lambda p: p["id"])
            held = [s for s in course_sessions if s["held_on"] <= today]
            course_people[ci] = []
            for p in people:
                present = 0
                for s in held:
                    roll = rng.random()
                    if roll < 0.05:
                        continue  # absent
                    hours = s["hours"] if roll > 0.09 else max(0.5, s["hours"] - rng.choice((0.5, 1.0, 1.5)))
                    attendance.append(dict(session_id=s["id"], staff_id=p["id"], hours=hours,
                                           method=rng.choice(("manual", "import")), recorded_by=CLERK))
                    present += 1
                score = None
                if plan.pass_mark is not None and held and len(held) == len(course_sessions) and present:
                    score = round(min(100.0, max(35.0, rng.gauss(84, 8))))
                    if rng.random() < 0.06:
                        score = rng.randint(42, int(plan.pass_mark) - 1)
                    scores += 1
                    fails += score < plan.pass_mark
                    if score >= plan.pass_mark:
                        course_people[ci].append(p["id"])
                enrolments.append(dict(course_id=ci, staff_id=p["id"], source=source, score=score,
                                       reason="", enrolled_by=CLERK))

        certificates = _certificates(rng, today, staff, courses, course_people)
        skill = _skill_history(rng, today, staff)
        conn.execute(insert(TrainingCourse.__table__), courses)
        conn.execute(insert(TrainingSession.__table__), sessions)
        conn.execute(insert(TrainingEnrolment.__table__), enrolments)
        if attendance:
            conn.execute(insert(TrainingAttendance.__table__), attendance)
        conn.execute(insert(Certificate.__table__), certificates)
        if skill:
            conn.execute(insert(SkillLevelRecord.__table__), skill)
    soon = sum(1 for c in certificates if c["expires_on"] and today <= c["expires_on"] <= today + timedelta(days=60))
    expired = sum(1 for c in certificates if c["expires_on"] and c["expires_on"] < today)
    return DemoTrainingSummary(
        seed=seed, today=today, courses=len(courses), sessions=len(sessions), enrolments=len(enrolments),
        attendances=len(attendance), scores=scores, fails=fails, certificates=len(certificates),
        expiring_soon=soon, expired=expired, skill_records=len(skill))


def _certificates(rng: random.Random, today: date, staff: list[dict], courses: list[dict],
                  passed: dict[int, list[int]]) -> list[dict]:
    """About 60: 消防安全 and the skill course for those who passed, 红十字救护员 and 手语服务 for
    others; five expire within the next 60 days and one has expired."""
    by_title = {c["title"]: c for c in courses}
    out: list[dict] = []
    used: set[tuple[int, str]] = set()

    def add(staff_id: int, name: str, prefix: str, issuer: str, issued: date, years: int | None,
            course_id: int | None = None) -> None:
        if (staff_id, name) in used:
            return
        used.add((staff_id, name))
        expires = date(issued.year + years, issued.month, min(issued.day, 28)) if years else None
        out.append(dict(staff_id=staff_id, name=name, number=f"{prefix}{issued.year}{len(out) + 1:05d}",
                        issuer=issuer, issued_on=issued, expires_on=expires, course_id=course_id, remarks=""))

    fire = by_title["消防安全与应急处置"]
    for sid in passed.get(fire["id"], [])[:20]:
        add(sid, "消防安全培训合格证", "XF", "青山县消防救援大队", fire["ends_on"], 3, fire["id"])
    ids = [p["id"] for p in staff]
    for sid in rng.sample(ids, 26):
        issued = today - timedelta(days=rng.randint(200, 900))
        add(sid, "红十字救护员证", "HSZ", "江川市红十字会", issued, 3)
    for sid in rng.sample(ids, 12):
        issued = today - timedelta(days=rng.randint(100, 1500))
        add(sid, "手语服务培训证书", "SY", "青山县残疾人联合会", issued, None)
    # the ones the home page warns about: five expiring soon, one already expired
    first_aid = [c for c in out if c["name"] == "红十字救护员证"]
    for c, days in zip(first_aid, (6, 19, 34, 47, 58, -21)):
        c["expires_on"] = today + timedelta(days=days)
        c["issued_on"] = c["expires_on"] - timedelta(days=3 * 365)
    return out


def _skill_history(rng: random.Random, today: date, staff: list[dict]) -> list[dict]:
    """Records for about 40 % of the staff with a level: the steps up to the cached level (五级
    first), the latest being ``staff.skill_level``, each at least a year and a half apart."""
    out: list[dict] = []
    ranked = [p for p in staff if p["skill_level"]]
    chosen = sorted(rng.sample(ranked, min(len(ranked), round(0.4 * len(staff)))), key=lambda p: p["id"])
    for p in chosen:
        level = int(p["skill_level"])
        steps = list(range(min(5, level + rng.randint(0, 2)), level - 1, -1))  # e.g. 5, 4, 3
        last = today - timedelta(days=rng.randint(30, 700))
        dates = [last - timedelta(days=548 * (len(steps) - 1 - i) + rng.randint(0, 60) * (i < len(steps) - 1))
                 for i in range(len(steps))]
        for step, awarded in zip(steps, dates):
            out.append(dict(staff_id=p["id"], level=str(step), issuer=SKILL_ISSUERS[str(step)], awarded_on=awarded,
                            certificate_number=f"{awarded.year}3{step}01{len(out) + 1:06d}", recorded_by=CLERK))
    return out
