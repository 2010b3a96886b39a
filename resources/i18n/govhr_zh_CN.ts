<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong. The last action may not have been completed; no half-saved data was kept. Please copy or save the details below and send them to your administrator.</source>
        <translation>程序出现问题。刚才的操作可能没有完成，但不会留下只保存了一半的数据。请复制或保存下面的详细信息，发送给系统管理员。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{field} is required.</source>
        <translation>{field}为必填项。</translation>
    </message>
    <message>
        <source>{field} is too long (at most {max} characters).</source>
        <translation>{field}过长（最多 {max} 个字符）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of the allowed values.</source>
        <translation>{field}：“{value}”不是允许的取值。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of: {allowed}.</source>
        <translation>{field}：“{value}”无效，应为以下之一：{allowed}。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a phone number (7–20 digits; dashes, spaces and brackets allowed).</source>
        <translation>{field}：“{value}”不是有效的电话号码（7–20 位数字，可含短横线、空格和括号）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a 6-digit postcode.</source>
        <translation>{field}：“{value}”不是 6 位邮政编码。</translation>
    </message>
    <message>
        <source>{field}: the end date is before the start date.</source>
        <translation>{field}：结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>{field}: the date lies in the future.</source>
        <translation>{field}：日期不能晚于今天。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (use 2026-03-01).</source>
        <translation>{field}：“{value}”不是有效日期（请按 2026-03-01 的格式填写）。</translation>
    </message>
    <message>
        <source>{field}: Excel stored the ID number as a number ({value}) and lost its last digits. Format the column as Text and type the numbers again.</source>
        <translation>{field}：Excel 把身份证号存成了数字（{value}），末尾几位已丢失。请把该列设置为“文本”格式，再重新录入号码。</translation>
    </message>
    <message>
        <source>{field}: an ID number has 18 characters, this one has {length}.</source>
        <translation>{field}：身份证号应为 18 位，此号码为 {length} 位。</translation>
    </message>
    <message>
        <source>{field}: 17 digits and a final digit or X are expected.</source>
        <translation>{field}：前 17 位应为数字，最后一位应为数字或 X。</translation>
    </message>
    <message>
        <source>{field}: the birth date {value} in the number does not exist.</source>
        <translation>{field}：号码中的出生日期 {value} 不存在。</translation>
    </message>
    <message>
        <source>{field}: the birth date {value} in the number is impossible (in the future or before 1900).</source>
        <translation>{field}：号码中的出生日期 {value} 不合理（晚于今天或早于 1900 年）。</translation>
    </message>
    <message>
        <source>{field}: the check character is {given} but should be {expected}; a digit was probably mistyped.</source>
        <translation>{field}：校验码应为 {expected}，实际为 {given}，可能有数字输错。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a mobile number (11 digits starting with 13–19).</source>
        <translation>{field}：“{value}”不是有效的手机号码（应为 11 位数字，以 13–19 开头）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a window number (letters and digits, e.g. A03).</source>
        <translation>{field}：“{value}”不是有效的窗口编号（由字母和数字组成，如 A03）。</translation>
    </message>
    <message>
        <source>{field}: a department window must belong to a home unit.</source>
        <translation>{field}：专业窗口必须属于一个派驻单位。</translation>
    </message>
    <message>
        <source>{field}: a comprehensive window belongs to the center, not to a home unit.</source>
        <translation>{field}：综合受理窗口属于中心，不属于派驻单位。</translation>
    </message>
    <message>
        <source>{field}: window {value} already exists.</source>
        <translation>{field}：窗口 {value} 已存在。</translation>
    </message>
    <message>
        <source>Window {number} still has {count} staff; move them to other windows first.</source>
        <translation>窗口 {number} 还有 {count} 名人员，请先把他们调到其他窗口。</translation>
    </message>
    <message>
        <source>{field}: the person would have been under 16 on that date.</source>
        <translation>{field}：在该日期此人未满 16 周岁。</translation>
    </message>
    <message>
        <source>{field}: choose A or B post for the window.</source>
        <translation>{field}：请为该窗口选择A岗或B岗。</translation>
    </message>
    <message>
        <source>{field}: this ID number is already registered for {name}.</source>
        <translation>{field}：该身份证号已登记在{name}名下。</translation>
    </message>
    <message>
        <source>{field}: window {window} already has {name} on the A post; choose B post or move {name} first.</source>
        <translation>{field}：窗口 {window} 的A岗已是{name}；请选择B岗，或先调整{name}的岗位。</translation>
    </message>
    <message>
        <source>{name} has already returned to the home unit.</source>
        <translation>{name}已调回原单位。</translation>
    </message>
    <message>
        <source>{field}: the leaving date is before the person joined the center.</source>
        <translation>{field}：不能早于该人员的进驻日期。</translation>
    </message>
    <message>
        <source>{field}: a home unit named “{value}” already exists.</source>
        <translation>{field}：名为“{value}”的派驻单位已存在。</translation>
    </message>
    <message>
        <source>{field}: the chief representative must be one of this unit&apos;s staff.</source>
        <translation>{field}：首席代表必须是本单位的窗口人员。</translation>
    </message>
    <message>
        <source>{field}: {name} has returned to the home unit and cannot be chief representative.</source>
        <translation>{field}：{name}已调回原单位，不能担任首席代表。</translation>
    </message>
    <message>
        <source>The unit still has {count} staff at the center; they must return or move first.</source>
        <translation>该单位在中心还有 {count} 名人员，须先将他们调回原单位或调整到其他单位。</translation>
    </message>
    <message>
        <source>The unit has {staff} staff records and {windows} windows; it can be deactivated but not deleted.</source>
        <translation>该单位有 {staff} 条人员记录和 {windows} 个窗口，只能停用，不能删除。</translation>
    </message>
    <message>
        <source>{field}: a zone named “{value}” already exists.</source>
        <translation>{field}：名为“{value}”的区域已存在。</translation>
    </message>
    <message>
        <source>The zone still has {count} windows; move or delete them first.</source>
        <translation>该区域还有 {count} 个窗口，请先将其移到其他区域或删除。</translation>
    </message>
    <message>
        <source>{field}: the chosen record no longer exists (it may have been deleted).</source>
        <translation>{field}：所选记录已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {detail}</source>
        <translation>无法读取文件 {path}：{detail}</translation>
    </message>
    <message>
        <source>The file type “{ext}” is not supported; use .xlsx, .xls or .csv.</source>
        <translation>不支持“{ext}”类型的文件，请使用 .xlsx、.xls 或 .csv 文件。</translation>
    </message>
    <message>
        <source>The file lacks the required columns: {missing}. Columns found: {found}.</source>
        <translation>文件缺少必需的列：{missing}。文件中现有的列：{found}。</translation>
    </message>
    <message>
        <source>{field}: no home unit named “{value}”.</source>
        <translation>{field}：没有名为“{value}”的派驻单位。</translation>
    </message>
    <message>
        <source>{field}: no window numbered “{value}”.</source>
        <translation>{field}：没有编号为“{value}”的窗口。</translation>
    </message>
    <message>
        <source>{field}: the same ID number already appears in row {first_row}.</source>
        <translation>{field}：相同的身份证号已在第 {first_row} 行出现过。</translation>
    </message>
    <message>
        <source>The file {path} is protected by a password; save an unprotected copy and import that.</source>
        <translation>文件 {path} 设有密码保护。请另存一份不带密码的副本，再导入该副本。</translation>
    </message>
    <message>
        <source>The file has no rows with data.</source>
        <translation>文件中没有包含数据的行。</translation>
    </message>
    <message>
        <source>{field}: “{value}” contradicts the ID number, which says {expected}.</source>
        <translation>{field}：“{value}”与身份证号不符，按身份证号应为 {expected}。</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of the program (schema {revision}); this is version {version}. Install the newer version; the data was not changed.</source>
        <translation>数据库 {path} 是由更新版本的程序写入的（数据结构版本 {revision}），当前程序版本为 {version}。请安装新版本程序；数据未做任何改动。</translation>
    </message>
    <message>
        <source>The file {path} is not a database of this program; it was not changed.</source>
        <translation>文件 {path} 不是本程序的数据库，未做任何改动。</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({detail}). Restore it from a backup.</source>
        <translation>无法读取数据库 {path}（{detail}）。请从备份中恢复。</translation>
    </message>
    <message>
        <source>The database {path} is in use by another copy of the program.</source>
        <translation>数据库 {path} 正被另一个运行中的本程序使用。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Supervising leader</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>Chief representative</source>
        <translation>首席代表</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Window number</source>
        <translation>窗口编号</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Window type</source>
        <translation>窗口类型</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Open from</source>
        <translation>开放起始日期</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>开放截止日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>编制性质</translation>
    </message>
    <message>
        <source>Joined the center</source>
        <translation>进驻日期</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Left the center</source>
        <translation>调回日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Demo center: generated data, kept apart from real data.</source>
        <extracomment>a request to open another page by its key (e.g. &apos;windows&apos;)</extracomment>
        <translation>演示中心：数据为自动生成，与真实数据分开保存。</translation>
    </message>
    <message>
        <source>Staff at the center</source>
        <translation>进驻人员</translation>
    </message>
    <message>
        <source>Home units</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Windows open</source>
        <translation>开放窗口</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Non-establishment staff (contract, agency, temporary)</source>
        <translation>编外人员（合同制、劳务派遣、临聘）</translation>
    </message>
    <message>
        <source>Windows without an A post: %1</source>
        <translation>缺 A 岗的窗口：%1</translation>
    </message>
    <message>
        <source>Windows without a B post (no cover): %1</source>
        <translation>缺 B 岗的窗口（无人顶岗）：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>On leave now</source>
        <translation>当前请假</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Staff by employment type</source>
        <translation>人员编制性质分布</translation>
    </message>
    <message>
        <source>Staff by zone</source>
        <translation>各区域人员分布</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
