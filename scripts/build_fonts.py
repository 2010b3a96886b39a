"""Build the subset TrueType fonts shipped in resources/fonts/ from Debian's free font packages.

    sudo apt-get install fonts-arphic-uming fonts-arphic-ukai fonts-wqy-microhei fonts-hanazono
    .venv/bin/pip install -e ".[fonts]"          # fontTools: a build-time tool only
    .venv/bin/python scripts/build_fonts.py          # writes resources/fonts/*
    .venv/bin/python scripts/build_fonts.py --check  # rebuild in a temporary folder, compare bytes

The program prints official documents in the office fonts (仿宋_GB2312, 方正小标宋, 楷体, 黑体)
when the computer has them (govhr_desktop/documents/fonts.py); these files are the stand-ins it
ships for a computer that does not, so every machine prints the same readable document:

    GovHR-Ming.ttf      AR PL UMing CN (明体/宋体 style)    for 宋体, 仿宋 and 小标宋
    GovHR-Kai.ttf       AR PL UKai CN (楷体 style)          for 楷体
    GovHR-Hei.ttf       WenQuanYi Micro Hei (黑体 style)    for 黑体
    GovHR-RareHan.ttf   HanaMinA (明朝 style)               rare characters: CJK Ext A, the
                                                            通用规范汉字表 characters outside GB 2312
                                                            (its Ext B–E name characters too), 𠮷 …

Each is a subset (GB 2312 + the 1,468 通用规范汉字表 characters outside GB 2312 + punctuation and
symbols; the Hei one all of GBK), with TrueType (glyf) outlines, without embedded bitmaps,
hinting, OpenType layout and vertical-metrics tables (ReportLab uses none of them), renamed so it
is not mistaken for the original (the Arphic Public License asks for a notice in each modified file
saying how and when it was changed; the SIL OFL forbids the reserved names HanaMin* on a modified
version). Licence texts are copied beside them from the Debian packages. The build is
reproducible: the same Debian files and fontTools version give the same bytes (fixed timestamps);
SOURCES.txt records the package versions and checksums.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gzip
import lzma
import hashlib
import io
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"

#: The date written into the fonts (head.created/modified, the modification notices). Fixed so the
#: build is reproducible; change it when the fonts are rebuilt with other sources or sets.
BUILD_DATE = _dt.date(2026, 11, 22)

# --- character sets ---------------------------------------------------------------------------

#: The characters of 通用规范汉字表 (2013, 8,105 characters) that GB 2312 lacks: 1,272 in the BMP
#: (77 of them CJK Ext A) and 196 in CJK Ext B–E. The table took many in for personal and place
#: names (堃 喆 燊 玥 珺 赟 䶮 𬌗 𬍤 𬘭 …).
TONGGUI_NOT_IN_GB2312 = """
㑇㑊㕮㘎㙍㙘㙦㛃㛚㛹㟃㠇㠓㤘㥄㧐㧑㧟㫰㬊㬎㬚㭎㭕㮾㰀㳇㳘㳚㴔㵐㶲㸆㸌㺄㻬㽏㿠䁖䂮䃅䃎䅟䌹䎃䎖䏝䏡䏲䐃
䓖䓛䓨䓫䓬䗖䗛䗪䗴䜣䝙䢺䢼䣘䥽䦃䲟䲠䲢䴓䴔䴕䴖䴗䴘䴙䶮丏乂乸亶亸亹伈伋伣伭伾佁佖佸佺佽侁侂侘侴侹俍俙
俫俵俶倓倕倞倧倴倻偁偓偡偭偰偲傃傉傒傕僇僎僔僰儦儳儴冏冔冮凓凘刬剅剋剕剟劄劼勍勔勚勠匜匼卬厖厾叆叇叕叚
吽呇呣咇咉咍咡咥咺哃哢哱唝唵啫啰啴喆喤嗐嗞嘚嘡噀噂噇嚄嚚嚭囷圌圐圙圢圫圲坉坋坒坥坬坰坽垈垍垎垏垕垙垚垞
垟垯垱垵垺垾垿埆埇埌埗埪埫埵埼堃堉堌堎堐堧堨堲堼堽堾塅塆塝塱墈墐墕墘墡墣墦壸夐夬奓奡奭妘妧妭姈姞姤姮姱
姶姽娀娵婌婍婘婞婠婤婫婳婻婼媂媄媆媓媖媞媭媱嫄嫕嫚嫪嫭嫽嬛嬥嬬嬿孅孖宧宬寁尨尪屃屼屾岊岞岠岨峂峃峗峘峛峣
峧峱峿崀崁崄崌崒崚崟崡崶崿嵁嵅嵎嵖嵚嵲嶅嶍嶒嶓嶟嶦嶲巇巉帡帨幖幪庤庱庼廆廋廙弆弇弢弨弶弸彟彧徛忞忳忺恓恔
悆悈悢悰惇惎惔惙惛愃愐愔愭慆慥慬慭憕憙憭憺戣戭扂扅扆扊扞扺扽抃抔拃拤挓挦捯捽掞揕揳搒摏摛摴摽擿攽敔敩斝斠
斶旐旞旴旵旸旻旿昄昇昈昉昒昡昣昤昪昫昳昺昽晅晊晐晙晞晢晪晫晱暅暕暲暵暶暿曈曌朏朓朳朸杄杕杙杧杻枅枍枲枹柈
柊柖柷栐栒栟栴栻桯桲桹梌梠梣梴梼梽梾梿棁棐棓棤棨棪棫棬棻棽椀椆椑椓椪椸楒楙楩楪楯榃榅榑榖榰槃槚槜槱橑橞橦
檞櫆欂欸欻歅殣毌毐氾氿汈汋汧汫汭沄沇沘沚沨沺泂泃泇泙泚泜洈洑洓洘洢洣洨洭洴洸洺洿浉浐浕浛浟浡浥浬浭浰浲涄
涍涐涘涢涴淏淜淟淯淴渟渰渼湉湑湜湝湣湲湴溁溇溍溚溞溠溦溵溹滃滆滉滍滘滧滪滫漈漋漖漦漴漷漹漻漼潏潖潟潩潵潽
潾澂澛澥澪澭澴澼澽濋濩瀌瀍瀔瀱瀼灈炆炌炘炟炣烔烜烝烠烶烺烻焆焌焗焜焞煁煃煋煓煟煴熇熛熜熥熻燊燋燏燚爇爔爚
爟牁牂牚牤牥牻犇犨狉狝猄猇猯猰猺獴玃玒玓玕玘玙玚玞玠玡玤玥玦玭玱玶玹玼玿珅珇珋珌珒珕珖珛珝珢珣珦珪珫珰珵
珷珸珹珺珽琀琄琇琈琎琔琟琡琤琫琭琯琲瑀瑂瑃瑄瑅瑆瑑瑓瑔瑖瑝瑢瑧瑨瑬瑱瑳璆璈璒璘璟璠璥璪璬璮璱璲瓀瓖瓘瓻甗
甡甦甪畖畤畬畯疁疍疐疢疭痓瘆癗癿皕皛皞皦皭盉盦盷眊眬睄睎瞋瞫瞭矞矰矻矼砄砆砠砫砮砵硁硊硍硔硙硚硿碃碈碏碨
碶磏磜磡磹磻礌礵祃祇祊祋祎祏祐祕祲祼祾禋禒禔禘禛禤秬秾稌稑稙穄穙穜穟窅窊窎窣窸竑竘竫笯筀筜筤筥筦筶筼箓箖
篯簃簉簕簝簠簰籥粿糒糵絜縠縢繄纮纴纻纼绖绤绹缊缐缞罍罶罽羑羓羕羖羱翀翂翃翈翙翚翛翯翷翾耇耏耑耤耰肸胈胠胣
脟脩脿腒腘腨腯膙臑臜舠舥舲艅艎芃芠芣芼苉苧苾茀茋茓茝茽荁荄荓荖荙莙莝莿菂菉菍菼萚萣萩萳萹葎葖葰葴蒄蒐蒟蒨
蒱蒻蓂蓇蓏蓢蔀蔃蔈蔊蕗蕰薁薢薳薸薿藟藠藦藨蘘虒虓虤虷虸蚄蚆蚲蛃蜎蜐蝘蝲螠螣螱蟏蟫蠋衃衎衒衠袆袗袪袯裈裛褕
褟褯襕襚襜襫觃觟觭觱觿訄訚詟讱讻诇诐谞谼谿豨豮貆赑赒赗赟赪趯跂跐跱跶踒踦踶蹅蹐蹚蹜蹢蹽蹾轪辀辌辒辿迺逴遆
遹邘邠邨邲邽邿郃郈郚郤郪郿鄀鄃鄅鄌鄑鄗鄘鄚鄜鄠鄫酂酅酦酺醨醾釐鋆钖钘铏铚铻锜锧锳锺锽镃镈镋镕镚镠镮镴镵闿
阇阘陎陑陞隃隩隺雊雱霅霨靬靰靸靺靽靿鞁鞡鞧鞨鞬鞮鞳韂韨颋颎颙飏飐飔飗饳饸饹饻馃馉馌馝馞馧驲骃骉骍骎骕骙
骦髃髎髢髽鬒鬘鬶鬷魆魋鱽鱾鲀鲃鲉鲊鲌鲏鲖鲗鲘鲙鲝鲪鲬鲯鲹鲾鲿鳀鳁鳂鳈鳉鳑鳒鳚鳛鳠鳡鳣鳤鸤鸧鸮鸰鸻鸼鹀鹍鹐
鹒鹔鹖鹙鹝鹟鹠鹡鹢鹮鹯鹲鹴麀麑麖麹黇黡鼒鼩鼫鼱齁齇齉龁龂龢鿍鿎鿏
𠅤𠙶𠳐𡎚𡐓𣗋𣲗𣲘𣸣𤧛𤩽𤫉𥔲𥕢𥖨𥻗𦈡𦒍𦙶𦝼𦭜𦰡𧿹𨐈𨙸𨚕𨟠𨭉𨱇𨱏𨱑𨱔𨺙𩽾𩾃𩾌𪟝𪣻𪤗𪨰𪨶𪩘𪾢𫄧𫄨𫄷𫄸𫇭𫌀𫍣𫍯
𫍲𫍽𫐄𫐐𫐓𫑡𫓧𫓯𫓶𫓹𫔍𫔎𫔶𫖮𫖯𫖳𫗧𫗴𫘜𫘝𫘦𫘧𫘨𫘪𫘬𫚕𫚖𫚭𫛭𫞩𫟅𫟦𫟹𫟼𫠆𫠊𫠜𫢸𫫇𫭟𫭢𫭼𫮃𫰛𫵷𫶇𫷷𫸩𬀩𬀪
𬂩𬃊𬇕𬇙𬇹𬉼𬊈𬊤𬌗𬍛𬍡𬍤𬒈𬒔𬒗𬕂𬘓𬘘𬘡𬘩𬘫𬘬𬘭𬘯𬙂𬙊𬙋𬜬𬜯𬞟𬟁𬟽𬣙𬣞𬣡𬣳𬤇𬤊𬤝𬨂𬨎𬩽𬪩𬬩𬬭𬬮𬬱𬬸𬬹𬬻
𬬿𬭁𬭊𬭎𬭚𬭛𬭤𬭩𬭬𬭯𬭳𬭶𬭸𬭼𬮱𬮿𬯀𬯎𬱖𬱟𬳵𬳶𬳽𬳿𬴂𬴃𬴊𬶋𬶍𬶏𬶐𬶟𬶠𬶨𬶭𬶮𬷕𬸘𬸚𬸣𬸦𬸪𬹼𬺈𬺓
"""

#: Name characters outside the table above that are known to occur (in GBK or beyond): 龑 頔 …
#: are GBK (the Hei stand-in has all of GBK; for the Ming and Kai stand-ins they are added when
#: the source font has them), 𠮷 (U+20BB7, the 吉 with a long lower stroke) and 𡈽 (U+2123D) are
#: CJK Ext B.
EXTRA_NAME_CHARACTERS = "龑頔堃喆燊淼犇昇玥珺赟昳旸禤玙璟晞堉垚鋆彧翀祎曌旻淏涴骉猋麤羴赑镕囍婧琰璐昶嫣晗钰焱鑫" \
    "\U00020bb7\U0002123d"


def _ranges(*spans: tuple[int, int]) -> set[int]:
    return {c for a, b in spans for c in range(a, b + 1)}


#: Punctuation and symbols every stand-in carries (when its source has them).
SYMBOLS: set[int] = _ranges(
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1: § ° ± · × ÷ …
    (0x0100, 0x017F),  # Latin Extended-A (pinyin ā ē ī ō ū ǚ … are partly here)
    (0x01CD, 0x01DC),  # pinyin ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ
    (0x02C7, 0x02C9), (0x02CA, 0x02CB), (0x02D9, 0x02D9),  # ˇ ˉ ˊ ˋ ˙
    (0x0391, 0x03C9),  # Greek (GB 2312 row 6)
    (0x0401, 0x0451),  # Cyrillic (GB 2312 row 7)
    (0x2010, 0x2027),  # ‐ – — ― ‖ ‘ ’ “ ” † ‡ • ‥ …
    (0x2030, 0x203B),  # ‰ ′ ″ ‵ › ※
    (0x2103, 0x2103), (0x2105, 0x2105), (0x2109, 0x2109), (0x2116, 0x2116), (0x2121, 0x2121),  # ℃ ℅ ℉ № ℡
    (0x2160, 0x217F),  # Ⅰ … Ⅻ, ⅰ … ⅻ
    (0x2190, 0x2199),  # arrows
    (0x2200, 0x22FF),  # mathematical operators (∑ √ ∞ ∠ ≤ ≥ ≠ ≈ …)
    (0x2312, 0x2312),  # ⌒
    (0x2460, 0x249B),  # ①–⑳, ⑴–⒇, ⒈–⒛
    (0x2500, 0x257F),  # box drawing (GB 2312 row 9)
    (0x2580, 0x259F),  # blocks
    (0x25A0, 0x25FF),  # geometric shapes: □ ■ △ ▲ ○ ● ◎ ◇ ◆
    (0x2605, 0x2606), (0x2609, 0x2609), (0x2640, 0x2642),  # ★ ☆ ☉ ♀ ♂
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、。〃〆〇〈〉《》「」『』【】〔〕〖〗〜
    (0x3041, 0x30FF),  # kana (GB 2312 rows 4–5), ・ ー
    (0x3105, 0x3129),  # bopomofo (GB 2312 row 8)
    (0x3220, 0x3229),  # ㈠–㈩
    (0x3231, 0x3231), (0x32A3, 0x32A3),  # ㈱ ㊣
    (0x338E, 0x338F), (0x339C, 0x339E), (0x33A1, 0x33A1), (0x33C4, 0x33C4), (0x33CE, 0x33CE),
    (0x33D1, 0x33D2), (0x33D5, 0x33D5),  # ㎎ ㎏ ㎜ ㎝ ㎞ ㎡ ㏄ ㏎ ㏑ ㏒ ㏕
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF01, 0xFF5E),  # full-width ASCII
    (0xFF5F, 0xFF65),  # ｟ ｠ ｡ ｢ ｣ ､ ･
    (0xFFE0, 0xFFE5),  # ￠ ￡ ￢ ￣ ￤ ￥
)

#: Ideographic extras of the rare-character font (besides TONGGUI_NOT_IN_GB2312 and the names).
RARE_BLOCKS: set[int] = _ranges(
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A (all of it: 6,592 code points)
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs (崎 with 﨑 …)
    (0x2E80, 0x2EFF),  # CJK radicals supplement
    (0x2F00, 0x2FDF),  # Kangxi radicals
    (0x2FF0, 0x2FFF),  # ideographic description characters
    (0x31C0, 0x31EF),  # CJK strokes
    (0x3007, 0x3007),  # 〇
    (0x25A1, 0x25A1),  # □ (what a missing character prints as)
)


def _double_byte(encoding: str, lead: range, trail: range) -> set[int]:
    out: set[int] = set()
    for b1 in lead:
        for b2 in trail:
            try:
                text = bytes((b1, b2)).decode(encoding)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                out.add(ord(text))
    return out


def gb2312() -> set[int]:
    """Every character of GB 2312 (7,445: 6,763 Han and 682 symbols)."""
    return _double_byte("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))


def gbk() -> set[int]:
    """Every character of GBK (21,886 in Python's table, 20,902 of them CJK Unified Ideographs)."""
    return _double_byte("gbk", range(0x81, 0xFF), range(0x40, 0xFF))


def tonggui_extra() -> set[int]:
    return {ord(c) for c in TONGGUI_NOT_IN_GB2312 if not c.isspace()}


def names_extra() -> set[int]:
    return {ord(c) for c in EXTRA_NAME_CHARACTERS}


# GB 2312 code points are mapped to Unicode slightly differently by different tables (A1A4 is
# U+00B7 or U+30FB, A1AA U+2014 or U+2015, A1AB U+FF5E or U+301C, A1AD U+2026, A1AE/A1AF U+2018/
# U+2019, A1E9 U+FFE0 …): SYMBOLS has both of every such pair.


# --- sources ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Build:
    out: str  # file name in resources/fonts
    family: str  # new family name (name IDs 1, 4, 16)
    package: str  # Debian package of the source file
    source: str  # the source file
    index: int  # subfont in a .ttc
    charset: str  # "gb2312" | "gbk" | "rare"
    licence_files: tuple[str, ...]
    licence_note: str  # short licence statement for name ID 13


ARPHIC = "AR PL UMing/UKai: ARPHIC PUBLIC LICENSE (see LICENSE-ArphicPL.txt beside this font)."
BUILDS: tuple[Build, ...] = (
    Build("GovHR-Ming.ttf", "GovHR Ming", "fonts-arphic-uming", "/usr/share/fonts/truetype/arphic/uming.ttc", 0,
          "gb2312", ("LICENSE-ArphicPL.txt",), ARPHIC),
    Build("GovHR-Kai.ttf", "GovHR Kai", "fonts-arphic-ukai", "/usr/share/fonts/truetype/arphic/ukai.ttc", 0,
          "gb2312", ("LICENSE-ArphicPL.txt",), ARPHIC),
    Build("GovHR-Hei.ttf", "GovHR Hei", "fonts-wqy-microhei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0,
          "gbk", ("LICENSE-Apache-2.0.txt",),
          "WenQuanYi Micro Hei: Apache License 2.0 (see LICENSE-Apache-2.0.txt beside this font)."),
    Build("GovHR-RareHan.ttf", "GovHR Rare Han", "fonts-hanazono", "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf", 0,
          "rare", ("LICENSE-Hanazono.txt",),
          "Hanazono Font License, or SIL Open Font License 1.1 (see LICENSE-Hanazono.txt beside this font)."),
)

#: Tables ReportLab does not use (it reads cmap, glyf/loca, head, hhea, hmtx, maxp, name, OS/2,
#: post): embedded bitmaps, layout, vertical metrics, FontForge's and hinting tables.
DROP_TABLES = ["EBDT", "EBLC", "EBSC", "BDF ", "FFTM", "VORG", "vhea", "vmtx", "GPOS", "GSUB", "GDEF",
               "BASE", "JSTF", "MATH", "prop", "meta", "DSIG", "hdmx", "LTSH", "VDMX", "kern"]


def package_version(package: str) -> str:
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True,
                             check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def charset_for(build: Build) -> set[int]:
    extra = tonggui_extra() | names_extra()
    if build.charset == "gb2312":
        return gb2312() | SYMBOLS | extra
    if build.charset == "gbk":
        return gbk() | gb2312() | SYMBOLS | extra
    return RARE_BLOCKS | extra | {0x20, 0x3000}


def _timestamp() -> int:
    """Seconds since 1904-01-01 (the TrueType epoch) of BUILD_DATE."""
    return int((_dt.datetime.combine(BUILD_DATE, _dt.time()) - _dt.datetime(1904, 1, 1)).total_seconds())


def _rename(font, build: Build, original_name: str, original_version: str, pkg_version: str) -> None:
    name = font["name"]
    for nid in (1, 2, 3, 4, 5, 6, 10, 13, 16, 17, 18, 21, 22, 25):
        name.removeNames(nameID=nid)
    copyright_ = (name.getDebugName(0) or "").strip()
    when = BUILD_DATE.isoformat()
    notice = (f"Modified on {when} by scripts/build_fonts.py of govhr-desktop: a subset of {original_name} "
              f"{original_version.strip()} (Debian package {build.package} {pkg_version}) to the characters "
              f"a Chinese official document needs; embedded bitmaps, hinting, OpenType layout and vertical "
              f"metrics removed; renamed to {build.family}. Not the original font.")
    ps = build.family.replace(" ", "")
    version = f"Version 1.000; {when}; subset of {original_name} {original_version.strip()}"
    for nid, text in ((1, build.family), (2, "Regular"), (3, f"govhr-desktop: {build.family}: {when}"),
                      (4, build.family), (5, version), (6, ps), (10, notice), (13, build.licence_note)):
        name.setName(text, nid, 3, 1, 0x409)
        name.setName(text, nid, 1, 0, 0)
    if copyright_:
        name.removeNames(nameID=0)
        full = f"{copyright_} Subset and renamed by the govhr-desktop project, {when}."
        name.setName(full, 0, 3, 1, 0x409)
        name.setName(full, 0, 1, 0, 0)
    font["head"].fontRevision = 1.0
    font["head"].created = font["head"].modified = _timestamp()
    font["post"].formatType = 3.0  # no glyph names


def _drawn(font) -> set[int]:
    """The code points the font maps to a glyph with an outline: a few sources map characters to
    empty glyphs (AR PL UKai’s 䶮 and 22 other Ext A characters, WenQuanYi Micro Hei’s ℃ ℉ ǎ ǐ Ⅴ Ⅹ …);
    leaving them out lets the program take them from another font instead of printing nothing."""
    glyf = font["glyf"]
    out = set()
    for code, glyph_name in font.getBestCmap().items():
        ch = chr(code)
        if ch.isspace() or not ch.isprintable() or glyf[glyph_name].numberOfContours != 0:
            out.add(code)
    return out


def build_font(build: Build, out_dir: Path, fonttools) -> dict:
    TTFont, subset = fonttools
    src = Path(build.source)
    if not src.is_file():
        raise SystemExit(f"{src} is missing: sudo apt-get install {build.package}")
    font = TTFont(str(src), fontNumber=build.index, recalcTimestamp=False)
    if "glyf" not in font:
        raise SystemExit(f"{src} has no TrueType (glyf) outlines: ReportLab could not embed it")
    for tag in DROP_TABLES:  # before subsetting: the subsetter warns about tables it cannot subset
        if tag in font:
            del font[tag]
    original_name = font["name"].getDebugName(4) or src.stem
    original_version = font["name"].getDebugName(5) or ""
    wanted = charset_for(build)
    have = _drawn(font)
    options = subset.Options()
    options.hinting = False
    options.drop_tables += DROP_TABLES
    options.layout_features = []
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 10, 13, 14]
    options.name_languages = [0x409, 0]
    options.name_legacy = True
    options.notdef_outline = True
    options.glyph_names = False
    options.recalc_timestamp = False
    options.prune_unicode_ranges = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted & have))
    subsetter.subset(font)
    pkg_version = package_version(build.package)
    _rename(font, build, original_name, original_version, pkg_version)
    buf = io.BytesIO()
    font.save(buf)
    ttf = buf.getvalue()
    covered = set(TTFont(io.BytesIO(ttf), lazy=True).getBestCmap())
    out = out_dir / (build.out + ".xz")
    # xz (LZMA2, preset 9e): a fifth smaller than gzip -9; the same bytes give the same file
    out.write_bytes(compress_font(ttf))
    return {
        "file": out.name, "size": out.stat().st_size, "ttf_size": len(ttf),
        "sha256": hashlib.sha256(ttf).hexdigest(), "glyphs": len(covered),
        "source": f"{build.source} (subfont {build.index}: {original_name}, {original_version.strip()})",
        "package": f"{build.package} {pkg_version}", "source_sha256": sha256(src),
        "missing": sorted(c for c in wanted - covered if c in tonggui_extra() | names_extra() | gb2312()),
    }


