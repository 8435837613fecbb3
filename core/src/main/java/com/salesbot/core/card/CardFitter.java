package com.salesbot.core.card;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Makes a card fit a channel's size limit without ever refusing it: the card's list is cut from the end (cards list
 * the most important entries first, red first) and a line "还有N人…" is added; the card's {@link CardLink} (the full
 * list) is kept, so nothing is lost. Whole entries are dropped, never half an entry.
 * <p>
 * What is dropped first: plain fields (from the last), then lines from the last (the first line is the card's
 * heading sentence and stays; a line listing entries separated by "；" loses its entries from the end before it
 * goes), then highlighted fields.
 */
public final class CardFitter {
    /** Separates the entries of a line that lists several (e.g. one red warning per rep). */
    public static final String ENTRY_SEPARATOR = "；";

    private CardFitter() {
    }

    /** One removable entry: a field, a whole line, or the entry {@code item} (≥ 1) of a line. */
    private record Atom(boolean field, int index, int item) {
    }

    /**
     * @param size  the size of the rendered card in the channel's unit (bytes, characters)
     * @param limit the channel's limit in the same unit
     * @return the card itself when it fits; otherwise the shortest cut that fits (or everything cut, when even that
     *         does not fit: the channel then cuts the text at a sentence boundary)
     */
    public static Card fit(Card card, ToIntFunction<Card> size, int limit) {
        if (size.applyAsInt(card) <= limit) {
            return card;
        }
        List<Atom> atoms = atoms(card);
        int low = 1;
        int high = atoms.size();
        Card best = cut(card, atoms, high);
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Card candidate = cut(card, atoms, mid);
            if (size.applyAsInt(candidate) <= limit) {
                best = candidate;
                high = mid - 1;
            } else {
                low = mid + 1;
            }
        }
        return best;
    }

    private static List<Atom> atoms(Card card) {
        List<Atom> atoms = new ArrayList<>();
        for (int i = card.fields().size() - 1; i >= 0; i--) {
            if (!card.fields().get(i).highlight()) {
                atoms.add(new Atom(true, i, 0));
            }
        }
        for (int i = card.lines().size() - 1; i >= 0; i--) {
            String[] entries = card.lines().get(i).split(ENTRY_SEPARATOR, -1);
            for (int item = entries.length - 1; item >= 1; item--) {
                atoms.add(new Atom(false, i, item));
            }
            if (i > 0) {
                atoms.add(new Atom(false, i, 0));
            }
        }
        for (int i = card.fields().size() - 1; i >= 0; i--) {
            if (card.fields().get(i).highlight()) {
                atoms.add(new Atom(true, i, 0));
            }
        }
        return atoms;
    }

    /** The card without its first {@code count} atoms, plus the "还有N…" line. */
    static Card cut(Card card, List<Atom> atoms, int count) {
        boolean[] fieldGone = new boolean[card.fields().size()];
        boolean[] lineGone = new boolean[card.lines().size()];
        int[] keepEntries = new int[card.lines().size()];
        for (int i = 0; i < keepEntries.length; i++) {
            keepEntries[i] = card.lines().get(i).split(ENTRY_SEPARATOR, -1).length;
        }
        for (Atom atom : atoms.subList(0, Math.min(count, atoms.size()))) {
            if (atom.field()) {
                fieldGone[atom.index()] = true;
            } else if (atom.item() == 0) {
                lineGone[atom.index()] = true;
            } else {
                keepEntries[atom.index()] = Math.min(keepEntries[atom.index()], atom.item());
            }
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < card.lines().size(); i++) {
            if (lineGone[i]) {
                continue;
            }
            String line = card.lines().get(i);
            String[] entries = line.split(ENTRY_SEPARATOR, -1);
            lines.add(keepEntries[i] >= entries.length ? line
                    : String.join(ENTRY_SEPARATOR, java.util.Arrays.asList(entries).subList(0, keepEntries[i])) + "…");
        }
        List<CardField> fields = new ArrayList<>();
        for (int i = 0; i < card.fields().size(); i++) {
            if (!fieldGone[i]) {
                fields.add(card.fields().get(i));
            }
        }
        String unit = card.link() == null ? "条" : card.link().unit();
        lines.add("还有" + count + unit + "未列出" + (card.link() == null ? "。" : "，见" + card.link().label() + "。"));
        return card.withLines(lines, fields);
    }
}
