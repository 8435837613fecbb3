package com.salesbot.bot.schedule;

import com.salesbot.core.push.PushFiles;
import com.salesbot.core.push.SignedLinks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves files linked from pushes (the R6 lead-dwell CSV). The 128-bit random token is the capability, the link is
 * signed and expires ({@link SignedLinks}); files expire with the key-value entry. The name in the path is cosmetic: the stored name is what is sent.
 */
@Controller("/push-files")
public class PushFileController {
    private final PushFiles files;
    private final SignedLinks links;

    public PushFileController(PushFiles files, SignedLinks links) {
        this.files = files;
        this.links = links;
    }

    /** A link whose signature does not match or that has expired answers 404, like an unknown file. */
    @Get("/{token}/{name}{?exp,sig}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<byte[]> file(String token, String name, @Nullable @QueryValue Long exp,
                                     @Nullable @QueryValue String sig) {
        if (!links.valid(token, exp, sig)) {
            return HttpResponse.notFound();
        }
        return files.open(token)
                .<HttpResponse<byte[]>>map(f -> HttpResponse.ok(f.content())
                        .contentType(f.fileName().endsWith(".csv") ? new MediaType("text/csv; charset=utf-8")
                                : MediaType.APPLICATION_OCTET_STREAM_TYPE)
                        .header("Content-Disposition", "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20")))
                .orElseGet(HttpResponse::notFound);
    }
}
