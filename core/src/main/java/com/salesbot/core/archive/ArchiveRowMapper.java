package com.salesbot.core.archive;

import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Direction;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.tagging.IngestRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns an archived record into an ingestion row between one rep and one customer, or says why not. The sender
 * is looked up as a rep first (internal WeCom userid), then as a customer (external ids start with wm or wo).
 * In a group chat a rep's message needs exactly one known customer among the members; a customer's message goes
 * to their owner when the owner is in the room, otherwise to the first rep in the member list. Text and file
 * messages are taken (a file as "[文件] name" with its md5sum as the attachment hash); other kinds are skipped.
 */
final class ArchiveRowMapper {
    private final OrgStore org;
    private final CustomerStore customers;
    private final String channel;

    ArchiveRowMapper(OrgStore org, CustomerStore customers, String channel) {
        this.org = org;
        this.customers = customers;
        this.channel = channel;
    }

    /** Either a row or a skip reason, never both. */
    record Mapped(IngestRow row, SkipReason skipped) {
    }

    static boolean looksExternal(String wecomId) {
        return wecomId != null && (wecomId.startsWith("wm") || wecomId.startsWith("wo"));
    }

    /**
     * Maps a pulled batch: the customers of all external ids in it are looked up in one call and each rep once,
     * instead of one lookup per sender and recipient.
     */
    List<Mapped> mapAll(List<ArchivedMessage> messages) {
        Set<String> external = new LinkedHashSet<>();
        for (ArchivedMessage m : messages) {
            if (looksExternal(m.from())) {
                external.add(m.from());
            }
            for (String to : m.toList()) {
                if (looksExternal(to)) {
                    external.add(to);
                }
            }
        }
        Map<String, Customer> known = external.isEmpty() ? Map.of() : customers.findByWecomExternalUserIds(external);
        Map<String, Optional<Rep>> reps = new HashMap<>();
        Lookups lookups = new Lookups(id -> reps.computeIfAbsent(id, this::rep),
                id -> looksExternal(id) ? Optional.ofNullable(known.get(id)) : Optional.empty());
        List<Mapped> mapped = new ArrayList<>(messages.size());
        for (ArchivedMessage m : messages) {
            mapped.add(map(m, lookups));
        }
        return mapped;
    }

    private record Lookups(Function<String, Optional<Rep>> rep, Function<String, Optional<Customer>> customer) {
    }

    private Mapped map(ArchivedMessage m, Lookups lookups) {
        if (!m.isText() && !m.isFile()) {
            return skip(SkipReason.NOT_TEXT);
        }
        Optional<Rep> sendingRep = lookups.rep().apply(m.from());
        if (sendingRep.isPresent()) {
            return fromRep(m, sendingRep.get(), lookups);
        }
        Optional<Customer> sendingCustomer = lookups.customer().apply(m.from());
        if (sendingCustomer.isPresent()) {
            return fromCustomer(m, sendingCustomer.get(), lookups);
        }
        if (!looksExternal(m.from()) && m.toList().stream().noneMatch(ArchiveRowMapper::looksExternal)) {
            return skip(SkipReason.NO_EXTERNAL_PARTY);
        }
        return skip(m.inGroup() ? SkipReason.GROUP_WITHOUT_CUSTOMER : SkipReason.UNKNOWN_PERSON);
    }

    private Mapped fromRep(ArchivedMessage m, Rep rep, Lookups lookups) {
        List<Customer> known = new ArrayList<>();
        boolean anyExternal = false;
        for (String to : m.toList()) {
            if (looksExternal(to)) {
                anyExternal = true;
                lookups.customer().apply(to).filter(c -> known.stream().noneMatch(k -> k.id().equals(c.id()))).ifPresent(known::add);
            }
        }
        if (m.inGroup()) {
            return known.size() == 1 ? row(m, rep, known.get(0), Direction.OUT)
                    : skip(SkipReason.GROUP_WITHOUT_CUSTOMER);
        }
        if (!anyExternal) {
            return skip(SkipReason.NO_EXTERNAL_PARTY);
        }
        return known.isEmpty() ? skip(SkipReason.UNKNOWN_PERSON) : row(m, rep, known.get(0), Direction.OUT);
    }

    private Mapped fromCustomer(ArchivedMessage m, Customer customer, Lookups lookups) {
        List<Rep> reps = new ArrayList<>();
        for (String to : m.toList()) {
            lookups.rep().apply(to).ifPresent(reps::add);
        }
        Optional<Rep> chosen = reps.stream().filter(r -> r.id().equals(customer.ownerRepId())).findFirst()
                .or(() -> reps.stream().findFirst());
        return chosen.map(r -> row(m, r, customer, Direction.IN)).orElseGet(() -> skip(SkipReason.UNKNOWN_PERSON));
    }

    private Optional<Rep> rep(String wecomUserId) {
        return wecomUserId == null || wecomUserId.isBlank() ? Optional.empty()
                : org.findRepByWecomUserId(wecomUserId);
    }

    private Mapped row(ArchivedMessage m, Rep rep, Customer customer, Direction direction) {
        if (m.isText()) {
            return new Mapped(new IngestRow(m.msgId(), channel, rep.id(), customer.id(), direction.name(),
                    m.msgTime(), m.text(), null, null), null);
        }
        // a file becomes a message "[文件] name" with the attachment, so the R12 scan checks it
        return new Mapped(new IngestRow(m.msgId(), channel, rep.id(), customer.id(), direction.name(), m.msgTime(),
                FILE_TEXT + m.file().fileName(), m.file().fileName(), m.file().md5()), null);
    }

    static final String FILE_TEXT = "[文件] ";

    private static Mapped skip(SkipReason reason) {
        return new Mapped(null, reason);
    }
}
