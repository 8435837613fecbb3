package com.salesbot.adapters.wecom.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Builds signed, encrypted WeCom callbacks with the JDK only, independent of the code under test. */
public final class TestCrypto {
    private TestCrypto() {
    }

    public static String encrypt(String aesKey43, String random16, String plain, String receiveId) {
        try {
            byte[] key = Base64.getDecoder().decode(aesKey43 + "=");
            byte[] content = plain.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(random16.getBytes(StandardCharsets.UTF_8));
            out.write(ByteBuffer.allocate(4).putInt(content.length).array());
            out.write(content);
            out.write(receiveId.getBytes(StandardCharsets.UTF_8));
            int pad = 32 - out.size() % 32;
            for (int i = 0; i < pad; i++) {
                out.write(pad);
            }
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new IvParameterSpec(Arrays.copyOfRange(key, 0, 16)));
            return Base64.getEncoder().encodeToString(cipher.doFinal(out.toByteArray()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(String token, String timestamp, String nonce, String encrypt) {
        try {
            String[] parts = {token, timestamp, nonce, encrypt};
            Arrays.sort(parts);
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(String corpId, String encrypt, String agentId) {
        return "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[" + agentId + "]]></AgentID></xml>";
    }
}
