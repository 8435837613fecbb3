package com.salesbot.core.feature.targets;

import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.scope.ScopeKind;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.CardImage;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.Command;
import com.salesbot.core.scope.DataScope;
import com.salesbot.core.chat.PromptHandler;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.feature.targets.port.CapabilityCharts;
import com.salesbot.core.feature.targets.port.GrowthEntry;
import com.salesbot.core.feature.targets.port.PlanSession;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.rules.capability.Quadrant;
import com.salesbot.core.rules.capability.RepCapability;
import com.salesbot.core.rules.consensus.ConsensusResult;
import com.salesbot.core.rules.targetplan.PlanKind;
import com.salesbot.core.rules.targetplan.PlanVote;
import com.salesbot.core.rules.targetplan.TargetPlan;
import com.salesbot.core.rules.targetplan.TargetSandbox;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chat side of targets and the capability picture: 目标推演 (three plans, team vote by tap, manager confirms),
 * 推演结果, 能力矩阵, 能力雷达, 共识度 and 积分 (growth account with claims and redemptions approved by a tap). Prompt
 * kinds "tp" (plan votes), "gp" (manager decisions on growth entries) and "gr" (redemption taps) carry everything
 * in the prompt id and the button key, so one card can be shared by a whole team.
 */
public final class TargetsFeature implements ChatFeature {
    static final Set<Role> LEADS = Set.of(Role.MANAGER, Role.DIRECTOR);
    public static final Command SANDBOX = new Command("target-sandbox", List.of("目标推演", "沙盘推演", "目标沙盘",
            "/plan"), true, "【目标推演】三套方案 (激进/稳健/保守), 团队投票, 主管确认", LEADS);
    public static final Command PLAN_RESULT = new Command("target-sandbox-result", List.of("推演结果", "投票结果",
            "目标投票"), false, "【推演结果】查看本团队目标推演的投票情况", Set.of(Role.values()));
    public static final Command MATRIX = new Command("capability-matrix", List.of("能力矩阵", "能力资源矩阵",
            "/matrix"), true, "【能力矩阵】客单价 × 大客户攻坚成功率四象限", LEADS);
    public static final Command RADAR = new Command("capability-radar", List.of("能力雷达", "我的雷达", "雷达图",
            "/radar"), true, "【能力雷达】六维能力与团队均值对比, 主管可加姓名", Set.of(Role.values()));
    public static final Command CONSENSUS = new Command("target-consensus", List.of("共识度", "目标共识度"), true,
            "【共识度】匿名说说你理解的本季度团队目标, 如“共识度 120”(万元)", Set.of(Role.values()));
    public static final Command POINTS = new Command("growth-points", List.of("积分", "成长账户", "我的积分"), false,
            "【积分】能力成长账户: 余额、明细与兑换", Set.of(Role.values()));
    public static final Command CLAIM = new Command("growth-claim", List.of("积分申报", "申报积分"), true,
            "【积分申报】如“积分申报 协同 联合技术方案宣讲”, 主管确认后入账", Set.of(Role.values()));

    static final Map<String, String> CLAIM_KINDS = Map.of("协同", "collaboration", "案例", "case", "认证",
            "certification");

    private final OrgStore org;
    private final TargetSandboxService sandbox;
    private final CapabilityService capability;
    private final ConsensusService consensus;
    private final GrowthAccount growth;
    private final CapabilityCharts charts;
    private final ZoneId zone;

    public TargetsFeature(OrgStore org, TargetSandboxService sandbox, CapabilityService capability,
                          ConsensusService consensus, GrowthAccount growth, CapabilityCharts charts, ZoneId zone) {
        this.org = org;
        this.sandbox = sandbox;
        this.capability = capability;
        this.consensus = consensus;
        this.growth = growth;
        this.charts = charts;
        this.zone = zone;
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.command(SANDBOX, this::sandbox)
                .command(PLAN_RESULT, (r, a) -> planResult(r))
                .command(MATRIX, this::matrix)
                .command(RADAR, this::radar)
                .command(CONSENSUS, this::consensus)
                .command(POINTS, (r, a) -> points(r))
                .command(CLAIM, this::claim)
                .prompt(new Stateless("tp", this::planTap))
                .prompt(new Stateless("gp", this::decisionTap))
                .prompt(new Stateless("gr", this::redeemTap));
    }

