package com.salesbot.bench.digest;

import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Target;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.port.TouchStore;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read-mostly in-memory stores for the benchmarks (digest, targets radar): touches sorted by start, looked up by
 * binary search.
 */
public final class BenchStores {
    private BenchStores() {
    }

    public static final class Org implements OrgStore {
        final List<Team> teams = new ArrayList<>();
        final List<Rep> reps = new ArrayList<>();

        public void saveTeam(Team team) { teams.add(team); }
        public void saveRep(Rep rep) { reps.add(rep); }
        public Optional<Team> findTeam(String id) { return teams.stream().filter(t -> t.id().equals(id)).findFirst(); }
        public Optional<Rep> findRep(String id) { return reps.stream().filter(r -> r.id().equals(id)).findFirst(); }
        public Optional<Rep> findRepByWecomUserId(String id) { return reps.stream().filter(r -> id.equals(r.wecomUserId())).findFirst(); }
        public Optional<Rep> findRepByDingtalkStaffId(String id) { return Optional.empty(); }
        public List<Team> teams() { return teams; }
        public List<Rep> reps() { return reps; }
        public List<Rep> repsOfTeam(String teamId) { return reps.stream().filter(r -> teamId.equals(r.teamId())).toList(); }
        public void saveAbsence(Absence absence) { }
        public List<Absence> absences(LocalDate from, LocalDate to) { return List.of(); }
    }

    public static final class Touches implements TouchStore {
        private final List<Touch> sorted;
        private final long[] starts;

        public Touches(List<Touch> touches) {
            this.sorted = touches.stream().sorted(Comparator.comparingLong(Touch::startedAt)).toList();
            this.starts = sorted.stream().mapToLong(Touch::startedAt).toArray();
        }

        int size() { return sorted.size(); }
        public Touch insert(Touch touch) { throw new UnsupportedOperationException(); }
        public boolean recordResult(long id, String tag, String note, long at) { throw new UnsupportedOperationException(); }
        public Optional<Touch> find(long id) { return Optional.empty(); }

        public List<Touch> between(long from, long to) {
            return sorted.subList(lowerBound(from), lowerBound(to));
        }

        public List<Touch> ofRepBetween(String repId, long from, long to) {
            return between(from, to).stream().filter(t -> t.repId().equals(repId)).toList();
        }

        public List<Touch> untaggedBefore(long before) {
            return between(0, before).stream().filter(t -> t.resultTag() == null).toList();
        }

        private int lowerBound(long at) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < at) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    static final class Targets implements TargetStore {
        final Map<String, Target> byKey = new ConcurrentHashMap<>();

        public void save(Target t) { byKey.put(t.repId() + "/" + t.month(), t); }
        public Optional<Target> find(String repId, YearMonth month) { return Optional.ofNullable(byKey.get(repId + "/" + month)); }
        public List<Target> ofMonth(YearMonth month) { return byKey.values().stream().filter(t -> t.month().equals(month)).toList(); }
        public List<Target> ofRep(String repId) { return byKey.values().stream().filter(t -> t.repId().equals(repId)).toList(); }
    }

    static final class Payments implements PaymentStore {
        final Map<String, List<Payment>> byRep = new ConcurrentHashMap<>();

        public void save(Payment p) { byRep.computeIfAbsent(p.repId(), k -> new ArrayList<>()).add(p); }
        public List<Payment> between(long from, long to) {
            return byRep.values().stream().flatMap(List::stream).filter(p -> p.paidAt() >= from && p.paidAt() < to).toList();
        }
        public List<Payment> ofRepBetween(String repId, long from, long to) {
            return byRep.getOrDefault(repId, List.of()).stream().filter(p -> p.paidAt() >= from && p.paidAt() < to).toList();
        }
    }

    public static final class Opportunities implements OpportunityStore {
        final Map<String, List<Opportunity>> byOwner = new ConcurrentHashMap<>();

        public void save(Opportunity o) { byOwner.computeIfAbsent(o.ownerRepId(), k -> new ArrayList<>()).add(o); }
        public Optional<Opportunity> find(String id) { return Optional.empty(); }
        public List<Opportunity> ofOwner(String repId) { return byOwner.getOrDefault(repId, List.of()); }
        public List<Opportunity> all() { return byOwner.values().stream().flatMap(List::stream).toList(); }
    }
}
