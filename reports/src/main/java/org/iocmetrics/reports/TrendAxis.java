package org.iocmetrics.reports;

import java.util.Locale;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;

/**
 * The value axis of a trend chart (the templates' chart customizer). Left to itself the chart library
 * draws a line of zeros on an axis from -4E-9 to 4E-9 and a count of 13 with ticks at 2.5 and 7.5. Every
 * trend here is of figures that cannot be negative, so the axis starts at 0 and reaches at least
 * {@link #MINIMUM_UPPER}, and a chart whose values are all whole numbers (counts) gets whole-number ticks.
 */
public final class TrendAxis implements JRChartCustomizer {
    /** The least top of the axis: a line of zeros then lies on the floor of a readable 0-4 scale. */
    static final double MINIMUM_UPPER = 4;

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (!(chart.getPlot() instanceof CategoryPlot plot) || !(plot.getRangeAxis() instanceof NumberAxis axis)) {
            return;
        }
        double highest = 0;
        boolean negative = false;
        boolean whole = true;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            CategoryDataset data = plot.getDataset(d);
            for (int row = 0; data != null && row < data.getRowCount(); row++) {
                for (int column = 0; column < data.getColumnCount(); column++) {
                    Number value = data.getValue(row, column);
                    if (value != null) {
                        double v = value.doubleValue();
                        highest = Math.max(highest, v);
                        negative |= v < 0;
                        whole &= v == Math.rint(v);
                    }
                }
            }
        }
        if (negative) {
            return;
        }
        if (whole) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
        }
        if (highest < MINIMUM_UPPER) {
            axis.setRange(0, MINIMUM_UPPER);
        } else {
            axis.setAutoRangeIncludesZero(true);
        }
    }
}
