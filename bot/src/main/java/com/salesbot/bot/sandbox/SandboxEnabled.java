package com.salesbot.bot.sandbox;

import com.salesbot.bot.api.EmbeddedDefault;
import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * The sandbox exists only where it cannot confuse a real deployment: on the embedded default (neither
 * {@code wecom.corp-id} nor {@code dingtalk.app-key} set), or when {@code salesbot.sandbox.enabled=true}.
 * {@code salesbot.sandbox.enabled=false} turns it off everywhere. Without it every /sandbox path answers 404. The
 * decision itself is {@link EmbeddedDefault#decide}.
 */
public final class SandboxEnabled implements Condition {
    @Override
    public boolean matches(ConditionContext context) {
        return EmbeddedDefault.decide(context.getProperty("salesbot.sandbox.enabled", String.class).orElse(null),
                context.getProperty("wecom.corp-id", String.class).orElse(null),
                context.getProperty("dingtalk.app-key", String.class).orElse(null));
    }
}
