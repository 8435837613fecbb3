package com.salesbot.bot.sandbox;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * The sandbox exists only where it cannot confuse a real deployment: on the embedded default (neither
 * {@code wecom.corp-id} nor {@code dingtalk.app-key} set), or when {@code salesbot.sandbox.enabled=true}.
 * {@code salesbot.sandbox.enabled=false} turns it off everywhere. Without it every /sandbox path answers 404.
 */
public final class SandboxEnabled implements Condition {
    @Override
    public boolean matches(ConditionContext context) {
        return decide(context.getProperty("salesbot.sandbox.enabled", Boolean.class).orElse(null),
                context.getProperty("wecom.corp-id", String.class).orElse(null),
                context.getProperty("dingtalk.app-key", String.class).orElse(null));
    }

    static boolean decide(Boolean explicit, String wecomCorpId, String dingtalkAppKey) {
        if (explicit != null) {
            return explicit;
        }
        return blank(wecomCorpId) && blank(dingtalkAppKey);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
