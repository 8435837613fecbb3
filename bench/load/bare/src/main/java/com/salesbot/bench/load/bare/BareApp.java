package com.salesbot.bench.load.bare;

import io.micronaut.runtime.Micronaut;

/** Starts the bare baseline server (port from micronaut.server.port / MICRONAUT_SERVER_PORT). */
public final class BareApp {
    private BareApp() {
    }

    public static void main(String[] args) {
        Micronaut.run(BareApp.class, args);
    }
}
