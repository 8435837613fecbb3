package com.salesbot.adapters.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems while the folder is read. They come out grouped by file, in the order the files are given,
 * files not in that order (a misspelt file name) first; lines ascend within a file.
 */
final class Problems {
    private final List<String> fileOrder;
    private final List<ConfigProblem> list = new ArrayList<>();

    Problems(List<String> fileOrder) {
        this.fileOrder = List.copyOf(fileOrder);
    }

    void add(String file, int line, String message) {
        list.add(new ConfigProblem(file, line, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<ConfigProblem> sorted() {
        return list.stream()
                .sorted(Comparator.comparingInt((ConfigProblem p) -> fileOrder.indexOf(p.file()))
                        .thenComparing(ConfigProblem::file)
                        .thenComparingInt(ConfigProblem::line))
                .toList();
    }
}
