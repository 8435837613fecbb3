package com.salesbot.adapters.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseLoaderTest {
    private static final String GOOD = """
            ---
            id: budget
            title: 预算审批卡住
            customerTypes: 制造业、零售
            keywords: 预算, 审批，下季度
            ---
            ## 痛点
            财务说要等下季度。

            ## 应对话术
            “我帮您准备一页纸的立项材料。”
            第二行。

            ## 注意
            不要催。
            """;

    @TempDir
    Path dir;

    @Test
    void readsFrontMatterListsAndTheTalkTrackSection() {
        KnowledgeArticle a = KnowledgeArticleParser.parse("budget.md", GOOD);

        assertThat(a.id()).isEqualTo("budget");
        assertThat(a.title()).isEqualTo("预算审批卡住");
        assertThat(a.customerTypes()).containsExactly("制造业", "零售");
        assertThat(a.keywords()).containsExactly("预算", "审批", "下季度");
        assertThat(a.talkTrack()).isEqualTo("“我帮您准备一页纸的立项材料。”\n第二行。");
        assertThat(a.body()).startsWith("## 痛点").contains("不要催");
    }

    @Test
    void theShippedBaseHasAtLeastFifteenArticlesEachWithATalkTrack() {
        assertThat(KnowledgeBaseLoader.load(KnowledgeFixture.SHIPPED)).hasSizeGreaterThanOrEqualTo(15)
                .allSatisfy(a -> assertThat(a.talkTrack()).hasSizeGreaterThan(40))
                .allSatisfy(a -> assertThat(a.keywords()).hasSizeGreaterThanOrEqualTo(5));
    }

    @Test
    void refusalsNameTheFileAndLine() {
        assertRefused("---\nid: x\ntitle: t\nauthor: me\n---\n## 应对话术\n好\n", "x.md:4: unknown key 'author'");
        assertRefused("id: x\n", "x.md:1: an article starts with a '---'");
        assertRefused("---\nid: x\ntitle t\n---\n", "x.md:3: expected 'key: value'");
        assertRefused("---\nid: x\nid: y\n---\n", "x.md:3: key 'id' is given twice");
        assertRefused("---\nid: Bad Id\ntitle: t\n---\n## 应对话术\n好\n", "x.md:2: id 'Bad Id'");
        assertRefused("---\nid: x\ntitle: t\n## 应对话术\n", "x.md: the front matter is not closed");
        assertRefused("---\nid: x\n---\n## 应对话术\n好\n", "x.md: the front matter has no 'title'");
        assertRefused("---\nid: x\ntitle: t\n---\n## 痛点\n贵\n", "x.md: no '## 应对话术' section");
        assertRefused("---\nid: x\ntitle: t\n---\n## 应对话术\n\n## 注意\n好\n", "x.md:5: the '## 应对话术' section is empty");
        assertRefused("---\nid: x\ntitle: t\n---\n## 应对话术\n好\n## 应对话术\n好\n", "x.md:7: a second");
    }

    @Test
    void loadsEveryMarkdownFileButTheReadme() throws IOException {
        write("budget.md", GOOD);
        write("README.md", "# 知识库说明");
        write("notes.txt", "not an article");

        assertThat(KnowledgeBaseLoader.load(dir)).extracting(KnowledgeArticle::id).containsExactly("budget");
    }

    @Test
    void aMissingOrEmptyFolderIsAnEmptyBase() {
        assertThat(KnowledgeBaseLoader.load(dir)).isEmpty();
        assertThat(KnowledgeBaseLoader.load(dir.resolve("absent"))).isEmpty();
    }

    @Test
    void aBadFileStopsLoadingWithItsName() throws IOException {
        write("a-good.md", GOOD);
        write("b-bad.md", "---\nid: bad\ntitle: 坏文章\nkeyword: 错键\n---\n## 应对话术\n好\n");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir)).isInstanceOf(KnowledgeFormatException.class)
                .hasMessageStartingWith("b-bad.md:4: unknown key 'keyword'");
    }

    @Test
    void twoArticlesWithOneIdAreRefusedNamingBothFiles() throws IOException {
        write("a.md", GOOD);
        write("b.md", GOOD);

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir)).isInstanceOf(KnowledgeFormatException.class)
                .hasMessage("b.md: id 'budget' is already used by a.md");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedByName() throws IOException {
        Files.write(dir.resolve("gbk.md"), GOOD.getBytes("GBK"));

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir)).isInstanceOf(KnowledgeFormatException.class)
                .hasMessage("gbk.md: not UTF-8 text");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void assertRefused(String text, String messageStart) {
        assertThatThrownBy(() -> KnowledgeArticleParser.parse("x.md", text))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageStartingWith(messageStart);
    }
}
