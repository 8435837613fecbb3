package com.salesbot.bot.startup;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which backends this instance uses, described without secrets; shown at start-up and in /health. */
@Singleton
public class Backends {
    private final String databaseUrl;
    private final String redisUri;
    private final String wecomCorpId;
    private final String dingtalkAppKey;
    private final String dingtalkMode;
    private final String configDir;

    public Backends(@Value("${datasources.default.url}") String databaseUrl,
                    @Nullable @Value("${redis.uri:}") String redisUri,
                    @Nullable @Value("${wecom.corp-id:}") String wecomCorpId,
                    @Nullable @Value("${dingtalk.app-key:}") String dingtalkAppKey,
                    @Value("${dingtalk.mode:http}") String dingtalkMode,
                    @Value("${salesbot.config-dir:./config}") String configDir) {
        this.databaseUrl = databaseUrl;
        this.redisUri = redisUri;
        this.wecomCorpId = wecomCorpId;
        this.dingtalkAppKey = dingtalkAppKey;
        this.dingtalkMode = dingtalkMode;
        this.configDir = configDir;
    }

    public String database() {
        return describeDatabase(databaseUrl);
    }

    public String cache() {
        if (blank(redisUri)) {
            return "in-memory";
        }
        URI uri = URI.create(redisUri);
        return "Redis " + uri.getHost() + ":" + (uri.getPort() < 0 ? 6379 : uri.getPort());
    }

    public boolean redisEnabled() {
        return !blank(redisUri);
    }

    public String wecom() {
        return blank(wecomCorpId) ? "off" : "on";
    }

    public String dingtalk() {
        return blank(dingtalkAppKey) ? "off" : "on (" + dingtalkMode + ")";
    }

    public String configDir() {
        return configDir;
    }

    /** Key/value view for the health endpoint and the start-up line. */
    public Map<String, String> summary() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("database", database());
        m.put("cache", cache());
        m.put("wecom", wecom());
        m.put("dingtalk", dingtalk());
        m.put("config", configDir);
        return m;
    }

    static String describeDatabase(String url) {
        if (url == null) {
            return "none";
        }
        String noParams = url.split("[;?]", 2)[0];
        if (noParams.startsWith("jdbc:h2:file:")) {
            return "H2 file " + noParams.substring("jdbc:h2:file:".length());
        }
        if (noParams.startsWith("jdbc:h2:mem:")) {
            return "H2 in-memory " + noParams.substring("jdbc:h2:mem:".length());
        }
        if (noParams.startsWith("jdbc:mysql://") || noParams.startsWith("jdbc:mariadb://")) {
            String rest = noParams.substring(noParams.indexOf("//") + 2);
            int at = rest.lastIndexOf('@');
            return "MySQL " + (at >= 0 ? rest.substring(at + 1) : rest);
        }
        return Secrets.redact(noParams);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
