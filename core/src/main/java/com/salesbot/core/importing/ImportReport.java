package com.salesbot.core.importing;

import java.util.List;

/**
 * Outcome of one batch: either every row was written ({@code imported == received}) or none was, and
 * {@code rejected} lists every problem found.
 */
public record ImportReport(String kind, int received, int imported, List<RowError> rejected) {
    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    public boolean accepted() {
        return rejected.isEmpty();
    }
}
