package com.salesbot.bot.workbench;

import com.salesbot.bot.e2e.MariaDbE2e;
import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.Vectors;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.OrgStore;
import java.time.LocalDate;
import java.util.Map;

/**
 * Two teams for the workbench tests: 华东一组 (manager 王五, reps 张三 and 李四) and 华南一组 (manager 赵六, rep 钱七),
 * and director 孙总. WeCom userids are the ids with "_" (wb_r1), DingTalk staff ids with "dd-" (dd-wb-r1).
 */
final class WorkbenchTestOrg {
    static final String API_TOKEN = "workbench-api-token-7Qx";
    private WorkbenchTestOrg() {
    }

    static void seed(OrgStore org) {
        org.saveTeam(new Team("wb-t1", "华东一组"));
        org.saveTeam(new Team("wb-t2", "华南一组"));
        person(org, "wb-d1", "孙总", null, Role.DIRECTOR);
        person(org, "wb-m1", "王五", "wb-t1", Role.MANAGER);
        person(org, "wb-r1", "张三", "wb-t1", Role.REP);
        person(org, "wb-r3", "李四", "wb-t1", Role.REP);
        person(org, "wb-m2", "赵六", "wb-t2", Role.MANAGER);
        person(org, "wb-r2", "钱七", "wb-t2", Role.REP);
    }

    private static void person(OrgStore org, String id, String name, String team, Role role) {
        org.saveRep(new Rep(id, name, team, role, id.replace('-', '_'), "dd-" + id, LocalDate.of(2024, 1, 1), true));
    }

    static Map<String, String> mariaDb(String redisPrefix) {
        Map<String, String> p = MariaDbE2e.properties(redisPrefix + ":" + System.nanoTime());
        p.put("salesbot.demo.enabled", "false");
        p.put("salesbot.api-token", API_TOKEN);
        p.put("salesbot.workbench.session-secret", "workbench-test-secret-0123456789");
        return p;
    }

    static Map<String, String> wecom(FakeWecomServer fake) {
        return Map.of(
                "wecom.corp-id", FakeWecomServer.CORP,
                "wecom.agent-id", Integer.toString(FakeWecomServer.AGENT),
                "wecom.secret", FakeWecomServer.SECRET,
                "wecom.token", "workbenchToken",
                "wecom.aes-key", Vectors.A_KEY,
                "wecom.api-base-url", fake.baseUrl(),
                "wecom.oauth-base-url", fake.baseUrl());
    }
}
