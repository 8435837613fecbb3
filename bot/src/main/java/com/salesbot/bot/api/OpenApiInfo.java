package com.salesbot.bot.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Title and security of the OpenAPI document generated at build time (META-INF/swagger/salesbot.yml). */
@OpenAPIDefinition(info = @Info(title = "salesbot", version = "0.1",
        description = "销售陪练机器人的管理与数据接入 API（Bearer 令牌：salesbot.api-token）"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
final class OpenApiInfo {
    private OpenApiInfo() {
    }
}
