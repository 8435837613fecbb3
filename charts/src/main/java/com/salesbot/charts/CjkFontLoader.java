package com.salesbot.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds a font that can draw Chinese: the bundled TTF first, then an installed family that displays a
 * Chinese sample, then SansSerif with a single warning. The shared result is loaded once per JVM.
 */
public final class CjkFontLoader {

    /** Classpath resource carried by com.anji-plus:captcha (WenQuanYi Zen Hei, GPLv2 + font exception). */
    public static final String BUNDLED_RESOURCE = "/fonts/WenQuanZhengHei.ttf";
    /** Characters the chosen font must display. */
    public static final String SAMPLE = "昨日关键动作热力图目标健康度有效商机储备缺口对比雷达周一二三四五六日";

    private static final List<String> PREFERRED_FAMILIES = List.of(
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "SimHei", "AR PL UMing CN");
    private static final System.Logger LOG = System.getLogger(CjkFontLoader.class.getName());

    private CjkFontLoader() {
    }

    /** The font all charts share; the first call loads it (about 13 MB of TTF). */
    public static ChartFont shared() {
        return Holder.FONT;
    }

    private static final class Holder {
        static final ChartFont FONT = load(
                () -> CjkFontLoader.class.getResourceAsStream(BUNDLED_RESOURCE),
                CjkFontLoader::installedFamilies, LOG);
    }

    /**
     * Runs the search.
     *
     * @param bundled  opens the bundled TTF, or returns null when it is not on the classpath
     * @param families the installed family names to try after the preferred ones
     * @param log      receives at most one WARNING, only when falling back to SansSerif
     */
    static ChartFont load(Supplier<InputStream> bundled, Supplier<List<String>> families, System.Logger log) {
        List<String> problems = new ArrayList<>();
        Font font = readBundled(bundled, problems);
        if (font != null) {
            return new ChartFont(font, FontSource.BUNDLED, font.getFamily());
        }
        for (String family : candidateFamilies(families.get())) {
            Font installed = new Font(family, Font.PLAIN, 12);
            if (installed.canDisplayUpTo(SAMPLE) == -1) {
                return new ChartFont(installed, FontSource.INSTALLED, family);
            }
        }
        problems.add("no installed font family can display Chinese");
        log.log(System.Logger.Level.WARNING,
                "Charts fall back to SansSerif; Chinese text may render as boxes. " + String.join("; ", problems)
                        + ". Install fonts-wqy-microhei or keep com.anji-plus:captcha on the classpath.");
        return new ChartFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12), FontSource.FALLBACK, Font.SANS_SERIF);
    }

    private static Font readBundled(Supplier<InputStream> bundled, List<String> problems) {
        try (InputStream in = bundled.get()) {
            if (in == null) {
                problems.add("bundled font " + BUNDLED_RESOURCE + " is not on the classpath");
                return null;
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            if (font.canDisplayUpTo(SAMPLE) != -1) {
                problems.add("bundled font " + font.getFamily() + " cannot display Chinese");
                return null;
            }
            return font;
        } catch (IOException | FontFormatException e) {
            problems.add("bundled font " + BUNDLED_RESOURCE + " is unreadable: " + e.getMessage());
            return null;
        }
    }

    private static List<String> candidateFamilies(List<String> installed) {
        Set<String> available = new LinkedHashSet<>(installed);
        Set<String> ordered = new LinkedHashSet<>();
        PREFERRED_FAMILIES.stream().filter(available::contains).forEach(ordered::add);
        ordered.addAll(available);
        return List.copyOf(ordered);
    }

    private static List<String> installedFamilies() {
        return Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    }
}
