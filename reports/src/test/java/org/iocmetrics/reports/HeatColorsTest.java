package org.iocmetrics.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeatColorsTest {
    @Test
    void blendsFromWhiteToTheFullShadeAndClamps() {
        assertEquals("#FFFFFF", HeatColors.coverage(0));
        assertEquals("#4CA85A", HeatColors.coverage(1));
        assertEquals("#A6D4AD", HeatColors.coverage(0.5));
        assertEquals("#E06A5A", HeatColors.intensity(7));
        assertEquals("#FFFFFF", HeatColors.intensity(-1));
    }
}
