package com.salesbot.adapters.wecom.callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import me.chanjar.weixin.common.util.crypto.PKCS7Encoder;
import me.chanjar.weixin.cp.config.WxCpConfigStorage;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;

/**
 * WxJava's callback crypto (key decoding, PKCS#7 padding), extended to return the receiveid that
 * {@link WxCpCryptUtil#decrypt(String)} silently drops, so the caller can check it is our corp id.
 */
final class CallbackCipher extends WxCpCryptUtil {
    private static final int RANDOM_PREFIX = 16;
    private static final int LENGTH_FIELD = 4;

    record Opened(String content, String receiveId) {
    }

    CallbackCipher(WxCpConfigStorage storage) {
        super(storage);
    }

    /**
     * Decrypts a Base64 AES-256-CBC ciphertext: 16 random bytes, 4-byte length, content, receiveid.
     *
     * @throws GeneralSecurityException when the ciphertext is not valid Base64 or does not decrypt to that layout
     */
    Opened open(String base64CipherText) throws GeneralSecurityException {
        byte[] cipherBytes;
        try {
            cipherBytes = Base64.getDecoder().decode(base64CipherText.trim());
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("ciphertext is not Base64");
        }
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"),
                new IvParameterSpec(Arrays.copyOfRange(aesKey, 0, 16)));
        byte[] plain = PKCS7Encoder.decode(cipher.doFinal(cipherBytes));
        int header = RANDOM_PREFIX + LENGTH_FIELD;
        if (plain.length < header) {
            throw new GeneralSecurityException("decrypted text too short");
        }
        int length = ByteBuffer.wrap(plain, RANDOM_PREFIX, LENGTH_FIELD).getInt();
        if (length < 0 || length > plain.length - header) {
            throw new GeneralSecurityException("decrypted length field out of range");
        }
        String content = new String(plain, header, length, StandardCharsets.UTF_8);
        String receiveId = new String(plain, header + length, plain.length - header - length, StandardCharsets.UTF_8);
        return new Opened(content, receiveId);
    }
}
