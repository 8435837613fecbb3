package com.salesbot.core.demo;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Choice;
import com.salesbot.core.config.HolidayCalendar;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Direction;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.model.TagKind;
import com.salesbot.core.model.Target;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Seed → demo company, with no clock and no I/O: the same seed, "today" and calendar always give the same data.
 * Three teams of 6-8 reps under three managers and a director; customers, leads in every stage (some stuck),
 * opportunities, targets, payments, tagged conversations and 60 business days of touches, arranged so every
 * feature has something to show: {@link #LOW_ACTIVITY_REP} has fallen silent for the last four business days,
 * {@link #PRICE_SENSITIVE_REP}'s five latest need entries are all about price, {@link #RED_TARGET_REP}'s pipeline
 * cannot cover the gap and {@link #GREEN_TARGET_REP}'s comfortably can.
 * <p>
 * Capture (R23): the conversations are two-sided and left open, so the chat-touch pass turns each into a CHAT touch
 * (without a prompt, they are older than its window) and they count in the heatmap; {@link #ON_LEAVE_REP} is on
 * leave from today for {@value #LEAVE_DAYS} days and {@link #BACK_FROM_LEAVE_REP} was away last week; about one lead
 * in {@value #LOST_ONE_IN} (never a stuck or price-sensitive one) was lost with a configured reason, so 我的线索 has
 * leads to advance and to lose and the director's monthly card has lost reasons. These come from their own random
 * stream, so every other value of a seed stays as it was.
 */
public final class DemoCompanyGenerator {
    public static final int TEAMS = 3;
    public static final int TOUCH_DAYS = 60;
    public static final int QUIET_DAYS = 4;
    public static final int STUCK_DAYS = 40;
    public static final String SOURCE = "demo";
    public static final String DIRECTOR = "demo-d1";
    public static final String LOW_ACTIVITY_REP = "demo-r13";
    public static final String PRICE_SENSITIVE_REP = "demo-r21";
    public static final String RED_TARGET_REP = "demo-r31";
    public static final String GREEN_TARGET_REP = "demo-r11";
    public static final String ON_LEAVE_REP = "demo-r22";
    public static final String BACK_FROM_LEAVE_REP = "demo-r32";
    public static final int LEAVE_DAYS = 3;
    public static final int LOST_ONE_IN = 6;
    static final String[] TEAM_NAMES = {"华东一组", "华南一组", "华北一组"};
    static final String[] PRICE_PAINS = {"觉得报价太贵，希望再降价", "预算有限，价格是首要考虑", "和竞品比价格偏高",
            "要求给折扣才肯签", "价格敏感，担心总成本超预算"};
    static final String[] PAINS = {"产线良率低，返工成本高", "门店库存周转慢", "线上获客成本持续上涨", "排课和续费全靠人工",
            "设备巡检记录不全，审计难过", "销售数据分散在多个表格", "售后工单响应慢，客户投诉多", "新员工培训周期太长"};
    private static final String[][] CHATS = {
            {"inquiry", "你们这套系统怎么收费？有报价单吗", "报价", "我整理一份报价发您，方便约个时间演示吗？"},
            {"renewal", "合同下个月到期，续费有优惠吗", "续费", "老客户续费有专属方案，我明天发给您。"},
            {"complaint", "上周的问题还没解决，很影响使用", "没解决", "非常抱歉，我马上协调技术同事今天处理。"},
            {"after_sales", "设备升级后有个报错，能远程看看吗", "报错", "可以，我安排售后工程师下午远程支持。"},
            {"small_talk", "最近展会挺热闹的，你们也去了吗", "展会", "去了，下次一起喝茶聊聊行业动态。"}};

    private final BusinessConfig config;
    private final ZoneId zone;

    public DemoCompanyGenerator(BusinessConfig config, ZoneId zone) {
        this.config = Objects.requireNonNull(config, "config");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public DemoCompany generate(long seed, LocalDate today) {
        return new Build(seed, today).run();
    }

    /** WeCom user id of a demo person (also listed in the README). */
    public static String wecomUserId(String personId) {
        return personId.replace('-', '_');
    }

    /** DingTalk staff id of a demo person. */
    public static String dingtalkStaffId(String personId) {
        return "dd_" + personId.replace("-", "");
    }

    /** One generation run: the mutable state stays here so the generator itself is reusable and pure. */
    private final class Build {
        private final Random random;
        private final LocalDate today;
        private final DemoNames names;
        private final DemoNames people;
        private final int[] teamSizes = new int[TEAMS];
        private final List<LocalDate> days;
        private final List<Team> teams = new ArrayList<>();
        private final List<Rep> staff = new ArrayList<>();
        private final List<Customer> customers = new ArrayList<>();
        private final List<Lead> leads = new ArrayList<>();
        private final List<Opportunity> opportunities = new ArrayList<>();
        private final List<Touch> touches = new ArrayList<>();
        private final List<Target> targets = new ArrayList<>();
        private final List<Payment> payments = new ArrayList<>();
        private final List<DemoCompany.DemoConversation> conversations = new ArrayList<>();
        private final List<Absence> absences = new ArrayList<>();
        private final Random capture;

        /** Team sizes and people's names come from their own streams, so they never depend on "today". */
        Build(long seed, LocalDate today) {
            this.random = new Random(seed);
            this.today = Objects.requireNonNull(today, "today");
            this.names = new DemoNames(random);
            Random shape = new Random(seed ^ 0x5DEECE66DL);
            for (int t = 0; t < TEAMS; t++) {
                teamSizes[t] = 6 + shape.nextInt(3);
            }
            this.people = new DemoNames(shape);
            this.capture = new Random(seed ^ 0x23C0FFEEL);
            this.days = businessDaysBefore(today, TOUCH_DAYS, config.calendar());
        }

        DemoCompany run() {
            LocalDate joined = today.minusYears(2);
            staff.add(person(DIRECTOR, null, Role.DIRECTOR, joined));
            for (int t = 1; t <= TEAMS; t++) {
                String teamId = "demo-t" + t;
                teams.add(new Team(teamId, TEAM_NAMES[t - 1]));
                staff.add(person("demo-m" + t, teamId, Role.MANAGER, joined));
                int size = teamSizes[t - 1];
                for (int r = 1; r <= size; r++) {
                    Rep rep = person("demo-r" + t + r, teamId, Role.REP, joined.plusDays(random.nextInt(300)));
                    staff.add(rep);
                    populate(rep, t, r);
                }
            }
            absences.add(new Absence(ON_LEAVE_REP, today, today.plusDays(LEAVE_DAYS - 1)));
            LocalDate lastMonday = today.with(java.time.DayOfWeek.MONDAY).minusDays(7);
            absences.add(new Absence(BACK_FROM_LEAVE_REP, lastMonday, lastMonday.plusDays(2)));
            return new DemoCompany(teams, staff, customers, leads, opportunities, touches, targets, payments,
                    conversations, absences);
        }

        private Rep person(String id, String teamId, Role role, LocalDate joined) {
            return new Rep(id, people.person(), teamId, role, wecomUserId(id), dingtalkStaffId(id), joined, true);
        }

        private void populate(Rep rep, int team, int index) {
            List<Customer> own = new ArrayList<>();
            int count = 5 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Customer customer = customer(rep);
                own.add(customer);
                customers.add(customer);
            }
            leads(rep, own, team + index);
            long reserve = pipeline(rep, own);
            money(rep, own, reserve);
            touches(rep, own);
            chats(rep, own.subList(0, 2));
        }

        private Customer customer(Rep owner) {
            int n = customers.size() + 1;
            int industry = random.nextInt(DemoNames.INDUSTRIES.length);
            String grade = String.valueOf("ABCD".charAt(random.nextInt(4)));
            long gradedAt = at(today.minusDays(1 + random.nextInt(60)), 10);
            return new Customer(String.format("demo-c%03d", n), names.company(industry), owner.id(),
                    String.format("wmdemo%03d", n), DemoNames.INDUSTRIES[industry][0], grade, gradedAt,
                    random.nextInt(3) == 0);
        }

        private void leads(Rep rep, List<Customer> own, int stageOffset) {
            List<Choice> stages = config.stages();
            List<Choice> sources = config.leadSources();
            boolean priceRep = rep.id().equals(PRICE_SENSITIVE_REP);
            for (int i = 0; i < own.size(); i++) {
                Customer customer = own.get(i);
                String stage = stages.get((i + stageOffset) % stages.size()).code();
                String source = sources.get(random.nextInt(sources.size())).code();
                // Price-sensitive entries come last in time so they are the rep's latest five.
                long firstTouch = priceRep && i < PRICE_PAINS.length
                        ? at(today.minusDays(PRICE_PAINS.length - i), 11)
                        : at(today.minusDays(20 + random.nextInt(100)), 10);
                String pain = priceRep && i < PRICE_PAINS.length ? PRICE_PAINS[i]
                        : PAINS[random.nextInt(PAINS.length)];
                boolean stuck = i == own.size() - 1 && !priceRep;
                long entered = stuck ? at(today.minusDays(STUCK_DAYS + random.nextInt(15)), 9)
                        : Math.max(firstTouch, at(today.minusDays(1 + random.nextInt(14)), 9));
                String verified = random.nextInt(4) == 0 ? source : null;
                Lead lead = new Lead(0, customer.id(), rep.id(), source, firstTouch, pain, stage, entered, verified);
                List<Choice> reasons = config.lostReasons();
                if (!stuck && !(priceRep && i < PRICE_PAINS.length) && capture.nextInt(LOST_ONE_IN) == 0) {
                    long lostAt = Math.min(firstTouch + (5 + capture.nextInt(30)) * 86_400_000L,
                            at(today.minusDays(1), 16));
                    lead = lead.lostFor(reasons.get(capture.nextInt(reasons.size())).code(), Math.max(lostAt, firstTouch));
                }
                leads.add(lead);
            }
        }

        /** Opportunities; returns the open pipeline (reserve) in fen. */
        private long pipeline(Rep rep, List<Customer> own) {
            long reserve = 0;
            int count = rep.id().equals(RED_TARGET_REP) ? 1 : 2 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Customer customer = own.get(i);
                long amount = rep.id().equals(RED_TARGET_REP) ? 20_000_00L
                        : rep.id().equals(GREEN_TARGET_REP) ? 400_000_00L : yuan(50_000, 400_000);
                OpportunityStatus status = i == 0 || rep.id().equals(GREEN_TARGET_REP) ? OpportunityStatus.OPEN
                        : random.nextInt(4) == 0 ? OpportunityStatus.LOST : OpportunityStatus.OPEN;
                String stage = config.stages().get(1 + random.nextInt(config.stages().size() - 1)).code();
                long created = at(today.minusDays(10 + random.nextInt(80)), 14);
                opportunities.add(new Opportunity("demo-o-" + rep.id().substring(6) + "-" + (i + 1),
                        customer.id(), rep.id(), amount, stage, random.nextBoolean() || i == 0,
                        random.nextBoolean(), random.nextBoolean(), today.plusDays(5 + random.nextInt(60)), status,
                        amount >= 500_000_00L, created, status == OpportunityStatus.LOST ? created + 86_400_000L : 0));
                if (status == OpportunityStatus.OPEN) {
                    reserve += amount;
                }
            }
            return reserve;
        }

        /** Targets for this and the two previous months; payments against them. */
        private void money(Rep rep, List<Customer> own, long reserve) {
            YearMonth month = YearMonth.from(today);
            for (int back = 2; back >= 0; back--) {
                YearMonth m = month.minusMonths(back);
                long target = rep.id().equals(RED_TARGET_REP) ? 400_000_00L
                        : rep.id().equals(GREEN_TARGET_REP) ? 300_000_00L : yuan(200_000, 500_000);
                targets.add(new Target(rep.id(), m, target));
                double share = back > 0 ? 0.6 + random.nextDouble() * 0.6
                        : rep.id().equals(RED_TARGET_REP) ? 0.05
                        : rep.id().equals(GREEN_TARGET_REP) ? 0.4 : 0.1 + random.nextDouble() * 0.5;
                LocalDate last = back > 0 ? m.atEndOfMonth() : today.minusDays(1);
                if (last.isBefore(m.atDay(1))) {
                    continue; // the 1st of the month: nothing paid yet
                }
                int parts = 1 + random.nextInt(3);
                long each = Math.round(target * share / parts / 100.0) * 100;
                for (int p = 0; p < parts; p++) {
                    int span = (int) (last.toEpochDay() - m.atDay(1).toEpochDay());
                    LocalDate day = m.atDay(1).plusDays(span == 0 ? 0 : random.nextInt(span + 1));
                    Customer customer = own.get(random.nextInt(own.size()));
                    // every third payment is for services, so 目标推演 shows the history per product line; no
                    // random draw, so the rest of the demo stays the same for a seed
                    payments.add(new Payment("demo-p" + (payments.size() + 1), rep.id(), customer.id(), null, each,
                            at(day, 15), payments.size() % 3 == 2 ? "运维服务" : "软件产品"));
                }
            }
        }

        private void touches(Rep rep, List<Customer> own) {
            List<Choice> tags = config.resultTags();
            int base = 4 + random.nextInt(5);
            boolean quiet = rep.id().equals(LOW_ACTIVITY_REP);
            for (int d = 0; d < days.size(); d++) {
                LocalDate day = days.get(d);
                boolean recent = d >= days.size() - QUIET_DAYS;
                // The quiet rep is a steady worker (never below 60% of any team average) until the streak.
                int n = quiet ? (recent ? 1 : 7 + random.nextInt(3)) : Math.max(1, base + random.nextInt(5) - 2);
                for (int i = 0; i < n; i++) {
                    TouchKind kind = kind();
                    int duration = duration(kind);
                    long start = at(day, 9) + random.nextInt(9 * 3600) * 1000L;
                    boolean tagged = d < days.size() - 1 ? random.nextInt(100) < 85 : random.nextBoolean();
                    String tag = tagged ? tags.get(random.nextInt(tags.size())).code() : null;
                    long taggedAt = tagged ? start + duration * 1000L + 60_000L * (1 + random.nextInt(40)) : 0;
                    String customerId = own.get(random.nextInt(own.size())).id();
                    touches.add(new Touch(0, rep.id(), customerId, kind, start, duration, tag, null, taggedAt,
                            SOURCE, "demo-touch-" + (touches.size() + 1)));
                }
            }
        }

        private TouchKind kind() {
            int roll = random.nextInt(100);
            return roll < 60 ? TouchKind.CALL : roll < 75 ? TouchKind.VISIT : roll < 95 ? TouchKind.CHAT
                    : TouchKind.MEETING;
        }

        private int duration(TouchKind kind) {
            return switch (kind) {
                case CALL -> random.nextInt(8) == 0 ? 5 + random.nextInt(24) : 30 + random.nextInt(900);
                case VISIT -> 1800 + random.nextInt(3600);
                case CHAT -> 60 + random.nextInt(600);
                case MEETING -> 1800 + random.nextInt(1800);
            };
        }

        private void chats(Rep rep, List<Customer> chatty) {
            for (Customer customer : chatty) {
                String[] chat = CHATS[random.nextInt(CHATS.length)];
                long start = at(days.get(days.size() - 1 - random.nextInt(10)), 10) + random.nextInt(7 * 3600) * 1000L;
                TagAssignment tag = new TagAssignment(chat[0], TagKind.SCENARIO, 0.8 + random.nextInt(15) / 100.0,
                        List.of(chat[2]));
                String key = "demo-" + customer.id() + "-";
                List<ChatMessage> messages = List.of(
                        new ChatMessage(0, 0, "wecom", key + 1, rep.id(), customer.id(), Direction.IN, start,
                                chat[1], List.of(tag)),
                        new ChatMessage(0, 0, "wecom", key + 2, rep.id(), customer.id(), Direction.OUT,
                                start + 120_000L, chat[3], List.of()));
                Conversation conversation = new Conversation(0, rep.id(), customer.id(), "wecom", start,
                        start + 120_000L, messages.size(), List.of(tag));
                conversations.add(new DemoCompany.DemoConversation(conversation, messages));
            }
        }

        private long yuan(int min, int max) {
            return (min + random.nextInt((max - min) / 1000 + 1) * 1000L) * 100L;
        }

        private long at(LocalDate day, int hour) {
            return day.atTime(hour, 0).atZone(zone).toInstant().toEpochMilli();
        }
    }

    /** The {@code count} business days before {@code today} (today excluded), oldest first. */
    static List<LocalDate> businessDaysBefore(LocalDate today, int count, HolidayCalendar calendar) {
        Set<LocalDate> out = new LinkedHashSet<>();
        for (LocalDate day = today.minusDays(1); out.size() < count; day = day.minusDays(1)) {
            if (calendar.isBusinessDay(day)) {
                out.add(day);
            }
        }
        List<LocalDate> list = new ArrayList<>(out);
        java.util.Collections.reverse(list);
        return list;
    }
}
