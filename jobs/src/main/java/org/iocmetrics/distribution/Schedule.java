package org.iocmetrics.distribution;

import com.cronutils.model.Cron;
import java.time.ZoneId;
import java.util.List;

/** One schedule of the schedules file, validated. */
record Schedule(String id, Cron cron, ZoneId zone, PeriodRule period, List<ReportKind> reports, int catchUp,
                List<Recipient> recipients) {}
