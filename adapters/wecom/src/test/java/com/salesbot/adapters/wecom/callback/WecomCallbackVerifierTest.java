package com.salesbot.adapters.wecom.callback;

import static com.salesbot.adapters.wecom.support.Vectors.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapters.wecom.WecomSettings;
import com.salesbot.adapters.wecom.support.TestCrypto;
import com.salesbot.core.messaging.CallbackVerification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WecomCallbackVerifierTest {
    private static final String NONCE = "5566";
    private static final String EVENT_PLAIN = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>"
            + "<FromUserName><![CDATA[rep001]]></FromUserName><CreateTime>1700000000</CreateTime>"
            + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]></Event><EventKey><![CDATA[]]></EventKey>"
            + "<AgentID>218</AgentID></xml>";

    private static Clock at(String epochSeconds) {
        return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epochSeconds)), ZoneOffset.UTC);
    }

    private static WecomCallbackVerifier verifierA(Clock clock) {
        return new WecomCallbackVerifier(new WecomSettings(A_CORP, 218, "s", A_TOKEN, A_KEY, null), clock);
    }

    /** A POST signed and encrypted by the test itself, for vector A's keys. */
    private record Post(String sig, String ts, String body) {
        static Post of(String plain, String receiveId, String ts) {
            String encrypt = TestCrypto.encrypt(A_KEY, "0123456789abcdef", plain, receiveId);
            return new Post(TestCrypto.sign(A_TOKEN, ts, NONCE, encrypt), ts, TestCrypto.body(A_CORP, encrypt, "218"));
        }
    }

    @Test
    void officialVectorA_urlVerificationEchoesPlaintext() {
        CallbackVerification r = verifierA(at(A_GET_TS)).verifyUrl(A_GET_SIG, A_GET_TS, A_GET_NONCE, A_ECHOSTR);
        assertThat(r).isEqualTo(new CallbackVerification.Accepted("1616140317555161061", null));
    }

    @Test
    void officialVectorA_postDecryptsToExactPlaintextWithMsgIdAsEventId() {
        CallbackVerification r = verifierA(at(A_POST_TS)).verifyMessage(A_POST_SIG, A_POST_TS, A_POST_NONCE, A_BODY);
        assertThat(r).isEqualTo(new CallbackVerification.Accepted(A_PLAIN, "4561255354251345929"));
    }

    @Test
    void officialVectorB_getAndPost() {
        var settings = new WecomSettings(B_CORP, 1000002, "s", B_TOKEN, B_KEY, null);
        assertThat(new WecomCallbackVerifier(settings, at(B_GET_TS)).verifyUrl(B_GET_SIG, B_GET_TS, B_GET_NONCE, B_ECHOSTR))
                .isEqualTo(new CallbackVerification.Accepted("1288432023552776189", null));
        assertThat(new WecomCallbackVerifier(settings, at(B_POST_TS)).verifyMessage(B_POST_SIG, B_POST_TS, B_POST_NONCE, B_BODY))
                .isEqualTo(new CallbackVerification.Accepted(B_PLAIN, "1456453720"));
    }

    @Test
    void wxJavaVectorC_testEncryptorMatchesAndVerifierDecrypts() {
        String cipher = TestCrypto.encrypt(C_KEY, C_RANDOM, C_PLAIN, C_APPID);
        assertThat(cipher).isEqualTo(C_CIPHER);
        String ts = "1700000000";
        WecomCallbackVerifier v = new WecomCallbackVerifier(
                new WecomSettings(C_APPID, 1, "s", C_TOKEN, C_KEY, null), at(ts));
        assertThat(v.verifyUrl(TestCrypto.sign(C_TOKEN, ts, NONCE, C_CIPHER), ts, NONCE, C_CIPHER))
                .isEqualTo(new CallbackVerification.Accepted(C_PLAIN, null));
    }

    @Test
    void generatedVectorD_templateCardEventGetsAStableEventIdentity() {
        String body = TestCrypto.body(A_CORP, D_ENCRYPT, "218");
        CallbackVerification first = verifierA(at(D_TS)).verifyMessage(D_SIG, D_TS, D_NONCE, body);
        CallbackVerification again = verifierA(at(D_TS)).verifyMessage(D_SIG, D_TS, D_NONCE, body);
        assertThat(first).isInstanceOf(CallbackVerification.Accepted.class);
        CallbackVerification.Accepted ok = (CallbackVerification.Accepted) first;
        assertThat(ok.payload()).isEqualTo(D_PLAIN);
        assertThat(ok.eventId()).startsWith("ev-").hasSize(43);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void differentEventsGetDifferentIdentities() {
        String other = D_PLAIN.replace("RC_abc", "RC_xyz");
        Post p1 = Post.of(D_PLAIN, A_CORP, D_TS);
        Post p2 = Post.of(other, A_CORP, D_TS);
        var v = verifierA(at(D_TS));
        String id1 = ((CallbackVerification.Accepted) v.verifyMessage(p1.sig, p1.ts, NONCE, p1.body)).eventId();
        String id2 = ((CallbackVerification.Accepted) v.verifyMessage(p2.sig, p2.ts, NONCE, p2.body)).eventId();
        assertThat(id1).isNotEqualTo(id2);
    }

    @Test
    void forgedSignatureIsRejectedWith401() {
        String forged = A_POST_SIG.substring(0, 39) + (A_POST_SIG.endsWith("6") ? "7" : "6");
        assertThat(verifierA(at(A_POST_TS)).verifyMessage(forged, A_POST_TS, A_POST_NONCE, A_BODY))
                .isEqualTo(new CallbackVerification.Rejected(401, "signature mismatch"));
        assertThat(verifierA(at(A_GET_TS)).verifyUrl(A_GET_SIG, A_GET_TS, "1", A_ECHOSTR))
                .extracting(r -> ((CallbackVerification.Rejected) r).httpStatus()).isEqualTo(401);
    }

    @Test
    void signatureOverAnotherTokenIsRejected() {
        String encrypt = TestCrypto.encrypt(A_KEY, "0123456789abcdef", EVENT_PLAIN, A_CORP);
        String sig = TestCrypto.sign("otherToken", "1700000000", NONCE, encrypt);
        CallbackVerification r = verifierA(at("1700000000"))
                .verifyMessage(sig, "1700000000", NONCE, TestCrypto.body(A_CORP, encrypt, "218"));
        assertThat(r).isEqualTo(new CallbackVerification.Rejected(401, "signature mismatch"));
    }

    @Test
    void wrongCorpIdInsideCiphertextIsRejectedWith403() {
        Post p = Post.of(EVENT_PLAIN, "ww_other_corp", "1700000000");
        CallbackVerification r = verifierA(at("1700000000")).verifyMessage(p.sig, p.ts, NONCE, p.body);
        assertThat(r).isEqualTo(new CallbackVerification.Rejected(403, "receiveid is not our corp id"));
    }

    @Test
    void correctCorpIdIsAccepted() {
        Post p = Post.of(EVENT_PLAIN, A_CORP, "1700000000");
        CallbackVerification r = verifierA(at("1700000000")).verifyMessage(p.sig, p.ts, NONCE, p.body);
        assertThat(r).isInstanceOf(CallbackVerification.Accepted.class);
        assertThat(((CallbackVerification.Accepted) r).payload()).isEqualTo(EVENT_PLAIN);
    }

    @ParameterizedTest
    @ValueSource(longs = {-300, -1, 0, 1, 300})
    void timestampInsideTheWindowIsAccepted(long skewSeconds) {
        Post p = Post.of(EVENT_PLAIN, A_CORP, "1700000000");
        Clock clock = at(String.valueOf(1700000000L + skewSeconds));
        assertThat(verifierA(clock).verifyMessage(p.sig, p.ts, NONCE, p.body)).isInstanceOf(CallbackVerification.Accepted.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {-301, 301, 86400})
    void timestampOutsideTheWindowIsRejectedWith403(long skewSeconds) {
        Post p = Post.of(EVENT_PLAIN, A_CORP, "1700000000");
        Clock clock = at(String.valueOf(1700000000L + skewSeconds));
        CallbackVerification r = verifierA(clock).verifyMessage(p.sig, p.ts, NONCE, p.body);
        assertThat(r).isEqualTo(new CallbackVerification.Rejected(403, "timestamp outside the 300 s window"));
    }

    @Test
    void officialVectorIsStaleWithTheRealClock() {
        CallbackVerification r = verifierA(Clock.systemUTC()).verifyMessage(A_POST_SIG, A_POST_TS, A_POST_NONCE, A_BODY);
        assertThat(r).extracting(x -> ((CallbackVerification.Rejected) x).httpStatus()).isEqualTo(403);
    }

    @Test
    void configurableWindow() {
        Post p = Post.of(EVENT_PLAIN, A_CORP, "1700000000");
        var settings = new WecomSettings(A_CORP, 218, "s", A_TOKEN, A_KEY, null);
        var narrow = new WecomCallbackVerifier(settings, at("1700000061"), Duration.ofSeconds(60), 65536);
        var wide = new WecomCallbackVerifier(settings, at("1700000060"), Duration.ofSeconds(60), 65536);
        assertThat(narrow.verifyMessage(p.sig, p.ts, NONCE, p.body)).isInstanceOf(CallbackVerification.Rejected.class);
        assertThat(wide.verifyMessage(p.sig, p.ts, NONCE, p.body)).isInstanceOf(CallbackVerification.Accepted.class);
    }

    @Test
    void outerDoctypeIsRefusedBeforeAnythingElse() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><ToUserName>&e;</ToUserName><Encrypt>abc</Encrypt></xml>";
        CallbackVerification r = verifierA(at("1700000000")).verifyMessage("x", "1700000000", NONCE, xxe);
        assertThat(r).extracting(x -> ((CallbackVerification.Rejected) x).httpStatus()).isEqualTo(400);
        assertThat(((CallbackVerification.Rejected) r).reason()).contains("DOCTYPE");
    }

    @Test
    void doctypeInsideTheEncryptedMessageIsRefused() {
        String evil = "<!DOCTYPE xml [<!ENTITY lol \"lol\">]><xml><FromUserName>&lol;</FromUserName></xml>";
        Post p = Post.of(evil, A_CORP, "1700000000");
        CallbackVerification r = verifierA(at("1700000000")).verifyMessage(p.sig, p.ts, NONCE, p.body);
        assertThat(r).extracting(x -> ((CallbackVerification.Rejected) x).httpStatus()).isEqualTo(400);
    }

    @Test
    void bodyAtTheSizeLimitIsAcceptedAndOneByteMoreIsRejectedWith413() {
        Post p = Post.of(EVENT_PLAIN, A_CORP, "1700000000");
        int size = p.body.getBytes(StandardCharsets.UTF_8).length;
        var settings = new WecomSettings(A_CORP, 218, "s", A_TOKEN, A_KEY, null);
        var exact = new WecomCallbackVerifier(settings, at("1700000000"), Duration.ofSeconds(300), size);
        var smaller = new WecomCallbackVerifier(settings, at("1700000000"), Duration.ofSeconds(300), size - 1);
        assertThat(exact.verifyMessage(p.sig, p.ts, NONCE, p.body)).isInstanceOf(CallbackVerification.Accepted.class);
        assertThat(smaller.verifyMessage(p.sig, p.ts, NONCE, p.body))
                .extracting(x -> ((CallbackVerification.Rejected) x).httpStatus()).isEqualTo(413);
    }

    @Test
    void defaultLimitRejectsA65KbBody() {
        String huge = "<xml><Encrypt>" + "A".repeat(65 * 1024) + "</Encrypt></xml>";
        assertThat(verifierA(at("1700000000")).verifyMessage("x", "1700000000", NONCE, huge))
                .extracting(x -> ((CallbackVerification.Rejected) x).httpStatus()).isEqualTo(413);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<xml><Encrypt>abc</Encrypt>", "not xml at all", "<xml><a></b></xml>", "<xml></xml>"})
    void malformedOrIncompleteBodyIsRejectedWith400(String body) {
        CallbackVerification r = verifierA(at("1700000000")).verifyMessage("x", "1700000000", NONCE, body);
        assertThat(r).extracting(x -> ((CallbackVerification.Rejected) x).httpStatus()).isEqualTo(400);
    }

    @Test
    void malformedDecryptedXmlIsRejectedWith400() {
        Post p = Post.of("<xml><MsgId>1</MsgId>", A_CORP, "1700000000");
        CallbackVerification r = verifierA(at("1700000000")).verifyMessage(p.sig, p.ts, NONCE, p.body);
        assertThat(r).extracting(x -> ((CallbackVerification.Rejected) x).httpStatus()).isEqualTo(400);
    }

    @Test
    void correctlySignedGarbageCiphertextIsRejectedWith400() {
        String garbage = "bm90IGEgY2lwaGVydGV4dA==";
        String sig = TestCrypto.sign(A_TOKEN, "1700000000", NONCE, garbage);
        CallbackVerification r = verifierA(at("1700000000"))
                .verifyMessage(sig, "1700000000", NONCE, TestCrypto.body(A_CORP, garbage, "218"));
        assertThat(r).extracting(x -> ((CallbackVerification.Rejected) x).httpStatus()).isEqualTo(400);
    }

    @Test
    void missingOrNonNumericParametersAreRejectedWith400() {
        var v = verifierA(at(A_POST_TS));
        assertThat(v.verifyMessage(null, A_POST_TS, A_POST_NONCE, A_BODY))
                .extracting(x -> ((CallbackVerification.Rejected) x).httpStatus()).isEqualTo(400);
        assertThat(v.verifyMessage(A_POST_SIG, "abc", A_POST_NONCE, A_BODY))
                .extracting(x -> ((CallbackVerification.Rejected) x).httpStatus()).isEqualTo(400);
        assertThat(v.verifyUrl(A_GET_SIG, A_GET_TS, A_GET_NONCE, ""))
                .extracting(x -> ((CallbackVerification.Rejected) x).httpStatus()).isEqualTo(400);
    }

    @Test
    void rejectionReasonsNeverContainSecrets() {
        Post p = Post.of(EVENT_PLAIN, "ww_other_corp", "1700000000");
        CallbackVerification r = verifierA(at("1700000000")).verifyMessage(p.sig, p.ts, NONCE, p.body);
        assertThat(((CallbackVerification.Rejected) r).reason()).doesNotContain(A_TOKEN).doesNotContain(A_KEY);
    }

    @Test
    void deeplyNestedXmlIsRefusedWith400BeforeTheSignatureCheck() {
        String deep = "<xml>" + "<a>".repeat(5_000) + "</a>".repeat(5_000) + "</xml>";
        CallbackVerification r = verifierA(at("1700000000")).verifyMessage("sig", "1700000000", NONCE, deep);
        assertThat(r).isInstanceOf(CallbackVerification.Rejected.class);
        assertThat(((CallbackVerification.Rejected) r).httpStatus()).isEqualTo(400);
        assertThat(((CallbackVerification.Rejected) r).reason()).contains("nested deeper");
    }
}
