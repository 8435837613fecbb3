package com.salesbot.adapters.wecom.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.archive.ArchiveBatch;
import com.salesbot.core.archive.ArchiveException;
import com.salesbot.core.archive.ArchivedMessage;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.BadPaddingException;
import me.chanjar.weixin.common.error.WxErrorException;
import org.junit.jupiter.api.Test;

/**
 * The SDK-handle rules without the native library: WxJava's service is replaced by a fake that behaves like
 * 4.7.3.B (a WxErrorException from getChatPlainText means WxJava has already destroyed the handle).
 */
class WxJavaConversationArchiveTest {
    private final FakeMsgAuditService service = new FakeMsgAuditService();
    private final List<Long> destroyed = new ArrayList<>();

    private WxJavaConversationArchive archive(String pem) {
        return new WxJavaConversationArchive(service, TestKeys.settings(pem), destroyed::add);
    }

    private WxJavaConversationArchive archive() {
        return archive(TestKeys.pkcs8());
    }

    @Test
    void aCleanPullDecryptsEverythingAndDestroysTheHandleOnce() {
        service.text(3, "wmCustomer1", "zhangwei", "多少钱");
        service.text(5, "zhangwei", "wmCustomer1", "我发您报价");

        ArchiveBatch batch = archive().pull(0, 10);

        assertThat(batch.messages()).extracting(ArchivedMessage::seq).containsExactly(3L, 5L);
        assertThat(batch.messages()).extracting(ArchivedMessage::text).containsExactly("多少钱", "我发您报价");
        assertThat(batch.nextSeq()).isEqualTo(5);
        assertThat(batch.more()).isFalse();
        assertThat(destroyed).containsExactly(FakeMsgAuditService.HANDLE);
        assertThat(service.lastTimeout).isEqualTo(10);
        assertThat(service.lastProxy).isNull();
    }

    @Test
    void aFullBatchSaysThereIsMore() {
        service.text(1, "a", "wmB", "一");
        service.text(2, "a", "wmB", "二");
        service.text(3, "a", "wmB", "三");
        ArchiveBatch batch = archive().pull(0, 2);
        assertThat(batch.messages()).hasSize(2);
        assertThat(batch.more()).isTrue();
        assertThat(batch.nextSeq()).isEqualTo(2);
    }

    @Test
    void aNativeDecryptFailureStopsTheLoopAndTheDestroyedHandleIsNotFreedAgain() {
        service.text(1, "a", "wmB", "一");
        service.text(2, "a", "wmB", "二");
        service.text(3, "a", "wmB", "三");
        service.failures.put(2L, new WxErrorException("msg err ret -1"));

        ArchiveBatch batch = archive().pull(0, 10);

        assertThat(batch.messages()).extracting(ArchivedMessage::seq).containsExactly(1L);
        assertThat(batch.nextSeq()).isEqualTo(1);
        assertThat(service.decrypted).containsExactly(1L, 2L);
        assertThat(destroyed).isEmpty();
    }

    @Test
    void aFailureOnTheFirstRecordFailsThePullWithoutTouchingTheHandle() {
        service.text(1, "a", "wmB", "一");
        service.failures.put(1L, new WxErrorException("msg err ret -1"));
        assertThatThrownBy(() -> archive().pull(0, 10)).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("seq 1");
        assertThat(destroyed).isEmpty();
    }

    @Test
    void aJavaSideKeyFailureLeavesTheHandleAliveSoItIsDestroyedHere() {
        service.text(1, "a", "wmB", "一");
        service.text(2, "a", "wmB", "二");
        service.failures.put(2L, new BadPaddingException("Decryption error"));

        ArchiveBatch batch = archive().pull(0, 10);

        assertThat(batch.messages()).hasSize(1);
        assertThat(batch.more()).isTrue();
        assertThat(destroyed).containsExactly(FakeMsgAuditService.HANDLE);
    }

    @Test
    void aJavaSideKeyFailureOnTheFirstRecordStillFreesTheHandle() {
        service.text(1, "a", "wmB", "一");
        service.failures.put(1L, new BadPaddingException("Decryption error"));
        assertThatThrownBy(() -> archive().pull(0, 10)).isInstanceOf(ArchiveException.class);
        assertThat(destroyed).containsExactly(FakeMsgAuditService.HANDLE);
    }

    @Test
    void aFailedPullHasNoHandleToFreeAndNamesNoSecret() {
        service.pullFailure = new WxErrorException("init sdk err ret 10002");
        assertThatThrownBy(() -> archive().pull(40, 10)).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("after seq 40").hasMessageContaining("10002")
                .hasMessageNotContaining("archive-secret-value");
        assertThat(destroyed).isEmpty();
    }

    @Test
    void aMissingNativeLibraryBecomesAnArchiveException() {
        service.pullError = new UnsatisfiedLinkError("no libWeWorkFinanceSdk_Java in java.library.path");
        assertThatThrownBy(() -> archive().pull(0, 10)).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("could not be loaded");
        assertThat(destroyed).isEmpty();
    }

    @Test
    void theKeyKindDecidesWxJavasPkcsFlag() {
        service.text(1, "a", "wmB", "一");
        archive(TestKeys.pkcs1()).pull(0, 10);
        archive(TestKeys.pkcs8()).pull(0, 10);
        assertThat(service.pkcsFlags).containsExactly(1, 2);
    }

    @Test
    void anEmptyPullKeepsTheSeqAndStillFreesTheHandle() {
        ArchiveBatch batch = archive().pull(17, 10);
        assertThat(batch.messages()).isEmpty();
        assertThat(batch.nextSeq()).isEqualTo(17);
        assertThat(batch.more()).isFalse();
        assertThat(destroyed).containsExactly(FakeMsgAuditService.HANDLE);
    }

    @Test
    void theRealServiceWithoutTheNativeLibraryFailsThePullCleanly() {
        WxJavaConversationArchive real = WxJavaConversationArchive.create(new MsgAuditSettings("ww1234567890abcdef",
                "archive-secret-value", TestKeys.pkcs8(), "/nonexistent/libWeWorkFinanceSdk_Java.so", null, null, 5));
        assertThatThrownBy(() -> real.pull(0, 10)).isInstanceOf(ArchiveException.class)
                .hasMessageNotContaining("archive-secret-value");
    }
}
