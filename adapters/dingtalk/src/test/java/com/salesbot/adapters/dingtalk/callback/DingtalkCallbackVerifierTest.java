package com.salesbot.adapters.dingtalk.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapters.dingtalk.Payloads;
import com.salesbot.core.messaging.CallbackVerification;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class DingtalkCallbackVerifierTest {
    /** The HTTP-mode signature vector of docs/platforms.md (self-computed, cross-checked with the old SDK). */
    private static final String SECRET = "this is a secret";
    private static final long VECTOR_TS = 1577262236757L;
    private static final String VECTOR_SIGN = "DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=";
    private static final String BODY = Payloads.read("robot-text-single.json");

    private static DingtalkCallbackVerifier verifierAt(long nowMs) {
        return new DingtalkCallbackVerifier(SECRET, Clock.fixed(Instant.ofEpochMilli(nowMs), ZoneOffset.UTC));
    }

    /** Independent computation with the JDK Mac, not through the class under test. */
    private static String jdkSign(String secret, long timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(
                mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void acceptsTheNotesTestVector() {
        CallbackVerification verdict = verifierAt(VECTOR_TS + 1000).verify(Long.toString(VECTOR_TS), VECTOR_SIGN, BODY);

        assertThat(verdict).isEqualTo(new CallbackVerification.Accepted(BODY, "msgBjXREkdlZkfTfrIiQomjAw=="));
        assertThat(verifierAt(0).sign(Long.toString(VECTOR_TS))).isEqualTo(VECTOR_SIGN);
    }

    @Test
    void acceptsAnIndependentlyComputedSignatureWithUnicodeSecret() throws Exception {
        String secret = "钉钉-密钥-" + "x".repeat(40);
        long ts = 1_790_000_000_123L;
        var verifier = new DingtalkCallbackVerifier(secret, Clock.fixed(Instant.ofEpochMilli(ts), ZoneOffset.UTC));

        assertThat(verifier.verify(Long.toString(ts), jdkSign(secret, ts), BODY))
                .isInstanceOf(CallbackVerification.Accepted.class);
    }

    @Test
    void rejectsForgedSignatures() throws Exception {
        long ts = 1_790_000_000_000L;
        var verifier = verifierAt(ts);
        String otherSecret = jdkSign("another secret", ts);
        String flipped = VECTOR_SIGN.substring(0, 10) + "A" + VECTOR_SIGN.substring(11);

        assertThat(verifier.verify(Long.toString(ts), otherSecret, BODY)).isEqualTo(new CallbackVerification.Rejected(401, "signature mismatch"));
        assertThat(verifier.verify(Long.toString(ts), flipped, BODY)).isEqualTo(new CallbackVerification.Rejected(401, "signature mismatch"));
        // a signature valid for another timestamp does not transfer
        assertThat(verifier.verify(Long.toString(ts + 1), jdkSign(SECRET, ts), BODY))
                .isEqualTo(new CallbackVerification.Rejected(401, "signature mismatch"));
    }

    @Test
    void windowIsOneHourInclusiveOnBothSides() throws Exception {
        long ts = 1_790_000_000_000L;
        String sign = jdkSign(SECRET, ts);
        String header = Long.toString(ts);

        assertThat(verifierAt(ts + 3_600_000L).verify(header, sign, BODY)).isInstanceOf(CallbackVerification.Accepted.class);
        assertThat(verifierAt(ts - 3_600_000L).verify(header, sign, BODY)).isInstanceOf(CallbackVerification.Accepted.class);
        assertThat(verifierAt(ts + 3_600_001L).verify(header, sign, BODY))
                .isEqualTo(new CallbackVerification.Rejected(401, "timestamp outside the one-hour window"));
        assertThat(verifierAt(ts - 3_600_001L).verify(header, sign, BODY))
                .isEqualTo(new CallbackVerification.Rejected(401, "timestamp outside the one-hour window"));
    }

    @Test
    void missingOrNonNumericHeadersAreUnauthorized() {
        var verifier = verifierAt(VECTOR_TS);

        assertThat(verifier.verify(null, VECTOR_SIGN, BODY)).extracting(v -> ((CallbackVerification.Rejected) v).httpStatus()).isEqualTo(401);
        assertThat(verifier.verify(Long.toString(VECTOR_TS), null, BODY)).extracting(v -> ((CallbackVerification.Rejected) v).httpStatus()).isEqualTo(401);
        assertThat(verifier.verify(" ", "", BODY)).extracting(v -> ((CallbackVerification.Rejected) v).httpStatus()).isEqualTo(401);
        assertThat(verifier.verify("2019-12-25", VECTOR_SIGN, BODY))
                .isEqualTo(new CallbackVerification.Rejected(401, "timestamp header is not a number"));
    }

    @Test
    void malformedBodiesAreBadRequests() {
        var verifier = verifierAt(VECTOR_TS);
        String ts = Long.toString(VECTOR_TS);

        assertThat(verifier.verify(ts, VECTOR_SIGN, "{not json")).extracting(v -> ((CallbackVerification.Rejected) v).httpStatus()).isEqualTo(400);
        assertThat(verifier.verify(ts, VECTOR_SIGN, "[1,2]")).extracting(v -> ((CallbackVerification.Rejected) v).httpStatus()).isEqualTo(400);
        assertThat(verifier.verify(ts, VECTOR_SIGN, "{\"text\":{\"content\":\"no id\"}}"))
                .isEqualTo(new CallbackVerification.Rejected(400, "payload has neither msgId nor outTrackId"));
        assertThat(verifier.verify(ts, VECTOR_SIGN, new byte[] {'{', (byte) 0xC3, '}'}))
                .isEqualTo(new CallbackVerification.Rejected(400, "body is not UTF-8"));
        assertThat(verifier.verify(ts, VECTOR_SIGN, new byte[0])).isEqualTo(new CallbackVerification.Rejected(400, "empty body"));
    }

    @Test
    void bodySizeLimitIsInclusive() {
        String ts = Long.toString(VECTOR_TS);
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        var clock = Clock.fixed(Instant.ofEpochMilli(VECTOR_TS), ZoneOffset.UTC);

        assertThat(new DingtalkCallbackVerifier(SECRET, clock, body.length).verify(ts, VECTOR_SIGN, body))
                .isInstanceOf(CallbackVerification.Accepted.class);
        assertThat(new DingtalkCallbackVerifier(SECRET, clock, body.length - 1).verify(ts, VECTOR_SIGN, body))
                .isEqualTo(new CallbackVerification.Rejected(413, "body larger than " + (body.length - 1) + " bytes"));
    }

    @Test
    void cardCallbacksGetAStableDerivedEventId() {
        String card = Payloads.read("card-callback.json");
        var verifier = verifierAt(VECTOR_TS);
        String ts = Long.toString(VECTOR_TS);

        var first = (CallbackVerification.Accepted) verifier.verify(ts, VECTOR_SIGN, card);
        var again = (CallbackVerification.Accepted) verifier.verify(ts, VECTOR_SIGN, card);
        var other = (CallbackVerification.Accepted) verifier.verify(ts, VECTOR_SIGN, card.replace("demo_booked", "no_budget"));

        assertThat(first.eventId()).startsWith("card:visit-1:").hasSize("card:visit-1:".length() + 32);
        assertThat(again.eventId()).isEqualTo(first.eventId());
        assertThat(other.eventId()).isNotEqualTo(first.eventId());
    }

    @Test
    void rejectionReasonsNeverContainTheSecretOrSignature() {
        var verifier = verifierAt(VECTOR_TS + 10 * 3_600_000L);
        var verdict = (CallbackVerification.Rejected) verifier.verify(Long.toString(VECTOR_TS), VECTOR_SIGN, BODY);

        assertThat(verdict.reason()).doesNotContain(SECRET).doesNotContain(VECTOR_SIGN);
    }
}
