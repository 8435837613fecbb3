package com.salesbot.adapters.knowledge;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;

/**
 * Brings what reps type and what sales-ops writes to one form before analysis: NFKC folds full-width letters,
 * digits and punctuation to their ASCII forms, HanLP's table turns traditional characters into simplified ones.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return HanLP.convertToSimplifiedChinese(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }
}
