package com.salesbot.core.chat.text;

/** The commands of DESIGN.md §4, plus UNKNOWN for anything else. */
public enum Intent {
    /** 目标 / 我的目标 (/target), optionally about another person. */
    TARGET,
    /** 团队目标 (/team), managers. */
    TEAM_TARGET,
    /** 录线索 (/lead). */
    LEAD,
    /** 打卡 / 拜访完成 (/checkin), optionally with minutes. */
    CHECKIN,
    /** 对比 (/compare). */
    COMPARE,
    /** 帮助 (/help). */
    HELP,
    UNKNOWN
}
