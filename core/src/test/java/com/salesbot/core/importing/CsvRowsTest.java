package com.salesbot.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRowsTest {
    @Test
    void readsHeaderBomQuotesAndCrLf() {
        List<Map<String, String>> rows = CsvRows.parse("\uFEFFid,name\r\nt1,\"华东, 一组\"\r\n\r\nt2,\"说\"\"好\"\"\n的\"\r\n");
        assertThat(rows).containsExactly(Map.of("id", "t1", "name", "华东, 一组"),
                Map.of("id", "t2", "name", "说\"好\"\n的"));
    }

    @Test
    void headerOnlyIsAnEmptyBatch() {
        assertThat(CsvRows.parse("id,name\n")).isEmpty();
    }

    @Test
    void refusesMissingOrRepeatedHeaderAndOpenQuote() {
        assertThatThrownBy(() -> CsvRows.parse("")).hasMessageContaining("表头");
        assertThatThrownBy(() -> CsvRows.parse("id,id\n1,2")).hasMessageContaining("重复");
        assertThatThrownBy(() -> CsvRows.parse("id,name\nt1,\"open\n")).hasMessageContaining("引号");
    }
}
