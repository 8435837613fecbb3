package com.salesbot.adapters.knowledge;

import com.hankcs.hanlp.HanLP;
import com.salesbot.core.chat.text.TextNormalizer;

/**
 * What reps type and what sales-ops writes, folded by core's {@link TextNormalizer#fold(String,
 * java.util.function.UnaryOperator)} with HanLP's complete traditional-to-simplified table (articles use far more
 * characters than the bot's commands).
 */
final class KnowledgeText {
    private KnowledgeText() {
    }

    static String fold(String text) {
        return TextNormalizer.fold(text, HanLP::convertToSimplifiedChinese);
    }
}
