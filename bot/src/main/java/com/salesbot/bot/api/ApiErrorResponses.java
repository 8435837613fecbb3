package com.salesbot.bot.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Every error answer the server builds itself (malformed JSON, wrong content type, a path or query value that does
 * not convert, a missing parameter, an unknown route, a wrong method, a body too large, an uncaught exception) goes
 * through Micronaut's {@link ErrorResponseProcessor}; this one replaces the default so all of them carry the one
 * {@link ApiError} shape. The code and message depend only on the status: the text Micronaut collected from the
 * exception (parser positions, class names, values) is never copied into the body.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ApiErrorResponses implements ErrorResponseProcessor<ApiError> {

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        return base.body(forStatus(base.code(), context)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The fixed body for a status; a 400 caused by unreadable JSON says so. */
    static ApiError forStatus(int status, ErrorContext context) {
        if (status == HttpStatus.BAD_REQUEST.getCode() && context.getRootCause().map(ApiErrorResponses::isJson)
                .orElse(false)) {
            return ApiError.of("bad_json", "请求体不是有效的 JSON");
        }
        return forStatus(status);
    }

    static ApiError forStatus(int status) {
        return switch (status) {
            case 400 -> ApiError.of("bad_request", "请求参数有误，请检查后再试");
            case 401 -> ApiError.of("unauthorized", "需要有效的令牌");
            case 403 -> ApiError.of("forbidden", "没有权限");
            case 404 -> ApiError.of("not_found", "没有这个地址或对象");
            case 405 -> ApiError.of("method_not_allowed", "这个地址不支持该请求方法");
            case 406 -> ApiError.of("not_acceptable", "无法按要求的格式回答");
            case 413 -> ApiError.of("too_large", "请求体过大");
            case 415 -> ApiError.of("unsupported_media_type", "不支持的内容类型");
            case 422 -> ApiError.of("unprocessable", "请求内容无法处理");
            case 503 -> ApiError.of("unavailable", "服务暂时不可用，请稍后再试");
            default -> status >= 500 ? ApiError.of("internal_error", "服务内部错误，请稍后再试")
                    : ApiError.of("bad_request", "请求有误");
        };
    }

    private static boolean isJson(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.contains("Json") || name.contains("jackson")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
