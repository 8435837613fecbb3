package com.salesbot.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.card.CardImage;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.push.HeatmapImages;
import com.salesbot.core.push.PushFiles;
import com.salesbot.core.rules.activity.Heatmap;
import com.salesbot.core.rules.activity.HeatmapRow;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbc.micronaut.MicronautJdbcLockProvider;
import org.junit.jupiter.api.Test;

/** The push job, its lock, the heatmap image and the file link in the running application (H2, no Redis). */
@MicronautTest(transactional = false, propertySources = "classpath:application-test.yml")
class PushWiringTest {
    @Inject
    PushJob job;

    @Inject
    LockProvider locks;

    @Inject
    HeatmapImages images;

    @Inject
    PushFiles files;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void withoutRedisTheJobIsLockedInTheDatabaseAndSkipsWhileAnotherInstanceHoldsTheLock() {
        assertThat(locks).isInstanceOf(MicronautJdbcLockProvider.class);
        Optional<SimpleLock> other = locks.lock(new LockConfiguration(Instant.now(), PushJob.LOCK,
                Duration.ofMinutes(1), Duration.ZERO));
        assertThat(other).isPresent();
        long before = job.ticks();
        job.run();
        assertThat(job.ticks()).isEqualTo(before);
        other.get().unlock();
        job.run();
        assertThat(job.ticks()).isEqualTo(before + 1);
    }

    @Test
    void heatmapIsAPhoneSizedPng() throws Exception {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 11, 18); days.size() < 7; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d);
            }
        }
        String[] names = {"张伟", "李娜", "王强", "刘洋", "陈静", "欧阳晓峰"};
        int[][] counts = {{5, 6, 4, 7, 5, 6, 5}, {3, 4, 5, 2, 4, 3, 4}, {5, 4, 1, 1, 1, 2, 1}, {8, 9, 7, 10, 9, 8, 11},
                {0, 2, 3, 2, 4, 3, 2}, {6, 5, 6, 4, 5, 6, 7}};
        List<HeatmapRow> rows = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            List<Integer> c = java.util.Arrays.stream(counts[i]).boxed().toList();
            rows.add(new HeatmapRow("R" + i, names[i], c, c.get(6)));
        }
        CardImage image = images.render(new Team("T1", "华东一组"), new Heatmap(days, days.get(6), rows));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.png()));
        assertThat(png.getWidth()).isEqualTo(720);
        assertThat(image.png().length).isLessThan(200_000);
        assertThat(image.alt()).isEqualTo("华东一组最近7个工作日的有效触达热力图");
        Files.write(Path.of("target", "digest-heatmap.png"), image.png());
    }

    @Test
    void leadDwellFileIsServedByItsLinkOnly() {
        byte[] csv = "\uFEFF排名,客户\r\n1,宁波精工\r\n".getBytes(StandardCharsets.UTF_8);
        String link = files.publish("lead-dwell-top10-2026-11.csv", csv);
        assertThat(link).startsWith("http").contains("/push-files/", "?exp=", "&sig=");
        String path = java.net.URI.create(link).getRawPath() + "?" + java.net.URI.create(link).getRawQuery();
        HttpResponse<byte[]> response = client.toBlocking().exchange(path, byte[].class);
        assertThat(response.body()).isEqualTo(csv);
        assertThat(response.getContentType()).get().satisfies(t -> {
            assertThat(t.getName()).isEqualTo("text/csv");
            assertThat(t.getCharset()).contains(StandardCharsets.UTF_8);
        });
        assertThat(response.header("Content-Disposition")).contains("lead-dwell-top10-2026-11.csv");
        assertThatThrownBy(() -> client.toBlocking().exchange("/push-files/" + "0".repeat(32) + "/x.csv", byte[].class))
                .isInstanceOf(HttpClientResponseException.class).hasMessageContaining("Not Found");
        String unsigned = java.net.URI.create(link).getRawPath();
        assertThatThrownBy(() -> client.toBlocking().exchange(unsigned, byte[].class))
                .as("the file without its signature").isInstanceOf(HttpClientResponseException.class)
                .hasMessageContaining("Not Found");
        String forged = path.replaceAll("sig=[0-9a-f]{4}", "sig=0000");
        assertThatThrownBy(() -> client.toBlocking().exchange(forged, byte[].class))
                .isInstanceOf(HttpClientResponseException.class).hasMessageContaining("Not Found");
    }
}
