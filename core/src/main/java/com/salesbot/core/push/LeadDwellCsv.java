package com.salesbot.core.push;

import com.salesbot.core.csv.CsvCell;

import com.salesbot.core.model.Rep;
import com.salesbot.core.rules.lead.LeadDwell;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The R6 list as CSV, UTF-8 with a byte-order mark so that Excel shows the Chinese (RFC 4180 quoting). */
final class LeadDwellCsv {
    private LeadDwellCsv() {
    }

    static byte[] write(List<LeadDwell> top, Map<String, Rep> reps, Map<String, String> teamNames,
                        Map<String, String> customerNames, java.util.function.UnaryOperator<String> stageLabel,
                        ZoneId zone) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("排名,线索编号,客户,负责人,团队,当前阶段,进入阶段日期,停留天数,核心痛点\r\n");
        int rank = 1;
        for (LeadDwell d : top) {
            Rep owner = reps.get(d.lead().ownerRepId());
            long entered = d.lead().stageEnteredAt() > 0 ? d.lead().stageEnteredAt() : d.lead().firstTouchAt();
            row(out, String.valueOf(rank++), String.valueOf(d.lead().id()),
                    customerNames.getOrDefault(d.lead().customerId(), d.lead().customerId()),
                    owner == null ? d.lead().ownerRepId() : owner.name(),
                    owner == null ? "" : teamNames.getOrDefault(owner.teamId(), owner.teamId()),
                    stageLabel.apply(d.lead().stage()), Instant.ofEpochMilli(entered).atZone(zone).toLocalDate().toString(),
                    String.valueOf(d.days()), d.lead().painPoint());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(CsvCell.of(cells[i]));
        }
        out.append("\r\n");
    }
}
