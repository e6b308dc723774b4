package org.iocmetrics.reports;

/**
 * One cell of the agency-pair matrix: the duplicated arrivals that both agencies boarded, with the
 * heat colour (#RRGGBB) of the cell. The matrix is symmetric: each pair appears in both orders.
 */
public record AgencyPairCell(String rowAgency, String columnAgency, int arrivals, String color) {}
