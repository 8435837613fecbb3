package com.salesbot.core.testdata;

import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test-data builder for {@link Touch}: an effective call (tagged, 60 s) at noon unless told otherwise. */
public final class TouchBuilder {
    private final String repId;
    private long startedAt;
    private int seconds = 60;
    private String tag = "已预约演示";

    private TouchBuilder(String repId) {
        this.repId = repId;
    }

    public static TouchBuilder touch(String repId) {
        return new TouchBuilder(repId);
    }

    /** {@code n} effective touches of the rep at noon of the day. */
    public static List<Touch> effective(String repId, LocalDate day, int n) {
        List<Touch> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(touch(repId).at(Shanghai.noon(day)).build());
        }
        return list;
    }

    public TouchBuilder at(long epochMillis) {
        this.startedAt = epochMillis;
        return this;
    }

    public TouchBuilder seconds(int value) {
        this.seconds = value;
        return this;
    }

    public TouchBuilder tag(String value) {
        this.tag = value;
        return this;
    }

    public TouchBuilder untagged() {
        this.tag = null;
        return this;
    }

    public Touch build() {
        return new Touch(0, repId, "C-" + repId, TouchKind.CALL, startedAt, seconds, tag, null,
                tag == null ? 0 : startedAt + seconds * 1000L, "test", null);
    }
}
