package com.salesbot.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.chat.Router;
import com.salesbot.core.model.Rep;
import com.salesbot.core.rules.activity.SalesMembers;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine knows no feature, and who may see or change what is decided in one place. */
class ChatAndAccessRuleTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.salesbot.core");
    }

    @Test
    void theEngineConstructsNoFeature() {
        noClasses().that().resideInAPackage("com.salesbot.core.chat..")
                .and().doNotHaveFullyQualifiedName(ConversationEngine.class.getName())
                .should().dependOnClassesThat().resideInAPackage("com.salesbot.core.feature..")
                .because("features register themselves through ChatRoutes; only the engine's legacy delegating "
                        + "methods (promptForTouch, remindUntagged, application notes) name two of them")
                .check(classes);
    }

    @Test
    void onlyTheAccessRuleReadsRolesToDecide() {
        noClasses().that().resideOutsideOfPackages("com.salesbot.core.scope..", "com.salesbot.core.model..",
                        "com.salesbot.core.importing..", "com.salesbot.core.demo..")
                .and().doNotHaveFullyQualifiedName(SalesMembers.class.getName())
                .and().doNotHaveFullyQualifiedName(Router.class.getName())
                .should().callMethod(Rep.class, "role")
                .because("access decisions (who sees or changes whose data, who receives a team's pushes) live in "
                        + "core.scope.DataScope; SalesMembers says whose activity is measured and the Router checks "
                        + "a command's declared roles")
                .check(classes);
    }
}