</context>
<context>
    <name>HomeUnitDialog</name>
    <message>
        <source>Edit home unit</source>
        <translation>编辑派驻单位</translation>
    </message>
    <message>
        <source>New home unit</source>
        <translation>新增派驻单位</translation>
    </message>
    <message>
        <source>Full name (for letters)</source>
        <translation>全称（用于公函）</translation>
    </message>
    <message>
        <source>e.g. 青山县市场监督管理局</source>
        <translation>例如：青山县市场监督管理局</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Supervising leader</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>Chief representative</source>
        <translation>首席代表</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Save the unit and add its staff first</source>
        <translation>请先保存单位并添加该单位的人员</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>HomeUnitsPage</name>
    <message>
        <source>Active units</source>
        <translation>启用的单位</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation>停用/启用</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Home units</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Name, contact or leader (Ctrl+F)</source>
        <translation>名称、联系人或分管领导（Ctrl+F）</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全称</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口数</translation>
    </message>
    <message>
        <source>Chief representative</source>
        <translation>首席代表</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Supervising leader</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Staff of %1 at the center: %n</source>
        <translation>%1进驻人员：%n 人</translation>
    </message>
    <message>
        <source>Delete the home unit %1?</source>
        <translation>确定删除派驻单位“%1”吗？</translation>
    </message>
