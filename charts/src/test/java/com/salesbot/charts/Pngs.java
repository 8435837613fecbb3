package com.salesbot.charts;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Predicate;
import javax.imageio.ImageIO;

/** Test helpers over decoded PNG bytes. */
final class Pngs {

    static final int MAX_BYTES = 200 * 1024;

    private Pngs() {
    }

    static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new AssertionError("not a decodable image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Color at(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y));
    }

    static long count(BufferedImage image, Predicate<Color> test) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (test.test(new Color(image.getRGB(x, y)))) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean isRed(Color c) {
        return c.getRed() > 180 && c.getGreen() < 90 && c.getBlue() < 90;
    }

    static boolean near(Color c, Color target, int tolerance) {
        return Math.abs(c.getRed() - target.getRed()) <= tolerance
                && Math.abs(c.getGreen() - target.getGreen()) <= tolerance
                && Math.abs(c.getBlue() - target.getBlue()) <= tolerance;
    }

    static int luminance(Color c) {
        return (299 * c.getRed() + 587 * c.getGreen() + 114 * c.getBlue()) / 1000;
    }
}