    Quarter quarterOf(ChatRequest request) {
        return Quarter.of(Instant.ofEpochMilli(request.now()).atZone(zone).toLocalDate());
    }

    /** "2026Q4" or 下季度 in the arguments, else the current quarter. */
    Quarter quarterArgument(ChatRequest request, String arguments) {
        Quarter current = quarterOf(request);
        if (arguments != null && arguments.contains("下季度")) {
            return current.next();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})\\s*-?[Qq]([1-4])")
                .matcher(arguments == null ? "" : arguments);
        return m.find() ? new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : current;
    }

    /** A manager's own team; a director names a team (name or id) in the arguments. */
    Optional<Team> teamFor(Rep sender, String arguments) {
        if (DataScope.of(sender).kind() == ScopeKind.TEAM) {
            return org.findTeam(sender.teamId());
        }
        String arg = arguments == null ? "" : arguments.replaceAll("(\\d{4})\\s*-?[Qq][1-4]|下季度", "").trim();
        return org.teams().stream().filter(t -> !arg.isEmpty() && (t.name().equals(arg) || t.id().equals(arg)))
                .findFirst();
    }

    static Optional<String> platformId(String channel, Rep rep) {
        String id = switch (channel) {
            case "wecom" -> rep.wecomUserId();
            case "dingtalk" -> rep.dingtalkStaffId();
            default -> rep.id();
        };
        return id == null || id.isBlank() ? Optional.empty() : Optional.of(id);
    }

    /** The same message to every active member of the team (reps and manager) on the request's channel. */
    List<Outgoing> toTeam(ChatRequest request, String teamId, Function<Rep, OutgoingMessage> message) {
        List<Outgoing> out = new ArrayList<>();
        for (Rep r : org.repsOfTeam(teamId)) {
            if (r.active()) {
                platformId(request.message().channel(), r).ifPresent(id -> out.add(new Outgoing(
                        request.message().channel(), id, message.apply(r))));
            }
        }
        if (request.sender().teamId() == null || !request.sender().teamId().equals(teamId)) {
            out.addAll(request.reply(message.apply(request.sender())));
        }
        return out;
    }

    // ---- 目标推演 ----

    List<Outgoing> sandbox(ChatRequest request, String arguments) {
        Optional<Team> team = teamFor(request.sender(), arguments);
        if (team.isEmpty()) {
            return request.say("请加上团队名称, 如“目标推演 " + org.teams().stream().findFirst().map(Team::name)
                    .orElse("华东一组") + "”。");
        }
        Quarter quarter = quarterArgument(request, arguments);
        PlanSession session;
        try {
            session = sandbox.run(request.repId(), team.get().id(), quarter, request.now(),
                    request.message().channel());
        } catch (IllegalArgumentException e) {
            return request.say("这个团队还没有在职销售, 无法推演。");
        }
        Map<String, String> names = names(team.get().id());
        PlanVote vote = sandbox.voteOf(session);
        return toTeam(request, team.get().id(), r -> planCard(session, team.get(), names, vote, r));
    }

    Map<String, String> names(String teamId) {
        Map<String, String> names = new LinkedHashMap<>();
        org.repsOfTeam(teamId).forEach(r -> names.put(r.id(), r.name()));
        return names;
    }

    Card planCard(PlanSession s, Team team, Map<String, String> names, PlanVote vote, Rep viewer) {
        List<String> lines = new ArrayList<>();
        for (TargetPlan p : s.plans()) {
            lines.add("【" + p.kind().label() + "】" + TargetCards.wan(p.totalFen()) + ": " + p.shares().stream()
                    .map(sh -> names.getOrDefault(sh.repId(), sh.repId()) + " " + TargetCards.wan(sh.amountFen()))
                    .collect(Collectors.joining(" · ")));
        }
        s.plans().stream().findFirst().ifPresent(p -> lines.addAll(p.assumptions().subList(0,
                Math.min(3, p.assumptions().size()))));
        lines.add("分解按回款与在谈转化, 乘能力象限系数 (不平均摊派)");
        List<CardField> fields = new ArrayList<>();
        fields.add(new CardField("投票", tally(vote), false));
        vote.ballotOf(viewer.id()).ifPresent(k -> fields.add(new CardField("你的选择", k.label(), true)));
        if (!s.open()) {
            fields.add(new CardField("已确认", s.confirmedKind().label(), true));
        }
        List<CardButton> buttons = new ArrayList<>();
        if (s.open()) {
            for (PlanKind k : PlanKind.values()) {
                buttons.add(new CardButton("vote:" + k.name(), "投" + k.label(), false));
            }
            if (DataScope.of(viewer).kind() != ScopeKind.SELF) {
                buttons.add(new CardButton("confirm", "确认领先方案", true));
            }
        }
        return new Card("目标推演 " + s.quarter() + " · " + team.name(), Tone.NORMAL, lines, fields, null, buttons,
                promptId("tp", s.id()), null);
    }

    static String tally(PlanVote vote) {
        Map<PlanKind, Integer> t = vote.tally();
        return java.util.Arrays.stream(PlanKind.values()).map(k -> k.label() + " " + t.get(k))
                .collect(Collectors.joining(" · ")) + " (" + vote.ballotCount() + " 人已投)";
    }

    List<Outgoing> planResult(ChatRequest request) {
        Rep me = request.sender();
        if (me.teamId() == null) {
            return request.say("你不在任何团队里, 请用“目标推演 团队名”。");
        }
        Quarter q = quarterOf(request);
        Optional<PlanSession> s = sandbox.latest(me.teamId(), q.next()).or(() -> sandbox.latest(me.teamId(), q));
        if (s.isEmpty()) {
            return request.say("本团队还没有目标推演。主管发“目标推演”即可开始。");
        }
        Team team = org.findTeam(me.teamId()).orElse(new Team(me.teamId(), me.teamId()));
        return request.reply(planCard(s.get(), team, names(me.teamId()), sandbox.voteOf(s.get()), me));
    }

    List<Outgoing> planTap(ChatRequest request, String promptId, String key) {
        long id;
        try {
            id = Long.parseLong(promptId.split("-")[1]);
        } catch (NumberFormatException e) {
            return request.say("这张卡片已失效。");
        }
        Rep me = request.sender();
        String channel = request.message().channel();
        if (key.startsWith("vote:")) {
            PlanKind kind;
            try {
                kind = PlanKind.valueOf(key.substring(5));
            } catch (IllegalArgumentException e) {
                return request.say("没看懂这个选项, 请在卡片上重新点选。");
            }
            TargetSandboxService.Outcome o = sandbox.vote(me, id, kind, request.now(), channel);
            if (!o.done() || o.session() == null) {
                return request.say(o.message());
            }
            PlanVote vote = sandbox.voteOf(o.session());
            return request.say(o.message() + " 当前: " + tally(vote) + "。投票结束前可以改投。");
        }
        if (key.equals("confirm")) {
            TargetSandboxService.Outcome o = sandbox.confirm(me, id, request.now(), channel);
            if (!o.done()) {
                return request.say(o.message());
            }
            PlanSession s = o.session();
            TargetPlan plan = s.plan(s.confirmedKind()).orElseThrow();
            Team team = org.findTeam(s.teamId()).orElse(new Team(s.teamId(), s.teamId()));
            PlanVote vote = sandbox.voteOf(s);
            return toTeam(request, s.teamId(), r -> confirmedCard(s, team, plan, vote, r));
        }
        return request.say("没看懂这个选项, 请在卡片上重新点选。");
    }

    Card confirmedCard(PlanSession s, Team team, TargetPlan plan, PlanVote vote, Rep viewer) {
        List<CardField> fields = new ArrayList<>();
        fields.add(new CardField("团队目标", TargetCards.wan(plan.totalFen()), true));
        fields.add(new CardField("投票", tally(vote), false));
        long mine = plan.shareOf(viewer.id());
        if (mine > 0) {
            long[] months = TargetSandbox.months(mine);
            fields.add(new CardField("你的季度目标", TargetCards.wan(mine), true));
            fields.add(new CardField("每月", TargetCards.wan(months[0]) + " / " + TargetCards.wan(months[1]) + " / "
                    + TargetCards.wan(months[2]), false));
        }
        return new Card("目标已确认: " + plan.kind().label() + "方案 · " + team.name() + " " + s.quarter(), Tone.SUCCESS,
                List.of("发“目标”查看你的目标健康度"), fields, null, List.of(), null, null);
    }

    // ---- 能力矩阵 / 能力雷达 ----

    List<Outgoing> matrix(ChatRequest request, String arguments) {
        List<Team> teams = (DataScope.of(request.sender()).kind() == ScopeKind.TEAM) ? teamFor(request.sender(), "").stream().toList()
                : teamFor(request.sender(), arguments).map(List::of).orElseGet(org::teams);
        List<OutgoingMessage> cards = new ArrayList<>();
        for (Team team : teams) {
            List<RepCapability> m = capability.matrix(team.id(), request.now());
            if (m.isEmpty()) {
                continue;
            }
            Map<String, String> names = names(team.id());
            String title = "能力-资源矩阵 · " + team.name();
            List<String> lines = new ArrayList<>();
            for (Quadrant q : Quadrant.values()) {
                String who = m.stream().filter(r -> r.quadrant() == q).map(r -> names.getOrDefault(r.repId(),
                        r.repId())).collect(Collectors.joining("、"));
                if (!who.isEmpty()) {
                    lines.add(q.label() + ": " + who);
                }
            }
            lines.add("横轴: 近" + capability.settings().matrixMonths() + "个月客单价中位数; 纵轴: 大客户攻坚成功率");
            byte[] png = charts.matrix(title, m, names);
            cards.add(new Card(title, Tone.NORMAL, lines, List.of(), png == null ? null
                    : new CardImage("capability-matrix.png", png, title), List.of(), null, null));
        }
        return cards.isEmpty() ? request.say("还没有可用于能力矩阵的数据。") : request.reply(cards.toArray(
                OutgoingMessage[]::new));
    }

    List<Outgoing> radar(ChatRequest request, String arguments) {
        Rep viewer = request.sender();
        Rep subject = viewer;
        String name = arguments == null ? "" : arguments.trim();
        if (!name.isEmpty() && !name.equals(viewer.name())) {
            Optional<Rep> named = org.reps().stream().filter(r -> r.active() && r.name().equals(name)).findFirst();
            if (named.isEmpty()) {
                return request.say("没找到叫“" + name + "”的同事。");
            }
            if (!DataScope.canView(viewer, named.get())) {
                return request.say("抱歉, 你只能查看自己的能力雷达。");
            }
            subject = named.get();
        }
        if (!SalesMembers.counts(subject)) {
            return request.say("能力雷达是给销售看的; 主管可以发“能力雷达 姓名”查看团队成员。");
        }
        Quarter q = quarterOf(request);
        Optional<CapabilityService.Radar> radar = capability.radar(subject, q);
        if (radar.isEmpty()) {
            return request.say("还没有" + subject.name() + "的能力数据。");
        }
        CapabilityService.Radar r = radar.get();
        String title = "能力雷达 · " + subject.name() + " " + q;
        List<CardField> fields = new ArrayList<>();
        for (int i = 0; i < r.axes().size(); i++) {
            fields.add(new CardField(r.axes().get(i), fmt(r.scores().get(i)) + " (团队 " + fmt(r.teamMean().get(i))
                    + ")", r.scores().get(i) < r.teamMean().get(i) * 0.5));
        }
        byte[] png = charts.radar(title, r.axes(), subject.name(), r.scores(), r.teamMean());
        return request.reply(new Card(title, Tone.NORMAL, List.of("满分 100, 与团队均值对比"), fields,
                png == null ? null : new CardImage("capability-radar.png", png, title), List.of(), null, null));
    }

    static String fmt(double v) {
        return BigDecimal.valueOf(v).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    // ---- 共识度 ----

    List<Outgoing> consensus(ChatRequest request, String arguments) {
        Rep me = request.sender();
        Quarter q = quarterOf(request);
        String arg = arguments == null ? "" : arguments.replace("万", "").trim();
        if (!arg.isEmpty()) {
            if (me.teamId() == null) {
                return request.say("共识度问卷只面向团队成员。");
            }
            BigDecimal wan;
            try {
                wan = new BigDecimal(arg);
            } catch (NumberFormatException e) {
                return request.say("请写一个数字 (单位万元), 如“共识度 120”。");
            }
            if (wan.signum() <= 0 || wan.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                return request.say("请写一个大于 0 的数字 (单位万元)。");
            }
            consensus.answer(me, q, wan.movePointRight(6).longValue(), request.now(), request.message().channel());
            return request.say("已匿名记录, 谢谢! 结果只显示全队的分布, 不显示任何人的答案。");
        }
        if (DataScope.of(me).kind() == ScopeKind.SELF) {
            return request.say("请匿名写下你理解的本季度 (" + q + ") 团队目标, 单位万元, 如“共识度 120”。");
        }
        List<Team> teams = (DataScope.of(me).kind() == ScopeKind.TEAM) ? org.findTeam(me.teamId()).stream().toList() : org.teams();
        List<OutgoingMessage> cards = new ArrayList<>();
        for (Team t : teams) {
            cards.add(consensusCard(t, q));
        }
        return request.reply(cards.toArray(OutgoingMessage[]::new));
    }

    /** The manager's consensus card: the spread only, never an individual answer. */
    public Card consensusCard(Team team, Quarter q) {
        ConsensusResult r = consensus.result(team.id(), q);
        List<CardField> fields = new ArrayList<>();
        fields.add(new CardField("答卷", r.answers() + " 份", false));
        if (r.shown()) {
            fields.add(new CardField("共识度", Math.round(r.consensus() * 100) + "%", r.consensus() < 0.9));
            fields.add(new CardField("理解区间", TargetCards.wan(r.minFen()) + " ~ " + TargetCards.wan(r.maxFen()),
                    false));
            fields.add(new CardField("中位数", TargetCards.wan(r.medianFen()), false));
            fields.add(new CardField("实际目标", TargetCards.wan(consensus.teamTarget(team.id(), q)), false));
        }
        return new Card("目标共识度 · " + team.name() + " " + q, r.shown() && r.consensus() < 0.9 ? Tone.WARNING
                : Tone.NORMAL, r.shown() ? List.of("匿名问卷, 只显示分布") : List.of("答卷不足 "
                + capability.settings().consensusMinAnswers() + " 份, 为保护匿名暂不显示结果"), fields, null,
                List.of(), null, null);
    }

    // ---- 积分 ----

    List<Outgoing> points(ChatRequest request) {
        Rep me = request.sender();
        List<GrowthEntry> entries = growth.entries(me.id());
        List<String> lines = new ArrayList<>();
        for (int i = Math.max(0, entries.size() - 5); i < entries.size(); i++) {
            GrowthEntry e = entries.get(i);
            lines.add((e.points() > 0 ? "+" : "") + e.points() + " " + e.item() + (GrowthEntry.PENDING.equals(
                    e.status()) ? " (待主管确认)" : GrowthEntry.REJECTED.equals(e.status()) ? " (未通过)" : ""));
        }
        if (lines.isEmpty()) {
            lines.add("还没有积分记录。协同、案例、认证都可以“积分申报”。");
        }
        List<CardButton> buttons = capability.settings().catalogue().stream().map(c -> new CardButton(
                "redeem:" + c.id(), c.label() + " (" + c.points() + "分)", false)).toList();
        return request.reply(new Card("能力成长账户 · " + me.name(), Tone.NORMAL, lines, List.of(new CardField("余额",
                growth.balance(me.id()) + " 分", true)), null, buttons, promptId("gr", 0), null));
    }

    List<Outgoing> claim(ChatRequest request, String arguments) {
        String[] parts = (arguments == null ? "" : arguments.trim()).split("\\s+", 2);
        String kind = CLAIM_KINDS.get(parts[0]);
        if (kind == null || parts.length < 2 || parts[1].isBlank()) {
            return request.say("请写明类型和内容, 如“积分申报 协同 联合技术方案宣讲”(类型: 协同 / 案例 / 认证)。");
        }
        Rep me = request.sender();
        GrowthEntry e = growth.claim(me, kind, parts[1].trim(), request.now(), request.message().channel());
        List<Outgoing> out = new ArrayList<>(request.say("已提交, 主管确认后 +" + e.points() + " 分。"));
        out.addAll(toManagers(request, me, decisionCard(me, e, "积分申报")));
        return out;
    }

    List<Outgoing> toManagers(ChatRequest request, Rep rep, Card card) {
        List<Outgoing> out = new ArrayList<>();
        for (Rep m : org.repsOfTeam(rep.teamId() == null ? "" : rep.teamId())) {
            if (DataScope.managesTeam(m, rep.teamId()) && !m.id().equals(rep.id())) {
                platformId(request.message().channel(), m).ifPresent(id -> out.add(new Outgoing(
                        request.message().channel(), id, card)));
            }
        }
        return out;
    }

    static Card decisionCard(Rep rep, GrowthEntry e, String what) {
        return new Card(what + " · " + rep.name(), Tone.NORMAL, List.of(e.item() + " (" + (e.points() > 0 ? "+" : "")
                + e.points() + " 分)"), List.of(), null, List.of(new CardButton("approve", "同意", true),
                new CardButton("reject", "不同意", false)), promptId("gp", e.id()), null);
    }

    List<Outgoing> redeemTap(ChatRequest request, String promptId, String key) {
        Rep me = request.sender();
        if (!key.startsWith("redeem:")) {
            return request.say("没看懂这个选项, 请在卡片上重新点选。");
        }
        Optional<GrowthEntry> e = growth.redeem(me, key.substring(7), request.now(), request.message().channel());
        if (e.isEmpty()) {
            return request.say("积分不足或该项目已下架, 发“积分”查看余额。");
        }
        List<Outgoing> out = new ArrayList<>(request.say("兑换申请已提交, 主管确认后生效。"));
        out.addAll(toManagers(request, me, decisionCard(me, e.get(), "积分兑换")));
        return out;
    }

    List<Outgoing> decisionTap(ChatRequest request, String promptId, String key) {
        long id;
        try {
            id = Long.parseLong(promptId.split("-")[1]);
        } catch (NumberFormatException e) {
            return request.say("这张卡片已失效。");
        }
        if (!key.equals("approve") && !key.equals("reject")) {
            return request.say("没看懂这个选项, 请在卡片上重新点选。");
        }
        boolean approve = key.equals("approve");
        Optional<GrowthEntry> entry = growth.entry(id);
        if (entry.isEmpty() || !growth.decide(request.sender(), id, approve, request.now(),
                request.message().channel())) {
            return request.say("这条申请已处理过, 或你不是该同事的主管。");
        }
        List<Outgoing> out = new ArrayList<>(request.say(approve ? "已同意。" : "已退回。"));
        org.findRep(entry.get().repId()).flatMap(r -> platformId(request.message().channel(), r))
                .ifPresent(pid -> out.add(new Outgoing(request.message().channel(), pid, new com.salesbot.core.card
                        .TextMessage("你的" + (entry.get().points() < 0 ? "积分兑换" : "积分申报") + "「"
                        + entry.get().item() + "」" + (approve ? "已通过" : "未通过") + "。"))));
        return out;
    }

    /**
     * {@code <kind>-<record id>-<nonce>}: WeCom wants a task id that is unique per card, while the record id tells
     * the tap what it is about.
     */
    static String promptId(String kind, long id) {
        return kind + "-" + id + "-" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Stateless prompt kind: taps are decided from the prompt id and the button key alone. */
    record Stateless(String kind, TapHandler taps) implements PromptHandler {
        @Override
        public List<Outgoing> onAction(ChatRequest request, PromptState prompt, String actionKey) {
            return taps.tap(request, prompt.id(), actionKey);
        }

        @Override
        public List<Outgoing> onText(ChatRequest request, PromptState prompt) {
            return request.say("请在卡片上点选。");
        }

        @Override
        public List<Outgoing> onExpired(ChatRequest request, String promptId) {
            String key = request.message().actionKey();
            if (key == null && !request.message().selected().isEmpty()) {
                key = request.message().selected().get(0);
            }
            return taps.tap(request, promptId, key == null ? "" : key);
        }
    }

    @FunctionalInterface
    interface TapHandler {
        List<Outgoing> tap(ChatRequest request, String promptId, String key);
    }

}