def _licences(out_dir: Path) -> None:
    arphic = Path("/usr/share/doc/fonts-arphic-uming/license/english/ARPHICPL.TXT.gz")
    (out_dir / "LICENSE-ArphicPL.txt").write_bytes(gzip.decompress(arphic.read_bytes()))
    (out_dir / "LICENSE-Apache-2.0.txt").write_bytes(Path("/usr/share/common-licenses/Apache-2.0").read_bytes())
    (out_dir / "LICENSE-Hanazono.txt").write_text(_hanazono_licence(), encoding="utf-8")


def _hanazono_licence() -> str:
    """Both licences of the Hanazono fonts, from the Debian copyright file (de-indented)."""
    text = Path("/usr/share/doc/fonts-hanazono/copyright").read_text(encoding="utf-8")
    blocks = re.split(r"^License: ", text, flags=re.MULTILINE)[1:]
    intro = (
        "The Hanazono fonts (HanaMinA, HanaMinB), Copyright 2008-2011 GlyphWiki Project, are licensed\n"
        "under the Hanazono Font License OR the SIL Open Font License 1.1 (either may be chosen).\n"
        "GovHR-RareHan.ttf is a modified version (a renamed subset of HanaMinA.ttf, see README.md).\n"
    )
    out = [intro]
    for block in blocks:
        lines = block.splitlines()
        head, body = lines[0].strip(), lines[1:]
        if head not in ("Hanazono-Font-License", "Open-Font-License"):
            continue
        out.append("\n" + "=" * 70 + f"\n{head}\n" + "=" * 70 + "\n")
        for line in body:
            line = line[2:] if line.startswith("  ") else line.lstrip()
            out.append(("" if line.strip() == "." else line) + "\n")
    return "".join(out)


