package com.salesbot.core.testdata;

import com.salesbot.core.config.Thresholds;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/** Thresholds with a few components changed by name, the rest at the article's defaults. */
public final class ThresholdsBuilder {
    private final Map<String, Object> overrides = new HashMap<>();

    public static ThresholdsBuilder defaults() {
        return new ThresholdsBuilder();
    }

    public ThresholdsBuilder set(String component, Object value) {
        overrides.put(component, value);
        return this;
    }

    public Thresholds build() {
        try {
            Thresholds base = Thresholds.defaults();
            RecordComponent[] components = Thresholds.class.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = overrides.containsKey(components[i].getName()) ? overrides.remove(components[i].getName())
                        : components[i].getAccessor().invoke(base);
            }
            if (!overrides.isEmpty()) {
                throw new IllegalArgumentException("unknown thresholds " + overrides.keySet());
            }
            Constructor<Thresholds> ctor = Thresholds.class.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
