package org.iocmetrics.notebook;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.iocmetrics.reports.HeatColors;

/**
 * Charts of small aggregated Datasets with JFreeChart (the library the report charts use). A cell
 * that ends with a chart shows it as a PNG.
 */
public final class Charts {
    static final int WIDTH = 960;
    static final int HEIGHT = 480;
    private static final Color UNCOVERED = new Color(220, 50, 47, 70);
    private static final Color PATROL = new Color(46, 104, 160);

    private Charts() {}

    /** Bars of {@code value} per {@code category}, one colour per {@code series} (stacked when asked). */
    public static JFreeChart bars(Dataset<Row> rows, String category, String series, String value, String title,
                                  boolean stacked) {
        DefaultCategoryDataset data = categories(rows, category, series, value);
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(title, category, value, data, PlotOrientation.HORIZONTAL, true, false, false)
                : ChartFactory.createBarChart(title, category, value, data, PlotOrientation.HORIZONTAL, true, false, false);
        return styled(chart);
    }

    /** One line per {@code series} of {@code value} over the ordered {@code category} (weeks, batches). */
    public static JFreeChart lines(Dataset<Row> rows, String category, String series, String value, String title) {
        JFreeChart chart = ChartFactory.createLineChart(title, category, value, categories(rows, category, series, value),
                PlotOrientation.VERTICAL, true, false, false);
        return styled(chart);
    }

    /**
     * A Gantt-style timeline: one lane per {@code lane} value, a bar from {@code start} to {@code end}
     * (timestamps) per row, drawn in {@code zone}'s local time; {@code gaps} (rows of start and end
     * columns of the same names) are shaded across every lane.
     */
    public static JFreeChart timeline(Dataset<Row> rows, String lane, String start, String end, Dataset<Row> gaps,
                                      ZoneId zone, String title) {
        List<String> lanes = rows.select(lane).distinct().orderBy(lane).collectAsList().stream()
                .map(r -> r.getString(0)).toList();
        XYIntervalSeries bars = new XYIntervalSeries("executed patrols");
        for (Row row : rows.select(lane, start, end).collectAsList()) {
            double y = lanes.indexOf(row.getString(0));
            bars.add(row.getTimestamp(1).getTime(), row.getTimestamp(1).getTime(), row.getTimestamp(2).getTime(),
                    y, y - 0.35, y + 0.35);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(bars);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setSeriesPaint(0, PATROL);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        DateAxis time = new DateAxis("local time (" + zone + ")");
        time.setTimeZone(TimeZone.getTimeZone(zone));
        XYPlot plot = new XYPlot(data, time, new SymbolAxis(lane, lanes.toArray(String[]::new)), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        for (Row gap : gaps.select(start, end).collectAsList()) {
            plot.addDomainMarker(new IntervalMarker(gap.getTimestamp(0).getTime(), gap.getTimestamp(1).getTime(),
                    UNCOVERED));
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return styled(chart);
    }

    /** An hour-of-week heatmap of shares in [0, 1], [weekday, Monday = 0][hour]; null cells stay blank. */
    public static JFreeChart hourOfWeek(Double[][] shares, String title) {
        List<double[]> cells = new ArrayList<>();
        for (int day = 0; day < shares.length; day++) {
            for (int hour = 0; hour < shares[day].length; hour++) {
                if (shares[day][hour] != null) {
                    cells.add(new double[] {hour, day, shares[day][hour]});
                }
            }
        }
        double[][] series = new double[3][cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            for (int k = 0; k < 3; k++) {
                series[k][i] = cells.get(i)[k];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("covered share", series);
        // the scorecard's heatmap colours: white (never covered) to green (always covered)
        LookupPaintScale scale = new LookupPaintScale(0, 1.0001, Color.decode(HeatColors.NO_VALUE));
        for (int step = 0; step <= 20; step++) {
            scale.add(step / 20.0, Color.decode(HeatColors.coverage(step / 20.0)));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        NumberAxis hours = new NumberAxis("local hour");
        hours.setRange(-0.5, 23.5);
        hours.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        String[] days = new String[7];
        for (DayOfWeek day : DayOfWeek.values()) {
            days[day.getValue() - 1] = day.getDisplayName(TextStyle.SHORT, Locale.US);
        }
        XYPlot plot = new XYPlot(data, hours, new SymbolAxis("weekday", days), renderer);
        plot.getRangeAxis().setInverted(true);
        JFreeChart chart = styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        plot.setBackgroundPaint(Color.decode(HeatColors.NO_VALUE));
        NumberAxis legendAxis = new NumberAxis("share of the hour covered");
        legendAxis.setRange(0, 1);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        chart.addSubtitle(legend);
        return chart;
    }

    /** White plot, light grid lines and lines thick enough to tell apart: the reports' look, not JFreeChart's grey. */
    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
            if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
                lines.setDefaultStroke(new BasicStroke(2.5f));
                lines.setAutoPopulateSeriesStroke(false);
            }
            if (plot.getRenderer() instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
            }
        } else if (chart.getPlot() instanceof XYPlot plot) {
            plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
            plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        }
        return chart;
    }

    static BufferedImage image(JFreeChart chart) {
        return chart.createBufferedImage(WIDTH, HEIGHT);
    }

    private static DefaultCategoryDataset categories(Dataset<Row> rows, String category, String series, String value) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Row row : rows.select(category, series, value).collectAsList()) {
            data.addValue(row.isNullAt(2) ? null : ((Number) row.get(2)).doubleValue(),
                    String.valueOf(row.get(1)), String.valueOf(row.get(0)));
        }
        return data;
    }
}
