package org.iocmetrics.generate;

import static org.iocmetrics.contract.Columns.AGENCY_ID;
import static org.iocmetrics.contract.Columns.FLAG_STATE;
import static org.iocmetrics.contract.Columns.GROSS_TONNAGE;
import static org.iocmetrics.contract.Columns.IMO_NUMBER;
import static org.iocmetrics.contract.Columns.IOC_ID;
import static org.iocmetrics.contract.Columns.LEVEL;
import static org.iocmetrics.contract.Columns.MMSI;
import static org.iocmetrics.contract.Columns.PORT_CODE;
import static org.iocmetrics.contract.Columns.TIME_ZONE;
import static org.iocmetrics.contract.Columns.VESSEL_NAME;
import static org.iocmetrics.contract.Columns.VESSEL_TYPE;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.iocmetrics.common.CsvLine;
import org.iocmetrics.contract.Source;

/**
 * The reference data the generator draws from (data-samples/reference, packaged on the class path):
 * IOCs with their ports and participating agencies, port traffic weights, flags and the fleet.
 */
public record ReferenceData(
        List<Ioc> iocs,
        Map<String, String> agencyLevels,
        Map<String, Role> agencyRoles,
        Map<String, Integer> flagRiskTiers,
        Map<String, List<String>> foreignPortsByRegion,
        Map<String, double[]> seasonsByRegion,
        List<Vessel> fleet) {

    static final String RESOURCE_DIR = "org/iocmetrics/generate/reference/";
    // columns of the generator's own reference files (see data-samples/README.md)
    static final String ANNUAL_VISITS = "annual_visits";
    static final String PORT_CLASS = "port_class";
    static final String PSC_RISK_TIER = "psc_risk_tier";
    static final String PRIOR_DETENTIONS = "prior_detentions";
    static final String REGION = "region";
    static final String BORDER_ZONE = "border_zone";
    static final String ROLES = "roles";
    static final String ACTS_ALONE = "acts_alone";
    static final String TRADE_REGIONS = "trade_regions";

    /**
     * An IOC: its zone, trading region, whether it lies on a border or migrant route, ports (busiest first)
     * and the agencies that take part in it.
     */
    public record Ioc(int index, String id, ZoneId zone, String region, boolean borderZone, List<Port> ports,
                      List<String> agencies) {
        /** Short code used inside generated ids, e.g. NYC for IOC-NYC. */
        String code() {
            return id.substring(id.indexOf('-') + 1);
        }

        double annualVisits() {
            return ports.stream().mapToDouble(Port::annualVisits).sum();
        }
    }

    /**
     * What an agency may do: operation types and {@link #SCREEN} (targeting decisions); one that does not act
     * alone appears only inside joint operations.
     */
    public record Role(Set<String> allowed, boolean actsAlone) {
        static final String SCREEN = "SCREEN";

        boolean may(String what) {
            return allowed.contains(what);
        }
    }

    /** A port and its traffic: arrivals a year at scale 1, class C coastal, L Great Lakes, I inland. */
    public record Port(String code, String iocId, double annualVisits, char portClass) {}

    public record Vessel(String imo, String mmsi, String name, String type, String flag, long grossTonnage,
                         int priorDetentions) {
        boolean usFlag() {
            return "US".equals(flag);
        }
    }

    /** Loads the reference data packaged with the application. */
    public static ReferenceData load() {
        Map<String, List<Port>> portsByIoc = new HashMap<>();
        Map<String, Map<String, String>> traffic = new HashMap<>();
        for (Map<String, String> t : read("port-traffic.csv")) {
            traffic.put(t.get(PORT_CODE), t);
        }
        for (Map<String, String> p : read(Source.PORTS.location())) {
            Map<String, String> t = traffic.get(p.get(PORT_CODE));
            portsByIoc.computeIfAbsent(p.get(IOC_ID), k -> new ArrayList<>()).add(new Port(p.get(PORT_CODE),
                    p.get(IOC_ID), Double.parseDouble(t.get(ANNUAL_VISITS)), t.get(PORT_CLASS).charAt(0)));
        }
        Map<String, Map<String, String>> regions = new HashMap<>();
        read("regions.csv").forEach(r -> regions.put(r.get(IOC_ID), r));
        Map<String, List<String>> participants = new HashMap<>();
        for (Map<String, String> p : read("ioc-participants.csv")) {
            participants.computeIfAbsent(p.get(IOC_ID), k -> new ArrayList<>()).add(p.get(AGENCY_ID));
        }
        List<Ioc> iocs = new ArrayList<>();
        for (Map<String, String> i : read(Source.IOCS.location())) {
            List<Port> ports = new ArrayList<>(portsByIoc.getOrDefault(i.get(IOC_ID), List.of()));
            ports.sort(Comparator.comparingDouble(Port::annualVisits).reversed().thenComparing(Port::code));
            Map<String, String> region = regions.get(i.get(IOC_ID));
            iocs.add(new Ioc(iocs.size(), i.get(IOC_ID), ZoneId.of(i.get(TIME_ZONE)), region.get(REGION),
                    Boolean.parseBoolean(region.get(BORDER_ZONE)), List.copyOf(ports),
                    List.copyOf(participants.getOrDefault(i.get(IOC_ID), List.of()))));
        }
        Map<String, String> levels = new LinkedHashMap<>();
        for (Map<String, String> a : read(Source.AGENCIES.location())) {
            levels.put(a.get(AGENCY_ID), a.get(LEVEL));
        }
        Map<String, Integer> tiers = new HashMap<>();
        for (Map<String, String> f : read("flags.csv")) {
            tiers.put(f.get(FLAG_STATE), Integer.parseInt(f.get(PSC_RISK_TIER)));
        }
        Map<String, Role> roles = new HashMap<>();
        for (Map<String, String> r : read("agency-roles.csv")) {
            roles.put(r.get(AGENCY_ID), new Role(Set.of(r.get(ROLES).isEmpty() ? new String[0] : r.get(ROLES).split(" ")),
                    Boolean.parseBoolean(r.get(ACTS_ALONE))));
        }
        Map<String, List<String>> foreignPorts = new HashMap<>();
        for (Map<String, String> f : read("foreign-ports.csv")) {
            for (String region : f.get(TRADE_REGIONS).split(" ")) {
                foreignPorts.computeIfAbsent(region, k -> new ArrayList<>()).add(f.get(PORT_CODE));
            }
        }
        Map<String, double[]> seasons = new HashMap<>();
        for (Map<String, String> s : read("seasons.csv")) {
            seasons.put(s.get(REGION), IntStream.rangeClosed(1, 12)
                    .mapToDouble(m -> Double.parseDouble(s.get(String.format(Locale.ROOT, "m%02d", m)))).toArray());
        }
        List<Vessel> fleet = read("vessel-fleet.csv").stream().map(v -> new Vessel(v.get(IMO_NUMBER), v.get(MMSI),
                v.get(VESSEL_NAME), v.get(VESSEL_TYPE), v.get(FLAG_STATE), Long.parseLong(v.get(GROSS_TONNAGE)),
                Integer.parseInt(v.get(PRIOR_DETENTIONS)))).toList();
        return new ReferenceData(List.copyOf(iocs), levels, roles, tiers, foreignPorts, seasons, fleet);
    }

    /** A reference file's bytes, to copy into a drop unchanged. */
    static byte[] bytes(String file) {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> read(String file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            List<String> header = CsvLine.parse(reader.readLine());
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> values = CsvLine.parse(line);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), values.get(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        String name = RESOURCE_DIR + file.substring(file.lastIndexOf('/') + 1);
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("reference file missing from the class path: " + name);
        }
        return in;
    }

    /** Agencies taking part in an IOC that may do this (an operation type or {@link Role#SCREEN}). */
    List<String> mayDo(Ioc ioc, String what) {
        return ioc.agencies().stream().filter(a -> agencyRoles.get(a).may(what)).toList();
    }

    Role role(String agency) {
        return agencyRoles.get(agency);
    }
}
