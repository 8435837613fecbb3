package com.salesbot.core.feature.target;

import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.Command;
import com.salesbot.core.chat.port.ChartPort;
import com.salesbot.core.chat.port.TargetHealthSource;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Role;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.push.PushFiles;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Target health in chat (R9/R10): 目标 (mine, or "张三的目标" for whoever may see 张三) and 团队目标 (managers and
 * directors). The phrases include the typos and variants people really type.
 */
public final class TargetFeature implements ChatFeature {
    public static final Command TARGET = new Command("target", List.of("目标", "我的目标", "目标健康", "目标完成",
            "我的目标健康度", "完成率", "我的完成率", "业绩", "我的业绩", "目表", "木标", "母标", "幕标", "我的目表", "mubiao",
            "target", "/target"), true, "【目标】看我的目标健康度", Set.of(Role.values()));
    public static final Command TEAM_TARGET = new Command("team-target", List.of("团队目标", "团队", "团队业绩", "全组目标",
            "我们组目标", "我们组", "小组目标", "组目标", "团队的目标", "我们团队", "我们团队目标", "队伍目标", "团对目标", "团队目表",
            "全员目标", "team", "/team"), false, "【团队目标】看团队每个人的目标，红色预警排前面",
            Set.of(Role.MANAGER, Role.DIRECTOR));
    private static final String TEAM_WORDS = "(团队|我们组|我们团队|全组|小组|组)";
    /** "我们组的目标", "目标 团队": the team, not a person called 团队. */
    private static final Pattern TEAM_SHAPE = Pattern.compile(
            "^(?:" + TEAM_WORDS + "的(?:目标|业绩)|(?:目标|业绩)\\s+" + TEAM_WORDS + ")$");
    /** "张三的目标" (group 1 is the person). */
    private static final Pattern OTHER_PERSON = Pattern.compile("^(.{1,12}?)的(?:目标|业绩)$");

    private final TargetHealthReply target;
    private final TeamTargetReply team;

    public TargetFeature(OrgStore org, TargetHealthSource source, ChartPort charts, Thresholds thresholds,
                         ZoneId zone) {
        this(org, source, charts, thresholds, zone, null);
    }

    /** @param files where the full 团队目标 list of a large team is published (linked from the card), or null */
    public TargetFeature(OrgStore org, TargetHealthSource source, ChartPort charts, Thresholds thresholds,
                         ZoneId zone, PushFiles files) {
        this.target = new TargetHealthReply(org, source, charts, thresholds, zone);
        this.team = new TeamTargetReply(org, source, zone, files);
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.command(TARGET, target)
                .command(TEAM_TARGET, team)
                .shape(TEAM_TARGET.name(), TEAM_SHAPE)
                .shape(TARGET.name(), OTHER_PERSON);
    }
}
