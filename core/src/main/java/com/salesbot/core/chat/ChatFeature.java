package com.salesbot.core.chat;

/**
 * One feature's chat surface. A feature (targets, leads, deals, bonuses, ...) registers its typed commands, the card
 * prompts it owns and, rarely, a free-text handler; the engine knows no feature by name. The bot hands every
 * feature to the engine; the order of registration is the order of the help menu.
 */
public interface ChatFeature {
    void register(ChatRoutes routes);
}
