package com.salesbot.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.quote.Quote;
import com.salesbot.core.quote.QuoteLine;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A quote PDF carries its number, the Chinese text (extractable, so the font is embedded with its mapping), the
 * watermark, and renders to an image with visible ink. */
class QuotePdfTest {
    static final Quote QUOTE = new Quote("BJ-20261203-007", "cus-1", "rep-1", List.of(
            new QuoteLine("crm_pro", "销售助手 专业版", "用户/年", 20, new BigDecimal("2980"), new BigDecimal("2682.00"),
                    new BigDecimal("53640.00"))), 10, new BigDecimal("53640.00"), 1_764_748_800_000L,
            "报价单-BJ-20261203-007.pdf", "", "");

    @Test
    void theQuoteIsAPdfWithChineseTextNumberAndWatermark() throws Exception {
        byte[] pdf = new QuotePdf().render(QUOTE, "示例科技有限公司", "华东精密", "杨静", "2027-01-02");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("BJ-20261203-007", "示例科技有限公司 报价单", "华东精密", "杨静", "53,640.00",
                    "2027-01-02");
            // the header names the company once; the rotated watermark repeats it over the page
            assertThat(text.split("示例科技有限公司", -1).length - 1).as("watermark repeats").isGreaterThan(5);
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 60);
            Path png = Path.of("target/quote-preview.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
            long dark = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    if ((page.getRGB(x, y) & 0xff) < 100) {
                        dark++;
                    }
                }
            }
            assertThat(dark).isGreaterThan(500);
        }
    }

    @Test
    void theSameQuoteRendersToTheSameBytesSoItsFileCanBeRebuiltAndCheckedByHash() {
        byte[] first = new QuotePdf().render(QUOTE, "示例科技有限公司", "华东精密", "杨静", "2027-01-02");
        byte[] again = new QuotePdf().render(QUOTE, "示例科技有限公司", "华东精密", "杨静", "2027-01-02");
        assertThat(again).isEqualTo(first);
        assertThat(new QuotePdf().render(QUOTE, "示例科技有限公司", "华东精密", "杨静", "2027-01-03"))
                .isNotEqualTo(first);
    }
}
