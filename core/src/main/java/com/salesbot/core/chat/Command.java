package com.salesbot.core.chat;

import com.salesbot.core.model.Role;
import java.util.List;
import java.util.Set;

/**
 * A typed command.
 *
 * @param name       stable English id (logs, metrics), e.g. "bonus-statement"
 * @param phrases    what a person types, e.g. 我的奖金, 奖金, /bonus; matched on the normalised text (full-width
 *                   folded, @mentions dropped, traditional characters folded) as the whole message
 * @param arguments  true when the phrase may be followed by free arguments ("请假 明天", "打卡 40分钟"); the handler
 *                   gets the rest of the message, trimmed
 * @param helpLine   one short Chinese line for the help menu, null to leave the command out of it
 * @param roles      who may use it; anyone else gets a polite refusal from the engine, the handler never runs
 */
public record Command(String name, List<String> phrases, boolean arguments, String helpLine, Set<Role> roles) {
    public Command {
        phrases = List.copyOf(phrases);
        roles = Set.copyOf(roles);
        if (phrases.isEmpty() || roles.isEmpty()) {
            throw new IllegalArgumentException("command " + name + " needs phrases and roles");
        }
    }

    public static Command forEveryone(String name, String helpLine, String... phrases) {
        return new Command(name, List.of(phrases), false, helpLine, Set.of(Role.values()));
    }
}
