package com.salesbot.adapters.wecom.send;

import com.salesbot.core.card.CardImage;
import me.chanjar.weixin.common.error.WxErrorException;

/** Uploads a card's PNG as temporary WeCom media and returns its media_id. */
@FunctionalInterface
public interface ImageUploader {
    String upload(CardImage image) throws WxErrorException;
}
