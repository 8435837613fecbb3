package com.salesbot.adapters.wecom.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveLibraryTest {
    @TempDir
    Path dir;

    @Test
    void anExistingFileOnLinuxX86IsUsable() throws IOException {
        Path lib = Files.writeString(dir.resolve("libWeWorkFinanceSdk_Java.so"), "not really a library");
        assertThat(ArchiveLibrary.problem(lib.toString(), "Linux", "amd64")).isEmpty();
    }

    @Test
    void aMissingFileIsNamed() {
        String missing = dir.resolve("libWeWorkFinanceSdk_Java.so").toString();
        assertThat(ArchiveLibrary.problem(missing, "Linux", "amd64")).hasValueSatisfying(
                p -> assertThat(p).contains(missing).contains("does not exist"));
    }

    @Test
    void aDirectoryIsNotALibrary() {
        assertThat(ArchiveLibrary.problem(dir.toString(), "Linux", "amd64"))
                .hasValueSatisfying(p -> assertThat(p).contains("not a readable file"));
    }

    @Test
    void armAndMacHaveNoSdk() throws IOException {
        Path lib = Files.writeString(dir.resolve("libWeWorkFinanceSdk_Java.so"), "x");
        assertThat(ArchiveLibrary.problem(lib.toString(), "Linux", "aarch64"))
                .hasValueSatisfying(p -> assertThat(p).contains("x86_64"));
        assertThat(ArchiveLibrary.problem(lib.toString(), "Mac OS X", "x86_64"))
                .hasValueSatisfying(p -> assertThat(p).contains("Mac OS X"));
    }

    @Test
    void aWindowsListIsCheckedByItsFirstFile() throws IOException {
        Files.writeString(dir.resolve("libcrypto-1_1-x64.dll"), "x");
        String list = dir + "/libcrypto-1_1-x64.dll,libssl-1_1-x64.dll,WeWorkFinanceSdk.dll";
        assertThat(ArchiveLibrary.problem(list, "Windows Server 2019", "amd64")).isEmpty();
        assertThat(ArchiveLibrary.problem(dir + "/nope.dll,b.dll", "Windows Server 2019", "amd64")).isPresent();
    }
}
