package com.salesbot.adapters.nlp;

/**
 * Platt scaling: fits p = sigmoid(a*z + b) to held-out decision values by Newton's method on the log loss, with
 * Platt's smoothed targets (N+ + 1)/(N+ + 2) and 1/(N- + 2) so that a perfectly separated dev set does not push
 * a to infinity.
 */
final class Platt {
    private Platt() {
    }

    static double sigmoid(double t) {
        return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    }

    /** {a, b}; {1, 0} (no change) when one side has no example. */
    static double[] fit(double[] z, boolean[] y) {
        int pos = 0;
        for (boolean v : y) {
            pos += v ? 1 : 0;
        }
        int neg = y.length - pos;
        if (pos == 0 || neg == 0) {
            return new double[] {1, 0};
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double a = 1;
        double b = 0;
        double loss = loss(z, y, a, b, hi, lo);
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < z.length; i++) {
                double p = sigmoid(a * z[i] + b);
                double t = y[i] ? hi : lo;
                double d = p - t;
                double w = p * (1 - p);
                ga += d * z[i];
                gb += d;
                haa += w * z[i] * z[i];
                hab += w * z[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(ga) + Math.abs(gb) < 1e-7 || det <= 0) {
                break;
            }
            double da = -(hbb * ga - hab * gb) / det;
            double db = -(-hab * ga + haa * gb) / det;
            double step = 1;
            while (step > 1e-6) {
                double next = loss(z, y, a + step * da, b + step * db, hi, lo);
                if (next < loss + 1e-4 * step * (ga * da + gb * db)) {
                    a += step * da;
                    b += step * db;
                    loss = next;
                    break;
                }
                step /= 2;
            }
            if (step <= 1e-6) {
                break;
            }
        }
        return new double[] {a, b};
    }

    private static double loss(double[] z, boolean[] y, double a, double b, double hi, double lo) {
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            double f = a * z[i] + b;
            double t = y[i] ? hi : lo;
            // log(1+exp(f)) - t*f, stable
            sum += (f > 0 ? f + Math.log1p(Math.exp(-f)) : Math.log1p(Math.exp(f))) - t * f;
        }
        return sum;
    }
}
