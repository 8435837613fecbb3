package com.salesbot.bot.startup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.io.scan.ClassPathResourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleJarStartupTest {
    private static Path jar(Path dir, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void indexesTheServiceEntriesOfTheJarOnly(@TempDir Path tmp) throws IOException {
        Path jar = jar(tmp, Map.of(
                "META-INF/micronaut/", "",
                "META-INF/micronaut/a.Service/", "",
                "META-INF/micronaut/a.Service/x.One", "",
                "META-INF/micronaut/a.Service/x.Two", "",
                "META-INF/micronaut/a.Service/.hidden", "",
                "META-INF/micronaut/b.Other/deeper/x.Three", "",
                "META-INF/services/a.Service", "x.Four",
                "x/One.class", ""));

        Map<String, List<String>> index = SingleJarStartup.serviceIndex(jar);

        assertThat(index).containsOnlyKeys("a.Service");
        assertThat(index.get("a.Service")).containsExactlyInAnyOrder("x.One", "x.Two");
    }

    @Test
    void servicesComeFromTheIndexAndTheStandardServiceFilesAndMissingClassesAreSkipped() {
        ClassLoader loader = getClass().getClassLoader();
        Map<String, List<String>> index = Map.of("java.util.List", List.of("java.util.ArrayList", "no.such.Type"));

        assertThat(SingleJarStartup.finds(index, loader, "java.util.List", "java.util.ArrayList")).isTrue();
        assertThat(SingleJarStartup.finds(index, loader, "java.util.List", "no.such.Type")).isFalse();
        // META-INF/services, read on demand as Micronaut does (this one is ours)
        assertThat(SingleJarStartup.finds(index, loader, "ch.qos.logback.classic.spi.Configurator",
                LogSetup.class.getName())).isTrue();
        // a type nobody provides is answered (with nothing) rather than left to Micronaut's jar scan
        assertThat(SingleJarStartup.finds(index, loader, "no.such.Service", "x")).isFalse();
    }

    @Test
    void readsResourcesAsEntriesOfTheJar(@TempDir Path tmp) throws IOException {
        Path jar = jar(tmp, Map.of("application.yml", "a: 1\n", "dir/", "", "dir/b.yml", "b: 2\n"));
        try (URLClassLoader classLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ClassPathResourceLoader resources = SingleJarStartup.resourceLoader(classLoader);

            assertThat(read(resources, "application.yml")).isEqualTo("a: 1\n");
            assertThat(read(resources, "dir/b.yml")).isEqualTo("b: 2\n");
            assertThat(resources.getResourceAsStream("dir/")).isEmpty();
            assertThat(resources.getResourceAsStream("missing.yml")).isEmpty();
        }
    }

    @Test
    void testsAndClassFoldersKeepMicronautsOwnScanning() {
        assertThat(SingleJarStartup.singleJar(SingleJarStartup.class)).isEmpty();
    }

    private static String read(ClassPathResourceLoader resources, String path) throws IOException {
        try (InputStream in = resources.getResourceAsStream(path).orElseThrow()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
