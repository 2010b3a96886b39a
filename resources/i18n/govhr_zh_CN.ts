<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust: %1 — %2</source>
        <translation>调整：%1 — %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Points (+/−)</source>
        <translation>分值（+/−）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>AnnualPage</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Whole year (calibration)</source>
        <translation>全年（评定优秀）</translation>
    </message>
    <message>
        <source>1st quarter</source>
        <translation>一季度</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>二季度</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>三季度</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>四季度</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>优秀比例</translation>
    </message>
    <message>
        <source>Normal (20%)</source>
        <translation>一般单位（20%）</translation>
    </message>
    <message>
        <source>Collective merit (25%)</source>
        <translation>集体受表彰（25%）</translation>
    </message>
    <message>
        <source>Held accountable (15%)</source>
        <translation>被问责单位（15%）</translation>
    </message>
    <message>
        <source>Save 优秀 list</source>
        <translation>保存优秀名单</translation>
    </message>
    <message>
        <source>Start publicity…</source>
        <translation>开始公示…</translation>
    </message>
    <message>
        <source>Withdraw publicity…</source>
        <translation>撤回公示…</translation>
    </message>
    <message>
        <source>Confirm results</source>
        <translation>确认结果</translation>
    </message>
    <message>
        <source>Write comment…</source>
        <translation>填写评语…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>年度平均分</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>优秀</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Annual grade</source>
        <translation>年度等次</translation>
    </message>
    <message>
        <source>Reason for a change</source>
        <translation>调整理由</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Annual assessment</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>%1, quarter %2: averages of the published months; %3 people.</source>
        <translation>%1 年第 %2 季度：按已公布月份的平均分排名，共 %3 人。</translation>
    </message>
    <message>
        <source>—— quota line: %1 place(s) for 优秀 (%2 of %3 assessed) ——</source>
        <translation>—— 优秀名额线：%1 名（参评 %3 人的 %2）——</translation>
    </message>
    <message>
        <source>comment only (under 6 months)</source>
        <translation>仅写评语（不满半年）</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>建议优秀</translation>
    </message>
    <message>
        <source>tied at the line</source>
        <translation>名额线上并列</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不可评优</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>仅写评语</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>saved (draft)</source>
        <translation>已保存（草稿）</translation>
    </message>
    <message>
        <source>in publicity %1 – %2</source>
        <translation>公示中 %1 至 %2</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>已由 %1 确认</translation>
    </message>
    <message>
        <source>%1: %2 assessed, %3 place(s) for 优秀 at %4; line score %5; %6 tied for %7 open place(s). State: %8.</source>
        <translation>%1 年：参评 %2 人，优秀比例 %4，名额 %3 个；名额线 %5 分；%6 人并列争 %7 个名额。状态：%8。</translation>
    </message>
    <message>
        <source>优秀 ticked: %1 of %2 place(s)</source>
        <translation>已勾选优秀 %1 / %2 个名额</translation>
    </message>
    <message>
        <source>Start publicity</source>
        <translation>开始公示</translation>
    </message>
    <message>
        <source>The proposed 优秀 names are published for at least 5 working days; the results can be confirmed after the last day.</source>
        <translation>拟定优秀人员名单公示不少于 5 个工作日，公示期满后方可确认结果。</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>公示开始日</translation>
    </message>
    <message>
        <source>Withdraw publicity</source>
        <translation>撤回公示</translation>
    </message>
    <message>
        <source>Why is the publicity withdrawn (e.g. an objection)?</source>
        <translation>撤回公示的原因（如收到异议）：</translation>
    </message>
    <message>
        <source>Confirm the annual results of %1? They cannot be changed afterwards.</source>
        <translation>确认 %1 年度考核结果？确认后不能再修改。</translation>
    </message>
    <message>
        <source>Write comment</source>
        <translation>填写评语</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>请先选择人员。</translation>
    </message>
    <message>
        <source>Comment sent to the home unit:</source>
        <translation>反馈派驻单位的评语：</translation>
    </message>
</context>
<context>
    <name>AppointDialog</name>
    <message>
        <source>Appoint the chief representative of %1</source>
        <translation>任命%1首席代表</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <source>The current appointment ends on the start date.</source>
        <translation>现任首席代表的任期于此任职日期结束。</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assessment of %1</source>
        <translation>%1的考察情况</translation>
    </message>
    <message>
        <source>Political quality</source>
        <translation>政治素质</translation>
    </message>
    <message>
        <source>Business ability</source>
        <translation>业务能力</translation>
    </message>
    <message>
        <source>Physical condition</source>
        <translation>身体状况</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to window %1</source>
        <translation>安排到窗口 %1 上岗</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Type a name to search</source>
        <translation>输入姓名进行搜索</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>A post (main)</source>
        <translation>A岗（主岗）</translation>
    </message>
    <message>
        <source>B post (backup)</source>
        <translation>B岗（备岗）</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>上岗日期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Unlock screen</source>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Change own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Unlock account</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <source>View accounts</source>
        <translation>查看账号</translation>
    </message>
    <message>
        <source>Change security settings</source>
        <translation>修改安全设置</translation>
    </message>
    <message>
        <source>Check the audit trail</source>
        <translation>审计日志完整性检查</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>View full ID/phone numbers</source>
        <translation>查看完整证件号/手机号</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>Back up to folder</source>
        <translation>备份到文件夹</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>View home page</source>
        <translation>查看首页</translation>
    </message>
    <message>
        <source>Save center settings</source>
        <translation>保存中心设置</translation>
    </message>
    <message>
        <source>Change center settings</source>
        <translation>修改中心设置</translation>
    </message>
    <message>
        <source>View leaders</source>
        <translation>查看中心领导</translation>
    </message>
    <message>
        <source>Save leader</source>
        <translation>保存中心领导</translation>
    </message>
    <message>
        <source>Add leader</source>
        <translation>新增中心领导</translation>
    </message>
    <message>
        <source>Edit leader</source>
        <translation>编辑中心领导</translation>
    </message>
    <message>
        <source>Remove leader</source>
        <translation>移除中心领导</translation>
    </message>
    <message>
        <source>View staff</source>
        <translation>查看人员</translation>
    </message>
    <message>
        <source>View staff member</source>
        <translation>查看人员信息</translation>
    </message>
    <message>
        <source>Save staff member</source>
        <translation>保存人员信息</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>编辑人员信息</translation>
    </message>
    <message>
        <source>Return to home unit</source>
        <translation>调回原单位</translation>
    </message>
    <message>
        <source>Import staff from Excel</source>
        <translation>从 Excel 导入人员</translation>
    </message>
    <message>
        <source>View home units</source>
        <translation>查看派驻单位</translation>
    </message>
    <message>
        <source>Save home unit</source>
        <translation>保存派驻单位</translation>
    </message>
    <message>
        <source>Add home unit</source>
        <translation>新增派驻单位</translation>
    </message>
    <message>
        <source>Edit home unit</source>
        <translation>编辑派驻单位</translation>
    </message>
    <message>
        <source>Activate home unit</source>
        <translation>启用派驻单位</translation>
    </message>
    <message>
        <source>Deactivate home unit</source>
        <translation>停用派驻单位</translation>
    </message>
    <message>
        <source>Activate or deactivate home unit</source>
        <translation>启用/停用派驻单位</translation>
    </message>
    <message>
        <source>Delete home unit</source>
        <translation>删除派驻单位</translation>
    </message>
    <message>
        <source>View zones</source>
        <translation>查看区域</translation>
    </message>
    <message>
        <source>Save zone</source>
        <translation>保存区域</translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>新增区域</translation>
    </message>
    <message>
        <source>Edit zone</source>
        <translation>编辑区域</translation>
    </message>
    <message>
        <source>Delete zone</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <source>View windows</source>
        <translation>查看窗口</translation>
    </message>
    <message>
        <source>Save window</source>
        <translation>保存窗口</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>新增窗口</translation>
    </message>
    <message>
        <source>Edit window</source>
        <translation>编辑窗口</translation>
    </message>
    <message>
        <source>Delete window</source>
        <translation>删除窗口</translation>
    </message>
    <message>
        <source>View timeline</source>
        <translation>查看履历</translation>
    </message>
    <message>
        <source>View coverage</source>
        <translation>查看在岗情况</translation>
    </message>
    <message>
        <source>Assign to window</source>
        <translation>安排上岗</translation>
    </message>
    <message>
        <source>End window assignment</source>
        <translation>结束上岗</translation>
    </message>
    <message>
        <source>Cancel window assignment</source>
        <translation>撤销上岗安排</translation>
    </message>
    <message>
        <source>View vetting</source>
        <translation>查看考察</translation>
    </message>
    <message>
        <source>Record proposed person</source>
        <translation>登记拟派人员</translation>
    </message>
    <message>
        <source>Record vetting assessment</source>
        <translation>登记考察情况</translation>
    </message>
    <message>
        <source>Vetting decision</source>
        <translation>作出考察决定</translation>
    </message>
    <message>
        <source>View transfer requests</source>
        <translation>查看调整申请</translation>
    </message>
    <message>
        <source>Record transfer request</source>
        <translation>登记调整申请</translation>
    </message>
    <message>
        <source>Decide transfer request</source>
        <translation>对调整申请作出决定</translation>
    </message>
    <message>
        <source>Appoint chief representative</source>
        <translation>任命首席代表</translation>
    </message>
    <message>
        <source>View chief representatives</source>
        <translation>查看首席代表</translation>
    </message>
    <message>
        <source>View leave</source>
        <translation>查看请销假</translation>
    </message>
    <message>
        <source>View leave request</source>
        <translation>查看请假申请</translation>
    </message>
    <message>
        <source>View working calendar</source>
        <translation>查看工作日历</translation>
    </message>
    <message>
        <source>File leave</source>
        <translation>登记请假</translation>
    </message>
    <message>
        <source>Record home unit's leave approval</source>
        <translation>登记派驻单位请假签批</translation>
    </message>
    <message>
        <source>Center approves leave</source>
        <translation>中心审批请假</translation>
    </message>
    <message>
        <source>Refuse leave</source>
        <translation>不批准请假</translation>
    </message>
    <message>
        <source>Cancel leave</source>
        <translation>撤销请假</translation>
    </message>
    <message>
        <source>Confirm leave handover</source>
        <translation>确认请假交接</translation>
    </message>
    <message>
        <source>Return from leave</source>
        <translation>销假</translation>
    </message>
    <message>
        <source>Set calendar day</source>
        <translation>设置日历特殊日期</translation>
    </message>
    <message>
        <source>Remove calendar day</source>
        <translation>删除日历特殊日期</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>导入工作日历</translation>
    </message>
    <message>
        <source>Add register entry</source>
        <translation>新增登记</translation>
    </message>
    <message>
        <source>Edit register entry</source>
        <translation>编辑登记</translation>
    </message>
    <message>
        <source>Verify register entry</source>
        <translation>核实登记</translation>
    </message>
    <message>
        <source>Delete register entry</source>
        <translation>删除登记</translation>
    </message>
    <message>
        <source>View registers</source>
        <translation>查看日常登记</translation>
    </message>
    <message>
        <source>View register entry</source>
        <translation>查看登记详情</translation>
    </message>
    <message>
        <source>Count register entries</source>
        <translation>统计登记条数</translation>
    </message>
    <message>
        <source>Save scoring template</source>
        <translation>保存评分模板</translation>
    </message>
    <message>
        <source>Create default scoring template</source>
        <translation>创建默认评分模板</translation>
    </message>
    <message>
        <source>View scoring templates</source>
        <translation>查看评分模板列表</translation>
    </message>
    <message>
        <source>View scoring template</source>
        <translation>查看评分模板</translation>
    </message>
    <message>
        <source>View active scoring template</source>
        <translation>查看当前启用的评分模板</translation>
    </message>
    <message>
        <source>Import citizen ratings</source>
        <translation>导入好差评数据</translation>
    </message>
    <message>
        <source>Open bad-rating cases</source>
        <translation>建立差评处理件</translation>
    </message>
    <message>
        <source>Verify bad rating</source>
        <translation>核实差评</translation>
    </message>
    <message>
        <source>Record rectification</source>
        <translation>登记整改</translation>
    </message>
    <message>
        <source>Record callback</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Record appeal</source>
        <translation>登记申诉</translation>
    </message>
    <message>
        <source>Decide appeal</source>
        <translation>申诉裁定</translation>
    </message>
    <message>
        <source>Change bad-rating deadlines</source>
        <translation>修改差评处理时限</translation>
    </message>
    <message>
        <source>View bad-rating cases</source>
        <translation>查看差评处理件</translation>
    </message>
    <message>
        <source>View bad-rating case</source>
        <translation>查看差评处理件详情</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Center leader</source>
        <translation>中心领导</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
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
        <source>Backups</source>
        <translation>数据备份</translation>
    </message>
    <message>
        <source>Window assignment</source>
        <translation>窗口上岗</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>考察</translation>
    </message>
    <message>
        <source>Transfer request</source>
        <translation>调整申请</translation>
    </message>
    <message>
        <source>Chief representative</source>
        <translation>首席代表</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请销假</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>在岗情况</translation>
    </message>
    <message>
        <source>Transfer requests</source>
        <translation>调整申请</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>登记记录</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>日常登记</translation>
    </message>
    <message>
        <source>Scoring template</source>
        <translation>评分模板</translation>
    </message>
    <message>
        <source>Citizen ratings</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>Citizen rating import</source>
        <translation>好差评导入</translation>
    </message>
    <message>
        <source>Bad-rating case</source>
        <translation>差评处理件</translation>
    </message>
    <message>
        <source>Save a training course</source>
        <translation>保存培训课程</translation>
    </message>
    <message>
        <source>Delete a training course</source>
        <translation>删除培训课程</translation>
    </message>
    <message>
        <source>View training courses</source>
        <translation>查看培训课程</translation>
    </message>
    <message>
        <source>View a training course</source>
        <translation>查看培训课程详情</translation>
    </message>
    <message>
        <source>Save a training session</source>
        <translation>保存培训场次</translation>
    </message>
    <message>
        <source>Delete a training session</source>
        <translation>删除培训场次</translation>
    </message>
    <message>
        <source>Enrol people on a course</source>
        <translation>培训报名</translation>
    </message>
    <message>
        <source>Withdraw someone from a course</source>
        <translation>退出培训课程</translation>
    </message>
    <message>
        <source>Sign people in at a training session</source>
        <translation>培训签到</translation>
    </message>
    <message>
        <source>Cancel a training sign-in</source>
        <translation>取消培训签到</translation>
    </message>
    <message>
        <source>Record test scores</source>
        <translation>录入考试成绩</translation>
    </message>
    <message>
        <source>Import a training sign-in list</source>
        <translation>导入培训签到表</translation>
    </message>
    <message>
        <source>Print a training sign-in sheet</source>
        <translation>打印培训签到表</translation>
    </message>
    <message>
        <source>Save a certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>Delete a certificate</source>
        <translation>删除证书</translation>
    </message>
    <message>
        <source>Record a skill level</source>
        <translation>登记技能等级</translation>
    </message>
    <message>
        <source>Delete a skill level</source>
        <translation>删除技能等级记录</translation>
    </message>
    <message>
        <source>Change the yearly training targets</source>
        <translation>修改年度学时目标</translation>
    </message>
    <message>
        <source>View the training hours ledger</source>
        <translation>查看学时台账</translation>
    </message>
    <message>
        <source>View training reports</source>
        <translation>查看培训报表</translation>
    </message>
    <message>
        <source>View training needs</source>
        <translation>查看培训需求</translation>
    </message>
    <message>
        <source>Enrol everyone who needs a course</source>
        <translation>按培训需求一键报名</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Training enrolment</source>
        <translation>培训报名</translation>
    </message>
    <message>
        <source>Training sign-in</source>
        <translation>培训签到</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Issue an official document</source>
        <translation>印发公文</translation>
    </message>
    <message>
        <source>Reprint an issued document</source>
        <translation>重印已印发公文</translation>
    </message>
    <message>
        <source>Change the document number settings</source>
        <translation>修改发文字号设置</translation>
    </message>
    <message>
        <source>Preview an official document</source>
        <translation>预览公文</translation>
    </message>
    <message>
        <source>View the register of issued documents</source>
        <translation>查看发文登记</translation>
    </message>
    <message>
        <source>View a month roster</source>
        <translation>查看月值班表</translation>
    </message>
    <message>
        <source>View a roster's change log</source>
        <translation>查看值班表变更记录</translation>
    </message>
    <message>
        <source>View who could take a duty cell</source>
        <translation>查看可值班人员</translation>
    </message>
    <message>
        <source>Generate a month roster</source>
        <translation>自动排班</translation>
    </message>
    <message>
        <source>Set a duty cell by hand</source>
        <translation>指定值班人员</translation>
    </message>
    <message>
        <source>Clear a duty cell</source>
        <translation>清空值班格</translation>
    </message>
    <message>
        <source>Lock duty cells</source>
        <translation>锁定值班格</translation>
    </message>
    <message>
        <source>Unlock duty cells</source>
        <translation>解锁值班格</translation>
    </message>
    <message>
        <source>Swap duties</source>
        <translation>换班</translation>
    </message>
    <message>
        <source>Publish a month roster</source>
        <translation>发布月值班表</translation>
    </message>
    <message>
        <source>View compensatory time off</source>
        <translation>查看调休</translation>
    </message>
    <message>
        <source>View today's duty</source>
        <translation>查看今日值班</translation>
    </message>
    <message>
        <source>Print a month roster</source>
        <translation>打印月值班表</translation>
    </message>
    <message>
        <source>Export a month roster</source>
        <translation>导出月值班表</translation>
    </message>
    <message>
        <source>View the duty leaders</source>
        <translation>查看带班领导名单</translation>
    </message>
    <message>
        <source>View the duty-leader rota</source>
        <translation>查看带班安排</translation>
    </message>
    <message>
        <source>Fill the duty-leader rota</source>
        <translation>自动排带班领导</translation>
    </message>
    <message>
        <source>Set a day's duty leader</source>
        <translation>设置带班领导</translation>
    </message>
    <message>
        <source>Clear a day's duty leader</source>
        <translation>取消带班领导</translation>
    </message>
    <message>
        <source>Add joint duty</source>
        <translation>添加共同值班</translation>
    </message>
    <message>
        <source>Change joint duty</source>
        <translation>修改共同值班</translation>
    </message>
    <message>
        <source>Remove joint duty</source>
        <translation>删除共同值班</translation>
    </message>
    <message>
        <source>View a duty log</source>
        <translation>查看服务日志</translation>
    </message>
    <message>
        <source>View the duty logs of a month</source>
        <translation>查看服务日志列表</translation>
    </message>
    <message>
        <source>Write a duty log</source>
        <translation>填写服务日志</translation>
    </message>
    <message>
        <source>Save a season's opening hours</source>
        <translation>保存作息时间</translation>
    </message>
    <message>
        <source>Delete a season's opening hours</source>
        <translation>删除作息时间</translation>
    </message>
    <message>
        <source>View the seasons' opening hours</source>
        <translation>查看作息时间</translation>
    </message>
    <message>
        <source>Save a duty post</source>
        <translation>保存值班岗位</translation>
    </message>
    <message>
        <source>Set a duty post active or inactive</source>
        <translation>停用/启用值班岗位</translation>
    </message>
    <message>
        <source>Delete a duty post</source>
        <translation>删除值班岗位</translation>
    </message>
    <message>
        <source>View the duty posts</source>
        <translation>查看值班岗位</translation>
    </message>
    <message>
        <source>View a duty post</source>
        <translation>查看值班岗位</translation>
    </message>
    <message>
        <source>Change the roster rules</source>
        <translation>修改排班规则</translation>
    </message>
    <message>
        <source>Issued document</source>
        <translation>已印发公文</translation>
    </message>
    <message>
        <source>Month roster</source>
        <translation>月值班表</translation>
    </message>
    <message>
        <source>Duty leader rota</source>
        <translation>带班领导安排</translation>
    </message>
    <message>
        <source>Joint duty</source>
        <translation>共同值班</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>服务日志</translation>
    </message>
    <message>
        <source>Season opening hours</source>
        <translation>作息时间</translation>
    </message>
    <message>
        <source>Duty post</source>
        <translation>值班岗位</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Narrow the list (Ctrl+F)</source>
        <translation>在列表中筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Leave empty for all users</source>
        <translation>留空表示全部用户</translation>
    </message>
    <message>
        <source>Record (type, name, id)</source>
        <translation>操作对象（类型、名称、编号）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <source>Recompute the hash chain: shows whether any entry was changed or removed</source>
        <translation>重新计算哈希链，检查是否有审计记录被修改或删除</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>选中一条审计记录即可查看其变更内容。</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Logouts</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Screen unlocks</source>
        <translation>屏幕解锁</translation>
    </message>
    <message>
        <source>Staff records</source>
        <translation>人员信息</translation>
    </message>
    <message>
        <source>Home units</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Center settings</source>
        <translation>中心设置</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Full ID / phone numbers shown</source>
        <translation>查看完整身份证号/手机号码</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>数据备份</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>数据导出</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>安全设置</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>操作对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>only the newest %1 entries are shown; narrow the search</source>
        <translation>仅显示最新的 %1 条审计记录，请缩小查询范围</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>操作对象：%1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>变更内容：</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>变更前：</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>变更后：</translation>
    </message>
    <message>
        <source>Audit trail intact</source>
        <translation>审计日志完整</translation>
    </message>
    <message>
        <source>%1 entries checked: the chain is intact.</source>
        <translation>已检查 %1 条审计记录：哈希链完整。</translation>
    </message>
    <message>
        <source>Entry #%1 was changed after it was written.</source>
        <translation>第 %1 号审计记录在写入后被修改过。</translation>
    </message>
    <message>
        <source>Entry #%1 does not follow the entry before it: an entry before #%1 was changed or removed.</source>
        <translation>第 %1 号审计记录与前一条审计记录衔接不上：第 %1 号之前的某条审计记录被修改或删除。</translation>
    </message>
    <message>
        <source>The entry is selected in the list.</source>
        <translation>该审计记录已在列表中选中。</translation>
    </message>
    <message>
        <source>The entry is not in the current list; widen the search (dates, user, action) to see it.</source>
        <translation>该审计记录不在当前列表中；请扩大查询范围（日期、用户、操作）后查看。</translation>
    </message>
    <message>
        <source>Audit trail damaged</source>
        <translation>审计日志已被破坏</translation>
    </message>
    <message>
        <source>Keep the database file as evidence and tell the security officer.</source>
        <translation>请保留数据库文件作为证据，并报告安全管理员。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>All kinds</source>
        <extracomment>called with the RestoreResult after a restore (the main window reloads everything)</extracomment>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Back up to folder…</source>
        <translation>备份到文件夹…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <source>Backups are kept in %1. The program makes one automatically at the first start of each day and keeps daily, weekly and monthly copies; manual backups are never deleted.</source>
        <translation>%1 为备份保存位置。程序每天首次启动时自动备份一次，并按日、按周、按月保留备份副本；手动备份永不删除。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>数据备份</translation>
    </message>
    <message>
        <source>File, center or kind (Ctrl+F)</source>
        <translation>文件、中心或类型（Ctrl+F）</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>版本较新</translation>
    </message>
    <message>
        <source>Not this program's</source>
        <translation>非本程序备份</translation>
    </message>
    <message>
        <source>Not a database</source>
        <translation>不是数据库</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>数据版本</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>备份已写入：%1</translation>
    </message>
    <message>
        <source>Choose a folder for the backup (e.g. a USB stick)</source>
        <translation>选择保存备份的文件夹（例如U盘）</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.db *.sqlite);;All files (*)</source>
        <translation>备份文件 (*.sqlite3 *.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>无法恢复此文件</translation>
    </message>
    <message>
        <source>Restore the backup of %1?

Center: %2; staff: %3; schema: %4.

The current data will be replaced by the backup's. A backup of the current data is made first, so the restore can be undone. Afterwards the program reloads the data.</source>
        <translation>确定恢复 %1 的备份吗？

中心：%2；人数：%3；数据版本：%4。

当前数据将被备份中的数据替换。恢复前会先备份当前数据，因此本次恢复可以撤销。恢复完成后程序将重新加载数据。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The restore did not happen</source>
        <translation>未执行恢复</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复完成</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The data as it was before is kept as %2.

The program now reloads the data.</source>
        <translation>已恢复 %1 的备份。恢复前的数据已保存为 %2。

程序现在将重新加载数据。</translation>
    </message>
    <message>
        <source>The database is intact.</source>
        <translation>数据库完整。</translation>
    </message>
    <message>
        <source>The database is damaged: %1

Restore the newest good backup (Restore…).</source>
        <translation>数据库已损坏：%1

请恢复最近一份完好的备份（“恢复…”）。</translation>
    </message>
</context>
<context>
    <name>BadRatingsPage</name>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Overdue or not</source>
        <translation>是否超期</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看超期</translation>
    </message>
    <message>
        <source>Open new cases</source>
        <translation>建立新处理件</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>核实…</translation>
    </message>
    <message>
        <source>Rectification…</source>
        <translation>整改…</translation>
    </message>
    <message>
        <source>Callback…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Appeal…</source>
        <translation>申诉…</translation>
    </message>
    <message>
        <source>Decide appeal…</source>
        <translation>申诉裁定…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Bad ratings</source>
        <translation>差评处理</translation>
    </message>
    <message>
        <source>Staff, window, item or comment (Ctrl+F)</source>
        <translation>人员、窗口、事项或评价内容（Ctrl+F）</translation>
    </message>
    <message>
        <source>Rated at</source>
        <translation>评价时间</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verify by</source>
        <translation>核实期限</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>核实结论</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>请先选择一个处理件。</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) opened.</source>
        <translation>
            <numerusform>新建立 %n 个处理件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify: %1</source>
        <translation>核实：%1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>How it was checked; required unless the staff was at fault</source>
        <translation>核实经过；除认定为本人责任外必须填写</translation>
    </message>
    <message>
        <source>Rectification: %1</source>
        <translation>整改：%1</translation>
    </message>
    <message>
        <source>What was fixed</source>
        <translation>整改内容</translation>
    </message>
    <message>
        <source>Callback: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <source>Callback result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Whom you reached and what the citizen said</source>
        <translation>回访对象及群众意见</translation>
    </message>
    <message>
        <source>Appeal: %1</source>
        <translation>申诉：%1</translation>
    </message>
    <message>
        <source>Reason of the appeal</source>
        <translation>申诉理由</translation>
    </message>
    <message>
        <source>Decide appeal: %1</source>
        <translation>申诉裁定：%1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>裁定结果</translation>
    </message>
