package com.salesbot.bot.e2e;

import com.salesbot.adapters.wecom.support.TestCrypto;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Builds WeCom callbacks the way WeCom sends them: XML, AES-encrypted, signed, posted to /callbacks/wecom. */
final class WecomCallbacks {
    static final String TOKEN = "e2eToken7";
    static final int AGENT = com.salesbot.adapters.wecom.support.FakeWecomServer.AGENT;

    private final URI base;
    private final String corpId;
    private final String token;
    private final String aesKey;

    WecomCallbacks(URI base, String corpId, String token, String aesKey) {
        this.base = base;
        this.corpId = corpId;
        this.token = token;
        this.aesKey = aesKey;
    }

    static String text(String corpId, String from, String content, long msgId, long createTime) {
        return "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId + "</MsgId><AgentID>" + AGENT
                + "</AgentID></xml>";
    }

    static String cardClick(String corpId, String from, String taskId, String eventKey, String responseCode,
                            long createTime) {
        return "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[" + eventKey + "]]></EventKey>"
                + "<TaskId><![CDATA[" + taskId + "]]></TaskId><CardType><![CDATA[button_interaction]]></CardType>"
                + "<ResponseCode><![CDATA[" + responseCode + "]]></ResponseCode><AgentID>" + AGENT
                + "</AgentID></xml>";
    }

    /** One encrypted, signed delivery; posting the same instance twice is exactly a WeCom retry. */
    record Delivery(URI uri, String body) {
        Http.Answer post() {
            return Http.post(uri, "text/xml", body, Map.of());
        }
    }

    Delivery deliver(String plainXml) {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        String nonce = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        String encrypt = TestCrypto.encrypt(aesKey, random16(), plainXml, corpId);
        return new Delivery(uri(TestCrypto.sign(token, ts, nonce, encrypt), ts, nonce, null),
                TestCrypto.body(corpId, encrypt, Integer.toString(AGENT)));
    }

    /** Same as {@link #deliver} but signed with the wrong token, as a forger without the token would. */
    Delivery forged(String plainXml) {
        Delivery real = deliver(plainXml);
        String sig = real.uri().getQuery().replaceAll(".*msg_signature=([0-9a-f]+).*", "$1");
        String flipped = (sig.charAt(0) == '0' ? "1" : "0") + sig.substring(1);
        return new Delivery(URI.create(real.uri().toString().replace(sig, flipped)), real.body());
    }

    /** A request whose body is not XML, correctly signed over an arbitrary Encrypt value. */
    Delivery malformed(String body) {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        return new Delivery(uri(TestCrypto.sign(token, ts, "42", "x"), ts, "42", null), body);
    }

    URI uri(String signature, String ts, String nonce, String echostr) {
        String q = "msg_signature=" + signature + "&timestamp=" + ts + "&nonce=" + nonce
                + (echostr == null ? "" : "&echostr=" + URLEncoder.encode(echostr, StandardCharsets.UTF_8));
        return base.resolve("/callbacks/wecom?" + q);
    }

    private static String random16() {
        StringBuilder s = new StringBuilder();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 16; i++) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }
}
