package com.salesbot.adapters.wecom.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Start-up check of the native Finance SDK library: why archive pulling cannot work here, if it cannot. */
public final class ArchiveLibrary {
    private ArchiveLibrary() {
    }

    /** Empty when the library file is usable as far as can be told without loading it. */
    public static Optional<String> problem(String libPath, String osName, String osArch) {
        if (libPath == null || libPath.isBlank()) {
            return Optional.of("wecom.msgaudit.lib-path is empty");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (!os.contains("linux") && !os.contains("windows")) {
            return Optional.of("the WeCom Finance SDK exists only for Linux and Windows, not " + osName);
        }
        String arch = osArch.toLowerCase(Locale.ROOT);
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            return Optional.of("the WeCom Finance SDK exists only for x86_64, not " + osArch);
        }
        String first = firstFile(libPath.strip());
        Path file = Path.of(first);
        if (!Files.exists(file)) {
            return Optional.of("library file " + first + " does not exist");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Optional.of("library file " + first + " is not a readable file");
        }
        return Optional.empty();
    }

    public static Optional<String> problem(String libPath) {
        return problem(libPath, System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** WxJava allows {@code <dir>/a.dll,b.dll}; the first file is the one checked. */
    private static String firstFile(String libPath) {
        int slash = libPath.lastIndexOf('/');
        int comma = libPath.indexOf(',', slash + 1);
        return comma < 0 ? libPath : libPath.substring(0, comma);
    }
}
