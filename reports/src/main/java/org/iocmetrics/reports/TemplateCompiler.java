package org.iocmetrics.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every report template of the build output into a .jasper file beside it, at build time
 * (the reports module's process-classes phase), so that a report run loads compiled templates
 * instead of spending most of its time compiling them. {@link ReportRenderer} compiles a template
 * itself when its .jasper is absent.
 */
public final class TemplateCompiler {
    private TemplateCompiler() {}

    public static void main(String[] args) throws IOException, JRException {
        Path folder = Path.of(args[0]).resolve(ReportRenderer.TEMPLATE_FOLDER);
        List<Path> templates;
        try (Stream<Path> files = Files.list(folder)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(ReportRenderer.SOURCE_SUFFIX)).sorted().toList();
        }
        int compiledCount = 0;
        for (Path template : templates) {
            String name = template.getFileName().toString();
            Path compiled = template.resolveSibling(name.substring(0, name.length() - ReportRenderer.SOURCE_SUFFIX.length())
                    + ReportRenderer.COMPILED_SUFFIX);
            if (Files.exists(compiled) && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(template)) > 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(template.toString(), compiled.toString());
            compiledCount++;
        }
        System.out.println("compiled " + compiledCount + " of " + templates.size() + " report templates in " + folder
                + " (the others were up to date)");
    }
}
