package com.salesbot.core.push;

import com.salesbot.core.model.Require;
import java.util.List;
import java.util.Set;

/**
 * One file of {@code config/playbooks/}: an R5 talk-track kit (话术锦囊包) for some customer types, or an R19
 * micro-lesson (微课).
 *
 * @param customerTypes for a kit: the {@code Customer.type} values it serves; {@code *} marks the general kit
 * @param snippets      the sections: a customer's question or situation and the answer that converts
 */
public record Playbook(String id, Kind kind, String title, Set<String> customerTypes, List<Snippet> snippets) {
    public enum Kind { KIT, LESSON }

    /** A section: heading (the situation) and its text (what to say or do). */
    public record Snippet(String heading, String text) {
    }

    public Playbook {
        Require.text(id, "playbook id");
        Require.present(kind, "playbook kind");
        Require.text(title, "playbook title");
        customerTypes = Set.copyOf(customerTypes);
        snippets = List.copyOf(snippets);
        if (snippets.isEmpty()) {
            throw new IllegalArgumentException("playbook " + id + " has no section (## heading)");
        }
    }

    public boolean general() {
        return customerTypes.contains("*");
    }
}
