package org.iocmetrics.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files travel in a message of limited size, and which are only named. */
class AttachmentsTest {
    @TempDir
    Path folder;

    private Path file(String name, int bytes) throws IOException {
        return Files.write(folder.resolve(name), new byte[bytes]);
    }

    @Test
    void filesAreAttachedInOrderUntilTheLimitThenListed() throws IOException {
        Path national = file("national.pdf", 300);
        Path workbook = file("national.xlsx", 600);
        Path scorecard = file("scorecard.pdf", 3);
        // 300 bytes travel as 400, 600 as 800: the second would pass 1,000
        Attachments split = Attachments.within(List.of(national, workbook, scorecard), 1000);
        assertEquals(List.of(national), split.attached());
        assertEquals(List.of(workbook, scorecard), split.listed());
        assertEquals(List.of(national, workbook, scorecard), Attachments.within(List.of(national, workbook, scorecard),
                1204).attached());
    }
}
