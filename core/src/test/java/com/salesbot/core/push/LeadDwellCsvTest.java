package com.salesbot.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.rules.lead.LeadDwell;
import com.salesbot.core.testdata.RepBuilder;
import com.salesbot.core.testdata.Shanghai;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadDwellCsvTest {
    @Test
    void utf8WithBomQuotedCellsAndNoFormulaInjection() {
        Rep owner = RepBuilder.rep("R1").name("张伟").build();
        Lead lead = new Lead(7, "C7", "R1", "展会", 0, "=HYPERLINK(\"x\"),价格", "need",
                Shanghai.noon(LocalDate.of(2026, 9, 1)), null);
        byte[] csv = LeadDwellCsv.write(List.of(new LeadDwell(lead, 61)), Map.of("R1", owner), Map.of("T1", "华东一组"),
                Map.of("C7", "宁波精工"), code -> code.equals("need") ? "需求确认" : code, Shanghai.ZONE);
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String[] lines = new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("排名,线索编号,客户,负责人");
        assertThat(lines[1]).isEqualTo("1,7,宁波精工,张伟,华东一组,需求确认,2026-09-01,61,\"'=HYPERLINK(\"\"x\"\"),价格\"");
    }

    @Test
    void publishedFilesOpenByTokenOnly() {
        SignedLinks links = new SignedLinks("https://bot.example.com/", "/push-files/", "0123456789abcdef".getBytes(),
                Clock.fixed(java.time.Instant.ofEpochSecond(1_000_000), java.time.ZoneOffset.UTC), Duration.ofDays(1));
        KeyValuePushFiles files = new KeyValuePushFiles(new InMemoryKeyValueStore(Clock.systemUTC()), links,
                Duration.ofDays(1));
        String link = files.publish("top10.csv", new byte[] {1, 2});
        assertThat(link).matches("https://bot\\.example\\.com/push-files/[0-9a-f]{32}/top10\\.csv\\?exp=1086400&sig=[0-9a-f]{64}");
        String token = link.split("/")[4];
        String sig = link.substring(link.indexOf("sig=") + 4);
        assertThat(links.valid(token, 1_086_400L, sig)).isTrue();
        assertThat(links.valid(token, 1_086_401L, sig)).as("another expiry").isFalse();
        assertThat(links.valid("f".repeat(32), 1_086_400L, sig)).as("another file").isFalse();
        assertThat(links.valid(token, 999_999L, links.link(token, "x").replaceAll(".*sig=", ""))).as("expired").isFalse();
        assertThat(files.open(token)).get().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("top10.csv");
            assertThat(f.content()).containsExactly(1, 2);
        });
        assertThat(files.open("0".repeat(32))).isEmpty();
        assertThat(files.open("../etc")).isEmpty();
    }
}