def write_sources(out_dir: Path, rows: list[dict], fonttools_version: str) -> None:
    lines = [
        "# Generated by scripts/build_fonts.py: do not edit. What each shipped font was built from.",
        f"# build date {BUILD_DATE.isoformat()}, fontTools {fonttools_version}",
        "",
    ]
    for r in rows:
        lines += [
            r["file"],
            f"  size        {r['ttf_size']} bytes (TrueType; shipped xz-compressed)",
            f"  sha256      {r['sha256']} (of the TrueType font inside)",
            f"  characters  {r['glyphs']}",
            f"  package     {r['package']}",
            f"  source      {r['source']}",
            f"  source sha  {r['source_sha256']}",
            "  not in the source (taken from another shipped font at print time): "
            + ("".join(chr(c) for c in r["missing"]) or "-"),
            "",
        ]
    (out_dir / "SOURCES.txt").write_text("\n".join(lines), encoding="utf-8")


def build_all(out_dir: Path) -> list[dict]:
    try:
        import fontTools
        from fontTools import subset
        from fontTools.ttLib import TTFont
    except ImportError:
        raise SystemExit('fontTools is missing: .venv/bin/pip install -e ".[fonts]"') from None
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for build in BUILDS:
        row = build_font(build, out_dir, (TTFont, subset))
        print(f"{row['file']:22} {row['size'] / 1e6:6.2f} MB ({row['ttf_size'] / 1e6:5.2f} MB TrueType) "
              f"{row['glyphs']:6} characters", flush=True)
        rows.append(row)
    _licences(out_dir)
    write_sources(out_dir, rows, fontTools.version)
    return rows


