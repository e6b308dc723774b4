package org.iocmetrics.distribution;

import java.util.List;

/** The schedules file, validated: who gets failure notices, the sender, and the schedules. */
record Schedules(String owner, String from, List<Schedule> schedules) {}
