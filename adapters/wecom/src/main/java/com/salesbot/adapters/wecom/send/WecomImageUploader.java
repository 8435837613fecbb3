package com.salesbot.adapters.wecom.send;

import com.salesbot.core.card.CardImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;

/**
 * Uploads PNGs through /cgi-bin/media/upload from a temporary file, never from a stream: WxJava re-sends a consumed
 * stream (an empty file) when it retries after a token error.
 */
public final class WecomImageUploader implements ImageUploader {
    private final WxCpService cp;

    public WecomImageUploader(WxCpService cp) {
        this.cp = cp;
    }

    @Override
    public String upload(CardImage image) throws WxErrorException {
        if (image.png() == null || image.png().length == 0) {
            throw new IllegalArgumentException("card image has no PNG bytes");
        }
        Path file = null;
        try {
            file = Files.createTempFile("salesbot-card-", ".png");
            Files.write(file, image.png());
            return cp.getMediaService().upload(WxConsts.MediaFileType.IMAGE, file.toFile()).getMediaId();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the card image to a temporary file", e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temp file is harmless
            }
        }
    }
}
