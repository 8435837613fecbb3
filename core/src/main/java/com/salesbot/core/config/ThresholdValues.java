package com.salesbot.core.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and builds {@link Thresholds} by component name, so configuration files follow the record as it grows:
 * a new component is configurable as soon as it exists, and {@link Thresholds#defaults()} fills every key a file
 * leaves out. Supported component types: int, long, double, boolean.
 */
public final class ThresholdValues {
    private static final Set<Class<?>> SUPPORTED = Set.of(int.class, long.class, double.class, boolean.class);
    private static final RecordComponent[] COMPONENTS = Thresholds.class.getRecordComponents();

    static {
        for (RecordComponent c : COMPONENTS) {
            if (!SUPPORTED.contains(c.getType())) {
                throw new IllegalStateException("Thresholds." + c.getName() + " has unsupported type " + c.getType());
            }
        }
    }

    private ThresholdValues() {
    }

    /** Component names in declaration order. */
    public static List<String> names() {
        return Arrays.stream(COMPONENTS).map(RecordComponent::getName).toList();
    }

    /** The primitive type of a component, empty for an unknown name. */
    public static Optional<Class<?>> type(String name) {
        return component(name).map(RecordComponent::getType);
    }

    /** Every component's value, in declaration order (boxed). */
    public static Map<String, Object> asMap(Thresholds thresholds) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : COMPONENTS) {
            values.put(c.getName(), read(c, thresholds));
        }
        return values;
    }

    /**
     * The defaults with the given components replaced.
     *
     * @param overrides component name to a value of the component's boxed type (Integer, Long, Double, Boolean)
     * @throws IllegalArgumentException for an unknown name or a value of the wrong type
     */
    public static Thresholds withOverrides(Map<String, ?> overrides) {
        Map<String, Object> values = asMap(Thresholds.defaults());
        overrides.forEach((name, value) -> {
            Class<?> type = type(name).orElseThrow(() -> new IllegalArgumentException("unknown threshold " + name));
            if (value == null || !boxed(type).isInstance(value)) {
                throw new IllegalArgumentException("threshold " + name + " needs a " + type + ", got " + value);
            }
            values.put(name, value);
        });
        Class<?>[] types = Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<Thresholds> canonical = Thresholds.class.getDeclaredConstructor(types);
            return canonical.newInstance(values.values().toArray());
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build Thresholds", e);
        }
    }

    private static Optional<RecordComponent> component(String name) {
        return Arrays.stream(COMPONENTS).filter(c -> c.getName().equals(name)).findFirst();
    }

    private static Object read(RecordComponent component, Thresholds thresholds) {
        try {
            return component.getAccessor().invoke(thresholds);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read Thresholds." + component.getName(), e);
        }
    }

    private static Class<?> boxed(Class<?> primitive) {
        if (primitive == int.class) {
            return Integer.class;
        }
        if (primitive == long.class) {
            return Long.class;
        }
        if (primitive == double.class) {
            return Double.class;
        }
        return Boolean.class;
    }
}