</context>
<context>
    <name>LeaderDialog</name>
    <message>
        <source>Edit leader</source>
        <translation>编辑领导</translation>
    </message>
    <message>
        <source>New leader</source>
        <translation>新增领导</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>e.g. 主任, 副主任</source>
        <translation>例如：主任、副主任</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Takes leader duty</source>
        <translation>参加带班</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %2 条中的 %1 条</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <extracomment>key -&gt; (module, class) of each page after the home page, in sidebar order</extracomment>
        <translation>首页</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Home units</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Center settings</source>
        <translation>中心设置</translation>
    </message>
    <message>
        <source>Service Center Staff Manager</source>
        <translation>政务服务中心窗口人员管理</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>（演示）</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Cannot do that</source>
        <extracomment>emitted when the page changed data other pages show</extracomment>
        <translation>无法执行此操作</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return to home unit</source>
        <translation>调回原单位</translation>
    </message>
    <message>
        <source>%1 leaves window %2 and returns to %3. The record is kept as history.</source>
        <translation>%1离开窗口 %2，调回%3。其记录将作为历史保留。</translation>
    </message>
    <message>
        <source>%1 leaves the center and returns to %3. The record is kept as history.</source>
        <translation>%1 离开中心，调回%3。人员记录作为历史保留。</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>调回日期</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Service center</source>
        <translation>政务服务中心</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>e.g. 青山县政务服务中心</source>
        <translation>例如：青山县政务服务中心</translation>
    </message>
    <message>
        <source>Short name for document numbers *</source>
        <translation>发文机关代字 *</translation>
    </message>
    <message>
        <source>e.g. 青政服 → 青政服〔2026〕5号</source>
        <translation>例如：青政服 → 青政服〔2026〕5号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Save center settings</source>
        <translation>保存中心设置</translation>
    </message>
    <message>
        <source>Center leaders</source>
        <translation>中心领导</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Takes leader duty</source>
        <translation>参加带班</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Add leader</source>
        <translation>添加领导</translation>
    </message>
    <message>
        <source>Edit leader</source>
        <translation>编辑领导</translation>
    </message>
    <message>
        <source>Remove leader</source>
        <translation>移除领导</translation>
    </message>
    <message>
        <source>Program and data</source>
        <translation>程序与数据</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份目录</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Center settings</source>
        <translation>中心设置</translation>
    </message>
    <message>
        <source>The language changes the next time the program starts.</source>
        <translation>界面语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <source>Center settings saved.</source>
        <translation>中心设置已保存。</translation>
    </message>
    <message>
        <source>Remove %1 from the leaders?</source>
        <translation>确定将%1从中心领导中移除吗？</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>18 characters; gender and birth date are read from it</source>
        <translation>18 位；性别和出生日期将从号码中自动读取</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>编制性质</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Joined the center</source>
        <translation>进驻日期</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Gender: %1    Birth date: %2</source>
        <translation>性别：%1    出生日期：%2</translation>
    </message>
