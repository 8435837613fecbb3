package com.salesbot.core.feature.target;

import com.salesbot.core.csv.CsvCell;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardLink;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.CommandHandler;
import com.salesbot.core.chat.Formats;
import com.salesbot.core.chat.port.RepTargetHealth;
import com.salesbot.core.chat.port.TargetHealthSource;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.scope.DataScope;
import com.salesbot.core.push.PushFiles;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** 团队目标 (managers and directors; the command is registered for them only): one line per rep, red warnings first, then the lowest completion. */
public final class TeamTargetReply implements CommandHandler {
    private final OrgStore org;
    private final TargetHealthSource source;
    /** Above this many people the full list is also published as a file and linked from the card. */
    static final int FULL_LIST_AFTER = 20;

    private final ZoneId zone;
    private final PushFiles files;

    /** @param files where the full list of a large team is published, or null for none */
    public TeamTargetReply(OrgStore org, TargetHealthSource source, ZoneId zone, PushFiles files) {
        this.org = org;
        this.source = source;
        this.zone = zone;
        this.files = files;
    }

    private record Row(Rep rep, Optional<RepTargetHealth> health) {
        boolean red() {
            return health.map(RepTargetHealth::red).orElse(false);
        }

        double completion() {
            return health.map(RepTargetHealth::completion).orElse(Double.MAX_VALUE);
        }
    }

    @Override
    public List<Outgoing> handle(ChatRequest request, String arguments) {
        Rep viewer = request.sender();
        DataScope scope = DataScope.of(viewer);
        List<Rep> members = SalesMembers.of(scope.visibleReps(org.reps()));
        if (members.isEmpty()) {
            return request.say("你的团队里还没有销售成员。");
        }
        YearMonth month = YearMonth.from(Instant.ofEpochMilli(request.now()).atZone(zone));
        List<Row> rows = members.stream().map(r -> new Row(r, source.health(r, month)))
                .sorted(Comparator.comparing((Row r) -> !r.red()).thenComparingDouble(Row::completion)
                        .thenComparing(r -> r.rep().id()))
                .toList();
        long reds = rows.stream().filter(Row::red).count();
        List<String> lines = new ArrayList<>();
        lines.add(reds == 0 ? "没有红色预警。" : "红色预警 " + reds + " 人，排在最前面：");
        rows.forEach(row -> lines.add(line(row)));
        String title = (DataScope.seesAll(viewer) ? "全部团队"
                : org.findTeam(viewer.teamId()).map(Team::name).orElse("团队")) + " · " + month.getMonthValue() + "月目标健康度";
        Card card = new Card(title, reds > 0 ? Tone.DANGER : Tone.NORMAL, lines, null, null, null, null, null);
        if (files != null && rows.size() > FULL_LIST_AFTER) {
            // a chat message holds about 20 of these lines on the smallest platform: the whole list is a file
            String url = files.publish("team-target-" + month + ".csv", csv(rows));
            card = card.withLink(new CardLink("完整名单", url, "人"));
        }
        return request.reply(card);
    }

    /** The ranked list as CSV (UTF-8 with BOM, so Excel shows the Chinese). */
    private byte[] csv(List<Row> rows) {
        StringBuilder out = new StringBuilder("\uFEFF排名,姓名,团队,预警,完成率,缺口,储备/缺口\r\n");
        int rank = 1;
        for (Row row : rows) {
            String team = org.findTeam(row.rep().teamId()).map(Team::name).orElse("");
            if (row.health().isEmpty()) {
                out.append(rank++).append(',').append(CsvCell.of(row.rep().name())).append(',')
                        .append(CsvCell.of(team)).append(",未设定目标,,,\r\n");
                continue;
            }
            RepTargetHealth h = row.health().get();
            out.append(rank++).append(',').append(CsvCell.of(row.rep().name())).append(',')
                    .append(CsvCell.of(team)).append(',').append(h.red() ? "红色" : "正常").append(',')
                    .append(CsvCell.of(Formats.percent(h.completion())))
                    .append(',').append(CsvCell.of(Formats.money(h.gapFen()))).append(',')
                    .append(CsvCell.of(TargetHealthCard.ratio(h))).append("\r\n");
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String line(Row row) {
        if (row.health().isEmpty()) {
            return "⚪ " + row.rep().name() + "：未设定目标";
        }
        RepTargetHealth h = row.health().get();
        return (h.red() ? "🔴 " : "🟢 ") + row.rep().name() + "：完成" + Formats.percent(h.completion())
                + "，缺口" + Formats.money(h.gapFen()) + "，储备/缺口 " + TargetHealthCard.ratio(h);
    }
}
