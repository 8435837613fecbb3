package com.salesbot.bot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: bot -> adapters/charts -> core, and core is plain Java. */
class DependencyRuleTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.salesbot");
    }

    @Test
    void coreUsesNoFrameworkDatabaseOrPlatformSdk() {
        noClasses().that().resideInAPackage("com.salesbot.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta.inject..", "org.apache.ibatis..", "io.lettuce..", "java.sql..",
                        "javax.sql..", "me.chanjar..", "com.github.binarywang..", "com.aliyun..", "com.dingtalk..",
                        "com.taobao..", "org.jfree..", "com.hankcs..", "org.apache.lucene..", "org.yaml..",
                        "com.google.gson..", "com.fasterxml..")
                .because("core is plain Java: rules and ports only")
                .check(classes);
    }

    @Test
    void coreDependsOnNoOuterModule() {
        noClasses().that().resideInAPackage("com.salesbot.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.salesbot.adapters..", "com.salesbot.charts..", "com.salesbot.bot..")
                .check(classes);
    }

    @Test
    void adaptersAndChartsDoNotDependOnBot() {
        noClasses().that().resideInAnyPackage("com.salesbot.adapters..", "com.salesbot.charts..")
                .should().dependOnClassesThat().resideInAPackage("com.salesbot.bot..")
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        String[] adapters = {"mysql", "redis", "wecom", "dingtalk", "config"};
        for (String a : adapters) {
            for (String b : adapters) {
                if (!a.equals(b)) {
                    noClasses().that().resideInAPackage("com.salesbot.adapters." + a + "..")
                            .should().dependOnClassesThat().resideInAPackage("com.salesbot.adapters." + b + "..")
                            .allowEmptyShould(true)
                            .check(classes);
                }
            }
        }
    }
}
