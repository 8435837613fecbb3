package com.salesbot.adapters.knowledge;

import com.salesbot.core.config.Choice;
import com.salesbot.core.model.Touch;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a tagged touch says about the customer's pain point, as text for the knowledge search: the result tag's
 * label (预算未明确, 需技术协同) and the rep's note when there is one. The customer's type (制造业) is left out on
 * purpose: it would lift industry articles for every touch of that customer whatever the pain, and a neutral tag
 * such as 已预约演示 must match nothing.
 */
public final class TouchPainPoint implements Function<Touch, String> {
    private final Map<String, String> tagLabels;

    public TouchPainPoint(List<Choice> resultTags) {
        this.tagLabels = resultTags.stream().collect(Collectors.toUnmodifiableMap(Choice::code, Choice::label));
    }

    @Override
    public String apply(Touch touch) {
        StringBuilder text = new StringBuilder();
        if (touch.resultTag() != null) {
            text.append(tagLabels.getOrDefault(touch.resultTag(), "")).append('。');
        }
        if (touch.note() != null) {
            text.append(touch.note()).append('。');
        }
        return text.toString();
    }
}
