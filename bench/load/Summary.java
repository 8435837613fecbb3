// Ratios from a bench/load/run.sh results file: every figure is compared with the bare server (and the new bot
// with the baseline bot when one was measured) within the same round, then the median over the rounds is taken.
//   java bench/load/Summary.java bench/load/results-<time>.txt

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class Summary {
    private static final Pattern LINE = Pattern.compile("^(RESULT|START|RSS) \\[([^\\]]+)\\] (.*)$");
    private static final Pattern FIELD = Pattern.compile("(\\w+)=([^\\s]+)");

    public static void main(String[] args) throws Exception {
        // round -> "label metric" -> value
        Map<Integer, Map<String, String>> rounds = new TreeMap<>();
        int round = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.startsWith("## round ")) {
                round = Integer.parseInt(line.substring(9).trim());
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            Map<String, String> r = rounds.computeIfAbsent(round, k -> new LinkedHashMap<>());
            String label = m.group(2);
            if (m.group(1).equals("START")) {
                label = label + " start";
            } else if (m.group(1).equals("RSS")) {
                label = label + " rss";
            }
            Matcher f = FIELD.matcher(m.group(3));
            while (f.find()) {
                String v = f.group(2);
                r.put(label + " " + f.group(1), v.matches("[0-9.]+(/s|ms|s)") ? v.replaceAll("(/s|ms|s)$", "") : v);
            }
        }
        List<Map<String, String>> all = new ArrayList<>(rounds.values());
        System.out.println("# summary: medians over " + all.size() + " round(s); ratios taken within each round");
        System.out.println("| what | figure | vs bare | vs base |");
        System.out.println("|---|---:|---:|---:|");
        row(all, "bare POST acks/s", "bare POST throughput", null, null);
        row(all, "bare POST p99 ms", "bare POST p99", null, null);
        for (String bot : List.of("base", "new")) {
            for (String ch : List.of("wecom", "dingtalk")) {
                String k = bot + " " + ch;
                if (!has(all, k + " throughput")) {
                    continue;
                }
                row(all, k + " acks/s", k + " throughput", "bare POST throughput",
                        bot.equals("new") ? "base " + ch + " throughput" : null);
                row(all, k + " p99 ms", k + " p99", "bare POST p99",
                        bot.equals("new") ? "base " + ch + " p99" : null);
                row(all, k + " replies end to end /s", k + " e2e", "bare POST throughput",
                        bot.equals("new") ? "base " + ch + " e2e" : null);
                System.out.printf("| %s replies exactly once | %s | | |%n", k, exactlyOnce(all, k));
            }
        }
        row(all, "bare start s", "bare start seconds", null, null);
        for (String bot : List.of("base", "new")) {
            if (has(all, bot + " start seconds")) {
                row(all, bot + " embedded start to /health UP s", bot + " start seconds", "bare start seconds",
                        bot.equals("new") ? "base start seconds" : null);
                row(all, bot + " resident MB after the load", bot + " rss kb", null,
                        bot.equals("new") ? "base rss kb" : null, kb -> kb / 1024);
            }
        }
    }

    private static boolean has(List<Map<String, String>> all, String key) {
        return all.stream().anyMatch(r -> r.containsKey(key));
    }

    private static String exactlyOnce(List<Map<String, String>> all, String k) {
        StringBuilder out = new StringBuilder();
        for (Map<String, String> r : all) {
            if (r.containsKey(k + " exactly_once")) {
                out.append(out.length() == 0 ? "" : ", ").append(r.get(k + " exactly_once"))
                        .append(" (").append(r.get(k + " replies")).append(", dup ")
                        .append(r.get(k + " duplicates")).append(")");
            }
        }
        return out.toString();
    }

    private static void row(List<Map<String, String>> all, String name, String key, String bare, String base) {
        row(all, name, key, bare, base, Function.identity());
    }

    private static void row(List<Map<String, String>> all, String name, String key, String bare, String base,
                            Function<Double, Double> scale) {
        List<Double> v = new ArrayList<>();
        List<Double> vsBare = new ArrayList<>();
        List<Double> vsBase = new ArrayList<>();
        for (Map<String, String> r : all) {
            Double x = num(r.get(key));
            if (x == null) {
                continue;
            }
            v.add(scale.apply(x));
            Double b = bare == null ? null : num(r.get(bare));
            if (b != null && b > 0) {
                vsBare.add(x / b);
            }
            Double s = base == null ? null : num(r.get(base));
            if (s != null && s > 0) {
                vsBase.add(x / s);
            }
        }
        if (v.isEmpty()) {
            return;
        }
        System.out.printf("| %s | %s | %s | %s |%n", name, fmt(median(v)),
                vsBare.isEmpty() ? "" : String.format("%.2fx", median(vsBare)),
                vsBase.isEmpty() ? "" : String.format("%.2fx", median(vsBase)));
    }

    private static Double num(String s) {
        try {
            return s == null ? null : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String fmt(double x) {
        return x >= 100 ? String.format("%.0f", x) : String.format("%.2f", x);
    }
}
