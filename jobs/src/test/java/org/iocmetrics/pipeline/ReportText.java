package org.iocmetrics.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iocmetrics.reports.PdfPages;

/** A rendered report's text without what only says when it was rendered (generated-at and report id stamps). */
final class ReportText {
    private static final Pattern GENERATED_AT = Pattern.compile("Generated at\\s+(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC)");
    private static final Pattern REPORT_ID_STAMP = Pattern.compile("\\d{8}T\\d{6}Z");

    private ReportText() {}

    static String withoutRunStamps(Path pdf) throws IOException {
        String text = String.join("\n", PdfPages.of(pdf));
        Matcher generated = GENERATED_AT.matcher(text);
        if (generated.find()) {
            text = text.replace(generated.group(1), "<generated at>");
        }
        return REPORT_ID_STAMP.matcher(text).replaceAll("<stamp>");
    }
}
