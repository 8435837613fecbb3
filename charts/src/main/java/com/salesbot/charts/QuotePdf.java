package com.salesbot.charts;

import com.salesbot.core.quote.Quote;
import com.salesbot.core.quote.QuoteDocument;
import com.salesbot.core.quote.QuoteLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Calendar;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Quote PDFs with PDFBox: A4, the company name as header and as a light diagonal watermark repeated over the page,
 * the quote number, customer, rep, lines (list price, discounted unit price, amount), total and validity. Chinese
 * is drawn with the WenQuanYi Zen Hei TTF that the charts already ship (com.anji-plus:captcha, GPLv2 with the font
 * exception, which allows embedding it in documents), embedded as a subset; when that font is missing rendering
 * fails with a clear message instead of printing boxes. The TTF is parsed once; rendering is serialised.
 */
public final class QuotePdf implements QuoteDocument {
    private static final float MARGIN = 56;
    private final byte[] ttf;

    public QuotePdf() {
        this.ttf = readBundledFont();
    }

    private static byte[] readBundledFont() {
        try (InputStream in = QuotePdf.class.getResourceAsStream(CjkFontLoader.BUNDLED_RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public synchronized byte[] render(Quote quote, String company, String customerName, String repName,
                                      String validUntil) {
        if (ttf == null) {
            throw new IllegalStateException("quote PDFs need a Chinese font: " + CjkFontLoader.BUNDLED_RESOURCE
                    + " (com.anji-plus:captcha) is not on the classpath");
        }
        try (PDDocument doc = new PDDocument()) {
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
            PDType0Font font = PDType0Font.load(doc, parsed, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                watermark(cs, font, company + " " + quote.number(), w, h);
                float y = h - MARGIN;
                text(cs, font, 20, MARGIN, y, company + " 报价单");
                y -= 30;
                text(cs, font, 11, MARGIN, y, "报价单号：" + quote.number());
                y -= 18;
                text(cs, font, 11, MARGIN, y, "客户：" + customerName + "    销售：" + repName);
                y -= 18;
                text(cs, font, 11, MARGIN, y, "有效期至：" + validUntil + "    折扣：" + quote.discountPercent() + "%");
                y -= 30;
                float[] cols = {MARGIN, MARGIN + 170, MARGIN + 230, MARGIN + 310, MARGIN + 390};
                String[] head = {"产品", "数量", "标价(元)", "折后单价(元)", "金额(元)"};
                for (int i = 0; i < head.length; i++) {
                    text(cs, font, 10, cols[i], y, head[i]);
                }
                y -= 6;
                cs.moveTo(MARGIN, y);
                cs.lineTo(w - MARGIN, y);
                cs.stroke();
                y -= 16;
                for (QuoteLine l : quote.lines()) {
                    text(cs, font, 10, cols[0], y, l.name() + "（" + l.unit() + "）");
                    text(cs, font, 10, cols[1], y, String.valueOf(l.quantity()));
                    text(cs, font, 10, cols[2], y, money(l.listPrice()));
                    text(cs, font, 10, cols[3], y, money(l.unitPrice()));
                    text(cs, font, 10, cols[4], y, money(l.amount()));
                    y -= 18;
                }
                y -= 8;
                text(cs, font, 13, MARGIN, y, "合计：" + money(quote.total()) + " 元（含税价以合同为准）");
                y -= 40;
                text(cs, font, 9, MARGIN, y, "本报价单由销售助手生成并登记，修改后的文件不具效力。");
            }
            doc.getDocumentInformation().setTitle("报价单 " + quote.number());
            doc.getDocumentInformation().setAuthor(company);
            Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(quote.issuedAt());
            doc.getDocumentInformation().setCreationDate(created);
            // the trailer ID is derived from the document id (else the time of saving): fixed, the same quote renders
            // to the same bytes again, so the file can be rebuilt from the registered quote and checked by its hash
            doc.setDocumentId(quote.issuedAt());
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("quote " + quote.number() + " could not be rendered", e);
        }
    }

    private static void watermark(PDPageContentStream cs, PDType0Font font, String mark, float w, float h)
            throws IOException {
        PDExtendedGraphicsState light = new PDExtendedGraphicsState();
        light.setNonStrokingAlphaConstant(0.12f);
        cs.saveGraphicsState();
        cs.setGraphicsStateParameters(light);
        cs.setNonStrokingColor(0.5f, 0.5f, 0.5f);
        for (float y = 80; y < h; y += 180) {
            for (float x = -40; x < w; x += 260) {
                cs.beginText();
                cs.setFont(font, 22);
                cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(30), x, y));
                cs.showText(mark);
                cs.endText();
            }
        }
        cs.restoreGraphicsState();
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static String money(BigDecimal v) {
        return String.format("%,.2f", v.setScale(2, RoundingMode.HALF_UP));
    }
}
