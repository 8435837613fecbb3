package com.salesbot.bot.e2e;

import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import java.time.LocalDate;

/** The people the end-to-end tests talk as: one team, one rep known on both platforms, one customer of hers. */
final class E2eOrg {
    static final String TEAM = "e2e-t1";
    static final String REP = "e2e-r1";
    static final String WECOM_USER = "zhangsan";
    static final String DINGTALK_STAFF = "ding-zhangsan";
    static final String CUSTOMER = "e2e-c1";
    static final String CUSTOMER_NAME = "华东精密机械";

    private E2eOrg() {
    }

    static void seed(OrgStore org, CustomerStore customers) {
        org.saveTeam(new Team(TEAM, "华东一组"));
        org.saveRep(new Rep(REP, "张三", TEAM, Role.REP, WECOM_USER, DINGTALK_STAFF, LocalDate.of(2025, 3, 1), true));
        customers.save(new Customer(CUSTOMER, CUSTOMER_NAME, REP, null, "制造业", "A", 0, false));
    }

    /** An H2 in-memory database of its own, so test classes in one JVM do not see each other's rows. */
    static String memoryDatabase(String name) {
        return "jdbc:h2:mem:" + name + ";" + H2_OPTIONS + ";DB_CLOSE_DELAY=-1";
    }

    static String fileDatabase(java.nio.file.Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath() + ";" + H2_OPTIONS + ";AUTO_SERVER=FALSE";
    }

    private static final String H2_OPTIONS = "MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
            + "NON_KEYWORDS=DAY,VALUE,USER,YEAR,MONTH,HOUR,MINUTE,SECOND";
}
