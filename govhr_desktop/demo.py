"""The demo center: a realistic, fictional county service center (青山县), generated from a seed.

No Qt here. Everything is drawn from one ``random.Random(seed)``, so the same seed and the same
``today`` always give the same rows. All rows go in with SQLAlchemy Core in one transaction.

``staff_count`` is the number of people currently at the center (what the home page counts);
about one in 47 more are generated as already returned to their home unit (status 'returned').
The proportions follow a real center of 470 staff: 180 temporary hires, 214 women, 150 party
members (DOMAIN.md §1); they are scaled to ``staff_count``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, insert, select, text

from govhr_desktop.domain.identity import id_check_char
from govhr_desktop.persistence.models import (
    Center,
    CenterLeader,
    ChiefRepresentative,
    HomeUnit,
    Staff,
    Window,
    Zone,
)

CENTER = dict(
    name="青山县政务服务中心", short_name="青政服", phone="0564-6021234", postcode="237500",
    address="青山县城关镇人民东路188号市民服务中心大楼",
)
LANDLINE_AREA = "0564"
COUNTY_AREA_CODE = "341522"
OTHER_AREA_CODES = ("341502", "341503", "341504", "341523", "341524", "341525", "340104", "320106")
REFERENCE = dict(staff=470, temporary=180, women=214, party=150, on_leave=9, seconded=5, returned=10)
MIN_STAFF = 40

VICE_HEADS = ("周副县长", "陈副县长", "刘副县长", "孙副县长", "杨副县长", "吴副县长", "何副县长")
#: (full name for letters, short name, index into VICE_HEADS of the supervising leader)
UNITS = (
    ("青山县行政审批服务局", "行政审批服务局", 0), ("青山县数据资源管理局", "数据资源局", 0),
    ("青山县市场监督管理局", "市场监管局", 1), ("青山县不动产登记中心", "不动产登记中心", 2),
    ("青山县人力资源和社会保障局", "人社局", 3), ("青山县医疗保障局", "医保局", 3),
    ("青山县公安局", "公安局", 4), ("国家税务总局青山县税务局", "税务局", 0),
    ("青山县住房和城乡建设局", "住建局", 2), ("青山县民政局", "民政局", 3),
    ("青山县自然资源和规划局", "自然资源局", 2), ("青山县交通运输局", "交通运输局", 5),
    ("青山县卫生健康委员会", "卫健委", 6), ("青山县教育体育局", "教体局", 6),
    ("青山县农业农村局", "农业农村局", 5), ("青山县水利局", "水利局", 5),
    ("江川市生态环境局青山县分局", "生态环境分局", 2), ("青山县发展和改革委员会", "发改委", 0),
    ("青山县财政局", "财政局", 0), ("青山县司法局", "司法局", 4),
    ("青山县文化和旅游局", "文旅局", 6), ("青山县商务局", "商务局", 1),
    ("青山县应急管理局", "应急管理局", 1), ("青山县林业局", "林业局", 5),
    ("青山县退役军人事务局", "退役军人事务局", 3), ("青山县残疾人联合会", "残联", 3),
    ("江川市住房公积金管理中心青山县管理部", "公积金管理中心", 2),
    ("国网青山县供电公司", "供电公司", 1), ("青山县自来水有限公司", "自来水公司", 2),
    ("青山县燃气有限公司", "燃气公司", 2), ("中国邮政集团有限公司青山县分公司", "邮政公司", 1),
    ("青山县烟草专卖局", "烟草专卖局", 1), ("青山县气象局", "气象局", 5),
    ("青山县人民防空办公室", "人防办", 2), ("青山县城市管理局", "城管局", 2),
)
#: Staff of windows without a home unit come from these units (the center's own people).
POOL_UNITS = (("行政审批服务局", 3), ("数据资源局", 1))
ENTERPRISES = frozenset({"供电公司", "自来水公司", "燃气公司", "邮政公司"})
CIVIL_SERVICE_UNITS = frozenset({"公安局", "税务局", "行政审批服务局", "市场监管局"})
INSTITUTIONS = frozenset({"不动产登记中心", "公积金管理中心", "残联", "气象局", "数据资源局"})

#: (letter, zone, floor, description, ((count, window type, owning unit or None, name), ...))
ZONES = (
    ("A", "综合受理区", "1F", "无差别综合受理、咨询导办、帮办代办、统一出件", (
        (16, "comprehensive", None, "综合受理"), (3, "consult", None, "咨询导办"),
        (2, "assist", None, "帮办代办"), (1, "delivery", None, "统一出件"),
        (1, "department", "供电公司", "用电报装"), (1, "department", "自来水公司", "用水报装"),
        (1, "department", "燃气公司", "用气报装"), (1, "delivery", "邮政公司", "证照寄递"))),
    ("B", "不动产登记区", "2F", "不动产登记、交易、税费一窗办理", (
        (9, "department", "不动产登记中心", "不动产登记"), (3, "department", "住建局", "房产交易"),
        (3, "department", "税务局", "不动产税费"), (2, "department", "自然资源局", "土地规划"),
        (1, "delivery", "不动产登记中心", "不动产证书发放"))),
    ("C", "社保医保区", "2F", "社会保险、医疗保障、公积金和民生事项", (
        (7, "department", "人社局", "社保经办"), (2, "department", "人社局", "就业创业"),
        (5, "department", "医保局", "医保经办"), (3, "department", "公积金管理中心", "公积金"),
        (2, "department", "民政局", "民政事务"), (1, "department", "残联", "残疾人服务"),
        (1, "department", "退役军人事务局", "退役军人服务"))),
    ("D", "公安服务区", "1F", "户籍、出入境、车驾管、治安业务", (
        (4, "department", "公安局", "户籍业务"), (3, "department", "公安局", "出入境业务"),
        (3, "department", "公安局", "车驾管业务"), (1, "department", "公安局", "治安业务"),
        (1, "department", "交通运输局", "道路运输"))),
    ("E", "税务服务区", "1F", "办税缴费", (
        (8, "department", "税务局", "综合办税"), (2, "department", "税务局", "发票业务"),
        (2, "department", "税务局", "社保费征缴"), (1, "department", "财政局", "非税收入"))),
    ("F", "企业开办专区", "3F", "企业开办一窗通办及涉企审批", (
        (5, "department", "市场监管局", "企业登记"), (2, "department", "市场监管局", "食品药品许可"),
        (1, "assist", None, "企业开办帮办"), (1, "department", "发改委", "投资项目"),
        (1, "department", "住建局", "工程建设许可"), (1, "department", "生态环境分局", "环评审批"),
        (2, "department", "卫健委", "卫生健康"), (1, "department", "教体局", "教育体育"),
        (1, "department", "农业农村局", "农业审批"), (1, "department", "水利局", "水利审批"),
        (1, "department", "文旅局", "文化旅游"), (1, "department", "商务局", "商务审批"),
        (1, "department", "应急管理局", "安全生产许可"), (1, "department", "林业局", "林业审批"),
        (1, "department", "交通运输局", "交通审批"), (1, "department", "城管局", "城管审批"),
        (1, "department", "人防办", "人防审批"), (1, "department", "气象局", "防雷许可"),
        (1, "department", "烟草专卖局", "烟草专卖许可"), (1, "department", "司法局", "公证法律服务"))),
)

SURNAMES = tuple(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤"
) + ("欧阳", "上官")
SURNAME_WEIGHTS = tuple(1.0 / (i + 4) for i in range(len(SURNAMES) - 2)) + (0.004, 0.002)
MALE_CHARS = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳建国志文博晨轩然豪宏毅峰亮成力海东胜兵松良德清涵睿泽楠翔振晖"
FEMALE_CHARS = "芳娜敏静丽艳娟霞秀英慧巧美淑惠珠翠雅芝玉萍红玲芬燕彩春菊兰凤洁梅琳素云莲雪荣香月媛佳嘉琼珍莉桂璐琦晶妍茜秋珊婷婉颖露瑶怡蓉丹君琴蕊薇梦岚馨韵悦冰欣晓菲"
#: Names with rare characters, always present: they test fonts, sorting and round trips.
#: 㛃 (U+36C3) and 䶮 (U+4DAE) are in CJK Extension A.
RARE_NAMES = (("王喆", "M"), ("李堃", "M"), ("张淼", "F"), ("刘犇", "M"), ("陈昇", "M"),
              ("赵㛃", "F"), ("刘䶮", "M"))
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                   "152", "153", "155", "156", "157", "158", "159", "166", "177", "180", "181",
                   "182", "183", "185", "186", "187", "188", "189", "191", "198", "199")
EDUCATION_LEVELS = ("postgraduate", "bachelor", "college", "secondary", "junior")
SECONDMENTS = ("借调至县委办公室", "借调至县政府办公室", "借调至县信访局")


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    today: date
    center_name: str
    leaders: int
    home_units: int
    zones: int
    windows: int
    open_windows: int
    staff: int  # people at the center now (not returned)
    returned: int
    women: int
    party_members: int
    temporary_hires: int
    a_posts: int
    b_posts: int
    windows_without_b: tuple[str, ...]
    chief_representatives: int


def demo_exists(db) -> bool:
    """True once the center row (id 1) exists, demo or not."""
    with db.engine.connect() as conn:
        return conn.scalar(select(Center.id).where(Center.id == 1)) is not None


def _add_years(d: date, years: int) -> date:
    return d.replace(year=d.year + years, day=28 if (d.month, d.day) == (2, 29) else d.day)


def _rand_date(rng: random.Random, lo: date, hi: date, mode: date | None = None) -> date:
    if hi <= lo:
        return lo
    if mode is None:
        return date.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))
    return date.fromordinal(int(rng.triangular(lo.toordinal(), hi.toordinal(), mode.toordinal())))


def _pick(rng: random.Random, items: list, weights: list[float], k: int) -> set[int]:
    """Indices of k items sampled without replacement by weight (Efraimidis-Spirakis keys)."""
    keys = sorted(((rng.random() ** (1.0 / w), i) for i, w in enumerate(weights)), reverse=True)
    return {i for _, i in keys[: max(0, min(k, len(items)))]}


class _Gen:
    def __init__(self, seed: int, today: date) -> None:
        self.rng, self.today = random.Random(seed), today
        self.ids: set[str] = set()
        self.mobiles: set[str] = set()

    def name(self, gender: str) -> str:
        r = self.rng
        chars = MALE_CHARS if gender == "M" else FEMALE_CHARS
        given = r.choice(chars) + ("" if r.random() < 0.25 else r.choice(chars))
        if gender == "M" and given[:1] == given[-1:] and len(given) == 2:
            given = given[0]
        return r.choices(SURNAMES, SURNAME_WEIGHTS)[0] + given

    def mobile(self) -> str:
        while True:
            m = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
            if m not in self.mobiles:
                self.mobiles.add(m)
                return m

    def landline(self) -> str:
        return f"{LANDLINE_AREA}-{self.rng.choice('568')}{self.rng.randrange(10**6):06d}"

    def id_number(self, birth: date, gender: str) -> str:
        r = self.rng
        while True:
            area = COUNTY_AREA_CODE if r.random() < 0.85 else r.choice(OTHER_AREA_CODES)
            seq = r.randrange(1000)
            if (seq % 2 == 1) != (gender == "M"):
                seq ^= 1
            first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
            number = first17 + id_check_char(first17)
            if number not in self.ids:
                self.ids.add(number)
                return number

    def person(self, p: dict, opened: date) -> None:
        """Birth, ID, mobile, education and join date for a person whose gender and
        employment type are set."""
        r, t = self.rng, self.today
        temp = p["temp"]
        lo, hi = date(t.year - (50 if temp else 60), 1, 1), date(t.year - 23, 12, 31)
        mode = date(t.year - (31 if temp else 41), 6, 30)
        p["birth_date"] = birth = _rand_date(r, lo, hi, mode)
        p["id_number"] = self.id_number(birth, p["gender"])
        p["mobile"] = self.mobile()
        age = t.year - birth.year
        weights = (1, 30, 50, 17, 2) if temp else (8, 62, 25, 5, 0) if age < 40 else (2, 45, 38, 13, 2)
        p["education"] = r.choices(EDUCATION_LEVELS, weights)[0]
        j_lo = max(opened, _add_years(birth, 20))
        j_hi = t - timedelta(days=400 if p["status"] == "returned" else 20)
        p["joined_center_on"] = _rand_date(r, j_lo, j_hi, j_hi if temp else None)


def generate_demo(db, seed: int = 2026, *, staff_count: int = REFERENCE["staff"],
                  today: date | None = None) -> DemoSummary:
    """Fill an empty, migrated database with the demo center. Deterministic for (seed, today)."""
    if staff_count < MIN_STAFF:
        raise ValueError(f"staff_count must be at least {MIN_STAFF}")
    today = today or date.today()
    g = _Gen(seed, today)
    r = g.rng
    scale = staff_count / REFERENCE["staff"]

    def scaled(key: str) -> int:
        return round(REFERENCE[key] * scale)

    opened = today - timedelta(days=r.randint(7 * 365, 8 * 365))  # the hall opened
    unit_id = {short: i for i, (_, short, _) in enumerate(UNITS, 1)}
    units = [dict(id=i, full_name=full, short_name=short, contact_person=g.name(r.choice("MF")),
                  contact_phone=g.landline() if r.random() < 0.5 else g.mobile(),
                  supervising_leader=VICE_HEADS[lead], remarks="", active=True, sort_order=i)
             for i, (full, short, lead) in enumerate(UNITS, 1)]
    titles = ["党组书记、主任"] + ["副主任"] * r.choice((2, 3)) + ["综合科科长"]
    leaders = [dict(id=i, name=g.name("M" if r.random() < 0.7 else "F"), title=title,
                    phone=g.mobile(), is_duty_leader=True, sort_order=i)
               for i, title in enumerate(titles, 1)]
    zones, windows = [], []
    for zi, (letter, zname, floor, desc, plan) in enumerate(ZONES, 1):
        zones.append(dict(id=zi, name=zname, floor=floor, description=desc, sort_order=zi))
        n = 0
        for count, wtype, owner, wname in plan:
            for _ in range(count):
                n += 1
                later = r.random() < 0.2
                start = _rand_date(r, opened + timedelta(days=30), today - timedelta(days=60))
                windows.append(dict(
                    id=len(windows) + 1, number=f"{letter}{n:02d}", name=wname + "窗口",
                    zone_id=zi, window_type=wtype, home_unit_id=unit_id[owner] if owner else None,
                    active_from=start if later else opened, active_to=None, remarks="", _n=n))

    # A small center cannot staff every window: close the last ones of each zone.
    max_open = (staff_count - max(2, staff_count // 10)) // 2
    for w in sorted(windows, key=lambda w: (-w["_n"], w["id"]))[: max(0, len(windows) - max_open)]:
        w.update(active_from=opened, remarks="已撤并",
                 active_to=today - timedelta(days=r.randint(30, 365)))
    open_ws = [w for w in windows if w["active_to"] is None]

    # Posts: one A per open window, 1-3 B, and 2-3 department windows deliberately without B.
    n_b = {w["id"]: r.choices((1, 2, 3), (20, 40, 40))[0] for w in open_ws}
    dept = [w["id"] for w in open_ws if w["window_type"] == "department"]
    for wid in r.sample(dept, min(len(dept), r.choice((2, 3)))):
        n_b[wid] = 0
    excess = len(open_ws) + sum(n_b.values()) - (staff_count - max(2, staff_count // 20))
    order = [w["id"] for w in open_ws]
    r.shuffle(order)
    for floor in (1, 0):
        for wid in order:
            cut = min(max(0, excess), max(0, n_b[wid] - floor))
            n_b[wid] -= cut
            excess -= cut

    pool_ids = [unit_id[u] for u, _ in POOL_UNITS]
    pool_w = [w for _, w in POOL_UNITS]
    people: list[dict] = []
    for w in open_ws:
        for post in "A" + "B" * n_b[w["id"]]:
            unit = w["home_unit_id"] or r.choices(pool_ids, pool_w)[0]
            people.append(dict(home_unit_id=unit, window_id=w["id"], post=post,
                               pool=w["home_unit_id"] is None))
    # Back-office staff (后台审批), chief representatives, seconded people: no post.
    load = {u["id"]: 1.0 for u in units}
    for w in open_ws:
        if w["home_unit_id"]:
            load[w["home_unit_id"]] += 1
    for uid, wt in zip(pool_ids, pool_w):
        load[uid] += 4 * wt
    unit_ids, unit_w = list(load), list(load.values())
    while len(people) < staff_count:
        people.append(dict(home_unit_id=r.choices(unit_ids, unit_w)[0], window_id=None,
                           post=None, pool=False))
    r.shuffle(people)
    short_of = {u["id"]: u["short_name"] for u in units}

    # Exact proportions by weighted sampling without replacement.
    def unit_short(p: dict) -> str:
        return short_of[p["home_unit_id"]]

    temp = _pick(r, people, [1000.0 if unit_short(p) in ENTERPRISES else 5.0 if p["pool"]
                             else 0.5 if p["post"] is None else 1.0 for p in people],
                 scaled("temporary"))
    women = _pick(r, people, [0.6 if unit_short(p) == "公安局" else 1.4 if i in temp else 1.0
                              for i, p in enumerate(people)], scaled("women"))
    unposted = [i for i, p in enumerate(people) if p["post"] is None]
    seconded = {unposted[i] for i in _pick(r, unposted, [1.0] * len(unposted), scaled("seconded"))}
    leave_cand = [i for i in range(len(people)) if i not in seconded]
    on_leave = {leave_cand[i] for i in _pick(r, leave_cand, [1.0] * len(leave_cand),
                                             scaled("on_leave"))}
    for i, p in enumerate(people):
        p["temp"] = i in temp
        p["gender"] = "F" if i in women else "M"
        p["status"] = "seconded" if i in seconded else "on_leave" if i in on_leave else "on_duty"
        short = unit_short(p)
        if p["temp"]:
            p["employment_type"] = "contract" if short in ENTERPRISES else r.choices(
                ("agency", "temporary", "contract"), (55, 25, 20) if p["pool"] else (30, 50, 20))[0]
        else:
            wts = ((70, 10, 20) if short in CIVIL_SERVICE_UNITS else (0, 20, 80)
                   if short in INSTITUTIONS else (35, 25, 40))
            p["employment_type"] = r.choices(
                ("civil_servant", "civil_servant_managed", "public_institution"), wts)[0]
        p["remarks"] = (r.choice(SECONDMENTS) if p["status"] == "seconded"
                        else "后台审批" if p["post"] is None else "")
    returned = [dict(home_unit_id=r.choices(unit_ids, unit_w)[0], window_id=None, post=None,
                     pool=False, temp=r.random() < 0.4, gender=r.choice("MF"), status="returned",
                     remarks="派驻期满调回原单位") for _ in range(max(1, scaled("returned")))]
    for p in returned:
        p["employment_type"] = r.choice(("agency", "temporary") if p["temp"] else
                                        ("civil_servant", "civil_servant_managed", "public_institution"))
    for p in people + returned:
        g.person(p, opened)
        p["name"] = g.name(p["gender"])

    party = _pick(r, people, [0.6 if p["temp"] else 3.0 for p in people], scaled("party"))
    probation = set(r.sample(sorted(party), min(len(party), max(1, len(party) // 40))))
    for i, p in enumerate(people + returned):
        age = today.year - p["birth_date"].year
        if i in party:
            p["political_status"] = "cpc_probation" if i in probation else "cpc"
        elif i >= len(people) and r.random() < 0.3:
            p["political_status"] = "cpc"
        elif age <= 28 and r.random() < 0.6:
            p["political_status"] = "league"
        else:
            p["political_status"] = "democratic" if r.random() < 0.02 else "masses"
        served = (today - p["joined_center_on"]).days
        chance = 0.55 if p["pool"] else 0.3
        p["skill_level"] = (r.choices("5432", (40, 35, 20, 5))[0]
                            if served > 365 and r.random() < chance else None)
        p["left_center_on"] = (_rand_date(r, p["joined_center_on"] + timedelta(days=365),
                                          today - timedelta(days=7))
                               if p["status"] == "returned" else None)
    for name, gender in RARE_NAMES:  # give the rare names to people of the right gender
        cands = [p for p in people if p["gender"] == gender and p["name"] not in dict(RARE_NAMES)]
        r.choice(cands)["name"] = name

    for i, p in enumerate(people + returned, 1):
        p["id"] = i
    columns = [c.name for c in Staff.__table__.columns if c.name not in ("created_at", "updated_at")]
    staff_rows = [{c: p[c] for c in columns} for p in people + returned]

    chiefs = []
    for u in units:
        mine = [p for p in people if p["home_unit_id"] == u["id"]]
        if len(mine) < 2:
            continue
        senior = sorted((p for p in mine if p["status"] == "on_duty"),
                        key=lambda p: (p["temp"], p["joined_center_on"], p["id"]))[:3] or mine
        chief = r.choice(senior)
        days = (today - chief["joined_center_on"]).days
        chiefs.append(dict(id=len(chiefs) + 1, home_unit_id=u["id"], staff_id=chief["id"], end_on=None,
                           start_on=chief["joined_center_on"]
                           + timedelta(days=r.randint(1, max(1, min(730, days - 1))))))

    with db.engine.begin() as conn:
        for table in (Center, HomeUnit, Zone, Window, Staff):
            if conn.scalar(select(func.count()).select_from(table)):
                raise ValueError("the demo center can only be generated into an empty database")
        conn.execute(insert(Center.__table__), [dict(id=1, is_demo=True, **CENTER)])
        conn.execute(insert(CenterLeader.__table__), leaders)
        conn.execute(insert(HomeUnit.__table__), units)
        conn.execute(insert(Zone.__table__), zones)
        conn.execute(insert(Window.__table__),
                     [{k: v for k, v in w.items() if k != "_n"} for w in windows])
        conn.execute(insert(Staff.__table__), staff_rows)
        conn.execute(insert(ChiefRepresentative.__table__), chiefs)
        # today's posts as dated assignments, from the day each person joined
        conn.execute(text(
            "INSERT INTO assignment (staff_id, window_id, post, start_on, end_on, end_reason, remarks) "
            "SELECT id, window_id, post, joined_center_on, NULL, '', '' FROM staff "
            "WHERE window_id IS NOT NULL AND post IS NOT NULL AND status != 'returned'"
        ))
        from govhr_desktop.demo_flow import add_personnel_flow

        add_personnel_flow(conn, r, today)

    return DemoSummary(
        seed=seed, today=today, center_name=CENTER["name"], leaders=len(leaders),
        home_units=len(units), zones=len(zones), windows=len(windows), open_windows=len(open_ws),
        staff=len(people), returned=len(returned),
        women=sum(p["gender"] == "F" for p in people),
        party_members=sum(p["political_status"] in ("cpc", "cpc_probation") for p in people),
        temporary_hires=sum(p["temp"] for p in people),
        a_posts=sum(p["post"] == "A" for p in people), b_posts=sum(p["post"] == "B" for p in people),
        windows_without_b=tuple(w["number"] for w in open_ws if n_b[w["id"]] == 0),
        chief_representatives=len(chiefs),
    )
