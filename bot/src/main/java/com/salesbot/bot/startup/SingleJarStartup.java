package com.salesbot.bot.startup;

import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.core.io.scan.DefaultClassPathResourceLoader;
import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.core.optim.StaticOptimizations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Start-up of the single application jar ({@code java -jar salesbot.jar}) without opening that jar as a zip file
 * system. Micronaut lists its services (bean definitions, about 850 entries under {@code META-INF/micronaut/}) and
 * reads {@code application.yml} through {@code FileSystems.newFileSystem} on the jar, which reads and indexes the
 * whole central directory of its 62,000 entries each time: measured as about a fifth of the main thread's time to
 * {@code /health} UP. Here the same service entries are read once through the {@link JarFile} the class loader has
 * already opened and handed to Micronaut as static service loaders (the public mechanism Micronaut AOT uses), and
 * classpath resources are read as jar entries.
 *
 * <p>Only used when the class path is exactly one jar: tests, an IDE or a class path with more jars keep Micronaut's
 * own scanning, so a service of another jar is never missed.
 */
public final class SingleJarStartup {
    private static final String SERVICES = "META-INF/micronaut/";
    private static final String STANDARD_SERVICES = "META-INF/services/";
    private static final MethodType NO_ARGS = MethodType.methodType(void.class);

    private SingleJarStartup() {
    }

    /**
     * The application jar when the class path is exactly that jar.
     *
     * @param anchor a class of the application
     * @return the jar, or empty when started from classes folders or with further class path entries
     */
    public static Optional<Path> singleJar(Class<?> anchor) {
        try {
            var source = anchor.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path jar = Path.of(source.getLocation().toURI());
            String classPath = System.getProperty("java.class.path", "");
            if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")
                    || classPath.contains(java.io.File.pathSeparator)
                    || !Path.of(classPath).toAbsolutePath().normalize().equals(jar.toAbsolutePath().normalize())) {
                return Optional.empty();
            }
            return Optional.of(jar);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Registers the Micronaut services listed in the jar as static service loaders. Must run before Micronaut loads
     * any service (before {@code ApplicationContext.builder()}).
     *
     * @param jar the application jar (from {@link #singleJar})
     * @param classLoader the class loader of the application
     * @return whether the services were registered; if not, Micronaut scans as usual
     */
    public static boolean registerServices(Path jar, ClassLoader classLoader) {
        Map<String, List<String>> index;
        try {
            index = serviceIndex(jar);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
        try {
            StaticOptimizations.set(new SoftServiceLoader.Optimizations(new Loaders(index, classLoader)));
            return true;
        } catch (IllegalStateException e) {
            // the service optimizations were already read: Micronaut keeps scanning, which is only slower
            return false;
        }
    }

    /** Service type name to implementation class names, in the order of the jar's entries. */
    static Map<String, List<String>> serviceIndex(Path jar) throws IOException {
        Map<String, List<String>> index = new LinkedHashMap<>();
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (!name.startsWith(SERVICES) || name.endsWith("/")) {
                    continue;
                }
                int slash = name.indexOf('/', SERVICES.length());
                if (slash <= SERVICES.length() || name.indexOf('/', slash + 1) >= 0 || name.charAt(slash + 1) == '.') {
                    continue;
                }
                index.computeIfAbsent(name.substring(SERVICES.length(), slash), k -> new ArrayList<>())
                        .add(name.substring(slash + 1));
            }
        }
        return index;
    }

    /**
     * A class path resource loader that reads an entry of the jar through the class loader's jar rather than a zip
     * file system; everything else as Micronaut's default.
     *
     * @param classLoader the class loader of the application
     * @return the loader
     */
    public static ClassPathResourceLoader resourceLoader(ClassLoader classLoader) {
        return new JarEntryResourceLoader(classLoader);
    }

    private static final class JarEntryResourceLoader extends DefaultClassPathResourceLoader {
        JarEntryResourceLoader(ClassLoader classLoader) {
            super(classLoader);
        }

        @Override
        public Optional<InputStream> getResourceAsStream(String path) {
            if (path.contains("..") || path.startsWith("classpath:") || path.startsWith("/")) {
                return super.getResourceAsStream(path);
            }
            URL url = getClassLoader().getResource(path);
            if (url == null) {
                return Optional.empty();
            }
            String spec = url.toString();
            int sep = spec.indexOf("!/");
            if (!spec.startsWith("jar:file:") || sep < 0 || spec.indexOf("!/", sep + 2) >= 0) {
                return super.getResourceAsStream(path);
            }
            try {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                JarEntry entry = connection.getJarEntry();
                if (entry == null || entry.isDirectory()) {
                    return Optional.empty();
                }
                return Optional.of(connection.getInputStream());
            } catch (IOException e) {
                return super.getResourceAsStream(path);
            }
        }
    }

    /**
     * Answers every service type: the implementations named in {@code META-INF/services/<type>} files (read on
     * demand, as Micronaut does) followed by those under {@code META-INF/micronaut/<type>/} in the jar. Like
     * Micronaut's own scan, an implementation whose class or dependencies are missing is skipped.
     */
    @SuppressWarnings({"rawtypes", "unchecked", "serial"})
    private static final class Loaders extends ConcurrentHashMap<String, SoftServiceLoader.StaticServiceLoader<?>> {
        private final transient Map<String, List<String>> index;
        private final transient ClassLoader classLoader;

        Loaders(Map<String, List<String>> index, ClassLoader classLoader) {
            this.index = index;
            this.classLoader = classLoader;
        }

        @Override
        public SoftServiceLoader.StaticServiceLoader<?> get(Object key) {
            if (!(key instanceof String type)) {
                return null;
            }
            return computeIfAbsent(type, this::loaderFor);
        }

        private SoftServiceLoader.StaticServiceLoader<?> loaderFor(String type) {
            return (SoftServiceLoader.StaticServiceLoader) condition -> {
                Stream.Builder<SoftServiceLoader.StaticDefinition> found = Stream.builder();
                for (String name : implementations(type)) {
                    if (condition != null && !condition.test(name)) {
                        continue;
                    }
                    Object instance = instantiate(name);
                    if (instance != null) {
                        found.add(SoftServiceLoader.StaticDefinition.of(name, () -> instance));
                    }
                }
                return (Stream) found.build();
            };
        }

        private Set<String> implementations(String type) {
            Set<String> names = new LinkedHashSet<>();
            try {
                Enumeration<URL> files = classLoader.getResources(STANDARD_SERVICES + type);
                while (files.hasMoreElements()) {
                    readServiceFile(files.nextElement(), names);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the service files of " + type, e);
            }
            names.addAll(index.getOrDefault(type, List.of()));
            return names;
        }

        private static void readServiceFile(URL url, Set<String> names) throws IOException {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    int comment = line.indexOf('#');
                    String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
        }

        private Object instantiate(String name) {
            try {
                Class<?> type = Class.forName(name, false, classLoader);
                return MethodHandles.publicLookup().findConstructor(type, NO_ARGS).invoke();
            } catch (NoClassDefFoundError | ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
                return null;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot create the service " + name, e);
            }
        }
    }

    /** For tests: whether a predicate-free load of a service type finds the given implementation. */
    static boolean finds(Map<String, List<String>> index, ClassLoader classLoader, String type, String name) {
        Predicate<String> any = n -> true;
        return new Loaders(index, classLoader).get(type).findAll(any).anyMatch(d -> d.getName().equals(name));
    }
}
