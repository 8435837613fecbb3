package com.salesbot.bot.sandbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Serves the sandbox page: plain HTML, CSS and JavaScript from classpath:sandbox/, no build step. */
@Controller("/sandbox")
@Requires(condition = SandboxEnabled.class)
public class SandboxPageController {
    private static final Map<String, String> ASSETS = Map.of(
            "sandbox.css", "text/css;charset=utf-8",
            "sandbox.js", "text/javascript;charset=utf-8");

    @Get(produces = MediaType.TEXT_HTML + ";charset=utf-8")
    public HttpResponse<byte[]> page() {
        return HttpResponse.ok(read("index.html")).header("Cache-Control", "no-cache");
    }

    @Get("/assets/{name}")
    public HttpResponse<byte[]> asset(@PathVariable String name) {
        String type = ASSETS.get(name);
        if (type == null) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(read(name)).contentType(type).header("Cache-Control", "no-cache");
    }

    private static byte[] read(String name) {
        try (InputStream in = SandboxPageController.class.getResourceAsStream("/sandbox/" + name)) {
            if (in == null) {
                throw new IllegalStateException("sandbox resource missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
