package com.salesbot.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class TargetHealthRendererTest {

    private final TargetHealthRenderer renderer = new TargetHealthRenderer(PhoneChartTheme.shared());

    @Test
    void rendersAPhoneSizedPngUnder200Kb() {
        byte[] png = renderer.render(Samples.targetWarning());

        BufferedImage image = Pngs.decode(png);
        assertThat(image.getWidth()).isEqualTo(720);
        assertThat(image.getHeight()).isEqualTo(TargetHealthRenderer.HEIGHT);
        assertThat(png.length).isLessThan(Pngs.MAX_BYTES);
    }

    @Test
    void warningOnUsesRedAndWarningOffUsesNone() {
        BufferedImage warning = Pngs.decode(renderer.render(Samples.targetWarning()));
        BufferedImage healthy = Pngs.decode(renderer.render(Samples.targetHealthy()));

        assertThat(Pngs.count(warning, Pngs::isRed)).isGreaterThan(3000);
        assertThat(Pngs.count(healthy, Pngs::isRed)).isZero();
        assertThat(Pngs.count(healthy, c -> Pngs.near(c, ChartColors.GOOD, 10))).isGreaterThan(3000);
    }

    @Test
    void sameFiguresWithTheFlagFlippedChangeOnlyTheStyling() {
        TargetHealthData on = Samples.targetWarning();
        TargetHealthData off = new TargetHealthData(on.title(), on.targetFen(), on.achievedFen(), on.reserveFen(),
                on.gapFen(), on.warningLineFen(), false);

        assertThat(Pngs.count(Pngs.decode(renderer.render(off)), Pngs::isRed)).isZero();
        assertThat(ChartTexts.of(renderer.chart(on))).contains("预警：有效商机储备不足以覆盖缺口");
        assertThat(ChartTexts.of(renderer.chart(off))).doesNotContain("预警：有效商机储备不足以覆盖缺口");
    }

    @Test
    void achievedBarLengthFollowsTheAmountOnTheSameScale() {
        // both samples have a 500 万 target as the largest figure, so the axis is the same
        long bar320 = Pngs.count(Pngs.decode(renderer.render(Samples.targetWarning())),
                c -> Pngs.near(c, ChartColors.PRIMARY, 6));
        long bar380 = Pngs.count(Pngs.decode(renderer.render(Samples.targetHealthy())),
                c -> Pngs.near(c, ChartColors.PRIMARY, 6));

        assertThat((double) bar380 / bar320).isCloseTo(380.0 / 320.0, org.assertj.core.data.Offset.offset(0.03));
    }

    @Test
    void captionsShowTheFiguresInWan() {
        assertThat(ChartTexts.of(renderer.chart(Samples.targetWarning()))).contains(
                "已完成 320.0 万 ／ 目标 500.0 万 · 完成率 64%",
                "储备 250.0 万 · 缺口 180.0 万 · 警戒线 324.0 万");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> new TargetHealthData("目标健康度", 0, 0, 0, 0, 0, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("targetFen must be above zero, got 0");
        assertThatThrownBy(() -> new TargetHealthData("目标健康度", 100, 10, -1, 90, 162, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reserveFen must not be negative, got -1");
        assertThatThrownBy(() -> new TargetHealthData("", 100, 10, 1, 90, 162, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("title is required");
    }
}