GENERATED = [b.out + ".xz" for b in BUILDS] + ["LICENSE-ArphicPL.txt", "LICENSE-Apache-2.0.txt", "LICENSE-Hanazono.txt",
                                       "SOURCES.txt"]


def _content(path: Path) -> bytes:
    """A file's bytes; a .xz file's decompressed bytes (another liblzma may compress differently)."""
    data = path.read_bytes()
    return lzma.decompress(data) if path.suffix == ".xz" else data


def compress_font(ttf: bytes) -> bytes:
    return lzma.compress(ttf, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32, preset=9 | lzma.PRESET_EXTREME)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default resources/fonts)")
    parser.add_argument("--check", action="store_true",
                        help="build into a temporary folder and compare with resources/fonts")
    args = parser.parse_args(argv)
    if not args.check:
        build_all(args.out)
        total = sum(p.stat().st_size for p in args.out.iterdir() if p.is_file())
        print(f"total {total / 1e6:.2f} MB in {args.out}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        build_all(Path(tmp))
        differ = [f for f in GENERATED if not (OUT / f).is_file() or _content(Path(tmp) / f) != _content(OUT / f)]
    if differ:
        print("differ from a fresh build: " + ", ".join(differ))
        return 1
    print("resources/fonts matches a fresh build")
    return 0


if __name__ == "__main__":
    sys.exit(main())
