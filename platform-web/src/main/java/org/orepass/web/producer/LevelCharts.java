package org.orepass.web.producer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * The dashboard's "levels over time" as inline SVG drawn on the server (no script): for one criterion, one bar per
 * half-year, stacked by verified level (not verified at the bottom, met at the top), its height the share of the
 * producers. Only numbers, level colours and escaped labels go in; the same figures are in the table under it.
 */
final class LevelCharts {

    static final int WIDTH = 320;
    static final int HEIGHT = 110;
    private static final int LEFT = 22;
    private static final int BOTTOM = 16;
    private static final int TOP = 4;

    /** Fill colours per level, from not verified to met (also used by the legend). */
    static final Map<String, String> COLOURS = Map.of("NONE", "#d0d0d0", "NOT_STARTED", "#b2182b", "STARTED",
            "#ef8a62", "IN_PROGRESS", "#f2c94c", "MET", "#1a7f37");

    private LevelCharts() {
    }

    /**
     * @param periods the half-years, oldest first
     * @param counts per period, per level (in {@code levels} order), how many producers
     * @param levels the level names from the bottom of a bar to its top
     */
    static String stacked(List<String> periods, Map<String, Map<String, Integer>> counts, List<String> levels,
            String label) {
        var svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                + " width=\"100%%\" role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT, HtmlUtils.htmlEscape(label)));
        int plotHeight = HEIGHT - BOTTOM - TOP;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>", LEFT,
                HEIGHT - BOTTOM, WIDTH - 2, HEIGHT - BOTTOM));
        int n = periods.size();
        int total = n == 0 ? 0 : counts.get(periods.get(0)).values().stream().mapToInt(Integer::intValue).sum();
        svg.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%d\" font-size=\"9\">%d</text>", TOP + 8, total));
        svg.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%d\" font-size=\"9\">0</text>", HEIGHT - BOTTOM));
        if (n == 0 || total == 0) {
            return svg.append("</svg>").toString();
        }
        double slot = (WIDTH - LEFT - 4.0) / n;
        double bar = Math.max(2.0, slot * 0.7);
        for (int i = 0; i < n; i++) {
            double x = LEFT + 2 + i * slot + (slot - bar) / 2;
            double y = HEIGHT - BOTTOM;
            var byLevel = counts.get(periods.get(i));
            for (var level : levels) {
                int count = byLevel.getOrDefault(level, 0);
                if (count == 0) {
                    continue;
                }
                double h = (double) count / total * plotHeight;
                y -= h;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                        + " fill=\"%s\"/>", x, y, bar, h, COLOURS.get(level)));
            }
            if (i == 0 || i == n - 1) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" text-anchor=\"%s\">"
                        + "%s</text>", i == 0 ? x : x + bar, HEIGHT - 4, i == 0 ? "start" : "end",
                        HtmlUtils.htmlEscape(periods.get(i))));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** A small square of a level's colour for the legend. */
    static String swatch(String level) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\""
                + " aria-hidden=\"true\"><rect width=\"12\" height=\"12\" fill=\"" + COLOURS.get(level) + "\"/></svg>";
    }
}
