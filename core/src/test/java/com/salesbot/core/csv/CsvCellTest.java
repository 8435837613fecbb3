package com.salesbot.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {
    @Test
    void plainTextStaysAsItIs() {
        assertThat(CsvCell.of("南方制药")).isEqualTo("南方制药");
        assertThat(CsvCell.of(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvCell.of("上海,浦东")).isEqualTo("\"上海,浦东\"");
        assertThat(CsvCell.of("他说\"贵\"")).isEqualTo("\"他说\"\"贵\"\"\"");
        assertThat(CsvCell.of("一行\n两行")).isEqualTo("\"一行\n两行\"");
        assertThat(CsvCell.of("一行\r两行")).isEqualTo("\"一行\r两行\"");
    }

    @Test
    void aLeadingFormulaMarkIsMadeInert() {
        assertThat(CsvCell.of("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvCell.of("-5")).isEqualTo("'-5");
        assertThat(CsvCell.of("a=b")).isEqualTo("a=b");
    }
}
