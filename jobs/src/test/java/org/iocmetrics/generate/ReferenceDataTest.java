package org.iocmetrics.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.iocmetrics.common.CsvLine;
import org.iocmetrics.contract.Enums;
import org.iocmetrics.contract.Source;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private static List<List<String>> csv(String file) {
        return new String(ReferenceData.bytes(file), StandardCharsets.UTF_8).lines().skip(1).map(CsvLine::parse).toList();
    }

    @Test
    void iocsHaveValidZonesAndTheRightOnesWhereItMatters() {
        Map<String, String> zones = new HashMap<>();
        for (List<String> ioc : csv(Source.IOCS.location())) {
            ZoneId.of(ioc.get(4)); // throws for an unknown IANA id
            zones.put(ioc.get(0), ioc.get(4));
        }
        assertEquals(41, zones.size());
        assertEquals("Pacific/Guam", zones.get("IOC-GUM"));
        assertEquals("Pacific/Honolulu", zones.get("IOC-HNL"));
        assertEquals("America/Puerto_Rico", zones.get("IOC-SJU"));
        assertEquals("America/Anchorage", zones.get("IOC-ANC"));
        assertEquals("America/Juneau", zones.get("IOC-JNU"));
        assertEquals("America/Detroit", zones.get("IOC-DET"));
        assertEquals("America/Chicago", zones.get("IOC-DLH"));
        assertEquals("America/New_York", zones.get("IOC-PIT"));
        assertEquals("America/Kentucky/Louisville", zones.get("IOC-SDF"));
    }

    @Test
    void everyPortBelongsToAnIocAndEveryIocHasPorts() {
        Set<String> iocs = csv(Source.IOCS.location()).stream().map(r -> r.get(0)).collect(Collectors.toSet());
        Set<String> codes = new HashSet<>();
        Set<String> withPorts = new HashSet<>();
        for (List<String> port : csv(Source.PORTS.location())) {
            assertTrue(port.get(0).matches("[A-Z]{2}[A-Z0-9]{3}"), port.toString());
            assertTrue(codes.add(port.get(0)), "duplicate port " + port);
            assertTrue(iocs.contains(port.get(2)), port.toString());
            withPorts.add(port.get(2));
            double lat = Double.parseDouble(port.get(3));
            double lon = Double.parseDouble(port.get(4));
            assertTrue(lat > 13 && lat < 72 && (lon < -64 || lon > 144), port.toString()); // US waters, Guam/CNMI
        }
        assertEquals(iocs, withPorts);
        Set<String> weighted = csv("port-traffic.csv").stream().map(r -> r.get(0)).collect(Collectors.toSet());
        assertEquals(codes, weighted);
    }

    @Test
    void agenciesOfEveryLevelAndFederalOnesInEveryZone() {
        Map<String, String> levels = new HashMap<>();
        csv(Source.AGENCIES.location()).forEach(a -> levels.put(a.get(0), a.get(2)));
        assertEquals(Set.copyOf(Enums.AGENCY_LEVELS), Set.copyOf(levels.values()));
        ReferenceData reference = ReferenceData.load();
        for (ReferenceData.Ioc ioc : reference.iocs()) {
            assertTrue(ioc.agencies().containsAll(List.of("USCG", "CBP", "CBP-AMO", "HSI", "TSA", "FBI")), ioc.id());
            ioc.agencies().forEach(a -> assertTrue(levels.containsKey(a), a));
        }
    }

    @Test
    void fleetHasValidImosAndMmsisMatchingTheFlag() {
        Map<String, Set<String>> mids = new HashMap<>();
        csv("flags.csv").forEach(f -> mids.put(f.get(0), Set.of(f.get(1).split(" "))));
        Set<String> imos = new HashSet<>();
        for (ReferenceData.Vessel v : ReferenceData.load().fleet()) {
            if (!v.imo().isEmpty()) {
                assertTrue(DropChecker.validImo(v.imo()), v.toString());
                assertTrue(imos.add(v.imo()), "duplicate IMO " + v);
            }
            assertTrue(v.mmsi().matches("\\d{9}"), v.toString());
            assertTrue(mids.get(v.flag()).contains(v.mmsi().substring(0, 3)), v.toString());
            assertTrue(Enums.VESSEL_TYPES.contains(v.type()), v.toString());
        }
        assertTrue(imos.contains("9244661"), "the MARAD fleet (ALASKAN EXPLORER) is part of it");
    }
}
