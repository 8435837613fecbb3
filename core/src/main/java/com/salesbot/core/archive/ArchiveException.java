package com.salesbot.core.archive;

/** A pull that returned nothing usable; the message never contains secrets. */
public class ArchiveException extends RuntimeException {
    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
