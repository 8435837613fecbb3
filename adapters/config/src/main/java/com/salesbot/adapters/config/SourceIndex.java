package com.salesbot.adapters.config;

import com.salesbot.core.config.ConfigIssue;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers where each configuration path (e.g. {@code stages[3].code}) was written, so problems found later on
 * the built model can name file and line. A path never written (a default) falls back to its nearest written
 * parent, and finally to the file that would hold it.
 */
final class SourceIndex {
    private record Place(String file, int line) {
    }

    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, String> fileByRoot;

    /** @param fileByRoot first path segment (e.g. {@code stages}) to the file that holds it */
    SourceIndex(Map<String, String> fileByRoot) {
        this.fileByRoot = Map.copyOf(fileByRoot);
    }

    void record(String path, String file, int line) {
        places.put(path, new Place(file, line));
    }

    ConfigProblem locate(ConfigIssue issue) {
        String path = issue.path();
        while (!path.isEmpty()) {
            Place place = places.get(path);
            if (place != null) {
                return new ConfigProblem(place.file(), place.line(), issue.message());
            }
            path = parent(path);
        }
        String root = issue.path().split("[.\\[]", 2)[0];
        return new ConfigProblem(fileByRoot.getOrDefault(root, "config"), 0, issue.message());
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
