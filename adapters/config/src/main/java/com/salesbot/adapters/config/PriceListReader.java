package com.salesbot.adapters.config;

import com.salesbot.core.model.Role;
import com.salesbot.core.quote.PriceItem;
import com.salesbot.core.quote.PriceList;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads config/pricing/price-list.yml: {@code company} (issuer and watermark of quotes), {@code currency},
 * {@code valid_days}, {@code items} (code, name, unit, price in yuan) and {@code discounts} (role → largest percent
 * off). Every problem is reported with the file name, not just the first.
 */
public final class PriceListReader {
    public static final String FILE = "pricing/price-list.yml";

    private PriceListReader() {
    }

    public static PriceList read(Path configDir) {
        Path file = configDir.resolve(FILE);
        List<ConfigProblem> problems = new ArrayList<>();
        Object root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(List.of(problem("cannot be read as YAML (" + e.getClass().getSimpleName() + ")")));
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new ConfigException(List.of(problem("expected a mapping with currency, items and discounts")));
        }
        List<PriceItem> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        if (top.get("items") instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> m)) {
                    problems.add(problem("items[" + i + "] must be a mapping"));
                    continue;
                }
                try {
                    PriceItem item = new PriceItem(text(m.get("code")), text(m.get("name")), text(m.get("unit")),
                            new BigDecimal(text(m.get("price"))));
                    if (!codes.add(item.code())) {
                        problems.add(problem("items[" + i + "]: code " + item.code() + " appears twice"));
                    }
                    items.add(item);
                } catch (RuntimeException e) {
                    problems.add(problem("items[" + i + "]: needs code, name, unit and a positive price ("
                            + e.getMessage() + ")"));
                }
            }
        } else {
            problems.add(problem("items must be a list"));
        }
        Map<Role, Integer> discounts = new EnumMap<>(Role.class);
        if (top.get("discounts") instanceof Map<?, ?> d) {
            d.forEach((k, v) -> {
                try {
                    Role role = Role.valueOf(String.valueOf(k).toUpperCase(Locale.ROOT));
                    int pct = Integer.parseInt(text(v));
                    if (pct < 0 || pct > 100) {
                        throw new IllegalArgumentException("out of 0..100");
                    }
                    discounts.put(role, pct);
                } catch (RuntimeException e) {
                    problems.add(problem("discounts." + k + ": expected a role (REP, MANAGER, DIRECTOR) and a percent"
                            + " 0..100"));
                }
            });
        } else if (top.get("discounts") != null) {
            problems.add(problem("discounts must be a mapping of role to percent"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        Object currency = top.get("currency");
        Object company = top.get("company");
        int validDays;
        try {
            validDays = top.get("valid_days") == null ? 30 : Integer.parseInt(text(top.get("valid_days")));
            if (validDays <= 0) {
                throw new IllegalArgumentException();
            }
        } catch (RuntimeException e) {
            throw new ConfigException(List.of(problem("valid_days must be a positive number of days")));
        }
        return new PriceList(company == null ? "" : company.toString().strip(),
                currency == null ? "CNY" : currency.toString(), items, discounts, validDays);
    }

    private static String text(Object o) {
        if (o == null) {
            throw new IllegalArgumentException("missing value");
        }
        return o.toString().strip();
    }

    private static ConfigProblem problem(String message) {
        return new ConfigProblem(FILE, 0, message);
    }
}
