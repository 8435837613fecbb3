package com.salesbot.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterFileTest {
    private static final List<String> KEYS = List.of("id", "title", "tags");

    private static FrontMatterFile parse(String text) {
        return FrontMatterFile.parse("a.md", text, KEYS, "a note");
    }

    @Test
    void readsKeysListsAndSectionsWithTheirLines() {
        FrontMatterFile doc = parse("---\nid: n1\n# a comment\n\ntitle: 报价: 先问预算\ntags: 零售, 连锁，餐饮、教育 ,\n---\n"
                + "intro\n## 开场\n第一行\n\n## 收尾\n再见\n");
        assertThat(doc.required("id")).isEqualTo("n1");
        assertThat(doc.required("title")).isEqualTo("报价: 先问预算");
        assertThat(doc.list("tags")).containsExactly("零售", "连锁", "餐饮", "教育");
        assertThat(doc.lineOf("title")).isEqualTo(5);
        assertThat(doc.lineOf("missing")).isZero();
        assertThat(doc.bodyFirstLine()).isEqualTo(8);
        assertThat(doc.sections()).containsExactly(new FrontMatterFile.Section("开场", 9, "第一行"),
                new FrontMatterFile.Section("收尾", 12, "再见"));
        assertThat(doc.bodyText()).startsWith("intro\n## 开场");
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEnds() {
        FrontMatterFile doc = parse("\uFEFF---\r\nid: n1\r\n---\r\n## s\r\nt\r\n");
        assertThat(doc.required("id")).isEqualTo("n1");
        assertThat(doc.sections()).containsExactly(new FrontMatterFile.Section("s", 4, "t"));
    }

    @Test
    void anEmptyValueIsAbsent() {
        FrontMatterFile doc = parse("---\nid:\n---\n");
        assertThat(doc.get("id")).isEmpty();
        assertThat(doc.list("tags")).isEmpty();
        assertThatThrownBy(() -> doc.required("id")).isInstanceOf(FrontMatterException.class)
                .hasMessage("a.md: the front matter has no 'id'");
    }

    @Test
    void everyRefusalNamesTheFileAndTheLine() {
        assertThatThrownBy(() -> parse("id: n1\n---\n")).hasMessage("a.md:1: a note starts with a '---' front matter line");
        assertThatThrownBy(() -> parse("---\nid: n1\nno colon here\n---\n"))
                .hasMessage("a.md:3: expected 'key: value', got 'no colon here'");
        assertThatThrownBy(() -> parse("---\nid: n1\ntitel: x\n---\n"))
                .hasMessage("a.md:3: unknown key 'titel' (known: id, title, tags)");
        assertThatThrownBy(() -> parse("---\nid: n1\n\nid: n2\n---\n")).hasMessage("a.md:4: key 'id' is given twice");
        assertThatThrownBy(() -> parse("---\nid: n1\n")).hasMessage("a.md: the front matter is not closed by a '---' line");
        FrontMatterException e = (FrontMatterException) org.assertj.core.api.Assertions.catchThrowable(
                () -> parse("---\n: x\n---\n"));
        assertThat(e.file()).isEqualTo("a.md");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void aRefusalAboutAValuePointsAtItsKey() {
        FrontMatterFile doc = parse("---\n\nid: Bad Id\n---\n");
        assertThat(doc.invalid("id", "bad id")).hasMessage("a.md:3: bad id");
        assertThat(doc.invalid("title", "no title")).hasMessage("a.md: no title");
    }
}
