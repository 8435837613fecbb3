package com.salesbot.core.chat.port;

/** Keeps R19 application notes. */
@FunctionalInterface
public interface ApplicationNoteStore {
    void save(ApplicationNote note);
}
