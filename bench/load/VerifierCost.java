// CPU cost of verifying one callback, without HTTP or the database, to tell where the bot's ack time goes.
//   java -cp bot/target/salesbot.jar bench/load/VerifierCost.java [iterations]
// Single thread, after a warm-up of the same size; prints microseconds per verification and per decode, next to
// WxJava's XStream binding (WxCpXmlMessage.fromXml) of the same message measured in the same run.

import com.salesbot.adapters.dingtalk.callback.DingtalkCallbackVerifier;
import com.salesbot.adapters.wecom.WecomSettings;
import com.salesbot.adapters.wecom.callback.WecomCallbackVerifier;
import com.salesbot.adapters.wecom.inbound.WecomInboundDecoder;
import com.salesbot.core.messaging.CallbackVerification;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public final class VerifierCost {
    static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    static final String CORP = "ww_load_corp";
    static final String TOKEN = "loadToken";
    static final String SECRET = "loadDingtalkSecret";

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Clock clock = Clock.systemUTC();
        WecomCallbackVerifier wecom = new WecomCallbackVerifier(
                new WecomSettings(CORP, 1000002, "s", TOKEN, KEY, null), clock);
        DingtalkCallbackVerifier dingtalk = new DingtalkCallbackVerifier(SECRET, clock);
        WecomInboundDecoder decoder = new WecomInboundDecoder();
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        String plain = "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><FromUserName><![CDATA[load-u1]]>"
                + "</FromUserName><CreateTime>" + ts + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>"
                + "<![CDATA[帮助]]></Content><MsgId>123456789</MsgId><AgentID>1000002</AgentID></xml>";
        String encrypt = encrypt(plain);
        String sig = sha1(TOKEN, ts, "42", encrypt);
        String body = "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
        String dts = Long.toString(System.currentTimeMillis());
        byte[] json = ("{\"msgId\":\"msg1\",\"senderStaffId\":\"load-d1\",\"conversationType\":\"1\","
                + "\"msgtype\":\"text\",\"text\":{\"content\":\"帮助\"}}").getBytes(StandardCharsets.UTF_8);
        String dsign = hmac(dts);
        for (int round = 0; round < 2; round++) {
            String label = round == 0 ? "warm-up" : "measured";
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (!(wecom.verifyMessage(sig, ts, "42", body) instanceof CallbackVerification.Accepted)) {
                    throw new IllegalStateException("wecom refused");
                }
            }
            long wecomNs = System.nanoTime() - t;
            t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (!(dingtalk.verify(dts, dsign, json) instanceof CallbackVerification.Accepted)) {
                    throw new IllegalStateException("dingtalk refused");
                }
            }
            long dingNs = System.nanoTime() - t;
            t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                decoder.decode(plain);
            }
            long decodeNs = System.nanoTime() - t;
            // WxJava's XStream binding on the same text: the pump's decoder before it read the XML with StAX
            t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (me.chanjar.weixin.cp.bean.message.WxCpXmlMessage.fromXml(plain, "1000002").getContent() == null) {
                    throw new IllegalStateException("xstream lost the content");
                }
            }
            long xstreamNs = System.nanoTime() - t;
            System.out.printf("%s n=%d wecom_verify=%.0fus dingtalk_verify=%.0fus wecom_decode(pump)=%.0fus"
                    + " wxjava_fromXml=%.0fus decode_vs_fromXml=%.2fx%n",
                    label, n, wecomNs / 1e3 / n, dingNs / 1e3 / n, decodeNs / 1e3 / n, xstreamNs / 1e3 / n,
                    (double) decodeNs / xstreamNs);
        }
    }

    static String encrypt(String plain) throws Exception {
        byte[] key = Base64.getDecoder().decode(KEY + "=");
        byte[] content = plain.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("abcdefghijklmnop".getBytes(StandardCharsets.UTF_8));
        out.write(ByteBuffer.allocate(4).putInt(content.length).array());
        out.write(content);
        out.write(CORP.getBytes(StandardCharsets.UTF_8));
        int pad = 32 - out.size() % 32;
        for (int i = 0; i < pad; i++) {
            out.write(pad);
        }
        Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOfRange(key, 0, 16)));
        return Base64.getEncoder().encodeToString(c.doFinal(out.toByteArray()));
    }

    static String sha1(String... parts) throws Exception {
        String[] s = parts.clone();
        Arrays.sort(s);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest(String.join("", s).getBytes(StandardCharsets.UTF_8)));
    }

    static String hmac(String ts) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((ts + "\n" + SECRET).getBytes(StandardCharsets.UTF_8)));
    }
}
