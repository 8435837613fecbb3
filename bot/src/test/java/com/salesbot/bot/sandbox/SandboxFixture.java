package com.salesbot.bot.sandbox;

import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Target;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TargetStore;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** A tiny demo company for sandbox tests: one team, a manager, two reps, a customer and a monthly target. */
public final class SandboxFixture {
    public static final String TEAM = "sbx-t1";
    public static final String MANAGER = "sbx-m1";
    public static final String REP = "sbx-r1";
    public static final String OTHER_REP = "sbx-r2";
    public static final String CUSTOMER = "sbx-c1";
    public static final String CUSTOMER_NAME = "华东精密机械";

    private SandboxFixture() {
    }

    public static void seed(OrgStore org, CustomerStore customers, TargetStore targets) {
        LocalDate joined = LocalDate.of(2025, 3, 1);
        org.saveTeam(new Team(TEAM, "华东一组"));
        org.saveRep(new Rep(MANAGER, "王经理", TEAM, Role.MANAGER, null, null, joined, true));
        org.saveRep(new Rep(REP, "李明", TEAM, Role.REP, null, null, joined, true));
        org.saveRep(new Rep(OTHER_REP, "张华", TEAM, Role.REP, null, null, joined, true));
        customers.save(new Customer(CUSTOMER, CUSTOMER_NAME, REP, null, "制造业", "A", 0, false));
        targets.save(new Target(REP, YearMonth.now(ZoneId.of("Asia/Shanghai")), 50_000_000L));
    }
}
