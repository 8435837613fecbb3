package com.salesbot.core.rules.capability;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.model.Quarter;
import org.junit.jupiter.api.Test;

class RadarScaleTest {
    @Test
    void quarterParsingAndNeighbours() {
        Quarter q = Quarter.parse("2026Q1");
        assertThat(q.previous()).isEqualTo(Quarter.parse("2025Q4"));
        assertThat(q.next()).isEqualTo(Quarter.parse("2026-q2"));
        assertThat(q.months()).extracting(Object::toString).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(Quarter.of(java.time.LocalDate.of(2026, 12, 31))).isEqualTo(Quarter.parse("2026Q4"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Quarter.parse("2026Q5"))
                .hasMessageContaining("2026Q1");
    }
}