</context>
<context>
    <name>StaffImportDialog</name>
    <message>
        <source>Import staff from Excel</source>
        <translation>从 Excel 导入人员</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正确</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 处错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Errors (nothing from these rows will be saved):</source>
        <translation>错误（这些行的数据都不会保存）：</translation>
    </message>
    <message>
        <source>Import valid rows</source>
        <translation>导入有效行</translation>
    </message>
    <message>
        <source>Copy error list</source>
        <translation>复制错误列表</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a staff list</source>
        <translation>选择人员名单</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.xlsm *.ods *.csv)</source>
        <translation>电子表格 (*.xlsx *.xls *.xlsm *.ods *.csv)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <source>File %1 (header in row %2): %3 rows, %4 can be imported, %5 have errors.</source>
        <translation>文件 %1（表头在第 %2 行）：共 %3 行，其中 %4 行可以导入，%5 行有错误。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n valid row(s)</source>
        <translation>
            <numerusform>导入 %n 行有效数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 名人员。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>All home units</source>
        <translation>全部派驻单位</translation>
    </message>
    <message>
        <source>On the books</source>
        <translation>在册人员</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All employment types</source>
        <translation>全部编制性质</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Return to unit</source>
        <translation>调回原单位</translation>
    </message>
    <message>
        <source>Import Excel…</source>
        <translation>导入 Excel…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Import template…</source>
        <translation>导入模板…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Name, ID number, phone or window (Ctrl+F)</source>
        <translation>姓名、身份证号、电话或窗口（Ctrl+F）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>编制性质</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>进驻日期</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Return to home unit</source>
        <translation>调回原单位</translation>
    </message>
    <message>
        <source>%1 has already returned to the home unit.</source>
        <translation>%1已调回原单位。</translation>
    </message>
    <message>
        <source>Save import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>staff import template</source>
        <translation>窗口人员导入模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved to %1</source>
        <translation>模板已保存到 %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the data</source>
        <extracomment>CJK-capable UI fonts by preference: Windows, then Kylin/UOS and Debian.</extracomment>
        <translation>无法打开数据</translation>
    </message>
</context>
<context>
    <name>WindowDialog</name>
    <message>
        <source>Edit window</source>
        <translation>编辑窗口</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>新增窗口</translation>
    </message>
    <message>
        <source>Window number</source>
        <translation>窗口编号</translation>
    </message>
    <message>
        <source>e.g. A03</source>
        <translation>例如：A03</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Window type</source>
        <translation>窗口类型</translation>
    </message>
    <message>
        <source>Owning home unit</source>
        <translation>所属派驻单位</translation>
    </message>
    <message>
        <source>(the center)</source>
        <translation>（中心）</translation>
    </message>
    <message>
        <source>Open from</source>
        <translation>开放起始日期</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>开放截止日期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>WindowsPage</name>
    <message>
        <source>All zones</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All windows</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <source>Without A or B post</source>
        <translation>缺A岗或B岗</translation>
    </message>
    <message>
        <source>Closed windows</source>
        <translation>已关闭的窗口</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Number, name, unit or person (Ctrl+F)</source>
        <translation>编号、名称、单位或人员（Ctrl+F）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>(the center)</source>
        <translation>（中心）</translation>
    </message>
    <message>
        <source>A post</source>
        <translation>A岗</translation>
    </message>
    <message>
        <source>— missing —</source>
        <translation>— 空缺 —</translation>
    </message>
    <message>
        <source>B post</source>
        <translation>B岗</translation>
    </message>
    <message>
        <source>Open from</source>
        <translation>开放起始日期</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>开放截止日期</translation>
    </message>
    <message>
        <source>Staff at window %1 now: %n</source>
        <translation>窗口 %1 当前人员：%n 人</translation>
    </message>
    <message>
        <source>Delete window %1?</source>
        <translation>确定删除窗口 %1 吗？</translation>
    </message>
</context>
<context>
    <name>ZoneDialog</name>
    <message>
        <source>Edit zone</source>
        <translation>编辑区域</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>新增区域</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ZonesPage</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口数</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Delete the zone %1?</source>
        <translation>确定删除区域“%1”吗？</translation>
    </message>
</context>
<context>
    <name>_WithStaffPanel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Select a row to see its current staff.</source>
        <translation>选中一行即可查看其当前人员。</translation>
    </message>
</context>
</TS>
