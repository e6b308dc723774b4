package org.iocmetrics.reports;

import java.text.NumberFormat;
import java.util.Locale;
import net.sf.jasperreports.engine.util.DefaultFormatFactory;

/**
 * Formats the templates' numeric cells with {@link MetricNumberFormat}, whatever the JVM's locale, so that
 * a figure reads the same in a PDF, in a workbook cell and in a sentence the jobs wrote. Every template
 * names it as its format factory.
 */
public final class ReportFormatFactory extends DefaultFormatFactory {
    @Override
    public NumberFormat createNumberFormat(String pattern, Locale locale) {
        return MetricNumberFormat.Style.ofPattern(pattern)
                .map(MetricNumberFormat::numberFormat)
                .orElseGet(() -> super.createNumberFormat(pattern, locale));
    }
}
