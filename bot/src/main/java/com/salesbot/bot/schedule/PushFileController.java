package com.salesbot.bot.schedule;

import com.salesbot.core.push.PushFiles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves files linked from pushes (the R6 lead-dwell CSV). The 128-bit random token is the capability; files
 * expire with the key-value entry. The name in the path is cosmetic: the stored name is what is sent.
 */
@Controller("/push-files")
public class PushFileController {
    private final PushFiles files;

    public PushFileController(PushFiles files) {
        this.files = files;
    }

    @Get("/{token}/{name}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<byte[]> file(String token, String name) {
        return files.open(token)
                .<HttpResponse<byte[]>>map(f -> HttpResponse.ok(f.content())
                        .contentType(f.fileName().endsWith(".csv") ? new MediaType("text/csv; charset=utf-8")
                                : MediaType.APPLICATION_OCTET_STREAM_TYPE)
                        .header("Content-Disposition", "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20")))
                .orElseGet(HttpResponse::notFound);
    }
}
