package com.salesbot.core.rules.compare;

import java.util.List;

/**
 * Rep id → position, as a flat open-addressing table: the per-touch lookup of a company-wide scan touches two
 * arrays instead of a HashMap node and a value object, which matters over millions of touches.
 */
final class RepIndex {
    private final String[] keys;
    private final int[] positions;
    private final int mask;

    RepIndex(List<String> ids) {
        int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 4) - 1) << 1;
        keys = new String[capacity];
        positions = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            int slot = spread(id.hashCode()) & mask;
            while (keys[slot] != null && !keys[slot].equals(id)) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == null) {
                keys[slot] = id;
                positions[slot] = i;
            }
        }
    }

    /** Position of the id in the list given at construction, or -1. */
    int indexOf(String id) {
        int slot = spread(id.hashCode()) & mask;
        String key;
        while ((key = keys[slot]) != null) {
            if (key == id || key.equals(id)) {
                return positions[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
