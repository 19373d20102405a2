package org.orepass.web.producer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.orepass.producer.ProducerProgress;
import org.springframework.web.util.HtmlUtils;

/**
 * The passport's two line charts as inline SVG drawn on the server (no script): the mean verified level (0 to 3)
 * after each assessment, and mercury lost per gram of gold per period. Only numbers and escaped dates go in; the
 * same figures are in the tables under each chart. Dates come formatted in the reader's language.
 */
final class PassportCharts {

    static final int WIDTH = 320;
    static final int HEIGHT = 120;
    private static final int PAD = 24;

    private PassportCharts() {
    }

    static String trend(List<ProducerProgress.TrendPoint> points, String label, Function<LocalDate, String> day) {
        var values = points.stream().map(ProducerProgress.TrendPoint::averageScore).toList();
        var labels = points.stream().map(p -> day.apply(p.on())).toList();
        return line(values, labels, new BigDecimal("3"), label);
    }

    static String mercury(List<ProducerProgress.MercuryPoint> points, String label, Function<LocalDate, String> day) {
        var kept = points.stream().filter(p -> p.perGramGold() != null).toList();
        var values = kept.stream().map(ProducerProgress.MercuryPoint::perGramGold).toList();
        var labels = kept.stream().map(p -> day.apply(p.periodStart())).toList();
        var max = values.stream().reduce(BigDecimal.ONE, BigDecimal::max);
        return line(values, labels, max, label);
    }

    /**
     * Land rehabilitation, one bar per commitment: the whole bar is the area committed, the filled part the area a
     * verifier agreed has been rehabilitated. {@code names} and {@code figures} are already in the reader's language.
     */
    static String rehabilitation(List<Integer> percents, List<String> names, List<String> figures, String label) {
        int row = 30;
        int height = 4 + Math.max(1, percents.size()) * row;
        int bar = WIDTH - 4;
        var svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                + " width=\"100%%\" role=\"img\" aria-label=\"%s\">", WIDTH, height, HtmlUtils.htmlEscape(label)));
        for (int i = 0; i < percents.size(); i++) {
            int top = 4 + i * row;
            int percent = Math.max(0, Math.min(100, percents.get(i)));
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"10\">%s</text>", top + 9,
                    HtmlUtils.htmlEscape(shorten(names.get(i)))));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s"
                    + "</text>", WIDTH, top + 9, HtmlUtils.htmlEscape(figures.get(i))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"12\" fill=\"#dde3ea\""
                    + " stroke=\"#555\" stroke-width=\"0.5\"/>", top + 13, bar));
            if (percent > 0) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"12\""
                        + " fill=\"#2e7d32\"/>", top + 13, bar * percent / 100.0));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String name) {
        return name.length() <= 28 ? name : name.substring(0, 27) + "…";
    }

    private static String line(List<BigDecimal> values, List<String> labels, BigDecimal max, String label) {
        var svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                + " width=\"100%%\" role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT, HtmlUtils.htmlEscape(label)));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>", PAD,
                HEIGHT - PAD, WIDTH - 4, HEIGHT - PAD));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"4\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>", PAD,
                PAD, HEIGHT - PAD));
        svg.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"12\" font-size=\"10\">%s</text>",
                max.stripTrailingZeros().toPlainString()));
        svg.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%d\" font-size=\"10\">0</text>", HEIGHT - PAD));
        if (!values.isEmpty()) {
            var path = new StringBuilder();
            int n = values.size();
            for (int i = 0; i < n; i++) {
                double x = n == 1 ? (PAD + WIDTH) / 2.0 : PAD + 4 + i * (WIDTH - PAD - 12.0) / (n - 1);
                double y = HEIGHT - PAD - values.get(i).doubleValue() / max.doubleValue() * (HEIGHT - PAD - 8);
                path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1d4f91\"/>", x,
                        y));
                if (i == 0 || i == n - 1) {
                    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"9\""
                            + " text-anchor=\"%s\">%s</text>", x, HEIGHT - 8, i == 0 ? "start" : "end",
                            HtmlUtils.htmlEscape(labels.get(i))));
                }
            }
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1d4f91\" stroke-width=\"2\"/>");
        }
        return svg.append("</svg>").toString();
    }
}
