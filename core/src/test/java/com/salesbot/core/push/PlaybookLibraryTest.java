package com.salesbot.core.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaybookLibraryTest {
    private static final String KIT = """
            ---
            id: kit-retail
            kind: kit
            title: 零售客户
            customerTypes: 零售, 连锁
            ---
            引言不属于任何一节。
            ## 客户说“太贵了”
            先问预算区间。
            第二行。
            ## 客户说“再看看”
            约下次时间。
            """;

    @Test
    void readsFrontMatterAndSections() {
        Playbook p = PlaybookLibrary.parse("kit-retail.md", KIT);
        assertThat(p.kind()).isEqualTo(Playbook.Kind.KIT);
        assertThat(p.customerTypes()).containsExactlyInAnyOrder("零售", "连锁");
        assertThat(p.snippets()).containsExactly(new Playbook.Snippet("客户说“太贵了”", "先问预算区间。\n第二行。"),
                new Playbook.Snippet("客户说“再看看”", "约下次时间。"));
    }

    @Test
    void refusesUnknownKeysWithFileAndLine() {
        assertThatThrownBy(() -> PlaybookLibrary.parse("x.md", "---\nid: a\ntitel: b\n---\n## s\nt"))
                .hasMessageContaining("x.md:3").hasMessageContaining("titel");
    }

    @Test
    void refusesAKitWithoutCustomerTypesOrSections() {
        assertThatThrownBy(() -> PlaybookLibrary.parse("x.md", "---\nid: a\nkind: kit\ntitle: b\n---\n## s\nt"))
                .hasMessageContaining("customerTypes");
        assertThatThrownBy(() -> PlaybookLibrary.parse("x.md", "---\nid: a\nkind: lesson\ntitle: b\n---\nno sections"))
                .hasMessageContaining("x.md").hasMessageContaining("no section");
        assertThatThrownBy(() -> PlaybookLibrary.parse("x.md", "id: a\n")).hasMessageContaining("x.md:1");
    }

    @Test
    void matchingKitsWinOverTheGeneralOne() {
        PlaybookLibrary lib = PlaybookLibrary.load(Path.of("..", "config", "playbooks"));
        assertThat(lib.kitsFor(Set.of("制造业"))).extracting(Playbook::id).containsExactly("kit-manufacturing");
        assertThat(lib.kitsFor(Set.of("没有这个类型"))).extracting(Playbook::id).containsExactly("kit-general");
        assertThat(lib.kitsFor(Set.of())).extracting(Playbook::id).containsExactly("kit-general");
    }

    @Test
    void theShippedFolderHasTheKitsAndThePricingLesson() {
        PlaybookLibrary lib = PlaybookLibrary.load(Path.of("..", "config", "playbooks"));
        assertThat(lib.find(CoachingPushes.PRICING_LESSON)).get()
                .satisfies(p -> assertThat(p.title()).isEqualTo("高价值客户定价策略"));
        assertThat(lib.kitsFor(Set.of("互联网"))).extracting(Playbook::id).containsExactly("kit-internet");
        assertThat(lib.kitsFor(Set.of("零售"))).extracting(Playbook::id).containsExactly("kit-retail");
        assertThat(lib.size()).isEqualTo(5);
    }
}
