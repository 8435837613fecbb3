package com.salesbot.bot.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule and what it means inside the modules:
 * <ol>
 *   <li>dependencies point inward: bot -> adapters/charts -> core, and core is plain Java;</li>
 *   <li>adapters do not depend on each other (each is one technology behind core's ports);</li>
 *   <li>core's package slices are free of cycles, and the rules depend only on the model, the configuration and
 *       java;</li>
 *   <li>bot holds no business decision: it does not build what a person reads (cards and texts come from core's
 *       use cases) and does not call the rules (it may construct them for wiring and read their result records);</li>
 *   <li>one way to queue a message: only the outbox writer enqueues in the outbox store.</li>
 * </ol>
 */
class DependencyRuleTest {
    private static final String[] ADAPTERS = {"mysql", "redis", "wecom", "dingtalk", "config", "nlp", "knowledge"};

    /** What a person reads: only core decides what goes into these. */
    private static final Set<String> MESSAGE_CONTENT = Set.of(
            "com.salesbot.core.card.Card", "com.salesbot.core.card.TextMessage",
            "com.salesbot.core.card.CardField", "com.salesbot.core.card.CardButton");

    /** Decoding an outbox payload rebuilds the message core encoded: the one bot class allowed to construct one. */
    private static final String OUTBOX_PAYLOAD_CODEC = "com.salesbot.bot.messaging.JsonOutboundCodec";

    private static final String OUTBOX_WRITER = "com.salesbot.core.messaging.OutboxWriter";
    private static final String OUTBOX_STORE = "com.salesbot.core.messaging.OutboxStore";

    /** Bean definitions and proxies Micronaut generates at compile time ({@code $Foo$Definition$Exec}). */
    private static final String MICRONAUT_GENERATED = ".*\\.\\$[^.]*";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.salesbot");
    }

    // 1. Dependencies point inward.

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

    // 2. Adapters do not depend on each other.

    @Test
    void adaptersDoNotDependOnEachOther() {
        slices().matching("com.salesbot.adapters.(*)..")
                .should().notDependOnEachOther()
                .because("each adapter is one technology behind core's ports; bot wires them together")
                .check(classes);
    }

    @Test
    void everyAdapterModuleIsOnTheClasspathOfTheSliceRule() {
        // the slice rule is only as good as the classes it sees: an adapter missing here would escape it
        for (String adapter : ADAPTERS) {
            assertThat(classes.that(resideInAPackage("com.salesbot.adapters." + adapter + "..")))
                    .as("classes of adapter " + adapter).isNotEmpty();
        }
    }

    // 3. Inside core: no package cycles, and the rules stand on the model and the configuration only.

    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("com.salesbot.core.(*)..")
                .should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void rulesDependOnlyOnModelConfigurationAndJava() {
        classes().that().resideInAPackage("com.salesbot.core.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "com.salesbot.core.rules..", "com.salesbot.core.model..", "com.salesbot.core.config..",
                        "java..")
                .because("a rule is a pure decision over the model and the configured thresholds")
                .check(classes);
    }

    // 4. No business decision in bot.

    @Test
    void botBuildsNoCardOrText() {
        noClasses().that().resideInAPackage("com.salesbot.bot..")
                .and().doNotHaveFullyQualifiedName(OUTBOX_PAYLOAD_CODEC)
                .should().callConstructorWhere(targetOwnerIn(MESSAGE_CONTENT))
                .because("what a person reads is decided by core's use cases; bot only delivers it")
                .check(classes);
    }

    @Test
    void botDoesNotCallTheRules() {
        noClasses().that().resideInAPackage("com.salesbot.bot..")
                .should().callMethodWhere(ruleDecision())
                .because("bot adapts HTTP and schedules to core's use cases; it constructs rules for wiring and"
                        + " may read the records they return, but never decides with them")
                .check(classes);
    }

    // 5. One outbox writer.

    @Test
    void onlyTheOutboxWriterEnqueues() {
        noClasses().that().doNotHaveFullyQualifiedName(OUTBOX_WRITER)
                .and().areNotAssignableTo(OUTBOX_STORE) // the stores themselves and their decorators
                .and().haveNameNotMatching(MICRONAUT_GENERATED)
                .should().callMethodWhere(DescribedPredicate.describe("target is OutboxStore.enqueue",
                        call -> call.getName().equals("enqueue")
                                && call.getTargetOwner().isAssignableTo(OUTBOX_STORE)))
                .because("replies, pushes, alerts, reminders, touches and the sandbox all queue through one writer")
                .check(classes);
    }

    private static DescribedPredicate<JavaConstructorCall> targetOwnerIn(Set<String> owners) {
        return DescribedPredicate.describe("target is one of " + List.copyOf(owners),
                call -> owners.contains(call.getTargetOwner().getFullName()));
    }

    private static DescribedPredicate<JavaMethodCall> ruleDecision() {
        return DescribedPredicate.describe("target is a method of a core.rules class (record accessors excepted)",
                (JavaCall<?> call) -> {
                    JavaClass owner = call.getTargetOwner();
                    return owner.getPackageName().startsWith("com.salesbot.core.rules") && !owner.isRecord();
                });
    }
}