</context>
<context>
    <name>BatchIssuedDialog</name>
    <message>
        <source>Letters issued</source>
        <translation>已签发的函</translation>
    </message>
    <message>
        <source>%1 letter(s) issued: %2. Each is in the register (发文登记), where it can be viewed, printed and saved again.</source>
        <translation>已签发 %1 件函：%2。每件均已记入发文登记，可随时在发文登记中查看、打印和另存。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>主送单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Save all to a folder…</source>
        <translation>全部保存到文件夹…</translation>
    </message>
    <message>
        <source>Save the letters into</source>
        <translation>将函保存到</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 file(s) saved in %2.</source>
        <translation>已将 %1 个文件保存到 %2。</translation>
    </message>
</context>
<context>
    <name>CalendarDayDialog</name>
    <message>
        <source>Add a special day</source>
        <translation>新增特殊日期</translation>
    </message>
    <message>
        <source>Edit a special day</source>
        <translation>编辑特殊日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. 国庆节</source>
        <translation>例如：国庆节</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Year </source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Add day…</source>
        <translation>新增日期…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
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
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1 has %2 working days.</source>
        <translation>%1年共有 %2 个工作日。</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the calendar?</source>
        <translation>确定从工作日历中删除 %1（%2）吗？</translation>
    </message>
    <message>
        <source>Import the working calendar</source>
        <translation>导入工作日历</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv)</translation>
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
        <source>%n day(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个日期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseStepDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>New certificate</source>
        <extracomment>Names offered in the certificate dialog (free text is allowed).</extracomment>
        <translation>新增证书</translation>
    </message>
    <message>
        <source>Edit certificate</source>
        <translation>编辑证书</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Type a name, unit or window</source>
        <translation>输入姓名、单位或窗口</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Leave at “—” for a certificate that does not expire.</source>
        <translation>长期有效的证书请保留为“—”。</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Only expiring or expired (within %1 days)</source>
        <translation>仅显示即将到期或已过期（%1天内）</translation>
    </message>
    <message>
        <source>New certificate…</source>
        <translation>新增证书…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
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
        <source>Skill level: %1</source>
        <translation>技能等级：%1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Type a name, unit or window</source>
        <translation>输入姓名、单位或窗口</translation>
    </message>
    <message>
        <source>Record skill level…</source>
        <translation>登记技能等级…</translation>
    </message>
    <message>
        <source>Delete award</source>
        <translation>删除等级记录</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Date awarded</source>
        <translation>取得日期</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>current level</source>
        <translation>现等级</translation>
    </message>
    <message>
        <source>Certificates and skill levels</source>
        <translation>证书与技能等级</translation>
    </message>
    <message>
        <source>Name, unit, certificate or number (Ctrl+F)</source>
        <translation>姓名、单位、证书名称或编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expiring (%1 days)</source>
        <translation>即将到期(%1天)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>长期</translation>
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
        <source>Choose a person, or select one of their certificates.</source>
        <translation>请选择人员，或在上方选中其证书。</translation>
    </message>
    <message>
        <source>Current level: %1</source>
        <translation>现等级：%1</translation>
    </message>
    <message>
        <source>No skill level recorded.</source>
        <translation>尚未登记技能等级。</translation>
    </message>
    <message>
        <source>Select a certificate first.</source>
        <translation>请先选择一个证书。</translation>
    </message>
    <message>
        <source>Delete the certificate “%1” (No. %2) of %3? The audit trail keeps a copy.</source>
        <translation>确定删除%3的证书“%1”（编号 %2）吗？审计日志会保留副本。</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>请先选择人员。</translation>
    </message>
    <message>
        <source>Skill level recorded for %1.</source>
        <translation>已为%1登记技能等级。</translation>
    </message>
    <message>
        <source>Select an award in the history first.</source>
        <translation>请先在等级记录中选择一条。</translation>
    </message>
    <message>
        <source>Delete the award “%1” of %2 on %3? The current level is worked out again.</source>
        <translation>确定删除%2于%3取得的“%1”记录吗？现等级将重新计算。</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>After publication</source>
        <translation>发布后</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>尚无变更记录。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one to continue.</source>
        <translation>您的密码已过期，请设置新密码后继续。</translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose your own to continue.</source>
        <translation>您的密码由系统管理员设置，请设置您自己的密码后继续。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>确认密码</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为图片…</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
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
    <message>
        <source>Save chart as image</source>
        <translation>将图表保存为图片</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written to {path}.</source>
        <translation>图片无法写入 {path}。</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行此操作</translation>
    </message>
    <message>
        <source>Chart saved to {path}</source>
        <translation>图表已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>No data for this selection.</source>
        <extracomment>grade colours, best first (好, 较好, 一般, 较差); further grades are grey height of one category (a home unit, a window) in the horizontal bar charts</extracomment>
        <translation>所选范围内没有数据。</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation>统计图表</translation>
    </message>
</context>
<context>
    <name>ChiefRepHistoryDialog</name>
    <message>
        <source>Chief representatives of %1</source>
        <translation>%1首席代表任职记录</translation>
    </message>
    <message>
        <source>Chief representative</source>
        <translation>首席代表</translation>
    </message>
    <message>
        <source>From</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>离任日期</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>（现任）</translation>
    </message>
    <message>
        <source>Appoint…</source>
        <translation>任命…</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权进行此操作。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ConfirmHonoursDialog</name>
    <message>
        <source>Confirm the honours of %1</source>
        <translation>确认 %1 评优表彰</translation>
    </message>
    <message>
        <source>The rules' proposal is ticked. Tick or untick to change it; every change — including a pick among people tied at the line — needs a reason. Confirming also books the chief representatives' 50% share of window deductions.</source>
        <translation>已勾选按规则产生的建议名单。可勾选或取消以调整；每项调整（包括在名额线并列者中选定）都须填写理由。确认时同时按 50% 记入首席代表分担的窗口扣分。</translation>
    </message>
    <message>
        <source>Service stars: %1 place(s)</source>
        <translation>服务之星：名额 %1 个</translation>
    </message>
    <message>
        <source>Red-flag windows: %1 place(s)</source>
        <translation>流动红旗窗口：名额 %1 个</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>proposed by the rules</source>
        <translation>按规则建议</translation>
    </message>
    <message>
        <source>tied at the line (%1 open)</source>
        <translation>名额线并列（余 %1 个名额）</translation>
    </message>
    <message>
        <source>below the line</source>
        <translation>名额线以下</translation>
    </message>
    <message>
        <source>Name or window</source>
        <translation>姓名或窗口</translation>
    </message>
    <message>
        <source>Home unit or good rate</source>
        <translation>单位或好评率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Reason for a change</source>
        <translation>调整理由</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>New course</source>
        <extracomment>a score spin box at this value means "no score" an hours spin box at this value means "keep the hours recorded"</extracomment>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>Edit course</source>
        <translation>编辑课程</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办</translation>
    </message>
    <message>
        <source>Organising home unit</source>
        <translation>主办派驻单位</translation>
    </message>
    <message>
        <source>(choose a home unit)</source>
        <translation>（请选择派驻单位）</translation>
    </message>
    <message>
        <source>External body</source>
        <translation>外部机构</translation>
    </message>
    <message>
        <source>e.g. 县委党校</source>
        <translation>例如：县委党校</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Hours (学时)</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>合格分</translation>
    </message>
    <message>
        <source>no test</source>
        <translation>不考试</translation>
    </message>
    <message>
        <source>Aimed at</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>课程说明</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ 前一天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>后一天 ▶</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>只看有问题的窗口</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>在岗情况</translation>
    </message>
    <message>
        <source>Uncovered</source>
        <translation>无人在岗</translation>
    </message>
    <message>
        <source>No A post</source>
        <translation>缺A岗</translation>
    </message>
    <message>
        <source>B covers</source>
        <translation>B岗顶岗</translation>
    </message>
    <message>
        <source>No B post</source>
        <translation>缺B岗</translation>
    </message>
    <message>
        <source>Someone on leave</source>
        <translation>有人请假</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>half day</source>
        <translation>半天</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
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
        <source>On leave</source>
        <translation>请假人员</translation>
    </message>
    <message>
        <source>Covering</source>
        <translation>顶岗人员</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 open windows; %2 uncovered, %3 without A post, %4 without B post; %5 people on leave, %6 windows covered by B.</source>
        <translation>开放窗口 %1 个：无人在岗 %2 个，缺A岗 %3 个，缺B岗 %4 个；请假 %5 人，由B岗顶岗的窗口 %6 个。</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %2 条中的 %1 条</translation>
    </message>
    <message>
        <source>%1 window coverage on %2</source>
        <translation>%1窗口在岗情况（%2）</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Reason (required when refusing)</source>
        <translation>理由（不同意时必填）</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
</context>
<context>
    <name>DocumentDialogs</name>
    <message>
        <source>No Chinese font was found: official documents cannot be printed on this computer. Reinstall the program or install the office fonts.</source>
        <translation>未找到任何中文字体，本机无法打印公文。请重新安装本程序或安装公文字体。</translation>
    </message>
    <message>
        <source>Stand-in fonts print in place of the official typefaces (%1). The documents are complete and readable; install the office fonts for the official look.</source>
        <translation>本机未安装公文规定字体，暂以替代字体打印（%1）。公文内容完整、清晰可读；安装公文字体后即按规定字体打印。</translation>
    </message>
    <message>
        <source>These typefaces are not installed on this computer; the fonts shipped with the program print in their place (role: stand-in, wanted typeface):</source>
        <translation>本机未安装以下字体，暂以本程序自带的字体代替打印（用途：替代字体（规定字体））：</translation>
    </message>
    <message>
        <source>Install %1 (for example copied from an office PC's font folder) and restart the program to print in them.</source>
        <translation>请安装 %1（例如从办公电脑的字体文件夹复制），重新启动本程序后即按规定字体打印。</translation>
    </message>
    <message>
        <source>Issued as %1 and recorded in the register. Print it or save it as PDF; it can be reprinted, identical, from the register at any time.</source>
        <translation>已签发为 %1 并记入发文登记。可在此打印或另存为 PDF；之后也可随时在发文登记中重印，与原件完全一致。</translation>
    </message>
    <message>
        <source>%1 as issued on %2: the stored copy, checked against its fingerprint %3…, so a reprint is identical to the original.</source>
        <translation>%1，%2 签发：此为存档原件，已与校验码 %3… 核对一致，重印件与原件完全相同。</translation>
    </message>
</context>
<context>
    <name>DocumentRegisterPage</name>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部文种</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Check (核对)</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Compare the stored file with the fingerprint recorded at issue</source>
        <translation>将存档文件与签发时记录的校验码核对</translation>
    </message>
    <message>
        <source>Document register</source>
        <translation>发文登记</translation>
    </message>
    <message>
        <source>Number, title, recipient or period (Ctrl+F)</source>
        <translation>文号、标题、收文单位或期间（Ctrl+F）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>文种</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>主送/收文单位</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>大小（千字节）</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>校验码</translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation>请先选择一件公文。</translation>
    </message>
    <message>
        <source>The stored file cannot be used</source>
        <translation>存档文件无法使用</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>%1: the stored file is intact.</source>
        <translation>%1：存档文件完好。</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256) recorded at issue and of the stored file:</source>
        <translation>签发时记录的校验码（SHA-256）与存档文件的校验码一致：</translation>
    </message>
    <message>
        <source>Size: %1 bytes.</source>
        <translation>大小：%1 字节。</translation>
    </message>
    <message>
        <source>A reprint is identical to the document issued on %1.</source>
        <translation>重印件与 %1 签发的原件完全一致。</translation>
    </message>
    <message>
        <source>%1: the stored file does NOT match the register.</source>
        <translation>%1：存档文件与登记记录不符！</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>登记的校验码：%1</translation>
    </message>
    <message>
        <source>Stored: %1</source>
        <translation>存档文件的校验码：%1</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Date of issue (成文日期)</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Printed on the documents; its year is the year in the document number.</source>
        <translation>印在公文上的成文日期；文号中的年份取自该日期。</translation>
    </message>
    <message>
        <source>Commendation notice (通报)</source>
        <translation>表彰通报</translation>
    </message>
    <message>
        <source>Feedback letters (函)</source>
        <translation>反馈函</translation>
    </message>
    <message>
        <source>Reports (报表)</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Official documents</source>
        <translation>公文</translation>
    </message>
    <message>
        <source>Your role may not issue numbered documents.</source>
        <translation>您的角色无权签发编号公文。</translation>
    </message>
    <message>
        <source>The body of the notice: one paragraph a line; headings start with 一、 （一） 1. or （1）.</source>
        <translation>通报正文：每段一行；标题行以“一、”“（一）”“1.”或“（1）”开头。</translation>
    </message>
    <message>
        <source>Restore suggested text</source>
        <translation>恢复建议文本</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Issue and number…</source>
        <translation>签发并编号…</translation>
    </message>
    <message>
        <source>Press Preview to see the notice as it will print.</source>
        <translation>点击“预览”查看通报的打印效果。</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Check none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Attach each person's evaluation sheet (附个人考核评分表)</source>
        <translation>附个人考核评分表</translation>
    </message>
    <message>
        <source>Preview selected unit</source>
        <translation>预览所选单位</translation>
    </message>
    <message>
        <source>Issue letters…</source>
        <translation>批量签发…</translation>
    </message>
    <message>
        <source>Select a home unit and press Preview to see its letter.</source>
        <translation>选择一个派驻单位，点击“预览所选单位”查看其反馈函。</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Fonts of the official documents</source>
        <translation>公文字体</translation>
    </message>
    <message>
        <source>(no published results)</source>
        <translation>（无已公布的考核结果）</translation>
    </message>
    <message>
        <source>There are no published evaluation results yet: the documents are written from published months (publish them on the evaluation page).</source>
        <translation>尚无已公布的考核结果：公文依据已公布月份的考核结果编写（请先在月度考核页面公布）。</translation>
    </message>
    <message>
        <source>%1 service star(s) and %2 red-flag window(s); copies to %3 home unit(s).</source>
        <translation>“服务之星”%1 名，“流动红旗窗口”%2 个；抄送派驻单位 %3 个。</translation>
    </message>
    <message>
        <source>No notice for this period</source>
        <translation>本期间无法编写通报</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1（%2 人）</translation>
    </message>
    <message>
        <source>— issued: %1</source>
        <translation>— 已发：%1</translation>
    </message>
    <message>
        <source>Home units with staff evaluated in %1: %2</source>
        <translation>%1有人员参加考核的派驻单位：%2 个</translation>
    </message>
    <message>
        <source>No period with published results.</source>
        <translation>没有已公布考核结果的期间。</translation>
    </message>
    <message>
        <source>Next number: %1</source>
        <translation>下一个文号：%1</translation>
    </message>
    <message>
        <source>(already issued for this period: %1)</source>
        <translation>（本期间已发：%1）</translation>
    </message>
    <message>
        <source>%1 unit(s) checked; the letters will be numbered %2.</source>
        <translation>已选 %1 个单位；文号将为 %2。</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 字，最多 %2 字</translation>
    </message>
    <message>
        <source>changed since the preview shown</source>
        <translation>预览后已修改</translation>
    </message>
    <message>
        <source>Laying out the notice…</source>
        <translation>正在排版通报…</translation>
    </message>
    <message>
        <source>The notice cannot be laid out</source>
        <translation>通报无法排版</translation>
    </message>
    <message>
        <source>Preview %1.pdf</source>
        <translation>预览 %1.pdf</translation>
    </message>
    <message>
        <source>Issue the notice “%1” dated %2?</source>
        <translation>签发通报“%1”，成文日期 %2？</translation>
    </message>
    <message>
        <source>It will be numbered %1. A number is used once issued and is never given again.</source>
        <translation>将编号为 %1。文号一经签发即被占用，不再重复使用。</translation>
    </message>
    <message>
        <source>A notice for this period was already issued: %1.</source>
        <translation>本期间已签发过通报：%1。</translation>
    </message>
    <message>
        <source>Issue the notice</source>
        <translation>签发通报</translation>
    </message>
    <message>
        <source>Issuing the notice…</source>
        <translation>正在签发通报…</translation>
    </message>
    <message>
        <source>The notice was not issued</source>
        <translation>通报未签发</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>已签发 %1。</translation>
    </message>
    <message>
        <source>Select a home unit first.</source>
        <translation>请先选择一个派驻单位。</translation>
    </message>
    <message>
        <source>Laying out the letter…</source>
        <translation>正在排版反馈函…</translation>
    </message>
    <message>
        <source>The letter cannot be laid out</source>
        <translation>反馈函无法排版</translation>
    </message>
    <message>
        <source>Check the home units to write to first.</source>
        <translation>请先勾选要发函的派驻单位。</translation>
    </message>
    <message>
        <source>Issue %1 feedback letter(s) for %2, dated %3?</source>
        <translation>签发%2反馈函 %1 件，成文日期 %3？</translation>
    </message>
    <message>
        <source>They will be numbered %1, in the order of the list. The numbers are used once issued and never given again.</source>
        <translation>将按列表顺序编号为 %1。文号一经签发即被占用，不再重复使用。</translation>
    </message>
    <message>
        <source>%1 of these units already have a letter for this period.</source>
        <translation>其中 %1 个单位本期间已发过函。</translation>
    </message>
    <message>
        <source>Issue letters</source>
        <translation>批量签发反馈函</translation>
    </message>
    <message>
        <source>Issuing %1 letter(s)…</source>
        <translation>正在签发 %1 件函…</translation>
    </message>
    <message>
        <source>The letters were not issued</source>
        <translation>反馈函未签发</translation>
    </message>
    <message>
        <source>Issued %1 letter(s): %2</source>
        <translation>已签发 %1 件函：%2</translation>
    </message>
</context>
<context>
    <name>DutyLogTab</name>
    <message>
        <source>Date</source>
        <extracomment>the user chose another month here (the page keeps the other tabs in step)</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Duty leader</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Duty leader (带班领导)</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <source>Joint duty (共同值班)</source>
        <translation>共同值班</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>填写人</translation>
    </message>
    <message>
        <source>How the day went (值班情况) *</source>
        <translation>值班情况 *</translation>
    </message>
    <message>
        <source>Incidents and how they were handled (突发事件及处理)</source>
        <translation>突发事件及处理</translation>
    </message>
    <message>
        <source>Handover (交接事项)</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多%1个字。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权进行此操作。</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>服务日志</translation>
    </message>
    <message>
        <source>written</source>
        <translation>已填写</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>The log of %1 has changes that are not saved. Save them?</source>
        <translation>%1的服务日志有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <source>Select a day.</source>
        <translation>请选择一天。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>尚未填写</translation>
    </message>
    <message>
        <source>This day has not come yet; its log can be written on the day.</source>
        <translation>该日尚未到来，当天或之后才能填写服务日志。</translation>
    </message>
    <message>
        <source>Your role may read the duty log but not write it.</source>
        <translation>您的角色可以查看服务日志，但不能填写。</translation>
    </message>
    <message>
        <source>How the day went</source>
        <translation>值班情况</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>突发事件及处理</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <source>Duty log of %1 saved.</source>
        <translation>%1的服务日志已保存。</translation>
    </message>
</context>
<context>
    <name>DutyPostsTab</name>
    <message>
        <source>Duty posts</source>
        <translation>值班岗位</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>新增岗位…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Show inactive posts</source>
        <translation>显示已停用岗位</translation>
    </message>
    <message>
        <source>Opening hours by season</source>
        <translation>作息时间</translation>
    </message>
    <message>
        <source>New season…</source>
        <translation>新增作息时间…</translation>
    </message>
    <message>
        <source>Months in no season use the posts' default times.</source>
        <translation>不在任何作息时间内的月份，按岗位的默认时间值班。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色不能进行此操作。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>People</source>
        <translation>每次人数</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>运行日</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Windows / zone</source>
        <translation>覆盖窗口/区域</translation>
    </message>
    <message>
        <source>Comprehensive staff</source>
        <translation>综合窗口人员可值</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>上下班时间</translation>
    </message>
    <message>
        <source>Posts with own times</source>
        <translation>有本季时间的岗位</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>%1 posts, %2 active</source>
        <translation>共 %1 个岗位，%2 个启用</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <source>Select a duty post first.</source>
        <translation>请先选择一个值班岗位。</translation>
    </message>
    <message>
        <source>“%1” is used in rosters (%2 cells) and cannot be deleted. Deactivate it instead?</source>
        <translation>“%1”已用于排班（%2 个班次），不能删除。是否改为停用？</translation>
    </message>
    <message>
        <source>Delete the duty post “%1”?</source>
        <translation>删除值班岗位“%1”？</translation>
    </message>
    <message>
        <source>Select a season first.</source>
        <translation>请先选择一项作息时间。</translation>
    </message>
    <message>
        <source>Delete the season “%1”?</source>
        <translation>删除作息时间“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>%n duty post(s) have their own times in this season; those times are deleted too and the posts' default times apply.</source>
        <translation>
            <numerusform>有 %n 个值班岗位设置了本季时间，将一并删除，这些岗位改按默认时间值班。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndAssignmentDialog</name>
    <message>
        <source>End assignment of %1 at window %2</source>
        <translation>结束%1在窗口 %2 的上岗</translation>
    </message>
    <message>
        <source>Last day at the window</source>
        <translation>最后上岗日期</translation>
    </message>
    <message>
        <source>Rotation to another window</source>
        <translation>轮岗到其他窗口</translation>
    </message>
    <message>
        <source>Transfer (home unit's request)</source>
        <translation>调动（派驻单位申请）</translation>
    </message>
    <message>
        <source>Returned to the home unit</source>
        <translation>调回原单位</translation>
    </message>
    <message>
        <source>End of secondment</source>
        <translation>借调结束</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol: %1</source>
        <translation>报名：%1</translation>
    </message>
    <message>
        <source>Type a name, unit or window</source>
        <translation>输入姓名、单位或窗口</translation>
    </message>
    <message>
        <source>(enrolled)</source>
        <translation>（已报名）</translation>
    </message>
    <message>
        <source>People</source>
        <translation>按人员</translation>
    </message>
    <message>
        <source>Everyone at the center from this home unit is enrolled.</source>
        <translation>该派驻单位在中心的全部人员都将报名。</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>按派驻单位</translation>
    </message>
    <message>
        <source>The people currently at these windows (A and B posts) are enrolled.</source>
        <translation>这些窗口当前的 A、B 岗人员都将报名。</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>按窗口</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>报名</translation>
    </message>
</context>
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
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Row {row}: the rating has no rating id (评价编号); the row was skipped.</source>
        <translation>第 {row} 行：该条评价没有评价编号，已跳过此行。</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: the rating id “{value}” already appears in row {first_row}.</source>
        <translation>第 {row} 行“{column}”列：评价编号“{value}”已在第 {first_row} 行出现过。</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: “{value}” is not a rating level (1–5 or 非常满意/满意/基本满意/不满意/非常不满意).</source>
        <translation>第 {row} 行“{column}”列：“{value}”不是有效的评价等级（应为 1–5 或 非常满意/满意/基本满意/不满意/非常不满意）。</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: “{value}” is not a date and time (use 2026-10-09 14:03:27).</source>
        <translation>第 {row} 行“{column}”列：“{value}”不是有效的日期时间（请按 2026-10-09 14:03:27 的格式填写）。</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {value} lies outside the chosen period {start} to {end}.</source>
        <translation>第 {row} 行“{column}”列：{value} 不在所选期间（{start} 至 {end}）内。</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: no window numbered “{value}”.</source>
        <translation>第 {row} 行“{column}”列：没有编号为“{value}”的窗口。</translation>
    </message>
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
        <source>{field}: the chief representative must be one of this unit's staff.</source>
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
        <source>Window {number} has an assignment history that must be kept; close the window with an end date instead of deleting it.</source>
        <translation>窗口 {number} 有须保留的上岗记录，不能删除；请填写开放截止日期来关闭该窗口。</translation>
    </message>
    <message>
        <source>{field}: {name} is no longer at the center on that date.</source>
        <translation>{field}：该日期{name}已不在中心。</translation>
    </message>
    <message>
        <source>{field}: {name} only joined the center on {joined}.</source>
        <translation>{field}：{name}于 {joined} 才进驻中心。</translation>
    </message>
    <message>
        <source>{field}: window {window} belongs to {unit}; {name} is sent by another home unit.</source>
        <translation>{field}：窗口 {window} 属于{unit}，而{name}由其他派驻单位派驻。</translation>
    </message>
    <message>
        <source>{field}: window {window} is not open on {start}.</source>
        <translation>{field}：窗口 {window} 在 {start} 未开放。</translation>
    </message>
    <message>
        <source>{field}: {name} already sits at window {window} from {start} to {end}.</source>
        <translation>{field}：{name}在 {start} 至 {end} 期间已在窗口 {window} 上岗。</translation>
    </message>
    <message>
        <source>{field}: {name} already holds the A post at window {window}; a person holds one A post at a time.</source>
        <translation>{field}：{name}已在窗口 {window} 担任A岗；同一时间每人只能担任一个A岗。</translation>
    </message>
    <message>
        <source>{field}: window {window} already has {name} on the A post in that period; choose B post or end that assignment first.</source>
        <translation>{field}：该期间窗口 {window} 的A岗已是{name}；请选择B岗，或先结束该上岗安排。</translation>
    </message>
    <message>
        <source>{field}: the assignment already ended on {end}.</source>
        <translation>{field}：该上岗安排已于 {end} 结束。</translation>
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
        <source>Your account ({user}) is not allowed to do this; ask the administrator.</source>
        <translation>您的账号（{user}）无权进行此操作，请联系系统管理员。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Wrong user name or password; {left} more failed attempt(s) lock the account.</source>
        <translation>用户名或密码错误；再失败 {left} 次账号将被锁定。</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked for {minutes} minutes. The administrator can unlock it sooner.</source>
        <translation>登录失败次数过多：账号已被锁定 {minutes} 分钟。系统管理员可提前解锁。</translation>
    </message>
    <message>
        <source>The account is locked until {until} after too many failed attempts. The administrator can unlock it sooner.</source>
        <translation>由于登录失败次数过多，账号已被锁定至 {until}。系统管理员可提前解锁。</translation>
    </message>
    <message>
        <source>This account has been deactivated; ask the administrator.</source>
        <translation>该账号已停用，请联系系统管理员。</translation>
    </message>
    <message>
        <source>{field}: at least {min} characters are needed.</source>
        <translation>{field}：至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <source>{field}: use at least {classes} of: lower-case letters, capitals, digits, symbols.</source>
        <translation>{field}：须至少包含小写字母、大写字母、数字、符号中的 {classes} 类。</translation>
    </message>
    <message>
        <source>{field}: the password must not contain the user name.</source>
        <translation>{field}：密码中不能包含用户名。</translation>
    </message>
    <message>
        <source>{field}: the current password is wrong.</source>
        <translation>{field}：当前密码错误。</translation>
    </message>
    <message>
        <source>{field}: the two passwords differ.</source>
        <translation>{field}：两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>{field}: the new password must differ from the current one.</source>
        <translation>{field}：新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>An administrator account already exists; log in with it.</source>
        <translation>系统管理员账号已存在，请使用该账号登录。</translation>
    </message>
    <message>
        <source>{field}: 2–40 letters, digits, Chinese characters, dots, dashes or underscores, no spaces.</source>
        <translation>{field}：须由 2–40 个字母、数字、汉字、点、短横线或下划线组成，不能含空格。</translation>
    </message>
    <message>
        <source>{field}: the user name “{value}” already exists.</source>
        <translation>{field}：用户名“{value}”已存在。</translation>
    </message>
    <message>
        <source>{field}: this is the last active administrator; create another administrator first.</source>
        <translation>{field}：这是最后一个启用的系统管理员账号，请先创建另一个系统管理员账号。</translation>
    </message>
    <message>
        <source>{field}: must be between {low} and {high}.</source>
        <translation>{field}：须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <source>{field}: the quantity must be zero or more.</source>
        <translation>{field}：数量不能为负数。</translation>
    </message>
    <message>
        <source>{field}: a quarter is 1 to 4.</source>
        <translation>{field}：季度应为 1 至 4。</translation>
    </message>
    <message>
        <source>{field}: a rate lies between 0 and 1.</source>
        <translation>{field}：比率应在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>{field}: the scoring template has no item “{item}”.</source>
        <translation>{field}：评分模板中没有“{item}”这一考核项目。</translation>
    </message>
    <message>
        <source>The scoring template cannot be read; it may have been damaged.</source>
        <translation>无法读取评分模板，模板可能已损坏。</translation>
    </message>
    <message>
        <source>The scoring template could not be saved unchanged; nothing was saved.</source>
        <translation>评分模板无法按原样保存，未保存任何内容。</translation>
    </message>
    <message>
        <source>{field}: the share of 优秀 must lie between 0 and 50%.</source>
        <translation>{field}：优秀比例须在 0 到 50% 之间。</translation>
    </message>
    <message>
        <source>The scoring template was written by a newer version of the program.</source>
        <translation>该评分模板是由更新版本的程序写入的。</translation>
    </message>
    <message>
        <source>{field}: unknown grade.</source>
        <translation>{field}：无法识别的考核等次。</translation>
    </message>
    <message>
        <source>{field}: unknown unit status for the 优秀 quota.</source>
        <translation>{field}：无法识别用于确定优秀比例的单位情况。</translation>
    </message>
    <message>
        <source>{field}: every monthly grade needs an annual grade.</source>
        <translation>{field}：每个平时考核等次都须对应一个年度考核等次。</translation>
    </message>
    <message>
        <source>{field}: a grade band starts above the base score.</source>
        <translation>{field}：有等次分数段的起点高于基础分。</translation>
    </message>
    <message>
        <source>{field}: two grade bands start at the same score.</source>
        <translation>{field}：有两个等次分数段的起点分数相同。</translation>
    </message>
    <message>
        <source>{field}: the grade bands must reach down to 0.</source>
        <translation>{field}：等次分数段须一直覆盖到 0 分。</translation>
    </message>
    <message>
        <source>{field}: grade bands must go from the highest to the lowest.</source>
        <translation>{field}：等次分数段须按从高到低的顺序排列。</translation>
    </message>
    <message>
        <source>{field}: the base score must be above 0.</source>
        <translation>{field}：基础分须大于 0。</translation>
    </message>
    <message>
        <source>{field}: the bonus cap cannot be negative.</source>
        <translation>{field}：加分上限不能为负数。</translation>
    </message>
    <message>
        <source>{field}: a bonus item must add points.</source>
        <translation>{field}：加分项目的分值须为正数。</translation>
    </message>
    <message>
        <source>{field}: unknown or repeated category.</source>
        <translation>{field}：考核类别无法识别或重复。</translation>
    </message>
    <message>
        <source>{field}: a deduction item must take points away.</source>
        <translation>{field}：扣分项目的分值须为负数。</translation>
    </message>
    <message>
        <source>{field}: unknown or repeated item.</source>
        <translation>{field}：考核项目无法识别或重复。</translation>
    </message>
    <message>
        <source>{field}: the template name is too long.</source>
        <translation>{field}：模板名称过长。</translation>
    </message>
    <message>
        <source>{field}: the value cannot be negative.</source>
        <translation>{field}：数值不能为负数。</translation>
    </message>
    <message>
        <source>{field}: the template needs grade bands.</source>
        <translation>{field}：模板中须设置等次分数段。</translation>
    </message>
    <message>
        <source>{field}: the template needs scoring categories.</source>
        <translation>{field}：模板中须设置考核类别。</translation>
    </message>
    <message>
        <source>The scoring template no longer exists.</source>
        <translation>该评分模板已不存在。</translation>
    </message>
    <message>
        <source>{field}: rating levels are 1 to 5.</source>
        <translation>{field}：评价等级应为 1 至 5。</translation>
    </message>
    <message>
        <source>{field}: the number of red-flag windows must be at least 1.</source>
        <translation>{field}：流动红旗窗口数量至少为 1 个。</translation>
    </message>
    <message>
        <source>{field}: the share must lie between 0 and 100%.</source>
        <translation>{field}：比例须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>{field}: the service-star limits are inconsistent.</source>
        <translation>{field}：服务之星的名额设置相互矛盾。</translation>
    </message>
    <message>
        <source>{field}: the item belongs to an unknown category.</source>
        <translation>{field}：该考核项目所属的考核类别无法识别。</translation>
    </message>
    <message>
        <source>{field}: the veto rule names no veto item.</source>
        <translation>{field}：一票否决规则未指定一票否决项目。</translation>
    </message>
    <message>
        <source>{field}: a veto item's points are set in its veto rule.</source>
        <translation>{field}：一票否决项目的分值应在其一票否决规则中设置。</translation>
    </message>
    <message>
        <source>{field}: veto points cannot be negative.</source>
        <translation>{field}：一票否决扣分不能为负数。</translation>
    </message>
    <message>
        <source>{field}: a veto item needs a veto rule.</source>
        <translation>{field}：一票否决项目须设置一票否决规则。</translation>
    </message>
    <message>
        <source>{field}: a category's weight must be above 0.</source>
        <translation>{field}：考核类别的权重须大于 0。</translation>
    </message>
    <message>
        <source>{field}: the category weights add up to more than the base score ({total}).</source>
        <translation>{field}：各考核类别的权重合计为 {total}，超过了基础分。</translation>
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
    <message>
        <source>The data in {path} is already open in another copy of the program ({holder}). Close that copy first; only one copy may work on the data at a time.</source>
        <translation>{path} 中的数据已被另一个运行中的本程序打开（{holder}）。请先关闭该程序；同一时间只能有一个程序使用这些数据。</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). Restore the newest good backup.</source>
        <translation>数据库 {path} 已损坏（{detail}）。请恢复最近一份完好的备份。</translation>
    </message>
    <message>
        <source>The program cannot write in the folder {path} ({detail}). Ask the administrator for write access or choose another data folder.</source>
        <translation>程序无法写入文件夹 {path}（{detail}）。请联系系统管理员开通写入权限，或选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>The file {path} is not a database backup; nothing was changed.</source>
        <translation>文件 {path} 不是数据库备份，未做任何改动。</translation>
    </message>
    <message>
        <source>The file {path} is a database, but not a backup of this program; nothing was changed.</source>
        <translation>文件 {path} 是数据库，但不是本程序的备份，未做任何改动。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({detail}); nothing was changed. Choose another backup.</source>
        <translation>备份 {path} 已损坏（{detail}），未做任何改动。请选择其他备份。</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of the program (schema {revision}); install that version to restore it. Nothing was changed.</source>
        <translation>备份 {path} 由更新版本的程序生成（数据版本 {revision}），请安装该版本程序后再恢复。未做任何改动。</translation>
    </message>
    <message>
        <source>The backup {path} could not be written ({detail}). Check that the disk or USB stick has room and is not write-protected.</source>
        <translation>无法写入备份 {path}（{detail}）。请检查磁盘或U盘是否有足够空间、是否处于写保护状态。</translation>
    </message>
    <message>
        <source>The file {path} is the database in use, not a backup; choose a backup file.</source>
        <translation>文件 {path} 是正在使用的数据库，不是备份，请选择备份文件。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (was the USB stick removed?).</source>
        <translation>文件夹 {path} 不存在（U盘是否已拔出？）。</translation>
    </message>
    <message>
        <source>The backup {path} was restored but could not be upgraded to this version ({detail}); the previous data was put back.</source>
        <translation>备份 {path} 已恢复，但无法升级到当前版本（{detail}），已还原为恢复前的数据。</translation>
    </message>
    <message>
        <source>{field}: {name} with this ID number is already on the staff list.</source>
        <translation>{field}：持此身份证号的{name}已在人员名单中。</translation>
    </message>
    <message>
        <source>{field}: {name} with this ID number is already proposed and waiting for a decision.</source>
        <translation>{field}：持此身份证号的{name}已登记为拟派人员，正在等待决定。</translation>
    </message>
    <message>
        <source>The vetting of {name} has already been decided; it cannot be changed.</source>
        <translation>对{name}的考察已作出决定，不能再修改。</translation>
    </message>
    <message>
        <source>{field}: give the reason for refusing the person.</source>
        <translation>{field}：请填写不予接收的理由。</translation>
    </message>
    <message>
        <source>{field}: the decision cannot come before the proposal ({proposed}).</source>
        <translation>{field}：决定日期不能早于登记日期（{proposed}）。</translation>
    </message>
    <message>
        <source>Short notice: only {days} working day(s) between filing and the requested date; {required} are expected.</source>
        <translation>提前时间不足：从提出申请到申请日期只有 {days} 个工作日，应提前 {required} 个工作日。</translation>
    </message>
    <message>
        <source>The person joined the center on {joined} and will not have served {years} years before {due}; record the reason for the early move.</source>
        <translation>该人员于 {joined} 进驻中心，到 {due} 才满 {years} 年；请填写提前调整的理由。</translation>
    </message>
    <message>
        <source>{field}: the person has served less than the minimum tenure (until {due}); give the reason for the early move.</source>
        <translation>{field}：该人员未满最短服务期限（至 {due} 期满），请填写提前调整的理由。</translation>
    </message>
    <message>
        <source>{field}: {name} has already returned to the home unit.</source>
        <translation>{field}：{name}已调回原单位。</translation>
    </message>
    <message>
        <source>{field}: a request for {name} is already waiting for a decision.</source>
        <translation>{field}：{name}已有一份调整申请在等待决定。</translation>
    </message>
    <message>
        <source>The request for {name} has already been decided; it cannot be changed.</source>
        <translation>{name}的调整申请已作出决定，不能再修改。</translation>
    </message>
    <message>
        <source>{field}: give the reason for refusing the request.</source>
        <translation>{field}：请填写不同意的理由。</translation>
    </message>
    <message>
        <source>{field}: the decision cannot come before the request was filed ({filed}).</source>
        <translation>{field}：决定日期不能早于申请日期（{filed}）。</translation>
    </message>
    <message>
        <source>{field}: the person joined the center only on {joined}.</source>
        <translation>{field}：该人员于 {joined} 才进驻中心。</translation>
    </message>
    <message>
        <source>{field}: {name} is already the chief representative.</source>
        <translation>{field}：{name}已是首席代表。</translation>
    </message>
    <message>
        <source>{field}: the current chief representative was appointed on {start}; a new appointment cannot start earlier.</source>
        <translation>{field}：现任首席代表于 {start} 任职，新任命的任职日期不能早于该日期。</translation>
    </message>
    <message>
        <source>{field}: {day} is a Monday to Friday, a working day anyway; a make-up working day falls on a weekend.</source>
        <translation>{field}：{day} 是周一至周五，本来就是工作日；调休上班日应在周末。</translation>
    </message>
    <message>
        <source>Row {row}, column 日期: “{value}” is not a date (use 2026-10-01).</source>
        <translation>第 {row} 行“日期”列：“{value}”不是有效日期（请按 2026-10-01 的格式填写）。</translation>
    </message>
    <message>
        <source>Row {row}, column 类型: “{value}” is neither 放假 (holiday) nor 上班 (make-up working day).</source>
        <translation>第 {row} 行“类型”列：“{value}”既不是“放假”，也不是“上班”（调休上班）。</translation>
    </message>
    <message>
        <source>Row {row}, column 名称: at most {max} characters.</source>
        <translation>第 {row} 行“名称”列：最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Row {row}: {day} is a Monday to Friday, a working day anyway; a make-up working day falls on a weekend.</source>
        <translation>第 {row} 行：{day} 是周一至周五，本来就是工作日；调休上班日应在周末。</translation>
    </message>
    <message>
        <source>Row {row}: {day} already appears in row {first_row}.</source>
        <translation>第 {row} 行：{day} 已在第 {first_row} 行出现过。</translation>
    </message>
    <message>
        <source>{field}: the leave ends before it starts.</source>
        <translation>{field}：请假结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>{field}: from {start} to {end} there is no working day; no leave is needed.</source>
        <translation>{field}：{start} 至 {end} 没有工作日，无须请假。</translation>
    </message>
    <message>
        <source>{field}: the person already has leave from {start} to {end} ({type}, {status}).</source>
        <translation>{field}：该人员在 {start} 至 {end} 已有请假（{type}，{status}）。</translation>
    </message>
    <message>
        <source>{field}: the dates lie outside {name}'s time at the center (joined {joined}, left {left}).</source>
        <translation>{field}：日期不在{name}进驻中心的期间内（进驻日期 {joined}，调回日期 {left}）。</translation>
    </message>
    <message>
        <source>{field}: sick leave needs a reason.</source>
        <translation>{field}：请病假须填写事由。</translation>
    </message>
    <message>
        <source>The leave is already “{status}”; this step is not possible now.</source>
        <translation>该请假已是“{status}”状态，现在不能进行此操作。</translation>
    </message>
    <message>
        <source>Leave of one day or more needs the home unit's signature first; record it, then approve.</source>
        <translation>请假一天及以上须先经派驻单位签批；请先登记派驻单位签批，再由中心审批。</translation>
    </message>
    <message>
        <source>You filed this leave yourself; another person must approve it.</source>
        <translation>此请假由您本人登记，须由其他人审批。</translation>
    </message>
    <message>
        <source>Confirm the handover (who covers the window) before approving leave of one day or more.</source>
        <translation>审批一天及以上的请假前，请先确认交接（由谁顶岗）。</translation>
    </message>
    <message>
        <source>{field}: {name} is alone at the window; the home unit must send a substitute; enter the substitute's name.</source>
        <translation>{field}：该窗口只有{name}一人，须由派驻单位派出替岗人员；请填写替岗人员姓名。</translation>
    </message>
    <message>
        <source>{field}: choose who covers the window: {names}.</source>
        <translation>{field}：请选择顶岗人员：{names}。</translation>
    </message>
    <message>
        <source>{field}: {name} does not work at the same window.</source>
        <translation>{field}：{name}不在同一窗口工作。</translation>
    </message>
    <message>
        <source>{field}: {name} is on approved leave at the same time.</source>
        <translation>{field}：{name}在同一时间也有已批准的请假。</translation>
    </message>
    <message>
        <source>The leave started on {start}; it can no longer be cancelled. Record the return instead.</source>
        <translation>该请假已于 {start} 开始，不能再撤销。请改为登记销假。</translation>
    </message>
    <message>
        <source>{field}: the return is before the leave started ({start}).</source>
        <translation>{field}：销假日期早于请假开始日期（{start}）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an item of the evaluation catalogue.</source>
        <translation>{field}：“{value}”不是考核项目目录中的项目。</translation>
    </message>
    <message>
        <source>{field}: {date} lies outside {name}'s time at the center (joined {joined}, left {left}).</source>
        <translation>{field}：{date} 不在{name}进驻中心的期间内（进驻日期 {joined}，调回日期 {left}）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a time of day (use HH:MM, e.g. 08:35).</source>
        <translation>{field}：“{value}”不是有效的时间（请按“时:分”格式填写，如 08:35）。</translation>
    </message>
    <message>
        <source>{field}: {value} is not possible; enter more than 0, and a whole number for items counted in {unit}.</source>
        <translation>{field}：{value} 无效；数量须大于 0，按“{unit}”计的项目须填写整数。</translation>
    </message>
    <message>
        <source>The case is “{status}”; this step is not possible now.</source>
        <translation>处理件当前为“{status}”，现在不能进行这一步。</translation>
    </message>
    <message>
        <source>{field}: explain why the rating is not the staff's fault.</source>
        <translation>{field}：请说明不属于本人责任的理由。</translation>
    </message>
    <message>
        <source>{field}: the finding is “{finding}”; only a staff-fault case needs a rectification.</source>
        <translation>{field}：核实结论为“{finding}”，只有属本人责任的差评才需要整改。</translation>
    </message>
    <message>
        <source>{field}: the date cannot come before {date}.</source>
        <translation>{field}：日期不能早于 {date}。</translation>
    </message>
    <message>
        <source>Only a case verified as the staff's fault can be appealed.</source>
        <translation>只有核实为本人责任的差评才能申诉。</translation>
    </message>
    <message>
        <source>An appeal was already filed on {on}.</source>
        <translation>已于 {on} 提出过申诉。</translation>
    </message>
    <message>
        <source>No appeal has been filed for this case.</source>
        <translation>该处理件没有申诉。</translation>
    </message>
    <message>
        <source>The appeal has already been decided ({outcome}).</source>
        <translation>该申诉已裁定（{outcome}）。</translation>
    </message>
    <message>
        <source>{field}: the rectification deadline cannot be shorter than the verification deadline.</source>
        <translation>{field}：整改时限不能短于核实时限。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a month (use 2026-10).</source>
        <translation>{field}：“{value}”不是月份（请按 2026-10 的格式填写）。</translation>
    </message>
    <message>
        <source>The evaluation of {month} is published; it can no longer be computed or changed.</source>
        <translation>{month} 的考核已公布，不能再计算或修改。</translation>
    </message>
    <message>
        <source>{field}: every manual change to a score needs a reason.</source>
        <translation>{field}：手工调整分数必须填写理由。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a possible change (a number other than 0, at most 100 either way).</source>
        <translation>{field}：“{value}”不是有效的调整值（须为非零数字，增减均不超过 100）。</translation>
    </message>
    <message>
        <source>The form is already {state}; only draft or submitted forms can be adjusted.</source>
        <translation>考核表已是“{state}”状态，只有草稿或已提交的考核表才能调整。</translation>
    </message>
    <message>
        <source>{field}: “{category}” is not a category of the scoring template.</source>
        <translation>{field}：“{category}”不是评分模板中的考核类别。</translation>
    </message>
    <message>
        <source>The forms of {month} are not all {expected} (now: {found}).</source>
        <translation>{month} 的考核表并非全部为“{expected}”（现为：{found}）。</translation>
    </message>
    <message>
        <source>{field}: {proposed} people proposed for 优秀, but the quota of {quota} of {assessed} assessed allows {places}.</source>
        <translation>{field}：拟定优秀 {proposed} 人，但按 {assessed} 名参评人员 {quota} 的比例只能有 {places} 人。</translation>
    </message>
    <message>
        <source>{field}: not eligible for 优秀 (fewer than 6 months, average below the 好 band, or a veto): {ids}.</source>
        <translation>{field}：不符合评优条件（在中心不满 6 个月、平均分未达“好”等次或有一票否决情形）：{ids}。</translation>
    </message>
    <message>
        <source>The honours of {month} are confirmed; undo the confirmation before changing its forms or window items.</source>
        <translation>{month} 的评优表彰已确认；如需修改考核表或窗口指标，请先撤销确认。</translation>
    </message>
    <message>
        <source>The honours of {month} (服务之星, 流动红旗窗口 and the chief representatives' charges) must be confirmed on the Honours page before the month is reviewed.</source>
        <translation>{month} 的评优表彰（服务之星、流动红旗窗口及首席代表分担扣分）须先在“评优表彰”页确认，才能审核该月考核。</translation>
    </message>
    <message>
        <source>{field}: {chosen} chosen, but there are only {places} places.</source>
        <translation>{field}：选了 {chosen} 个，但名额只有 {places} 个。</translation>
    </message>
    <message>
        <source>{field}: {name} cannot receive this honour this month (a discipline deduction, a verified 差评 or a veto, or not ranked this month).</source>
        <translation>{field}：{name} 本月不能获此荣誉（有考勤纪律扣分、经核实的差评或一票否决事项，或本月未参加排名）。</translation>
    </message>
    <message>
        <source>{field}: {name} differs from what the rules propose; give a reason.</source>
        <translation>{field}：{name} 与按规则建议的名单不同，请填写理由。</translation>
    </message>
    <message>
        <source>The honours of {month} are already confirmed.</source>
        <translation>{month} 的评优表彰已经确认。</translation>
    </message>
    <message>
        <source>The honours of {month} are not confirmed.</source>
        <translation>{month} 的评优表彰尚未确认。</translation>
    </message>
    <message>
        <source>The evaluation of {month} is already reviewed; its honours can no longer be withdrawn.</source>
        <translation>{month} 的考核已审核，评优表彰不能再撤销。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a whole number of 0 or more.</source>
        <translation>{field}：“{value}”不是大于等于 0 的整数。</translation>
    </message>
    <message>
        <source>{field}: {on_time} cases on time is more than the {total} cases handled.</source>
        <translation>{field}：按时办结 {on_time} 件，多于办件总数 {total} 件。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number of points between 0 and 100.</source>
        <translation>{field}：“{value}”不是 0 到 100 之间的分数。</translation>
    </message>
    <message>
        <source>{field}: say why the window loses points.</source>
        <translation>{field}：请说明窗口扣分的原因。</translation>
    </message>
    <message>
        <source>{name}: the choice differs from the ranking and the quota line; give a reason.</source>
        <translation>{name}：与排名和名额线的建议不同，请填写调整理由。</translation>
    </message>
    <message>
        <source>The annual assessment of {year} is in publicity or confirmed; withdraw the publicity first to change it.</source>
        <translation>{year} 年度考核正在公示或已确认；如需修改，请先撤回公示。</translation>
    </message>
    <message>
        <source>Save the 优秀 list of {year} first.</source>
        <translation>请先保存 {year} 年度优秀名单。</translation>
    </message>
    <message>
        <source>The 优秀 list of {year} is not in publicity.</source>
        <translation>{year} 年度优秀名单不在公示期。</translation>
    </message>
    <message>
        <source>The publicity runs until {until}; the list can be confirmed from {earliest}.</source>
        <translation>公示期至 {until}，{earliest} 起方可确认。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number of hours (学时) above 0 and at most {max}.</source>
        <translation>{field}：“{value}”不是有效的学时数（应大于0且不超过{max}）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a pass mark between 0 and 100 (leave it empty when there is no test).</source>
        <translation>{field}：“{value}”不是0到100之间的合格分数（无考试请留空）。</translation>
    </message>
    <message>
        <source>{field}: the course has a session on {held_on} that would lie outside its dates ({count} session(s) in all); move or delete those sessions first.</source>
        <translation>{field}：该课程在{held_on}有一次培训，修改后将落在课程日期之外（共{count}次）；请先调整或删除这些培训场次。</translation>
    </message>
    <message>
        <source>{field}: {value} lies outside the course dates {starts_on} to {ends_on}.</source>
        <translation>{field}：{value}不在课程日期{starts_on}至{ends_on}之内。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a time of day (use 09:00).</source>
        <translation>{field}：“{value}”不是有效的时间（请按09:00格式填写）。</translation>
    </message>
    <message>
        <source>{field}: the session must end after it starts ({start} to {end}).</source>
        <translation>{field}：结束时间须晚于开始时间（{start}至{end}）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number of hours (学时) above 0.</source>
        <translation>{field}：“{value}”不是大于0的学时数。</translation>
    </message>
    <message>
        <source>{field}: {value} hours (学时) are more than the session lasts ({length} hours by the clock).</source>
        <translation>{field}：{value}学时超过了本场培训的实际时长（{length}小时）。</translation>
    </message>
    <message>
        <source>{field}: someone was already credited {credited} hours at this session; the session cannot credit only {value}.</source>
        <translation>{field}：本场已有人员记入{credited}学时，本场学时不能改为{value}。</translation>
    </message>
    <message>
        <source>The course “{title}” cannot be deleted: people signed in {count} time(s); their hours count towards the yearly totals.</source>
        <translation>课程“{title}”不能删除：已有{count}人次签到，其学时已计入年度学时。</translation>
    </message>
    <message>
        <source>The session of {held_on} cannot be deleted: {count} person(s) signed in; cancel their sign-in first.</source>
        <translation>{held_on}的培训场次不能删除：已有{count}人签到，请先取消签到。</translation>
    </message>
    <message>
        <source>{field}: {name} is no longer at the center and cannot be enrolled.</source>
        <translation>{field}：{name}已不在中心，不能报名。</translation>
    </message>
    <message>
        <source>{field}: {name} is not enrolled on this course.</source>
        <translation>{field}：{name}未报名本课程。</translation>
    </message>
    <message>
        <source>{field}: {name} has already signed in at a session of this course and cannot be withdrawn; cancel the sign-in first.</source>
        <translation>{field}：{name}已在本课程的培训中签到，不能退出；请先取消签到。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number of hours (学时) of 0 or more for {name}.</source>
        <translation>{field}：{name}的学时“{value}”不是0或以上的数字。</translation>
    </message>
    <message>
        <source>{field}: {name} cannot be credited {value} hours; the session credits at most {session_hours}.</source>
        <translation>{field}：{name}不能记入{value}学时，本场培训最多记{session_hours}学时。</translation>
    </message>
    <message>
        <source>{field}: {name} has not signed in at this session.</source>
        <translation>{field}：{name}未在本场培训签到。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a score between 0 and 100 for {name}.</source>
        <translation>{field}：{name}的成绩“{value}”不是0到100之间的分数。</translation>
    </message>
    <message>
        <source>Row {row}: nobody called “{value}” is on file.</source>
        <translation>第{row}行：查无姓名为“{value}”的人员。</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” is not enrolled on this course; enrol the person first.</source>
        <translation>第{row}行：“{value}”未报名本课程，请先报名。</translation>
    </message>
    <message>
        <source>Row {row}: {count} people called “{value}” are enrolled; add the last four characters of the ID number to tell them apart.</source>
        <translation>第{row}行：本课程有{count}名叫“{value}”的学员，请填写身份证号后四位加以区分。</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” already signed in on row {first_row}.</source>
        <translation>第{row}行：“{value}”已在第{first_row}行签到。</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” is not a number of hours (学时) between 0 and the session’s {session_hours}.</source>
        <translation>第{row}行：“{value}”不是0到本场{session_hours}学时之间的学时数。</translation>
    </message>
    <message>
        <source>The list has nobody marked present; nothing was signed in.</source>
        <translation>名单中没有标记为到场的人员，未签到任何人。</translation>
    </message>
    <message>
        <source>{field}: {name} has returned to the home unit; certificates and skill levels are recorded only for people at the center.</source>
        <translation>{field}：{name}已回派驻单位，证书和技能等级只为在中心的人员登记。</translation>
    </message>
    <message>
        <source>{field}: number {value} is already recorded for the certificate “{certificate}” of {name}; check the number.</source>
        <translation>{field}：编号 {value} 已登记为{name}的证书“{certificate}”，请核对编号。</translation>
    </message>
    <message>
        <source>{field}: the expiry date must be after the issue date ({issued}).</source>
        <translation>{field}：有效期至必须晚于发证日期（{issued}）。</translation>
    </message>
    <message>
        <source>{field}: {name} already has {level} recorded on {date}.</source>
        <translation>{field}：{name}已登记过{date}取得的{level}。</translation>
    </message>
    <message>
        <source>{type}: the yearly target must be between {low} and {high} hours, not “{value}”.</source>
        <translation>{type}：年度学时目标应在 {low} 至 {high} 学时之间，“{value}”不符合要求。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an employment type.</source>
        <translation>{field}：“{value}”不是有效的用工性质。</translation>
    </message>
    <message>
        <source>{field}: a report is grouped by home unit, course or category, not “{value}”.</source>
        <translation>{field}：报表只能按派驻单位、课程或类别统计，不能按“{value}”。</translation>
    </message>
    <message>
        <source>Nobody on the needs list is waiting for this course: everyone it suits is enrolled already.</source>
        <translation>培训需求中没有待报名该课程的人员：符合条件的人员均已报名。</translation>
    </message>
    <message>
        <source>{field}: the name is missing; every person present needs a name on the list.</source>
        <translation>{field}：缺少姓名，每位到场人员都应填写姓名。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number of hours (学时) of 0 or more.</source>
        <translation>{field}：“{value}”不是有效的学时数（应为 0 或以上的数字）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” says neither present (√, 是, 到, or the person’s name) nor absent (blank, ×, 否, 缺).</source>
        <translation>{field}：“{value}”无法判断是否到场（到场填 √、是、到或本人姓名；缺席留空或填 ×、否、缺）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” does not give the last four characters of an ID number (four digits, or three digits and X).</source>
        <translation>{field}：“{value}”不是身份证号的后四位（应为四位数字，或三位数字加 X）。</translation>
    </message>
    <message>
        <source>Part of the document does not fit on one page (“{excerpt}”): a table row, a title or the list of copy recipients is too long. Shorten it or split it, then try again.</source>
        <translation>公文中有一部分内容一页排不下（“{excerpt}”）：表格的某一行、标题或抄送机关过长。请缩短或拆分后再试。</translation>
    </message>
    <message>
        <source>{field} is empty; the document cannot be laid out without it.</source>
        <translation>{field}为空，无法排版公文。</translation>
    </message>
    <message>
        <source>No Chinese font could be loaded, so the document cannot be printed: the fonts that come with the program (in {folder}) are missing or damaged, and this computer has none of the office fonts. Reinstall the program, or copy a Chinese font file (宋体, 仿宋 …) into {folder} and restart it.</source>
        <translation>无法加载任何中文字体，公文无法打印：程序自带的字体（位于 {folder}）缺失或已损坏，本机也没有安装公文字体。请重新安装程序，或将中文字体文件（宋体、仿宋等）复制到 {folder}，然后重新启动程序。</translation>
    </message>
    <message>
        <source>“{value}” is not a period: choose a month (2026-10) or a quarter (2026-Q3).</source>
        <translation>“{value}”不是有效的考核期间：请选择月份（如2026-10）或季度（如2026-Q3）。</translation>
    </message>
    <message>
        <source>{period} has no published evaluation results (a quarter needs all three months published). Publish the results on the evaluation page first.</source>
        <translation>{period}没有已公布的考核结果（季度须三个月均已公布）。请先在考核页面公布结果。</translation>
    </message>
    <message>
        <source>The honours (服务之星, 流动红旗窗口) of {month} have not been confirmed, so the notice for {period} cannot list them. Confirm them on the evaluation page first.</source>
        <translation>{month}的“服务之星”“流动红旗窗口”尚未确认，{period}的通报无法列出。请先在考核页面确认。</translation>
    </message>
    <message>
        <source>{unit} had no staff evaluated at the center in {period}; there is nothing to report to it.</source>
        <translation>{unit}在{period}没有派驻人员参加中心考核，无需反馈。</translation>
    </message>
    <message>
        <source>The text of the notice is empty; write it (or restore the suggested text) before previewing or issuing.</source>
        <translation>通报正文为空：请先填写正文（或恢复建议文本），再预览或印发。</translation>
    </message>
    <message>
        <source>The text of the notice has {length} characters; a notice takes at most {max}. Shorten it.</source>
        <translation>通报正文共{length}个字符，超过上限{max}个字符，请精简。</translation>
    </message>
    <message>
        <source>“{value}” is not a type of official document (通报 or 函).</source>
        <translation>“{value}”不是公文种类（应为通报或函）。</translation>
    </message>
    <message>
        <source>{field}: enter the prefix of the document numbers (for example 青政服).</source>
        <translation>{field}：请填写发文字号的前缀（例如“青政服”）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” has {length} characters; a number prefix has at most {max}.</source>
        <translation>{field}：“{value}”有{length}个字，发文字号前缀最多{max}个字。</translation>
    </message>
    <message>
        <source>{field}: “{value}” contains a space; a number prefix is written without spaces.</source>
        <translation>{field}：“{value}”含有空格，发文字号前缀中不能有空格。</translation>
    </message>
    <message>
        <source>{field}: “{value}” contains “{char}”; the year in brackets 〔〕 and the serial number are added to the prefix, so it has no digits or brackets of its own.</source>
        <translation>{field}：“{value}”含有“{char}”。年份（带六角括号〔〕）和序号会自动加在前缀后面，前缀本身不能含数字或括号。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is also the prefix of the notices (通报); give the letters (函) a prefix of their own, usually ending in 函, or both would print the same numbers.</source>
        <translation>{field}：“{value}”与通报的前缀相同。请为函另设前缀（通常以“函”结尾），否则两类公文会出现相同的文号。</translation>
    </message>
    <message>
        <source>No number prefix is set for {kind}: enter the center’s short name or the number prefixes in the settings first.</source>
        <translation>尚未设置{kind}的发文字号前缀：请先在设置中填写中心简称或发文字号前缀。</translation>
    </message>
    <message>
        <source>{field}: enter who prints the notices (印发机关), for example the center or its office.</source>
        <translation>{field}：请填写印发机关，例如中心名称或中心办公室。</translation>
    </message>
    <message>
        <source>{field}: {length} characters are too many; at most {max}.</source>
        <translation>{field}：{length}个字太长，最多{max}个字。</translation>
    </message>
    <message>
        <source>The document shows what looks like an ID or mobile phone number (“{context}”); circulated documents never show them. Remove it from the text, then preview or issue again.</source>
        <translation>公文中出现了疑似身份证号或手机号码（“{context}”），对外印发的公文不得含有此类号码。请从正文中删除后再预览或印发。</translation>
    </message>
    <message>
        <source>There is nothing to issue.</source>
        <translation>没有需要印发的公文。</translation>
    </message>
    <message>
        <source>Issuing was cancelled ({done} of {total} done); nothing was issued and no document number was used.</source>
        <translation>已取消印发（已处理{done}/{total}份）；未印发任何公文，也未占用发文字号。</translation>
    </message>
    <message>
        <source>The stored file of {number} is damaged: it no longer matches the fingerprint recorded when it was issued, so it cannot be reprinted. Restore a backup or ask the administrator.</source>
        <translation>{number}的存档文件已损坏：与印发时记录的校验值不符，无法重印。请恢复备份或联系系统管理员。</translation>
    </message>
    <message>
        <source>The evaluation of {period} is not published yet; rankings and evaluation sheets are printed from published results only.</source>
        <translation>{period}的考核结果尚未发布；排名表和考核评分表只能根据已发布的考核结果打印。</translation>
    </message>
    <message>
        <source>The quarter {period} is not complete: the evaluation of {months} is not published yet.</source>
        <translation>{period} 的季度考核尚未完成：{months}的考核结果尚未发布。</translation>
    </message>
    <message>
        <source>{name} has no published evaluation form for {period}, so there is no evaluation sheet to print.</source>
        <translation>{name}在{period}没有已发布的考核表，无法打印考核评分表。</translation>
    </message>
    <message>
        <source>“{value}” is not a period (a month such as 2026-10, or a quarter such as 2026-Q3).</source>
        <translation>“{value}”不是有效的考核期间（月份如 2026-10，季度如 2026-Q3）。</translation>
    </message>
    <message>
        <source>Roster generation was cancelled; nothing was saved.</source>
        <translation>已取消排班生成，未保存任何内容。</translation>
    </message>
    <message>
        <source>{field}: the calendar of {year}-{month} does not list every day of the month exactly once.</source>
        <translation>{field}：{year}年{month}月的日历没有把本月每一天恰好列出一次。</translation>
    </message>
    <message>
        <source>{field}: “{value}” duties a week is not allowed; at least 1.</source>
        <translation>{field}：每周最多值班“{value}”次不可用，至少为1次。</translation>
    </message>
    <message>
        <source>{field}: a duty post is listed twice.</source>
        <translation>{field}：有值班岗位重复列出。</translation>
    </message>
    <message>
        <source>{field}: a person is listed twice.</source>
        <translation>{field}：有人员重复列出。</translation>
    </message>
    <message>
        <source>{field}: the duty post “{post_name}” needs “{value}” people; it must need at least 1.</source>
        <translation>{field}：值班岗位“{post_name}”所需人数为“{value}”，至少应为1人。</translation>
    </message>
    <message>
        <source>{field}: the duty post “{post_name}” needs both a start and an end time, the end after the start.</source>
        <translation>{field}：值班岗位“{post_name}”须同时填写开始和结束时间，且结束晚于开始。</translation>
    </message>
    <message>
        <source>{field}: the duty post “{post_name}” needs {needed} people, but only {qualified} qualify for it; lower the number or widen who may serve.</source>
        <translation>{field}：值班岗位“{post_name}”需要{needed}人，但符合条件的只有{qualified}人；请减少人数或扩大可值班人员范围。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a part of a day (whole day, morning or afternoon).</source>
        <translation>{field}：“{value}”不是有效的请假时段（全天、上午或下午）。</translation>
    </message>
    <message>
        <source>{field}: a locked cell on {day} belongs to a duty post that no longer exists.</source>
        <translation>{field}：{day}的一个锁定格子所属的值班岗位已不存在。</translation>
    </message>
    <message>
        <source>{field}: the person chosen for {day} is not among the people who can be on duty.</source>
        <translation>{field}：为{day}选定的人员不在可值班人员之中。</translation>
    </message>
    <message>
        <source>{field}: the cell on {day} is empty; there is nobody to swap.</source>
        <translation>{field}：{day}的格子为空，无人可换。</translation>
    </message>
    <message>
        <source>{field}: both cells are the same person's; choose someone else to swap with.</source>
        <translation>{field}：两个格子是同一人，请选择其他人调换。</translation>
    </message>
    <message>
        <source>{field}: “{year}-{month}” is not a month the roster can be made for.</source>
        <translation>{field}：“{year}-{month}”不是可以排班的月份。</translation>
    </message>
    <message>
        <source>There are no active duty posts, so there is nothing to put on the roster. Add the posts (午间值守, 周末值班 …) on the 值班岗位 tab first.</source>
        <translation>没有启用的值班岗位，无法排班。请先在“值班岗位”页签中添加岗位（午间值守、周末值班等）。</translation>
    </message>
    <message>
        <source>The roster of {year}-{month} is published; it is not generated again. Change single cells or swap duties instead (each change needs a reason).</source>
        <translation>{year}年{month}月值班表已发布，不能重新自动排班；请逐格调整或换班（每次变更须填写原因）。</translation>
    </message>
    <message>
        <source>There is no roster for {year}-{month} yet; generate it first.</source>
        <translation>{year}年{month}月还没有值班表，请先自动排班。</translation>
    </message>
    <message>
        <source>{field}: give a reason. A swap always needs one, and so does every change to a published roster.</source>
        <translation>{field}：请填写原因。换班必须填写原因，已发布值班表的每次变更也须填写原因。</translation>
    </message>
    <message>
        <source>{field}: that duty post does not run on {day}, or has no such seat.</source>
        <translation>{field}：该值班岗位在{day}不值班，或没有这个班次位置。</translation>
    </message>
    <message>
        <source>The roster cannot be published: {count} cell(s) break a duty rule (shown in red). Change them first.</source>
        <translation>值班表不能发布：有{count}格违反排班规则（红色标出），请先调整。</translation>
    </message>
    <message>
        <source>{field}: {name} is not at the center on {day} ({post_name}).</source>
        <translation>{field}：{name}在{day}不在中心工作（{post_name}）。</translation>
    </message>
    <message>
        <source>{field}: {name} is exempt from this kind of duty ({post_name}, {day}).</source>
        <translation>{field}：{name}免于此类值班（{post_name}，{day}）。</translation>
    </message>
    <message>
        <source>{field}: {name} may not take {post_name}: the post is for the staff of its windows, their home units or the comprehensive windows.</source>
        <translation>{field}：{name}不能值“{post_name}”：该岗位只安排所覆盖窗口的人员、其派驻单位人员或综合窗口人员。</translation>
    </message>
    <message>
        <source>{field}: {name} is on leave on {day} and cannot take {post_name}.</source>
        <translation>{field}：{name}在{day}请假，不能安排“{post_name}”。</translation>
    </message>
    <message>
        <source>{field}: {name} already has a duty on {day}; one person cannot be in two places.</source>
        <translation>{field}：{name}在{day}已有值班，同一人不能同时在两个岗位。</translation>
    </message>
    <message>
        <source>{field}: {name} would have more than {limit} duties in the week of {day} ({post_name}).</source>
        <translation>{field}：{name}在{day}所在的一周值班将超过{limit}次（{post_name}）。</translation>
    </message>
    <message>
        <source>{field}: {name} would be on weekend/holiday duty two weeks running ({day}), while someone else could take it.</source>
        <translation>{field}：{name}将连续两周周末/节假日值班（{day}），而有其他人员可以值班。</translation>
    </message>
    <message>
        <source>{field}: the cell of {post_name} on {day} would hold two people.</source>
        <translation>{field}：{day}“{post_name}”的同一班次将有两人。</translation>
    </message>
    <message>
        <source>{field}: {post_name} does not run on {day}.</source>
        <translation>{field}：“{post_name}”在{day}不值班。</translation>
    </message>
    <message>
        <source>{field}: the duty post of {day} no longer exists.</source>
        <translation>{field}：{day}的值班岗位已不存在。</translation>
    </message>
    <message>
        <source>{field}: {name} is not among the people who can be on duty in this month.</source>
        <translation>{field}：{name}不在本月可值班人员之中。</translation>
    </message>
    <message>
        <source>No center leader is marked as duty leader (带班领导); mark the leaders who take duty on the 中心设置 page first.</source>
        <translation>没有中心领导被标记为带班领导；请先在“中心设置”页面勾选担任带班领导的领导。</translation>
    </message>
    <message>
        <source>{field}: joint duty (共同值班) on {day} needs the center's duty leader (带班领导) that day; set the day's duty leader first, or remove its joint duty before clearing the leader.</source>
        <translation>{field}：{day}的共同值班须有当天的中心带班领导；请先安排当天的带班领导，或先删除当天的共同值班再取消带班领导。</translation>
    </message>
    <message>
        <source>{field}: {unit} already has joint duty on {day} ({name}); a unit is on joint duty at most once a day.</source>
        <translation>{field}：{unit}在{day}已安排共同值班（{name}），同一单位每天只能安排一次。</translation>
    </message>
    <message>
        <source>{field}: {unit} is no longer active and cannot be put on joint duty.</source>
        <translation>{field}：{unit}已停用，不能安排共同值班。</translation>
    </message>
    <message>
        <source>{field}: {name} is not marked as duty leader (带班领导); mark them on the 中心设置 page first.</source>
        <translation>{field}：{name}未被标记为带班领导；请先在“中心设置”页面勾选。</translation>
    </message>
    <message>
        <source>{field}: {day} has not come yet (today is {today}); a duty log is written on the day or after.</source>
        <translation>{field}：{day}尚未到来（今天是{today}），服务日志只能在当天或之后填写。</translation>
    </message>
    <message>
        <source>{name} is duty leader on {count} day(s) of the rota; untick 带班领导 instead of deleting.</source>
        <translation>{name}已安排带班{count}天，不能删除；请改为取消“带班领导”勾选。</translation>
    </message>
    <message>
        <source>{field}: a season named “{value}” already exists.</source>
        <translation>{field}：已有名为“{value}”的作息时间。</translation>
    </message>
    <message>
        <source>{field}: the morning must close after it opens (opens {start}, closes {end}).</source>
        <translation>{field}：上午下班时间须晚于上班时间（上班 {start}，下班 {end}）。</translation>
    </message>
    <message>
        <source>{field}: the afternoon cannot open ({pm_start}) before the morning closes ({am_end}).</source>
        <translation>{field}：下午上班时间（{pm_start}）不能早于上午下班时间（{am_end}）。</translation>
    </message>
    <message>
        <source>{field}: the afternoon must close after it opens (opens {start}, closes {end}).</source>
        <translation>{field}：下午下班时间须晚于上班时间（上班 {start}，下班 {end}）。</translation>
    </message>
    <message>
        <source>{field}: month {month} already belongs to the season “{other}” ({other_months}); a month belongs to one season only.</source>
        <translation>{field}：{month}月已属于作息时间“{other}”（{other_months}），一个月份只能属于一个作息时间。</translation>
    </message>
    <message>
        <source>{field}: a duty post named “{value}” already exists.</source>
        <translation>{field}：已有名为“{value}”的值班岗位。</translation>
    </message>
    <message>
        <source>{field}: tick at least one kind of day the post runs on.</source>
        <translation>{field}：至少勾选一种值班日。</translation>
    </message>
    <message>
        <source>{field}: a {type} post does not run on {days}; it runs on {allowed} only.</source>
        <translation>{field}：{type}岗位不在{days}值班，只能在{allowed}值班。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a time of day (use 12:00).</source>
        <translation>{field}：“{value}”不是有效的时间（如 12:00）。</translation>
    </message>
    <message>
        <source>{field}: give both the start and the end time, or tick “all day”.</source>
        <translation>{field}：请同时填写开始和结束时间，或勾选“全天”。</translation>
    </message>
    <message>
        <source>{field}: the duty must end after it starts ({start}–{end}).</source>
        <translation>{field}：结束时间须晚于开始时间（{start}–{end}）。</translation>
    </message>
    <message>
        <source>{field}: {type} needs a start and an end time; it cannot be all day.</source>
        <translation>{field}：{type}须填写开始和结束时间，不能为全天。</translation>
    </message>
    <message>
        <source>{field}: {start}–{end} is no lunch-break duty: it must lie between 11:00 and 15:00 and cover part of 11:30–14:30.</source>
        <translation>{field}：{start}–{end} 不是午间时段：午间值守须在 11:00 至 15:00 之间，并覆盖 11:30–14:30 中的一段。</translation>
    </message>
    <message>
        <source>{field}: {start}–{end} is no extended service: it starts at 16:00 or later, or ends by 10:00 (early service), and never covers the lunch break 11:30–14:30.</source>
        <translation>{field}：{start}–{end} 不是延时服务时段：延时服务须在 16:00 以后开始，或在 10:00 以前结束（错时服务），且不能占用午间 11:30–14:30。</translation>
    </message>
    <message>
        <source>{field}: in {season}, {start}–{end} is no lunch-break duty: it must lie between 11:00 and 15:00 and cover part of 11:30–14:30.</source>
        <translation>{field}：{season}的 {start}–{end} 不是午间时段：午间值守须在 11:00 至 15:00 之间，并覆盖 11:30–14:30 中的一段。</translation>
    </message>
    <message>
        <source>{field}: in {season}, {start}–{end} is no extended service: it starts at 16:00 or later, or ends by 10:00, and never covers 11:30–14:30.</source>
        <translation>{field}：{season}的 {start}–{end} 不是延时服务时段：须在 16:00 以后开始或在 10:00 以前结束，且不能占用 11:30–14:30。</translation>
    </message>
    <message>
        <source>{field}: a chosen window no longer exists (it may have been deleted); open the dialog again.</source>
        <translation>{field}：所选窗口已不存在（可能已被删除），请重新打开对话框选择。</translation>
    </message>
    <message>
        <source>{field}: window {number} closed on {closed_on}; a duty post cannot cover a closed window.</source>
        <translation>{field}：窗口 {number} 已于 {closed_on} 撤并，值班岗位不能覆盖已撤并的窗口。</translation>
    </message>
    <message>
        <source>{field}: choose windows or a zone, not both: with windows the staff of their home units serve, with a zone the staff sitting in it.</source>
        <translation>{field}：覆盖窗口和覆盖区域只能选一项：选窗口由窗口所属单位的人员值守，选区域由在该区域工作的人员值守。</translation>
    </message>
    <message>
        <source>{field}: a season no longer exists (it may have been deleted); open the dialog again.</source>
        <translation>{field}：所选作息时间已不存在（可能已被删除），请重新打开对话框。</translation>
    </message>
    <message>
        <source>{field}: in {season}, give both the start and the end time, or leave both empty for the default times.</source>
        <translation>{field}：{season}须同时填写开始和结束时间，或都留空（按默认时间）。</translation>
    </message>
    <message>
        <source>{field}: in {season}, the duty must end after it starts ({start}–{end}).</source>
        <translation>{field}：{season}的结束时间须晚于开始时间（{start}–{end}）。</translation>
    </message>
    <message>
        <source>The duty post “{name}” is used in rosters ({cells} cells) and cannot be deleted; set it inactive instead (the rosters that used it stay as they are).</source>
        <translation>值班岗位“{name}”已用于排班（{cells} 个班次），不能删除；请改为停用，已排的班表保持不变。</translation>
    </message>
    <message>
        <source>{field}: {name} asks for {days} day(s) of 调休 but has only {balance} day(s) left in {year} (earned by weekend and holiday duty in published rosters).</source>
        <translation>{field}：{name}申请调休{days}天，但{year}年只剩{balance}天可调休（由已发布值班表中的周末、节假日值班获得）。</translation>
    </message>
</context>
<context>
    <name>EvaluationFormDialog</name>
    <message>
        <source>Evaluation form: %1 — %2</source>
        <translation>考核表：%1 — %2</translation>
    </message>
    <message>
        <source>Total %1 (automatic %2), grade %3, 好评率 %4, state: %5</source>
        <translation>总分 %1（自动计算 %2），等次 %3，好评率 %4，状态：%5</translation>
    </message>
    <message>
        <source>Veto: %1</source>
        <translation>一票否决：%1</translation>
    </message>
    <message>
        <source>Double-click a line to see the records behind it.</source>
        <translation>双击某一行可查看其依据记录。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始扣分</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入扣分</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Good rate</source>
        <translation>好评率</translation>
    </message>
    <message>
        <source>%1 ratings, %2 good, %3 excluded</source>
        <translation>评价 %1 条，好评 %2 条，剔除 %3 条</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行此操作</translation>
    </message>
</context>
<context>
    <name>EvaluationState</name>
    <message>
        <source>Chief representative's share of window deductions</source>
        <extracomment>the scoring categories shown as columns (bonus and veto have their own)</extracomment>
        <translation>首席代表分担窗口扣分</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已公布</translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>All home units</source>
        <translation>全部派驻单位</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部等次</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Open form…</source>
        <translation>打开考核表…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <source>Trend…</source>
        <translation>趋势图…</translation>
    </message>
    <message>
        <source>Submit month</source>
        <translation>提交本月</translation>
    </message>
    <message>
        <source>Review month</source>
        <translation>审核本月</translation>
    </message>
    <message>
        <source>Publish month</source>
        <translation>公布本月</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Monthly evaluation</source>
        <translation>月度考核</translation>
    </message>
    <message>
        <source>Name, unit or window (Ctrl+F)</source>
        <translation>姓名、单位或窗口（Ctrl+F）</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>劳动纪律</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务规范</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>业务办理</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>群众评价</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学习培训</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>窗口形象</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Good rate</source>
        <translation>好评率</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1: not computed yet.</source>
        <translation>%1：尚未计算。</translation>
    </message>
    <message>
        <source>%1: %2 draft, %3 submitted, %4 reviewed, %5 published</source>
        <translation>%1：草稿 %2，已提交 %3，已审核 %4，已公布 %5</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>请先选择人员。</translation>
    </message>
    <message>
        <source>Recompute the draft forms of %1 from the registers and ratings? Adjustments are kept; submitted and reviewed forms are not changed.</source>
        <translation>根据登记记录和群众评价重新计算 %1 的草稿考核表？调整将保留；已提交和已审核的考核表不会改变。</translation>
    </message>
    <message>
        <source>%1: %2 forms computed, %3 kept, %4 removed</source>
        <translation>%1：已计算考核表 %2 份，保留 %3 份，删除 %4 份</translation>
    </message>
    <message>
        <source>%1: %2 forms moved</source>
        <translation>%1：已流转考核表 %2 份</translation>
    </message>
    <message>
        <source>Submit every draft form of %1 for review?</source>
        <translation>将 %1 的全部草稿考核表提交审核？</translation>
    </message>
    <message>
        <source>Mark every submitted form of %1 as reviewed?</source>
        <translation>将 %1 的全部已提交考核表标记为已审核？</translation>
    </message>
    <message>
        <source>Publish the evaluation of %1? It can no longer be computed or adjusted afterwards.</source>
        <translation>公布 %1 的考核结果？公布后将不能再计算或调整。</translation>
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
        <source>Rating id</source>
        <translation>评价编号</translation>
    </message>
    <message>
        <source>Rating time</source>
        <translation>评价时间</translation>
    </message>
    <message>
        <source>Rating level</source>
        <translation>评价等级</translation>
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
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Person's name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation>密码最短长度</translation>
    </message>
    <message>
        <source>Character classes required</source>
        <translation>密码须含字符种类数</translation>
    </message>
    <message>
        <source>Password valid for (days)</source>
        <translation>密码有效期（天）</translation>
    </message>
    <message>
        <source>Failed attempts before lockout</source>
        <translation>锁定前允许的登录失败次数</translation>
    </message>
    <message>
        <source>Lockout (minutes)</source>
        <translation>锁定时长（分钟）</translation>
    </message>
    <message>
        <source>Lock the screen after idle (minutes)</source>
        <translation>无操作自动锁定屏幕时间（分钟）</translation>
    </message>
    <message>
        <source>Keep audit entries (days)</source>
        <translation>审计记录保留期限（天）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>Type of leave</source>
        <translation>请假类型</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签批人</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签批日期</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>顶岗人员</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>替岗人员</translation>
    </message>
    <message>
        <source>Back on</source>
        <translation>销假日期</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Intended window</source>
        <translation>拟安排窗口</translation>
    </message>
    <message>
        <source>Transfer request</source>
        <translation>调整申请</translation>
    </message>
    <message>
        <source>Political quality</source>
        <translation>政治素质</translation>
    </message>
    <message>
        <source>Business ability</source>
        <translation>业务能力</translation>
    </message>
    <message>
        <source>Physical condition</source>
        <translation>身体状况</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>决定理由</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>申请类型</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>离开中心日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reason for moving before the minimum tenure</source>
        <translation>提前调整理由</translation>
    </message>
    <message>
        <source>Replacement offered</source>
        <translation>接替人员</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>核实说明</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>考核类别</translation>
    </message>
    <message>
        <source>Proposed 优秀</source>
        <translation>拟定优秀</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>核实结论</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Verification deadline (working days)</source>
        <translation>核实时限（工作日）</translation>
    </message>
    <message>
        <source>Rectification deadline (working days)</source>
        <translation>整改时限（工作日）</translation>
    </message>
    <message>
        <source>Cases handled</source>
        <translation>办件总数</translation>
    </message>
    <message>
        <source>Cases finished on time</source>
        <translation>按时办结件数</translation>
    </message>
    <message>
        <source>Upheld complaints</source>
        <translation>查实投诉</translation>
    </message>
    <message>
        <source>Other window deductions</source>
        <translation>其他窗口扣分</translation>
    </message>
    <message>
        <source>服务之星</source>
        <translation>服务之星</translation>
    </message>
    <message>
        <source>流动红旗窗口</source>
        <translation>流动红旗窗口</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Unit status</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Organising home unit</source>
        <translation>主办派驻单位</translation>
    </message>
    <message>
        <source>Organising body</source>
        <translation>主办机构</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>培训形式</translation>
    </message>
    <message>
        <source>Hours (学时)</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>合格分数</translation>
    </message>
    <message>
        <source>Aimed at</source>
        <translation>培训对象</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>课程说明</translation>
    </message>
    <message>
        <source>Duty leader</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <source>Leader's name</source>
        <translation>领导姓名</translation>
    </message>
    <message>
        <source>Leader's title</source>
        <translation>领导职务</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>How the day went (值班情况)</source>
        <translation>值班情况</translation>
    </message>
    <message>
        <source>Incidents and handling</source>
        <translation>突发事件及处理</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>结束月份</translation>
    </message>
    <message>
        <source>Morning opens</source>
        <translation>上午上班时间</translation>
    </message>
    <message>
        <source>Morning closes</source>
        <translation>上午下班时间</translation>
    </message>
    <message>
        <source>Afternoon opens</source>
        <translation>下午上班时间</translation>
    </message>
    <message>
        <source>Afternoon closes</source>
        <translation>下午下班时间</translation>
    </message>
    <message>
        <source>Windows covered</source>
        <translation>覆盖窗口</translation>
    </message>
    <message>
        <source>Comprehensive-window staff may serve</source>
        <translation>综合窗口人员可值</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Times by season</source>
        <translation>分季节时间</translation>
    </message>
    <message>
        <source>One duty a day at most</source>
        <translation>每人每天最多一班</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书名称</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Date awarded</source>
        <translation>取得日期</translation>
    </message>
    <message>
        <source>Certificate remarks</source>
        <translation>证书备注</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>统计方式</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Number prefix of notices (通报)</source>
        <translation>通报发文字号前缀</translation>
    </message>
    <message>
        <source>Number prefix of letters (函)</source>
        <translation>函发文字号前缀</translation>
    </message>
    <message>
        <source>Printed by (印发机关)</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <source>Issuing organ (发文机关标志)</source>
        <translation>发文机关标志</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>当月日历</translation>
    </message>
    <message>
        <source>Duties a week at most</source>
        <translation>每周最多值班次数</translation>
    </message>
    <message>
        <source>Duty posts</source>
        <translation>值班岗位</translation>
    </message>
    <message>
        <source>Duty staff</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>People needed</source>
        <translation>所需人数</translation>
    </message>
    <message>
        <source>Duty times</source>
        <translation>值班时间</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假时段</translation>
    </message>
    <message>
        <source>Locked cells</source>
        <translation>锁定格子</translation>
    </message>
    <message>
        <source>First cell</source>
        <translation>第一个格子</translation>
    </message>
    <message>
        <source>Second cell or person</source>
        <translation>第二个格子或人员</translation>
    </message>
    <message>
        <source>Duty type</source>
        <translation>值班类型</translation>
    </message>
    <message>
        <source>Duty days</source>
        <translation>值班日</translation>
    </message>
    <message>
        <source>Weekends running</source>
        <translation>连续周末值班</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First start: create the administrator</source>
        <translation>首次启动：创建系统管理员</translation>
    </message>
    <message>
        <source>No account exists yet. Create the administrator's account: it manages the other accounts, the settings and the backups. Keep the password safe; there is no default password.</source>
        <translation>尚未创建任何账号。请创建系统管理员账号：系统管理员负责管理其他账号、系统设置和数据备份。请妥善保管密码；本程序没有默认密码。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>At least 8 characters, with 3 of: lower-case letters, capitals, digits, symbols.</source>
        <translation>至少 8 个字符，须包含小写字母、大写字母、数字、符号中的 3 类。</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>创建并登录</translation>
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
    <name>GradeDistributionChart</name>
    <message>
        <source>No evaluation forms for this period.</source>
        <translation>该期间没有考核表。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>GradeDistributionTab</name>
    <message>
        <source>Period</source>
        <translation>考核期间</translation>
    </message>
    <message>
        <source>Year {year} (published months)</source>
        <translation>{year}年度（已公布月份）</translation>
    </message>
    <message>
        <source>Grades by home unit</source>
        <translation>各单位等次分布</translation>
    </message>
    <message>
        <source>Annual grades by home unit, {year}</source>
        <translation>{year}年度各派驻单位等次分布</translation>
    </message>
    <message>
        <source>Grades by home unit, {month}</source>
        <translation>{month} 各派驻单位考核等次分布</translation>
    </message>
    <message>
        <source>No published evaluation forms in {year}.</source>
        <translation>{year}年没有已公布的考核表。</translation>
    </message>
    <message>
        <source>No evaluation forms for {month} yet: compute the month first.</source>
        <translation>{month} 尚无考核表，请先计算该月考核。</translation>
    </message>
    <message>
        <source>{grade}: {n}</source>
        <translation>{grade} {n} 人</translation>
    </message>
    <message>
        <source>{units} home unit(s), {people} people: {grades}</source>
        <translation>共 {units} 个派驻单位、{people} 人：{grades}</translation>
    </message>
    <message>
        <source>; {n} with fewer than 6 published months (no annual grade)</source>
        <translation>；另有 {n} 人已公布月份不足 6 个月（不评定年度等次）</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>单位全称</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No annual grade</source>
        <translation>不评定年度等次</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover: %1</source>
        <translation>交接：%1</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>顶岗人员</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>Substitute sent by the home unit</source>
        <translation>派驻单位派出的替岗人员</translation>
    </message>
    <message>
        <source>Choose who covers the window (the B post, or A when B is away).</source>
        <translation>请选择顶岗人员（由B岗顶岗；B岗不在时由A岗顶岗）。</translation>
    </message>
    <message>
        <source>Nobody else works at this window: the home unit must send a substitute.</source>
        <translation>该窗口没有其他人员：须由派驻单位派出替岗人员。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Demo center: generated data, kept apart from real data.</source>
        <extracomment>a request to open another page by its key (e.g. 'windows')</extracomment>
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
        <source>On duty today</source>
        <translation>今日值班</translation>
    </message>
    <message>
        <source>Honours of the month</source>
        <translation>本月评优表彰</translation>
    </message>
    <message>
        <source>Citizen satisfaction (好评率), last 6 months</source>
        <translation>群众满意度（好评率）近6个月趋势</translation>
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
        <source>Windows with nobody present today: %1</source>
        <translation>今日无人在岗的窗口：%1</translation>
    </message>
    <message>
        <source>On leave today: %1</source>
        <translation>今日请假：%1</translation>
    </message>
    <message>
        <source>Awaiting the center's decision: %1 vetting, %2 transfer requests, %3 leave requests</source>
        <translation>待中心决定：考察 %1 人，调整申请 %2 件，请假申请 %3 件</translation>
    </message>
    <message>
        <source>Not back from leave: %1</source>
        <translation>逾期未销假：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Bad-rating cases past their deadline: %1</source>
        <translation>超期未处理的差评：%1</translation>
    </message>
    <message>
        <source>Certificates expiring within 60 days: %1</source>
        <translation>60天内到期的证书：%1</translation>
    </message>
    <message>
        <source>%1 (confirmed): 服务之星 %2; 流动红旗窗口 %3.</source>
        <translation>%1（已确认）：服务之星 %2；流动红旗窗口 %3。</translation>
    </message>
    <message>
        <source>No month's honours confirmed yet.</source>
        <translation>尚无已确认的月度评优表彰。</translation>
    </message>
    <message>
        <source>Waiting for confirmation: %1</source>
        <translation>待确认：%1</translation>
    </message>
    <message>
        <source>Duty leader: %1</source>
        <translation>带班领导：%1</translation>
    </message>
    <message>
        <source>Joint duty: %1</source>
        <translation>共同值班：%1</translation>
    </message>
    <message>
        <source>No duty on the roster today.</source>
        <translation>今天值班表上没有值班安排。</translation>
    </message>
    <message>
        <source>This month's roster has not been made: %1</source>
        <translation>本月值班表尚未编排：%1</translation>
    </message>
    <message>
        <source>Unfilled duty cells this month: %1</source>
        <translation>本月空缺值班：%1</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>已过期%1天</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>还剩%1天</translation>
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
        <source>Chief representatives…</source>
        <translation>首席代表…</translation>
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
    <name>HonoursPage</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Window items…</source>
        <translation>窗口指标…</translation>
    </message>
    <message>
        <source>Confirm honours…</source>
        <translation>确认表彰…</translation>
    </message>
    <message>
        <source>Withdraw confirmation…</source>
        <translation>撤销确认…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Service stars (服务之星)</source>
        <translation>服务之星</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Red-flag windows (流动红旗窗口)</source>
        <translation>流动红旗窗口</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Good rate</source>
        <translation>好评率</translation>
    </message>
    <message>
        <source>Chief representative</source>
        <translation>首席代表</translation>
    </message>
    <message>
        <source>Chief charge</source>
        <translation>首席代表连带扣分</translation>
    </message>
    <message>
        <source>Bottom 3 windows</source>
        <translation>后三名窗口</translation>
    </message>
    <message>
        <source>Last month too</source>
        <translation>上月也在其列</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>评优表彰</translation>
    </message>
    <message>
        <source>confirmed by the rules</source>
        <translation>按规则确认</translation>
    </message>
    <message>
        <source>reviewer: %1</source>
        <translation>评审调整：%1</translation>
    </message>
    <message>
        <source>tied at the line: %1 place(s) open</source>
        <translation>分数线并列：尚余 %1 个名额</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>In the bottom 3 two months running — formal talk (约谈) with the home unit's leader: %1</source>
        <translation>连续两个月位列后三名——约谈派驻单位负责人：%1</translation>
    </message>
    <message>
        <source>%1: no evaluation computed yet.</source>
        <translation>%1：尚未计算考核。</translation>
    </message>
    <message>
        <source>%1: %2 people scored, %3 windows ranked; %4 star place(s), %5 red flag(s).</source>
        <translation>%1：已评分 %2 人，已排名窗口 %3 个；服务之星名额 %4 个，流动红旗 %5 面。</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2; %3 chief representative charge(s) booked.</source>
        <translation>已由 %1 于 %2 确认；记入首席代表分担扣分 %3 笔。</translation>
    </message>
    <message>
        <source>Proposal by the rules — not confirmed yet.</source>
        <translation>按规则产生的建议名单，尚未确认。</translation>
    </message>
    <message>
        <source>Withdraw confirmation</source>
        <translation>撤销确认</translation>
    </message>
    <message>
        <source>Why is the confirmation of %1 withdrawn? The chief representatives' charges it booked are removed.</source>
        <translation>撤销 %1 评优表彰确认的原因？确认时记入的首席代表分担扣分将一并删除。</translation>
    </message>
    <message>
        <source>Withdrawn; %1 charge(s) removed.</source>
        <translation>已撤销；删除分担扣分 %1 笔。</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Name or window</source>
        <translation>姓名或窗口</translation>
    </message>
    <message>
        <source>Service star</source>
        <translation>服务之星</translation>
    </message>
    <message>
        <source>Red-flag window</source>
        <translation>流动红旗窗口</translation>
    </message>
    <message>
        <source>Bottom 3</source>
        <translation>后三名</translation>
    </message>
    <message>
        <source>Formal talk</source>
        <translation>约谈</translation>
    </message>
</context>
<context>
    <name>JointDutyDialog</name>
    <message>
        <source>Add joint duty (共同值班)</source>
        <translation>添加共同值班</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Leader's name</source>
        <translation>领导姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>e.g. 副局长</source>
        <translation>如：副局长</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>— no duty leader</source>
        <translation>— 未排带班领导</translation>
    </message>
    <message>
        <source>duty leader: %1</source>
        <translation>带班：%1</translation>
    </message>
    <message>
        <source>joint: %1</source>
        <translation>共同值班：%1</translation>
    </message>
    <message>
        <source>Tick the days the unit's leader is on duty at the center; days without a duty leader cannot be chosen.</source>
        <translation>勾选该单位领导到中心共同值班的日期；未排带班领导的日期不能选择。</translation>
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
    <name>LeaderDutyTab</name>
    <message>
        <source>Fill duty leaders</source>
        <extracomment>the user chose another month here (the page keeps the other tabs in step)</extracomment>
        <translation>自动排带班</translation>
    </message>
    <message>
        <source>Set duty leader…</source>
        <translation>设置带班领导…</translation>
    </message>
    <message>
        <source>Add joint duty…</source>
        <translation>添加共同值班…</translation>
    </message>
    <message>
        <source>Remove joint duty</source>
        <translation>删除共同值班</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Duty leader (带班领导)</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <source>Joint duty (共同值班)</source>
        <translation>共同值班</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Duty leaders and joint duty</source>
        <translation>带班与共同值班</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权进行此操作。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>written</source>
        <translation>已填写</translation>
    </message>
    <message>
        <source>%1 working day(s) without a duty leader; %2 joint duty booking(s) this month.</source>
        <translation>本月有%1个工作日未安排带班领导；共同值班%2人次。</translation>
    </message>
    <message>
        <source>Give every working day of %1-%2 without a duty leader one, in rotation among the leaders marked 带班领导. Days already set are kept.</source>
        <translation>为%1年%2月尚未安排带班领导的工作日，在标记为带班领导的中心领导中轮流安排。已安排的日期保持不变。</translation>
    </message>
    <message>
        <source>Also the weekends and holidays?</source>
        <translation>周末和节假日也一并安排吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) given a duty leader.</source>
        <translation>
            <numerusform>已为%n天安排带班领导。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day asked for already has a duty leader.</source>
        <translation>所选范围内每天都已安排带班领导。</translation>
    </message>
    <message>
        <source>Select a day first.</source>
        <translation>请先选择一天。</translation>
    </message>
    <message numerus="yes">
        <source>Joint duty booked on %n day(s).</source>
        <translation>
            <numerusform>已安排%n天共同值班。</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected day has no joint duty.</source>
        <translation>所选日期没有共同值班。</translation>
    </message>
    <message>
        <source>Remove the joint duty of %1 on %2?</source>
        <translation>删除%2的共同值班（%1）吗？</translation>
    </message>
    <message>
        <source>Which joint duty of %1?</source>
        <translation>删除%1的哪一项共同值班？</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>File leave</source>
        <translation>登记请假</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Type a name or unit</source>
        <translation>输入姓名或单位</translation>
    </message>
    <message>
        <source>Type of leave</source>
        <translation>请假类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Required for sick leave (health data: shown only to authorised staff)</source>
        <translation>请病假时必填（属健康信息，仅授权人员可见）</translation>
    </message>
    <message>
        <source>Working days: %1</source>
        <translation>工作日：%1 天</translation>
    </message>
</context>
<context>
    <name>LeavePage</name>
    <message>
        <source>All leave</source>
        <translation>全部请假</translation>
    </message>
    <message>
        <source>Waiting for a step</source>
        <translation>待办理</translation>
    </message>
    <message>
        <source>On leave today</source>
        <translation>今日请假</translation>
    </message>
    <message>
        <source>File leave…</source>
        <translation>登记请假…</translation>
    </message>
    <message>
        <source>Home unit signed…</source>
        <translation>派驻单位已签批…</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translation>交接…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>不批准…</translation>
    </message>
    <message>
        <source>Return (销假)…</source>
        <translation>销假…</translation>
    </message>
    <message>
        <source>Cancel leave</source>
        <translation>撤销请假</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请销假</translation>
    </message>
    <message>
        <source>Name, unit or window (Ctrl+F)</source>
        <translation>姓名、单位或窗口（Ctrl+F）</translation>
    </message>
    <message>
        <source>%1 (substitute)</source>
        <translation>%1（替岗）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>请假类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Home unit signed</source>
        <translation>派驻单位签批</translation>
    </message>
    <message>
        <source>Center approved</source>
        <translation>中心审批</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>顶岗人员</translation>
    </message>
    <message>
        <source>Back on</source>
        <translation>销假日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Reminders: %1 ending by the next working day, %2 not back</source>
        <translation>提醒：%1 人的请假在下一个工作日前结束，%2 人逾期未销假</translation>
    </message>
    <message>
        <source>%1 (%2): %3 ended on %4 and no return is recorded: counts as absence</source>
        <translation>%1（%2）：%3已于 %4 结束，未登记销假，按旷工处理</translation>
    </message>
    <message>
        <source>%1 (%2): %3 ends on %4; back at the window on %5</source>
        <translation>%1（%2）：%3于 %4 结束，%5 回窗口上岗</translation>
    </message>
    <message>
        <source>Select a leave request first.</source>
        <translation>请先选择一条请假记录。</translation>
    </message>
    <message>
        <source>Approve the leave of %1 from %2 to %3 (%4 working days)?</source>
        <translation>确定批准%1自 %2 至 %3 的请假（%4 个工作日）吗？</translation>
    </message>
    <message>
        <source>Cancel the leave of %1 from %2?</source>
        <translation>确定撤销%1自 %2 起的请假吗？</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Duty leader</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <source>Breaks a rule</source>
        <translation>违反规则</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>Locked (set by hand, kept)</source>
        <translation>锁定（手工指定，重新排班时保留）</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search…</source>
        <extracomment>the permission that adding, editing and deleting on this page needs</extracomment>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权进行此操作。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
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
    <name>LockDialog</name>
    <message>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>Logged in as %1. Enter the password to continue.</source>
        <translation>当前登录用户：%1。请输入密码以继续。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation>退出程序</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Service Center Staff Manager</source>
        <translation>政务服务中心窗口人员管理</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Demo center: every role has an account. Double-click one to fill it in.</source>
        <translation>演示中心：每个角色都有一个账号，双击即可自动填入。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <extracomment>key -&gt; (module, class, permission needed to see the page), in sidebar order</extracomment>
        <translation>首页</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>在岗情况</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请销假</translation>
    </message>
    <message>
        <source>Duty rosters</source>
        <translation>值班排班</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>日常登记</translation>
    </message>
    <message>
        <source>Citizen ratings</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>Bad ratings</source>
        <translation>差评处理</translation>
    </message>
    <message>
        <source>Monthly evaluation</source>
        <translation>月度考核</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>评优表彰</translation>
    </message>
    <message>
        <source>Annual assessment</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <source>Scoring templates</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>Training courses</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>学时台账</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>培训需求</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书与等级</translation>
    </message>
    <message>
        <source>Official documents</source>
        <translation>公文</translation>
    </message>
    <message>
        <source>Document register</source>
        <translation>发文登记</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>考察</translation>
    </message>
    <message>
        <source>Transfer requests</source>
        <translation>调整申请</translation>
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
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Center settings</source>
        <translation>中心设置</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>安全设置</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>数据备份</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
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
    <name>MonthBar</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source> (year)</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
</context>
<context>
    <name>MonthRosterTab</name>
    <message>
        <source>Previous month</source>
        <extracomment>the month shown changed (year, month): the leader and log tabs follow it</extracomment>
        <translation>上个月</translation>
    </message>
    <message>
        <source> (year)</source>
        <translation>年</translation>
    </message>
    <message>
        <source>%1 (month)</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>自动排班</translation>
    </message>
    <message>
        <source>Set person…</source>
        <translation>指定人员…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Swap…</source>
        <translation>换班…</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Why vacant…</source>
        <translation>空缺说明…</translation>
    </message>
    <message>
        <source>Change log…</source>
        <translation>变更记录…</translation>
    </message>
    <message>
        <source>Print / preview…</source>
        <translation>打印/预览…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>按岗位</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>按人员</translation>
    </message>
    <message>
        <source>Find person or unit…</source>
        <translation>查找人员或单位…</translation>
    </message>
    <message>
        <source>Only people with duty or leave</source>
        <translation>只看有值班或请假的人员</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>A published roster is not generated again; change cells or swap.</source>
        <translation>已发布的排班表不再重新生成；请逐格修改或换班。</translation>
    </message>
    <message>
        <source>Fill every seat of the month fairly; locked cells are kept.</source>
        <translation>公平地排满本月所有值班岗位；锁定的格子保留不变。</translation>
    </message>
    <message>
        <source>Change the cells shown in red first: they break a rule.</source>
        <translation>请先修改红色显示的格子：它们违反排班规则。</translation>
    </message>
    <message>
        <source>Publish again…</source>
        <translation>重新发布…</translation>
    </message>
    <message>
        <source>Duty roster of %2/%1</source>
        <translation>%1年%2月值班表</translation>
    </message>
    <message>
        <source>The roster is published: say why it changes. The reason is kept in the change log.</source>
        <translation>排班表已发布，请说明修改原因。原因将记入变更记录。</translation>
    </message>
    <message>
        <source>Generate %1 again? Every cell that is not locked is filled anew; the %2 locked cell(s) are kept.</source>
        <translation>重新生成%1？所有未锁定的格子将重新排班；%2个锁定的格子保留不变。</translation>
    </message>
    <message>
        <source>Making the roster of %1…</source>
        <translation>正在排%1…</translation>
    </message>
    <message>
        <source>Generation cancelled; nothing was changed.</source>
        <translation>已取消自动排班，排班表未作任何改动。</translation>
    </message>
    <message>
        <source>Roster generated</source>
        <translation>排班完成</translation>
    </message>
    <message>
        <source>Set person</source>
        <translation>指定人员</translation>
    </message>
    <message>
        <source>Publish %1? It is then the roster in force; every later change needs a reason and is recorded.</source>
        <translation>发布%1？发布后即为正式排班，此后每次修改都须说明原因并记入变更记录。</translation>
    </message>
    <message>
        <source>Warning: %1 seat(s) are still vacant.</source>
        <translation>注意：仍有%1个空缺。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>%1 published.</source>
        <translation>%1已发布。</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>%1变更记录</translation>
    </message>
    <message>
        <source>Laying out the roster…</source>
        <translation>正在生成值班表…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the roster…</source>
        <translation>正在导出值班表…</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Cannot do that</source>
        <extracomment>emitted when the page changed data other pages show</extracomment>
        <translation>无法执行此操作</translation>
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
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No document to show.</source>
        <extracomment>pages are rendered for the printer at its resolution, but not finer than this (an A4 page at 600 dpi is a 4960 × 7016 image, about 140 MB while it is painted) zoom steps of the +/- buttons the PDF shown changed (pages: 0 when cleared) a file was saved (its path) a print job was sent (the number of sheets painted)</extracomment>
        <translation>没有可显示的文件。</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>按页面宽度显示</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>显示整页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print through the system print dialog</source>
        <translation>通过系统打印对话框打印</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file</source>
        <translation>将文件另存为 PDF</translation>
    </message>
    <message>
        <source>The document cannot be shown.</source>
        <translation>无法显示该文件。</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>PersonGridModel</name>
    <message>
        <source>Lunch</source>
        <translation>午间</translation>
    </message>
    <message>
        <source>Lunch-break duties this month</source>
        <translation>本月午间值守次数</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>延时</translation>
    </message>
    <message>
        <source>Extended-hours duties this month</source>
        <translation>本月延时服务次数</translation>
    </message>
    <message>
        <source>Weekend holiday</source>
        <translation>周末节假</translation>
    </message>
    <message>
        <source>Weekend and holiday duties this month</source>
        <translation>本月周末和节假日值班次数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>All duties this month</source>
        <translation>本月值班合计</translation>
    </message>
    <message>
        <source>Time off left</source>
        <translation>调休余额</translation>
    </message>
    <message>
        <source>Compensatory time off (调休) left this year, in days</source>
        <translation>本年度调休余额（天）</translation>
    </message>
    <message>
        <source>Leave: %1</source>
        <translation>请假：%1</translation>
    </message>
    <message>
        <source>On leave (%1): not scheduled</source>
        <translation>请假（%1）：不排班</translation>
    </message>
</context>
<context>
    <name>PersonTrendTab</name>
    <message>
        <source>Person trend</source>
        <translation>个人趋势</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Type a name, unit or window</source>
        <translation>输入姓名、单位或窗口</translation>
    </message>
    <message>
        <source>Choose a person to see their monthly score and good rating rate.</source>
        <translation>请选择人员，查看其每月考核得分和好评率。</translation>
    </message>
    <message>
        <source>Evaluation score</source>
        <translation>考核得分</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Form state</source>
        <translation>考核表状态</translation>
    </message>
    <message>
        <source>Good rating rate (%)</source>
        <translation>好评率（%）</translation>
    </message>
    <message>
        <source>Ratings counted</source>
        <translation>计入评价数</translation>
    </message>
    <message>
        <source>Good ratings</source>
        <translation>好评数</translation>
    </message>
    <message>
        <source>Excluded ratings</source>
        <translation>剔除评价数</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>New duty post</source>
        <translation>新增值班岗位</translation>
    </message>
    <message>
        <source>Edit duty post</source>
        <translation>编辑值班岗位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. 午间值守·综合受理区</source>
        <translation>如：午间值守·综合受理区</translation>
    </message>
    <message>
        <source>Duty type</source>
        <translation>值班类型</translation>
    </message>
    <message>
        <source>People each time</source>
        <translation>每次人数</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>运行日</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Windows covered</source>
        <translation>覆盖窗口</translation>
    </message>
    <message>
        <source>Zone covered</source>
        <translation>覆盖区域</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（不限区域）</translation>
    </message>
    <message>
        <source>With windows, the staff of the home units owning them and the staff sitting at them qualify; with a zone (and no windows), the staff sitting in that zone; with neither, everyone.</source>
        <translation>选了窗口：由这些窗口所属派驻单位的人员和在这些窗口工作的人员值守；只选区域：由在该区域窗口工作的人员值守；都不选：全体人员均可值守。</translation>
    </message>
    <message>
        <source>Comprehensive staff</source>
        <translation>综合窗口人员</translation>
    </message>
    <message>
        <source>Comprehensive-window staff may also serve</source>
        <translation>综合窗口人员也可值守</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Times by season</source>
        <translation>分季节时间</translation>
    </message>
</context>
<context>
    <name>PostGridModel</name>
    <message>
        <source>Duty leader</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <source>%1 person(s)</source>
        <translation>%1人</translation>
    </message>
    <message>
        <source>Duty leader: %1</source>
        <translation>带班领导：%1</translation>
    </message>
    <message>
        <source>Joint duty: %1</source>
        <translation>共同值班：%1</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>Nobody holds this seat; see “Why vacant…” for who was considered.</source>
        <translation>此岗位无人值班；点“空缺说明…”查看考虑过哪些人及原因。</translation>
    </message>
</context>
<context>
    <name>RatingsImportDialog</name>
    <message>
        <source>Import citizen ratings</source>
        <translation>导入好差评</translation>
    </message>
    <message>
        <source>Rating id</source>
        <translation>评价编号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>评价渠道</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <source>Columns (field → column of the file)</source>
        <translation>列对应（字段 → 文件中的列）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rows with errors (they are skipped, the others are imported):</source>
        <translation>有错误的行（将被跳过，其余行正常导入）：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Copy error list</source>
        <translation>复制错误列表</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Choose a rating export</source>
        <translation>选择好差评导出文件</translation>
    </message>
    <message>
        <source>Rating exports (*.csv *.xlsx *.xls *.txt)</source>
        <translation>好差评导出文件 (*.csv *.xlsx *.xls *.txt)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <source>File %1 (header in row %2), about %3 rows. Of the first %4 rows, %5 can be imported and %6 have errors.</source>
        <translation>文件 %1（表头在第 %2 行），约 %3 行。前 %4 行中，%5 行可导入，%6 行有错误。</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Importing citizen ratings…</source>
        <translation>正在导入好差评…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>Import finished: %1 rows read, %2 added, %3 already imported (skipped), %4 with errors (skipped).</source>
        <translation>导入完成：读取 %1 行，新增 %2 行，%3 行已导入过（已跳过），%4 行有错误（已跳过）。</translation>
    </message>
    <message>
        <source>The list shows the first %1 errors.</source>
        <translation>列表仅显示前 %1 个错误。</translation>
    </message>
</context>
<context>
    <name>RatingsModel</name>
    <message>
        <source>Time</source>
        <extracomment>the columns read per row (the model's column order follows ``COLUMN_KEYS``)</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>评价渠道</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已剔除</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>RatingsPage</name>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Bad (1–2)</source>
        <translation>差评（1–2）</translation>
    </message>
    <message>
        <source>Good (3–5)</source>
        <translation>好评（3–5）</translation>
    </message>
    <message>
        <source>Window number</source>
        <translation>窗口编号</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Citizen ratings</source>
        <translation>好差评</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n 条评价</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The filter matches %1 ratings; only the newest %2 are exported. Choose a month or a window to export the rest.</source>
        <translation>筛选结果共 %1 条评价，仅导出最新的 %2 条。请选择月份或窗口以导出其余评价。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>e.g. 张三 is on a training course that day; 李四 takes the duty</source>
        <translation>例如：张三当天参加培训，由李四替班</translation>
    </message>
</context>
<context>
    <name>RecordsBehindDialog</name>
    <message>
        <source>Good rate</source>
        <translation>好评率</translation>
    </message>
    <message>
        <source>%1 — records behind %2</source>
        <translation>%1 — %2 的依据记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>(excluded)</source>
        <translation>（已剔除）</translation>
    </message>
    <message>
        <source>No records behind this figure.</source>
        <translation>此数据没有依据记录。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RecoverDatabase</name>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The database %1 is damaged:
%2

</source>
        <translation>数据库 %1 已损坏：
%2

</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 (%2 staff). Restore it? The damaged file is kept among the backups.</source>
        <translation>最近一份完好的备份生成于 %1（%2 名人员）。是否恢复该备份？已损坏的文件将保留在备份中。</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Choose a backup file (e.g. on a USB stick) or quit and ask for help.</source>
        <translation>在 %1 中没有找到完好的备份。请选择一个备份文件（例如U盘上的备份），或退出程序并寻求技术支持。</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>恢复最近一份完好的备份</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>选择备份…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.db *.sqlite);;All files (*)</source>
        <translation>备份文件 (*.sqlite3 *.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The restore did not happen</source>
        <translation>未执行恢复</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>Refuse the leave of %1</source>
        <translation>不批准%1的请假</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register entry</source>
        <translation>新增登记</translation>
    </message>
    <message>
        <source>Edit register entry</source>
        <translation>编辑登记</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Type a name, unit or window</source>
        <translation>输入姓名、单位或窗口</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Type part of the item</source>
        <translation>输入考核项目中的部分文字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>HH:MM (optional)</source>
        <translation>时:分（选填）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Photo, record number, letter…</source>
        <translation>照片、记录编号、信函…</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实状态</translation>
    </message>
    <message>
        <source>(by the rule: complaints and bad ratings start pending)</source>
        <translation>（按规则确定：投诉和差评默认为待核实）</translation>
    </message>
    <message>
        <source>Save and new</source>
        <translation>保存并新增</translation>
    </message>
    <message>
        <source>Saved: %1 — %2 (%3 entries in this session)</source>
        <translation>已保存：%1 — %2（本次已登记 %3 条）</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any verification</source>
        <translation>全部核实状态</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>新增登记…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>核实…</translation>
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
        <source>Registers</source>
        <translation>日常登记</translation>
    </message>
    <message>
        <source>Name, unit, window or item (Ctrl+F)</source>
        <translation>姓名、单位、窗口或考核项目（Ctrl+F）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
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
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>考核类别</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实状态</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation>请先选择一条登记记录。</translation>
    </message>
    <message>
        <source>Delete the entry “%1” of %2 on %3? The audit trail keeps a copy.</source>
        <translation>确定删除%2于 %3 的登记“%1”吗？审计日志会保留一份副本。</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Ranking table (考核排名表)</source>
        <translation>考核排名表</translation>
    </message>
    <message>
        <source>Everyone evaluated in the period, by rank, with score and grade; a quarter shows the three months and their average.</source>
        <translation>本期间全部参加考核人员按名次排列，列出得分和等次；季度表列出三个月得分及平均分。</translation>
    </message>
    <message>
        <source>Open ranking table…</source>
        <translation>打开排名表…</translation>
    </message>
    <message>
        <source>Evaluation sheet of one person (考核评分表)</source>
        <translation>个人考核评分表</translation>
    </message>
    <message>
        <source>The person's score by item, deductions and bonuses, citizen ratings, leave and training in the period.</source>
        <translation>本人在该期间的分项得分、扣分与加分、群众评价、请假和培训情况。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Type a name, unit or window</source>
        <translation>输入姓名、单位或窗口</translation>
    </message>
    <message>
        <source>Open evaluation sheet…</source>
        <translation>打开评分表…</translation>
    </message>
    <message>
        <source>Laying out the ranking table…</source>
        <translation>正在排版排名表…</translation>
    </message>
    <message>
        <source>Ranking table %1</source>
        <translation>%1考核排名表</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>请先选择人员。</translation>
    </message>
    <message>
        <source>Laying out the evaluation sheet…</source>
        <translation>正在排版考核评分表…</translation>
    </message>
    <message>
        <source>Evaluation sheet of %1, %2</source>
        <translation>%1 %2考核评分表</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>New temporary password</source>
        <translation>新的临时密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>确认密码</translation>
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
    <message>
        <source>Return from leave: %1</source>
        <translation>销假：%1</translation>
    </message>
    <message>
        <source>Back on</source>
        <translation>销假日期</translation>
    </message>
</context>
<context>
    <name>RosterReasons</name>
    <message>
        <source>not at the center that day</source>
        <extracomment>why a person cannot take a cell (exclusion and violation codes), short phrases</extracomment>
        <translation>当天不在中心</translation>
    </message>
    <message>
        <source>exempt from this duty</source>
        <translation>免于此类值班</translation>
    </message>
    <message>
        <source>not staff of the windows this post covers</source>
        <translation>非该岗位覆盖窗口人员</translation>
    </message>
    <message>
        <source>on leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>already on duty that day</source>
        <translation>当天已有值班</translation>
    </message>
    <message>
        <source>weekly limit reached</source>
        <translation>本周值班已达上限</translation>
    </message>
    <message>
        <source>weekend duty the week before or after</source>
        <translation>前后一周已有周末值班</translation>
    </message>
    <message>
        <source>free, but not needed</source>
        <translation>可值班，但已排满</translation>
    </message>
    <message>
        <source>the post does not run that day</source>
        <translation>该岗位当天不值班</translation>
    </message>
    <message>
        <source>the cell is taken twice</source>
        <translation>同一班次重复安排</translation>
    </message>
    <message>
        <source>free</source>
        <translation>可值班</translation>
    </message>
</context>
<context>
    <name>RosterTexts</name>
    <message>
        <source>the program</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Not made yet: press Generate.</source>
        <translation>尚未排班：请点“自动排班”。</translation>
    </message>
    <message>
        <source>No duty posts in use: set them up on the Duty posts tab first.</source>
        <translation>没有在用的值班岗位：请先在“值班岗位”页设置。</translation>
    </message>
    <message>
        <source>generated %1</source>
        <translation>排班：%1</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>发布：%1</translation>
    </message>
    <message>
        <source>Seats filled: %1 / %2</source>
        <translation>已排：%1/%2格</translation>
    </message>
    <message>
        <source>vacant: %1</source>
        <translation>空缺：%1</translation>
    </message>
    <message>
        <source>breaking a rule: %1</source>
        <translation>违反规则：%1</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>午间</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>延时</translation>
    </message>
    <message>
        <source>weekend/holiday</source>
        <translation>周末/节假日</translation>
    </message>
    <message>
        <source>%1/%2 seats filled in %3 s.</source>
        <translation>已排%1/%2格，用时%3秒。</translation>
    </message>
    <message>
        <source>Locked cells kept: %1.</source>
        <translation>保留锁定格：%1个。</translation>
    </message>
    <message>
        <source>%1 seat(s) stay vacant: see “Why vacant…”.</source>
        <translation>仍有%1个空缺，见“空缺说明…”。</translation>
    </message>
    <message>
        <source>%1 cell(s) break a rule (shown in red).</source>
        <translation>%1格违反排班规则（红色显示）。</translation>
    </message>
    <message>
        <source>Fairness (most − fewest duties of a kind in a pool this month): %1</source>
        <translation>公平性（同一人员组本月同类值班最多与最少之差）：%1</translation>
    </message>
</context>
<context>
    <name>RostersPage</name>
    <message>
        <source>Month roster</source>
        <translation>月排班表</translation>
    </message>
    <message>
        <source>Leader and joint duty</source>
        <translation>带班与共同值班</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>服务日志</translation>
    </message>
    <message>
        <source>Duty posts</source>
        <translation>值班岗位</translation>
    </message>
    <message>
        <source>Time off (调休)</source>
        <translation>调休</translation>
    </message>
    <message>
        <source>Duty rosters</source>
        <translation>值班排班</translation>
    </message>
</context>
<context>
    <name>RowErrorsDialog</name>
    <message>
        <source>Sign-in not imported</source>
        <translation>签到未导入</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n row(s) of the file have problems. Correct the file and import it again.</source>
        <translation>
            <numerusform>未保存任何记录：文件中有 %n 行存在问题。请修改文件后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
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
</context>
<context>
    <name>RuleWords</name>
    <message>
        <source>%1 this week, at most %2</source>
        <extracomment>the order of the reasons in 空缺说明 (those that change with the roster first)</extracomment>
        <translation>本周已%1次，每周最多%2次</translation>
    </message>
    <message>
        <source>also on %1</source>
        <translation>另一次在%1</translation>
    </message>
    <message>
        <source>also in the week of %1</source>
        <translation>%1那一周也值班</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Roster rules</source>
        <translation>排班规则</translation>
    </message>
    <message>
        <source>Duties a week at most</source>
        <translation>每人每周最多值班次数</translation>
    </message>
    <message>
        <source>Avoid (unless no one else can)</source>
        <translation>尽量避免（无人可替时允许）</translation>
    </message>
    <message>
        <source>Forbid</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Weekend duty two weeks running</source>
        <translation>连续两周周末（节假日）值班</translation>
    </message>
    <message>
        <source>At most one duty a day per person</source>
        <translation>每人每天最多值一个班</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色不能进行此操作。</translation>
    </message>
    <message>
        <source>The rules were saved; they apply to the next roster made.</source>
        <translation>排班规则已保存，下次排班时生效。</translation>
    </message>
</context>
<context>
    <name>RunsOnBox</name>
    <message>
        <source>Working days</source>
        <extracomment>times a new post starts with, by type (None: the whole day) a season time edit at this value means "the post's default times"</extracomment>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Statutory holidays</source>
        <translation>法定节假日</translation>
    </message>
</context>
<context>
    <name>SatisfactionTrendChart</name>
    <message>
        <source>No citizen ratings yet.</source>
        <translation>暂无群众评价。</translation>
    </message>
    <message>
        <source>{month}: good rating rate {rate}% ({n} ratings)</source>
        <translation>{month}：好评率 {rate}%（共 {n} 条评价）</translation>
    </message>
</context>
<context>
    <name>ScoresDialog</name>
    <message>
        <source>Scores: %1</source>
        <translation>录入成绩：%1</translation>
    </message>
    <message>
        <source>Pass mark: %1</source>
        <translation>合格分：%1</translation>
    </message>
    <message>
        <source>This course has no pass mark: scores are kept but nobody passes or fails.</source>
        <translation>本课程未设合格分：成绩照常记录，但不判定是否合格。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Save scores</source>
        <translation>保存成绩</translation>
    </message>
</context>
<context>
    <name>SeasonDialog</name>
    <message>
        <source>New season</source>
        <translation>新增作息时间</translation>
    </message>
    <message>
        <source>Edit season</source>
        <translation>编辑作息时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. 夏季作息</source>
        <translation>如：夏季作息</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>结束月份</translation>
    </message>
    <message>
        <source> (month)</source>
        <translation> 月</translation>
    </message>
    <message>
        <source>A season may run over the year end, e.g. from October to April.</source>
        <translation>可以跨年，如10月至次年4月。</translation>
    </message>
    <message>
        <source>Morning opens</source>
        <translation>上午上班</translation>
    </message>
    <message>
        <source>Morning closes</source>
        <translation>上午下班</translation>
    </message>
    <message>
        <source>Afternoon opens</source>
        <translation>下午上班</translation>
    </message>
    <message>
        <source>Afternoon closes</source>
        <translation>下午下班</translation>
    </message>
</context>
<context>
    <name>SeasonTimesBox</name>
    <message>
        <source>Season</source>
        <translation>作息时间</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>No seasons are set up.</source>
        <translation>尚未设置作息时间。</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Passwords, lockout and screen lock</source>
        <translation>密码、账号锁定与屏幕锁定</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2.</source>
        <translation>允许范围：%1 至 %2。</translation>
    </message>
    <message>
        <source>Changes apply at the next login and the next screen lock; users who are logged in keep working. The limits follow 等保 2.0 level 2: a rule can be tightened, not switched off.</source>
        <translation>修改在下次登录和下次锁定屏幕时生效，已登录的用户可以继续工作。各项限值遵循等保 2.0 二级要求：规则只能收紧，不能关闭。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Baseline values</source>
        <translation>填入基线值</translation>
    </message>
    <message>
        <source>Fill in the 等保 level 2 baseline; nothing is saved until you press Save</source>
        <translation>填入等保二级基线值；按“保存”后才会保存</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>只有系统管理员可以修改这些设置。</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>安全设置</translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation>密码最短长度</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>Longer passwords are harder to guess.</source>
        <translation>密码越长越难被猜中。</translation>
    </message>
    <message>
        <source>Character classes required</source>
        <translation>密码须含字符种类</translation>
    </message>
    <message>
        <source>Of four: lower-case letters, capitals, digits, symbols.</source>
        <translation>共四类：小写字母、大写字母、数字、符号。</translation>
    </message>
    <message>
        <source>Password valid for</source>
        <translation>密码有效期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>After that the user must choose a new password at login.</source>
        <translation>到期后，用户登录时必须设置新密码。</translation>
    </message>
    <message>
        <source>Failed attempts before lockout</source>
        <translation>锁定前允许失败次数</translation>
    </message>
    <message>
        <source>Wrong passwords in a row that lock the account.</source>
        <translation>连续输错密码达到此次数即锁定账号。</translation>
    </message>
    <message>
        <source>Lockout lasts</source>
        <translation>锁定时长</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>An administrator can unlock sooner on the Accounts page.</source>
        <translation>系统管理员可在“账号管理”页面提前解锁。</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>自动锁定屏幕</translation>
    </message>
    <message>
        <source> idle minutes</source>
        <translation> 分钟无操作后</translation>
    </message>
    <message>
        <source>The user's password opens it again.</source>
        <translation>用户输入自己的密码即可解锁。</translation>
    </message>
    <message>
        <source>Keep audit entries for</source>
        <translation>审计记录保留期限</translation>
    </message>
    <message>
        <source>Entries younger than this are never removed.</source>
        <translation>未超过此期限的审计记录不会被删除。</translation>
    </message>
    <message>
        <source>Security settings saved; they apply at the next login or screen lock.</source>
        <translation>安全设置已保存，将在下次登录或锁定屏幕时生效。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session: %1</source>
        <translation>添加场次：%1</translation>
    </message>
    <message>
        <source>Edit session: %1</source>
        <translation>编辑场次：%1</translation>
    </message>
    <message>
        <source>Course dates: %1 – %2</source>
        <translation>课程日期：%1 至 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Hours (学时)</source>
        <translation>学时</translation>
    </message>
</context>
<context>
    <name>SetCellDialog</name>
    <message>
        <source>Set who is on duty</source>
        <translation>指定值班人员</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>On duty now: %1</source>
        <translation>当前值班：%1</translation>
    </message>
    <message>
        <source>Search name or unit…</source>
        <translation>搜索姓名或单位…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Duties of this kind this month</source>
        <translation>本月同类值班</translation>
    </message>
    <message>
        <source>Can take it?</source>
        <translation>能否值班</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>可以</translation>
    </message>
    <message>
        <source>Choose the person; the cell is then locked (kept when the month is generated again).</source>
        <translation>请选择人员；指定后该格锁定（重新排班时保留）。</translation>
    </message>
    <message>
        <source>%1 has %2 duty(ies) of this kind this month.</source>
        <translation>%1本月已有同类值班%2次。</translation>
    </message>
</context>
<context>
    <name>SetLeaderDialog</name>
    <message>
        <source>Duty leader of %1</source>
        <translation>%1的带班领导</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Duty leader (带班领导)</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（不安排）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. 下午外出开会，由…代</source>
        <translation>如：下午外出开会，由…代</translation>
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
        <source>Your role may not do this.</source>
        <translation>您的角色无权进行此操作。</translation>
    </message>
    <message>
        <source>Center settings</source>
        <translation>中心设置</translation>
    </message>
    <message>
        <source>Official documents</source>
        <translation>公文</translation>
    </message>
    <message>
        <source>Number prefix of notices (通报)</source>
        <translation>通报文号前缀</translation>
    </message>
    <message>
        <source>Number prefix of letters (函)</source>
        <translation>函文号前缀</translation>
    </message>
    <message>
        <source>e.g. 青政服函 → 青政服函〔2026〕3号</source>
        <translation>例如：青政服函 → 青政服函〔2026〕3号</translation>
    </message>
    <message>
        <source>Printed by (印发机关)</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <source>e.g. 青山县政务服务中心综合科</source>
        <translation>例如：青山县政务服务中心综合科</translation>
    </message>
    <message>
        <source>Save document settings</source>
        <translation>保存公文设置</translation>
    </message>
    <message>
        <source>Document settings saved.</source>
        <translation>公文设置已保存。</translation>
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
    <name>SignInDialog</name>
    <message>
        <source>Sign-in: %1 %2–%3</source>
        <translation>签到：%1 %2–%3</translation>
    </message>
    <message>
        <source>Tick who was present. Someone who came late or left early gets fewer hours (at most %1 学时).</source>
        <translation>勾选到场人员。迟到或早退的人员可少记学时（最多 %1 学时）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>按已记录</translation>
    </message>
    <message>
        <source>Save sign-in</source>
        <translation>保存签到</translation>
    </message>
</context>
<context>
    <name>SkillLevelDialog</name>
    <message>
        <source>Record skill level: %1</source>
        <translation>登记技能等级：%1</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>职业标准</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Date awarded</source>
        <translation>取得日期</translation>
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
        <source>Timeline…</source>
        <translation>履历…</translation>
    </message>
    <message>
        <source>Show full numbers</source>
        <translation>显示完整号码</translation>
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
        <source>Training hours</source>
        <translation>培训学时</translation>
    </message>
    <message>
        <source>Full numbers</source>
        <translation>完整号码</translation>
    </message>
    <message>
        <source>%1
ID number: %2
Mobile: %3

(This look-up is recorded in the audit trail.)</source>
        <translation>%1
身份证号：%2
手机号码：%3

（本次查看已记入审计日志。）</translation>
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
    <message>
        <source>No backup today</source>
        <translation>今日未能备份</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>Swap duty</source>
        <translation>换班</translation>
    </message>
    <message>
        <source>Swap with another cell</source>
        <translation>与另一格对换</translation>
    </message>
    <message>
        <source>Give it to another person</source>
        <translation>改由另一人值班</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <source>The swap is checked against the same rules as the generated roster; both cells are locked afterwards.</source>
        <translation>换班按与自动排班相同的规则检查；换班后两格均锁定。</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Yearly training targets</source>
        <translation>年度学时目标</translation>
    </message>
    <message>
        <source>Hours (学时) each person should reach in a year, by employment type. 1 学时 = 1 hour.</source>
        <translation>按用工性质设置每人每年应完成的学时数（1 学时 = 1 小时）。</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New version of the scoring template</source>
        <translation>新建考核模板版本</translation>
    </message>
    <message>
        <source>Based on {label}. Saving stores a new version and makes it the one in use: it applies to the months computed from now on; published evaluations keep the version they were scored with.</source>
        <translation>以 {label} 为基础修改。保存后生成新版本并立即启用，适用于此后计算的月份；已发布的考核结果仍保留评分时所用的版本。</translation>
    </message>
    <message>
        <source>a new name starts again at version 1</source>
        <translation>改用新名称时从第 1 版开始</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>The weight of a category is the most it can deduct in a month. Points are deducted per occurrence of the item.</source>
        <translation>各考核类别的分值即该类当月最多扣分；扣分项按每次（每件、每天等）发生扣分。</translation>
    </message>
    <message>
        <source>Weight (most deducted a month)</source>
        <translation>分值（当月最多扣分）</translation>
    </message>
    <message>
        <source>per {unit}</source>
        <translation>分/{unit}</translation>
    </message>
    <message>
        <source>Bonus and veto</source>
        <translation>加分与一票否决</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Points added</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Bonus cap (most added a month)</source>
        <translation>加分上限（当月最多加分）</translation>
    </message>
    <message>
        <source>Veto items (一票否决)</source>
        <translation>一票否决项</translation>
    </message>
    <message>
        <source>Points deducted</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>No honours that year</source>
        <translation>当年不得评优</translation>
    </message>
    <message>
        <source>Grade set to</source>
        <translation>等次直接定为</translation>
    </message>
    <message>
        <source>No honours</source>
        <translation>不得评优</translation>
    </message>
    <message>
        <source>(points decide)</source>
        <translation>（按得分确定）</translation>
    </message>
    <message>
        <source>Grades and quotas</source>
        <translation>等次与优秀比例</translation>
    </message>
    <message>
        <source>Grade bands (monthly)</source>
        <translation>月度等次分数段</translation>
    </message>
    <message>
        <source>points and above</source>
        <translation>分及以上</translation>
    </message>
    <message>
        <source>From the highest band to the lowest; the lowest starts at 0.</source>
        <translation>按从高到低排列；最低一档从 0 分起。</translation>
    </message>
    <message>
        <source>优秀 quota (share of those assessed, at most 50%)</source>
        <translation>优秀比例（占参加考核人数，最高 50%）</translation>
    </message>
    <message>
        <source>Normal unit</source>
        <translation>一般单位</translation>
    </message>
    <message>
        <source>Unit with collective merit</source>
        <translation>受集体嘉奖或记集体功的单位</translation>
    </message>
    <message>
        <source>Unit held accountable</source>
        <translation>被问责的单位</translation>
    </message>
    <message>
        <source>Citizen ratings (好差评)</source>
        <translation>群众评价（好差评）</translation>
    </message>
    <message>
        <source>好评率 counts ratings of</source>
        <translation>计入好评率的评价</translation>
    </message>
    <message>
        <source>差评 are ratings of</source>
        <translation>计为差评的评价</translation>
    </message>
    <message>
        <source>Honours and windows</source>
        <translation>评优与窗口考核</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>评优评先</translation>
    </message>
    <message>
        <source>Service stars: share of those scored</source>
        <translation>服务之星：占考核人数比例</translation>
    </message>
    <message>
        <source>Service stars: at least</source>
        <translation>服务之星：至少</translation>
    </message>
    <message>
        <source>people a month</source>
        <translation>人/月</translation>
    </message>
    <message>
        <source>Service stars: at most</source>
        <translation>服务之星：至多</translation>
    </message>
    <message>
        <source>Red-flag windows</source>
        <translation>流动红旗窗口</translation>
    </message>
    <message>
        <source>windows a month</source>
        <translation>个窗口/月</translation>
    </message>
    <message>
        <source>Window score</source>
        <translation>窗口考核</translation>
    </message>
    <message>
        <source>Points per upheld complaint</source>
        <translation>每件属实投诉扣分</translation>
    </message>
    <message>
        <source>Weight of the on-time rate</source>
        <translation>按时办结率权重</translation>
    </message>
    <message>
        <source>deducts weight × (1 − on-time rate)</source>
        <translation>扣 权重 ×（1 − 按时办结率）分</translation>
    </message>
    <message>
        <source>Weight of the 好评率</source>
        <translation>好评率权重</translation>
    </message>
    <message>
        <source>deducts weight × (1 − 好评率)</source>
        <translation>扣 权重 ×（1 − 好评率）分</translation>
    </message>
    <message>
        <source>Chief representative's share</source>
        <translation>首席代表承担比例</translation>
    </message>
    <message>
        <source>of the window's deductions</source>
        <translation>（占窗口扣分）</translation>
    </message>
    <message>
        <source>Weights add up to {total} of the base score {base}.</source>
        <translation>各类分值合计 {total} 分，基础分 {base} 分。</translation>
    </message>
    <message>
        <source>{field}: enter the points deducted per occurrence, more than 0.</source>
        <translation>{field}：请填写每次扣减的分值，须大于 0。</translation>
    </message>
    <message>
        <source>{field}: the least number of service stars cannot exceed the most.</source>
        <translation>{field}：服务之星最少人数不能多于最多人数。</translation>
    </message>
    <message>
        <source>Nothing was changed; no new version was saved.</source>
        <translation>未作任何修改，没有保存新版本。</translation>
    </message>
</context>
<context>
    <name>TemplateReader</name>
    <message>
        <source>−{points} per {unit}</source>
        <extracomment>the five levels of 政务服务"好差评" (DOMAIN.md §6a); official terms, shown as they are</extracomment>
        <translation>每{unit}扣 {points} 分</translation>
    </message>
    <message>
        <source>+{points} per {unit}</source>
        <translation>每{unit}加 {points} 分</translation>
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
        <source>−{points} per occurrence, beyond the category caps</source>
        <translation>每次扣 {points} 分（不受类别分值限制）</translation>
    </message>
    <message>
        <source>grade set to {grade}</source>
        <translation>等次直接定为{grade}</translation>
    </message>
    <message>
        <source>no honours that year</source>
        <translation>当年不得评优</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>no effect</source>
        <translation>无影响</translation>
    </message>
    <message>
        <source>{min} points and above</source>
        <translation>{min} 分及以上</translation>
    </message>
    <message>
        <source>below {upper} points</source>
        <translation>低于 {upper} 分</translation>
    </message>
    <message>
        <source>{min} to under {upper} points</source>
        <translation>{min} 分至不足 {upper} 分</translation>
    </message>
    <message>
        <source>level {level} ({word}) and above</source>
        <translation>{level} 级（{word}）及以上</translation>
    </message>
    <message>
        <source>levels 1 to {level}</source>
        <translation>1 至 {level} 级</translation>
    </message>
    <message>
        <source>{category}: weight</source>
        <translation>{category}：分值</translation>
    </message>
    <message>
        <source>{item}: points deducted</source>
        <translation>{item}：扣分</translation>
    </message>
    <message>
        <source>{item}: no honours that year</source>
        <translation>{item}：当年不得评优</translation>
    </message>
    <message>
        <source>{item}: grade set to</source>
        <translation>{item}：等次直接定为</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>Base score</source>
        <translation>基础分</translation>
    </message>
    <message>
        <source>Category weights</source>
        <translation>各类分值</translation>
    </message>
    <message>
        <source>Bonus cap</source>
        <translation>加分上限</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>等次分数段</translation>
    </message>
    <message>
        <source>优秀 quota, normal unit</source>
        <translation>优秀比例（一般单位）</translation>
    </message>
    <message>
        <source>优秀 quota, unit with collective merit</source>
        <translation>优秀比例（受集体嘉奖或记集体功的单位）</translation>
    </message>
    <message>
        <source>优秀 quota, unit held accountable</source>
        <translation>优秀比例（被问责的单位）</translation>
    </message>
    <message>
        <source>Counted as good (好评率)</source>
        <translation>计入好评率</translation>
    </message>
    <message>
        <source>Counted as bad (差评)</source>
        <translation>计为差评</translation>
    </message>
    <message>
        <source>Service stars: share</source>
        <translation>服务之星：比例</translation>
    </message>
    <message>
        <source>Service stars: at least (people)</source>
        <translation>服务之星：每月至少（人）</translation>
    </message>
    <message>
        <source>Service stars: at most (people)</source>
        <translation>服务之星：每月至多（人）</translation>
    </message>
    <message>
        <source>Red-flag windows a month</source>
        <translation>流动红旗窗口：每月个数</translation>
    </message>
    <message>
        <source>Chief representative's share of window deductions</source>
        <translation>首席代表承担窗口扣分比例</translation>
    </message>
    <message>
        <source>Window: points per upheld complaint</source>
        <translation>窗口：每件属实投诉扣分</translation>
    </message>
    <message>
        <source>Window: weight of the on-time rate</source>
        <translation>窗口：按时办结率权重</translation>
    </message>
    <message>
        <source>Window: weight of the 好评率</source>
        <translation>窗口：好评率权重</translation>
    </message>
    <message>
        <source>优秀 needs an annual average in band</source>
        <translation>评优秀须年度平均分达到</translation>
    </message>
    <message>
        <source>Annual grades</source>
        <translation>年度考核等次</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本设置</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Veto items (一票否决)</source>
        <translation>一票否决项</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>优秀 quota</source>
        <translation>优秀比例</translation>
    </message>
    <message>
        <source>Citizen ratings (好差评)</source>
        <translation>群众评价（好差评）</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>评优评先</translation>
    </message>
    <message>
        <source>Window score</source>
        <translation>窗口考核</translation>
    </message>
    <message>
        <source>Annual grade for a {grade} average</source>
        <translation>年度平均为“{grade}”时的年度等次</translation>
    </message>
    <message>
        <source>Base score {base}. Each item deducts its points per occurrence; a category deducts at most its weight in a month; the total never falls below 0.</source>
        <translation>基础分 {base} 分，按项扣分；每类当月扣分不超过该类分值，总分不低于 0 分。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>考核类别</translation>
    </message>
    <message>
        <source>Weight (most deducted a month)</source>
        <translation>分值（当月最多扣分）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分标准</translation>
    </message>
    <message>
        <source>Bonus (cap +{cap})</source>
        <translation>加分项（上限 {cap} 分）</translation>
    </message>
    <message>
        <source>Bonus points count up to the cap; a month's total is at most {max}.</source>
        <translation>加分累计不超过上限，月度总分最高 {max} 分。</translation>
    </message>
    <message>
        <source>Points added</source>
        <translation>加分标准</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Monthly grade</source>
        <translation>月度等次</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Annual assessment: the average of the months is graded with these bands. 优秀 needs an average in the {grade} band, no veto and a place within the quota.</source>
        <translation>年度考核：以各月平均分按上述分数段定档。评为优秀须年度平均分达到“{grade}”档、无一票否决事项，并在优秀比例之内。</translation>
    </message>
    <message>
        <source>Band of the annual average</source>
        <translation>年度平均分所在档</translation>
    </message>
    <message>
        <source>Civil servants</source>
        <translation>公务员（含参公人员）</translation>
    </message>
    <message>
        <source>Institution staff</source>
        <translation>事业单位人员</translation>
    </message>
    <message>
        <source>At most this share of those assessed; places are rounded down.</source>
        <translation>不超过参加考核人数的下列比例，名额向下取整。</translation>
    </message>
    <message>
        <source>Normal unit</source>
        <translation>一般单位</translation>
    </message>
    <message>
        <source>Unit with collective merit</source>
        <translation>受集体嘉奖或记集体功的单位</translation>
    </message>
    <message>
        <source>Unit held accountable</source>
        <translation>被问责的单位</translation>
    </message>
    <message>
        <source>Service stars (服务之星)</source>
        <translation>服务之星</translation>
    </message>
    <message>
        <source>top {share} of those scored, {min} to {max} people a month</source>
        <translation>当月得分前 {share}，每月 {min}–{max} 人</translation>
    </message>
    <message>
        <source>Red-flag windows (流动红旗窗口)</source>
        <translation>流动红旗窗口</translation>
    </message>
    <message>
        <source>the top {count} windows each month</source>
        <translation>每月得分前 {count} 名的窗口</translation>
    </message>
    <message>
        <source>The average of the window's staff, minus the window's deductions and:</source>
        <translation>窗口得分为窗口人员平均分，减去窗口扣分及下列各项：</translation>
    </message>
    <message>
        <source>Upheld complaint</source>
        <translation>属实投诉</translation>
    </message>
    <message>
        <source>−{points} each</source>
        <translation>每件扣 {points} 分</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>−{weight} × (1 − on-time rate)</source>
        <translation>扣 {weight} ×（1 − 按时办结率）分</translation>
    </message>
    <message>
        <source>好评率</source>
        <translation>好评率</translation>
    </message>
    <message>
        <source>−{weight} × (1 − 好评率)</source>
        <translation>扣 {weight} ×（1 − 好评率）分</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Edit as new version…</source>
        <translation>修改为新版本…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>A stored version is never changed. Published evaluations keep the version they were scored with; a new version applies to the months computed from now on.</source>
        <translation>已保存的版本不会被修改。已发布的考核结果保留评分时所用的版本；新版本适用于此后计算的月份。</translation>
    </message>
    <message>
        <source>Versions (newest first)</source>
        <translation>版本（最新的在前）</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一版本</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>本版本</translation>
    </message>
    <message>
        <source>Changes from the previous version</source>
        <translation>与上一版本比较</translation>
    </message>
    <message>
        <source>Scoring templates</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <source>earlier version, no longer used for new months</source>
        <translation>历史版本，不再用于新计算的月份</translation>
    </message>
    <message>
        <source>{label} ({status}), created {at}</source>
        <translation>{label}（{status}），创建于 {at}</translation>
    </message>
    <message>
        <source>This is the first version; there is nothing to compare with.</source>
        <translation>这是第一个版本，没有可比较的上一版本。</translation>
    </message>
    <message>
        <source>{count} figure(s) differ from {label}.</source>
        <translation>与 {label} 相比有 {count} 项不同。</translation>
    </message>
    <message>
        <source>No figure differs from {label}.</source>
        <translation>与 {label} 相比没有不同。</translation>
    </message>
    <message>
        <source>Saved {label}; it is now the version in use.</source>
        <translation>已保存 {label}，现为当前使用的版本。</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Exported {label} to {path}</source>
        <translation>已将 {label} 导出到 {path}</translation>
    </message>
</context>
<context>
    <name>TimeOffTab</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Search name or unit…</source>
        <translation>搜索姓名或单位…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <source>Weekend and holiday duty in published rosters earns compensatory time off (调休); 调休 leave uses it.</source>
        <translation>已发布排班表中的周末和节假日值班可获得调休；请调休假时扣减。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Weekend/holiday duties</source>
        <translation>周末/节假日值班次数</translation>
    </message>
    <message>
        <source>Earned (%1)</source>
        <translation>获得(%1)</translation>
    </message>
    <message>
        <source>Used (%1)</source>
        <translation>已用(%1)</translation>
    </message>
    <message>
        <source>Left (%1)</source>
        <translation>余额(%1)</translation>
    </message>
    <message>
        <source>%1 people · earned %2 days, used %3, left %4</source>
        <translation>%1人 · 共获得%2天，已用%3天，余额%4天</translation>
    </message>
    <message>
        <source>Time off %1</source>
        <translation>%1年调休</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Timeline of %1</source>
        <translation>%1的履历</translation>
    </message>
    <message>
        <source>%1, %2, at the center since %3</source>
        <translation>%1，%2，%3 起进驻中心</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Joined the center, sent by %1</source>
        <translation>由%1派驻，进驻中心</translation>
    </message>
    <message>
        <source>Left the center, back to %1</source>
        <translation>离开中心，调回%1</translation>
    </message>
    <message>
        <source>Vetting decided: %1</source>
        <translation>考察决定：%1</translation>
    </message>
    <message>
        <source>Starts at window %1 (%2)</source>
        <translation>在窗口 %1 上岗（%2）</translation>
    </message>
    <message>
        <source>Leaves window %1 (%2): %3</source>
        <translation>离开窗口 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Appointed chief representative of %1</source>
        <translation>任%1首席代表</translation>
    </message>
    <message>
        <source>No longer chief representative of %1</source>
        <translation>不再担任%1首席代表</translation>
    </message>
    <message>
        <source>Request filed: %1, leaving on %2</source>
        <translation>提出调整申请：%1，拟于 %2 离开</translation>
    </message>
    <message>
        <source>Request decided: %1</source>
        <translation>调整申请决定：%1</translation>
    </message>
    <message>
        <source>Leave until %1 (%2 working days)</source>
        <translation>请假至 %1（%2 个工作日）</translation>
    </message>
    <message>
        <source>Back from leave</source>
        <translation>销假</translation>
    </message>
    <message>
        <source>Register entry: %1 × %2</source>
        <translation>登记记录：%1 × %2</translation>
    </message>
    <message>
        <source>Evaluation of %1 published: %2 points, %3</source>
        <translation>%1 考核结果已公布：%2 分，%3</translation>
    </message>
    <message>
        <source>Training attended: %1, %2 hour(s)</source>
        <translation>参加培训：%1，%2 学时</translation>
    </message>
    <message>
        <source>Training hours of %1 so far: %2 of %3</source>
        <translation>%1年累计学时：%2 / %3</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>同意接收</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>refused</source>
        <comment>vetting or request</comment>
        <translation>未同意</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>更换人员</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>撤回人员</translation>
    </message>
    <message>
        <source>the center asks for a replacement</source>
        <translation>中心要求更换</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>轮岗</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>调动</translation>
    </message>
    <message>
        <source>returned to the home unit</source>
        <translation>调回原单位</translation>
    </message>
    <message>
        <source>end of secondment</source>
        <translation>借调结束</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>TrainingLedgerPage</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>All home units</source>
        <translation>全部派驻单位</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>学时目标…</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation>学时台账</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>统计方式</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>学时台账</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>用工性质</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程数</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Hours per person</source>
        <translation>人均学时</translation>
    </message>
    <message>
        <source>%1 people, %2 reached the target</source>
        <translation>共 %1 人，%2 人已达标</translation>
    </message>
    <message>
        <source>Choose a home unit to see its summary for the feedback letter.</source>
        <translation>请选择派驻单位，查看用于反馈函的学时汇总。</translation>
    </message>
    <message>
        <source>%1, %2: %3 people, %4 hours in all, %5 hours per person; %6 reached the target.</source>
        <translation>%1 %2年：%3 人，合计 %4 学时，人均 %5 学时；%6 人达到年度目标。</translation>
    </message>
    <message>
        <source>By category: %1</source>
        <translation>分类学时：%1</translation>
    </message>
    <message>
        <source>Courses attended: %1</source>
        <translation>参加课程：%1</translation>
    </message>
    <message>
        <source>%1 (%2 people, %3 hours)</source>
        <translation>%1（%2 人，%3 学时）</translation>
    </message>
    <message>
        <source>%1 – %2: %3 hours in all</source>
        <translation>%1 至 %2：合计 %3 学时</translation>
    </message>
    <message>
        <source>Training targets saved.</source>
        <translation>学时目标已保存。</translation>
    </message>
</context>
<context>
    <name>TrainingNeedsPage</name>
    <message>
        <source>All courses</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <source>All weak spots</source>
        <translation>全部薄弱环节</translation>
    </message>
    <message>
        <source>Enrol everyone who needs it</source>
        <translation>一键报名</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>培训需求</translation>
    </message>
    <message>
        <source>Name, home unit, course or reason (Ctrl+F)</source>
        <translation>姓名、派驻单位、课程或原因（Ctrl+F）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Suggested course</source>
        <translation>建议课程</translation>
    </message>
    <message>
        <source>Aimed at</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose a course in the course filter or select a suggestion first.</source>
        <translation>请先在课程筛选中选择课程，或选中一条建议。</translation>
    </message>
    <message numerus="yes">
        <source>Enrol %n person(s) on “%1”? Each is enrolled with the reason shown.</source>
        <translation>
            <numerusform>为“%1”报名 %n 人？每人按所列原因报名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) enrolled on %1.</source>
        <translation>
            <numerusform>已为 %1 报名 %n 人。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>New course…</source>
        <extracomment>how many years back the year filter goes</extracomment>
        <translation>新建课程…</translation>
    </message>
    <message>
        <source>Edit course…</source>
        <translation>编辑课程…</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>删除课程</translation>
    </message>
    <message>
        <source>Enrol…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <source>Enter scores…</source>
        <translation>录入成绩…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>添加场次…</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>编辑场次…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除场次</translation>
    </message>
    <message>
        <source>Sign-in…</source>
        <translation>签到…</translation>
    </message>
    <message>
        <source>Import sign-in…</source>
        <translation>导入签到…</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>签到人数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>参训人员</translation>
    </message>
    <message>
        <source>Training courses</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <source>Title, category, organiser or trainer (Ctrl+F)</source>
        <translation>课程名称、类别、主办或授课人（Ctrl+F）</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Select a course to see its sessions and people.</source>
        <translation>选择一门课程，查看其场次和参训人员。</translation>
    </message>
    <message>
        <source>%1 学时</source>
        <translation>%1 学时</translation>
    </message>
    <message>
        <source>trainer: %1</source>
        <translation>授课人：%1</translation>
    </message>
    <message>
        <source>pass mark: %1</source>
        <translation>合格分：%1</translation>
    </message>
    <message>
        <source>no test</source>
        <translation>不考试</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Source / reason</source>
        <translation>来源/原因</translation>
    </message>
    <message>
        <source>Present at</source>
        <translation>出勤场次</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>是否合格</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>People: %1 enrolled, %2 attended</source>
        <translation>参训人员：报名 %1 人，签到 %2 人</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>按人员</translation>
    </message>
    <message>
        <source>home unit</source>
        <translation>按派驻单位</translation>
    </message>
    <message>
        <source>windows</source>
        <translation>按窗口</translation>
    </message>
    <message>
        <source>training needs</source>
        <translation>按培训需求</translation>
    </message>
    <message>
        <source>Select a course first.</source>
        <translation>请先选择一门课程。</translation>
    </message>
    <message>
        <source>Select a session first (add one if there is none).</source>
        <translation>请先选择一个场次（没有场次时请先添加）。</translation>
    </message>
    <message>
        <source>Delete the course “%1” with its %2 session(s) and %3 enrolment(s)?</source>
        <translation>删除课程“%1”及其 %2 个场次、%3 条报名记录？</translation>
    </message>
    <message>
        <source>Delete the session of %1 %2–%3?</source>
        <translation>删除 %1 %2–%3 的场次？</translation>
    </message>
    <message>
        <source>Enrolled %1 person(s); %2 were already enrolled.</source>
        <translation>新报名 %1 人；%2 人此前已报名。</translation>
    </message>
    <message>
        <source>Nobody is enrolled on this course yet.</source>
        <translation>本课程还没有人报名。</translation>
    </message>
    <message>
        <source>Sign-in saved: %1 signed in, %2 cancelled.</source>
        <translation>签到已保存：签到 %1 人，取消 %2 人。</translation>
    </message>
    <message>
        <source>Import sign-in</source>
        <translation>导入签到</translation>
    </message>
    <message>
        <source>Sign-in sheets (*.xlsx *.xls *.csv)</source>
        <translation>签到表 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Sign-in not imported</source>
        <translation>签到未导入</translation>
    </message>
    <message>
        <source>Sign-in imported: %1 person(s) signed in.</source>
        <translation>签到已导入：%1 人签到。</translation>
    </message>
    <message>
        <source>Print sign-in sheet</source>
        <translation>打印签到表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Sign-in sheet saved to %1</source>
        <translation>签到表已保存到 %1</translation>
    </message>
    <message>
        <source>%1 score(s) saved.</source>
        <translation>已保存 %1 个成绩。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>New transfer request</source>
        <translation>新增调整申请</translation>
    </message>
    <message>
        <source>Home unit asks to replace the person</source>
        <translation>派驻单位申请更换人员</translation>
    </message>
    <message>
        <source>Home unit asks to withdraw the person</source>
        <translation>派驻单位申请撤回人员</translation>
    </message>
    <message>
        <source>The center asks the home unit to replace the person</source>
        <translation>中心要求派驻单位更换人员</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>申请类型</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Leaves the center on</source>
        <translation>离开中心日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Replacement offered</source>
        <translation>接替人员</translation>
    </message>
    <message>
        <source>Name of the person the home unit sends instead, if any</source>
        <translation>派驻单位另派人员的姓名（如有）</translation>
    </message>
    <message>
        <source>Reason for moving before the minimum tenure</source>
        <translation>未满最短服务期限即调整的理由</translation>
    </message>
    <message>
        <source>%1 working day(s) of notice; the person will have been %2 years at the center (minimum tenure reached on %3).</source>
        <translation>提前 %1 个工作日提出；届时该人员进驻中心 %2 年（%3 满最短服务期限）。</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <source>Waiting for a decision</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>新增申请…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>作出决定…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Transfer requests</source>
        <translation>调整申请</translation>
    </message>
    <message>
        <source>Name or home unit (Ctrl+F)</source>
        <translation>姓名或派驻单位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>更换人员</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回人员</translation>
    </message>
    <message>
        <source>Center asks to replace</source>
        <translation>中心要求更换</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <source>Working days of notice</source>
        <translation>提前工作日数</translation>
    </message>
    <message>
        <source>Years at the center</source>
        <translation>进驻年限</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>%1 (%2): %3, leaving on %4. Agreeing ends the person's window assignments on the day before and marks them returned to the home unit.</source>
        <translation>%1（%2）：%3，拟于 %4 离开。同意后，该人员的窗口上岗将于前一天结束，并登记为已调回原单位。</translation>
    </message>
    <message>
        <source>Decide on the request for %1</source>
        <translation>对%1的调整申请作出决定</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>The request for %1 has already been decided.</source>
        <translation>%1的调整申请已作出决定。</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No scores or citizen ratings in these months.</source>
        <translation>这些月份没有考核得分，也没有群众评价。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Good rating rate (%)</source>
        <translation>好评率（%）</translation>
    </message>
    <message>
        <source>Good rating rate</source>
        <translation>好评率</translation>
    </message>
</context>
<context>
    <name>TrendDialog</name>
    <message>
        <source>Trend — {name}</source>
        <translation>趋势 — {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TrendTab</name>
    <message>
        <source>12 months up to</source>
        <extracomment>emitted after every reload (the page enables its export buttons by what is shown)</extracomment>
        <translation>截至月份（近12个月）</translation>
    </message>
    <message>
        <source>{name} — {first} to {last}</source>
        <translation>{name}（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>{n} month(s) scored, average {score}</source>
        <translation>{n} 个月有考核得分，平均 {score} 分</translation>
    </message>
    <message>
        <source>no evaluation form in these months</source>
        <translation>这些月份没有考核表</translation>
    </message>
    <message>
        <source>{n} citizen rating(s), good rating rate {rate}%</source>
        <translation>群众评价 {n} 条，好评率 {rate}%</translation>
    </message>
    <message>
        <source>no citizen ratings</source>
        <translation>没有群众评价</translation>
    </message>
</context>
<context>
    <name>UnfilledDialog</name>
    <message>
        <source>Why seats are vacant</source>
        <extracomment>names listed per reason before "… and n more" seats explained live at most (each asks the service)</extracomment>
        <translation>空缺说明</translation>
    </message>
    <message>
        <source> … and %1 more</source>
        <translation> …等，另有%1人</translation>
    </message>
    <message>
        <source>%1 person(s)</source>
        <translation>%1人</translation>
    </message>
    <message>
        <source>%1 people considered; nobody could take it:</source>
        <translation>共考虑%1人，均不能值班：</translation>
    </message>
    <message>
        <source>Emptied by hand after the month was generated.</source>
        <translation>排班后被手工清空。</translation>
    </message>
    <message>
        <source>Emptied by hand after the month was generated. As the roster stands now:</source>
        <translation>排班后被手工清空。按当前排班表：</translation>
    </message>
    <message>
        <source>Could take it: %1 person(s)</source>
        <translation>现在可以值班：%1人</translation>
    </message>
    <message>
        <source>Every seat of the month is filled.</source>
        <translation>本月所有值班岗位均已排满。</translation>
    </message>
</context>
<context>
    <name>UnitSignDialog</name>
    <message>
        <source>Home unit signed: %1</source>
        <translation>派驻单位已签批：%1</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签批人</translation>
    </message>
    <message>
        <source>Name and title of the person who signed</source>
        <translation>签批人的姓名和职务</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签批日期</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新增账号</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>e.g. 张伟 (shown in the audit trail)</source>
        <translation>例如：张伟（显示在审计日志中）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Used to log in, e.g. the name in pinyin</source>
        <translation>用于登录，例如姓名的拼音</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>A user name cannot be changed; it identifies the user in the audit trail.</source>
        <translation>用户名不能修改，审计日志依据用户名识别用户。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>may log in</source>
        <translation>允许登录</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新增账号</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>User name or full name (Ctrl+F)</source>
        <translation>用户名或姓名（Ctrl+F）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码修改时间</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
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
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <source>Account created. Give the user the temporary password; they must change it at the first login.</source>
        <translation>账号已创建。请将临时密码告知该用户，用户首次登录时必须修改。</translation>
    </message>
    <message>
        <source>New temporary password set for %1; they must change it at the next login.</source>
        <translation>已为 %1 设置新的临时密码，该用户下次登录时必须修改。</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>账号 %1 已解锁。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify: %1 — %2</source>
        <translation>核实：%1 — %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>核实结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>核实说明</translation>
    </message>
    <message>
        <source>How it was checked; required when rejecting</source>
        <translation>核实方式和情况；不予认定时必填</translation>
    </message>
</context>
<context>
    <name>VettingDialog</name>
    <message>
        <source>Propose a person</source>
        <translation>登记拟派人员</translation>
    </message>
    <message>
        <source>Proposed by (home unit)</source>
        <translation>拟派单位</translation>
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
        <source>Mobile</source>
        <translation>手机号码</translation>
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
        <source>Proposed on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Intended window</source>
        <translation>拟安排窗口</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>（暂未确定）</translation>
    </message>
    <message>
        <source>Political quality</source>
        <translation>政治素质</translation>
    </message>
    <message>
        <source>Business ability</source>
        <translation>业务能力</translation>
    </message>
    <message>
        <source>Physical condition</source>
        <translation>身体状况</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>VettingPage</name>
    <message>
        <source>Waiting for a decision</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>全部拟派人员</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>同意接收</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予接收</translation>
    </message>
    <message>
        <source>Propose a person…</source>
        <translation>登记拟派人员…</translation>
    </message>
    <message>
        <source>Edit assessment…</source>
        <translation>编辑考察情况…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>作出决定…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>考察</translation>
    </message>
    <message>
        <source>Name, home unit or window (Ctrl+F)</source>
        <translation>姓名、派驻单位或窗口（Ctrl+F）</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Intended window</source>
        <translation>拟安排窗口</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>%1 has already been decided.</source>
        <translation>已对%1作出决定。</translation>
    </message>
    <message>
        <source>%1, proposed by %2 on %3. Accepting puts the person on the staff list; assigning a window is a separate step.</source>
        <translation>%1，由%2于 %3 拟派。同意接收后，该人员将列入人员名单；安排窗口需另行操作。</translation>
    </message>
    <message>
        <source>Decide on %1</source>
        <translation>对%1作出决定</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>同意接收</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予接收</translation>
    </message>
    <message>
        <source>Joins the center on</source>
        <translation>进驻日期</translation>
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
    <name>WindowItemsDialog</name>
    <message>
        <source>Window items and scores — %1</source>
        <translation>窗口指标与得分 — %1</translation>
    </message>
    <message>
        <source>Window score = staff average − other deductions − 3 per upheld complaint − 10 × (1 − on-time rate) − 10 × (1 − good rate). The chief representative of the home unit carries 50% of the points a window loses when the honours are confirmed.</source>
        <translation>窗口得分 = 窗口人员平均分 − 其他扣分 − 每件查实投诉 3 分 − 10 ×（1 − 按时办结率）− 10 ×（1 − 好评率）。确认评优表彰时，派驻单位首席代表分担窗口失分的 50%。</translation>
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
        <source>Staff average</source>
        <translation>人员平均分</translation>
    </message>
    <message>
        <source>Good rate</source>
        <translation>好评率</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件数</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Upheld complaints</source>
        <translation>查实投诉</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>其他扣分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Window score</source>
        <translation>窗口得分</translation>
    </message>
    <message>
        <source>Points lost</source>
        <translation>窗口失分</translation>
    </message>
    <message>
        <source>Chief charge</source>
        <translation>首席代表分担</translation>
    </message>
    <message>
        <source>Edit selected window…</source>
        <translation>编辑所选窗口…</translation>
    </message>
</context>
<context>
    <name>WindowItemsForm</name>
    <message>
        <source>Window items: %1 %2 — %3</source>
        <extracomment>candidates shown below the line, so the reviewer can move someone up (with a reason)</extracomment>
        <translation>窗口指标：%1 %2 — %3</translation>
    </message>
    <message>
        <source>Cases handled</source>
        <translation>办件总数</translation>
    </message>
    <message>
        <source>Cases finished on time</source>
        <translation>按时办结件数</translation>
    </message>
    <message>
        <source>Upheld complaints</source>
        <translation>查实投诉</translation>
    </message>
    <message>
        <source>Other window deductions</source>
        <translation>其他窗口扣分</translation>
    </message>
    <message>
        <source>Why (required with deductions)</source>
        <translation>扣分原因（有扣分时必填）</translation>
    </message>
</context>
<context>
    <name>WindowRateChart</name>
    <message>
        <source>No citizen ratings in this month.</source>
        <translation>本月没有群众评价。</translation>
    </message>
    <message>
        <source>Good rating rate</source>
        <translation>好评率</translation>
    </message>
    <message>
        <source>Good rating rate (%)</source>
        <translation>好评率（%）</translation>
    </message>
    <message>
        <source>({n} ratings)</source>
        <translation>（共 {n} 条评价）</translation>
    </message>
</context>
<context>
    <name>WindowRatesTab</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Good rating rate by window</source>
        <translation>窗口好评率</translation>
    </message>
    <message>
        <source>Good rating rate by window, {month}</source>
        <translation>{month} 各窗口好评率</translation>
    </message>
    <message>
        <source>No citizen ratings in {month}.</source>
        <translation>{month} 没有群众评价。</translation>
    </message>
    <message>
        <source>Center: {n} rating(s), good rating rate {rate}%. {below} window(s) below the center's rate are shown in red.</source>
        <translation>全中心共 {n} 条评价，好评率 {rate}%；低于全中心好评率的 {below} 个窗口以红色显示。</translation>
    </message>
    <message>
        <source>Window number</source>
        <translation>窗口编号</translation>
    </message>
    <message>
        <source>Window name</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Ratings counted</source>
        <translation>计入评价数</translation>
    </message>
    <message>
        <source>Good ratings</source>
        <translation>好评数</translation>
    </message>
    <message>
        <source>Excluded ratings</source>
        <translation>剔除评价数</translation>
    </message>
    <message>
        <source>Good rating rate (%)</source>
        <translation>好评率（%）</translation>
    </message>
    <message>
        <source>Whole center</source>
        <translation>全中心</translation>
    </message>
</context>
<context>
    <name>WindowTrendTab</name>
    <message>
        <source>Window trend</source>
        <translation>窗口趋势</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Type a window number or name</source>
        <translation>输入窗口编号或名称</translation>
    </message>
    <message>
        <source>Choose a window to see its monthly score and good rating rate.</source>
        <translation>请选择窗口，查看其每月考核得分和好评率。</translation>
    </message>
    <message>
        <source>Window score</source>
        <translation>窗口得分</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Staff average</source>
        <translation>人员平均分</translation>
    </message>
    <message>
        <source>Staff scored</source>
        <translation>参评人数</translation>
    </message>
    <message>
        <source>Good rating rate (%)</source>
        <translation>好评率（%）</translation>
    </message>
    <message>
        <source>Ratings counted</source>
        <translation>计入评价数</translation>
    </message>
    <message>
        <source>Good ratings</source>
        <translation>好评数</translation>
    </message>
    <message>
        <source>Excluded ratings</source>
        <translation>剔除评价数</translation>
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
        <source>Assign…</source>
        <translation>安排上岗…</translation>
    </message>
    <message>
        <source>End assignment…</source>
        <translation>结束上岗…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Trend…</source>
        <translation>趋势图…</translation>
    </message>
    <message>
        <source>Export assignments…</source>
        <translation>导出上岗记录…</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Export assignments</source>
        <translation>导出上岗记录</translation>
    </message>
    <message>
        <source>window assignments</source>
        <translation>窗口上岗记录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Window assignments</source>
        <translation>窗口上岗记录</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 条记录到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>轮岗</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调动</translation>
    </message>
    <message>
        <source>Returned to the home unit</source>
        <translation>调回原单位</translation>
    </message>
    <message>
        <source>End of secondment</source>
        <translation>借调结束</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Select a window to see who sat there.</source>
        <translation>选中一个窗口即可查看其上岗记录。</translation>
    </message>
    <message>
        <source>Window %1: %2 assigned now, %3 entries in the history</source>
        <translation>窗口 %1：当前在岗 %2 人，历史记录共 %3 条</translation>
    </message>
    <message>
        <source>Select a window first.</source>
        <translation>请先选择一个窗口。</translation>
    </message>
    <message>
        <source>Select an assignment in the lower list first.</source>
        <translation>请先在下方列表中选择一条上岗记录。</translation>
    </message>
    <message>
        <source>This assignment has already ended.</source>
        <translation>该上岗安排已经结束。</translation>
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
        <source>Delete window %1?</source>
        <translation>确定删除窗口 %1 吗？</translation>
    </message>
</context>
<context>
    <name>WindowsPicker</name>
    <message>
        <source>All zones</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>窗口号或名称</translation>
    </message>
    <message>
        <source>Check shown</source>
        <translation>勾选所列窗口</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation>（已撤并）</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) chosen</source>
        <translation>
            <numerusform>已选 %n 个窗口</numerusform>
        </translation>
    </message>
    <message>
        <source>No windows: the post is for its zone, or for everyone</source>
        <translation>未选窗口：按区域，或由全体人员值守</translation>
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
    <name>_ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>_GridModel</name>
    <message>
        <source>rest day</source>
        <extracomment>what one grid index stands for widths of the person grid's columns after the days</extracomment>
        <translation>休息日</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Locked: set by hand, kept when the month is generated again</source>
        <translation>已锁定：手工指定，重新排班时保留</translation>
    </message>
</context>
<context>
    <name>_PasswordDialog</name>
    <message>
        <source>At least %1 characters with %2 of: lower-case letters, capitals, digits, symbols; not containing the user name.</source>
        <translation>至少 %1 个字符，须包含小写字母、大写字母、数字、符号中的 %2 类，且不能包含用户名。</translation>
    </message>
    <message>
        <source>The user must change this temporary password at the first login.</source>
        <translation>用户首次登录时必须修改此临时密码。</translation>
    </message>
    <message>
        <source>The user must change this temporary password at the next login; a lockout is lifted.</source>
        <translation>用户下次登录时必须修改此临时密码；账号锁定同时解除。</translation>
    </message>
</context>
<context>
    <name>_ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 of %2 processed…</source>
        <translation>已处理 %1 / %2…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be kept.</source>
        <translation>正在取消…不会保留任何内容。</translation>
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