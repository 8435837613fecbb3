package com.salesbot.adapters.dingtalk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.tea.TeaException;
import com.aliyun.tea.TeaUnretryableException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DingtalkErrorsTest {
    private static TeaException tea(int status, String code) {
        TeaException error = new TeaException(Map.of("code", code, "message", "m"));
        error.setStatusCode(status);
        return error;
    }

    @ParameterizedTest
    @CsvSource({
            "401, InvalidAuthentication, AUTH",
            "400, InvalidAuthentication, AUTH",
            "429, Throttling, THROTTLED",
            "403, Forbidden.AccessDenied.QpsLimitForApi, THROTTLED",
            "500, InternalError, TRANSIENT",
            "503, ServiceUnavailable, TRANSIENT",
            "499, param.error, PERMANENT",
            "400, param.error, PERMANENT",
            "403, Forbidden.AccessDenied.AccessTokenPermissionDenied, PERMANENT",
            "404, resource.not.found, PERMANENT"
    })
    void newApiStatusAndCodeDecide(int status, String code, DingtalkFailure expected) {
        assertThat(DingtalkErrors.fromSdk("op", tea(status, code)).failure()).isEqualTo(expected);
    }

    @Test
    void networkFailuresAreTransient() {
        assertThat(DingtalkErrors.fromSdk("op", new TeaUnretryableException(new SocketTimeoutException("t"))).failure())
                .isEqualTo(DingtalkFailure.TRANSIENT);
        assertThat(DingtalkErrors.fromSdk("op", new IOException("reset")).failure()).isEqualTo(DingtalkFailure.TRANSIENT);
    }

    @ParameterizedTest
    @CsvSource({
            "40014, AUTH", "42001, AUTH",
            "90018, THROTTLED", "90002, THROTTLED",
            "-1, TRANSIENT",
            "33012, PERMANENT", "40035, PERMANENT"
    })
    void oldApiErrcodesDecide(long errcode, DingtalkFailure expected) {
        assertThat(DingtalkErrors.fromErrcode("op", errcode, "msg").failure()).isEqualTo(expected);
    }
}
