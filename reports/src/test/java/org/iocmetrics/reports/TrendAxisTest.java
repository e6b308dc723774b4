package org.iocmetrics.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class TrendAxisTest {
    @Test
    void aLineOfZerosLiesOnAWholeNumberAxisFromZero() {
        assertEquals(List.of("0", "1", "2", "3", "4"), tickLabels(0.0, 0.0, null, 0.0));
    }

    @Test
    void aSmallCountGetsWholeNumberTicksOnly() {
        // left alone the axis of 2..13 ticks at 2.5, 7.5 and 12.5
        List<String> labels = tickLabels(8.0, 10.0, 9.0, 2.0, 13.0);
        assertEquals("0", labels.get(0), labels.toString());
        assertTrue(labels.stream().allMatch(label -> label.matches("[0-9]+")), labels.toString());
    }

    @Test
    void largeCountsStartAtZeroWithThousandsSeparators() {
        List<String> large = tickLabels(1870.0, 1941.0, 1795.0);
        assertEquals("0", large.get(0));
        assertEquals("2,000", large.get(large.size() - 1));
    }

    /** The value axis labels (of the major ticks) a 266 by 132 point chart of these values gets, bottom to top. */
    private static List<String> tickLabels(Double... values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < values.length; i++) {
            data.addValue(values[i], "trend", "P" + i);
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, null, data);
        new TrendAxis().customize(chart, null);
        NumberAxis axis = (NumberAxis) ((CategoryPlot) chart.getPlot()).getRangeAxis();
        Graphics2D g2 = new BufferedImage(266, 132, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            axis.configure();
            List<?> ticks = axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 266, 132), RectangleEdge.LEFT);
            return ticks.stream().map(tick -> ((Tick) tick).getText()).filter(text -> !text.isEmpty()).toList();
        } finally {
            g2.dispose();
        }
    }
}
