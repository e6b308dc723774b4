#!/usr/bin/env python3
"""Derives data-samples/reference/ from the public data in shared/real-data (python3 stdlib only).

    python3 data-samples/tools/build_reference.py REAL_DATA_DIR [OUT_DIR]

REAL_DATA_DIR is the folder holding unlocode/, usace-bts-us-ports/, nais-2022-port-visits/,
marad-us-flag-fleet/, itu-mid-flag-states/ and uscg-navcen-cotp-port-status/. The curated tables
below (which IOC holds which port, which agencies take part where, flag shares) are checked
against those files: every port code must exist in UN/LOCODE, every MID must belong to its flag in
the ITU table, every IOC's zone must be a NAVCEN COTP zone with the same district. The synthetic
part of the fleet uses a fixed seed, so a rerun writes the same bytes.
"""
import csv
import gzip
import math
import os
import random
import re
import sys
from collections import defaultdict

# ioc_id, NAVCEN COTP zone, display zone name, district (legacy numbering, as NAVCEN's sector ids), IANA zone
IOCS = [
    ("IOC-BOS", "BOSTON", "Boston", "D1", "America/New_York"),
    ("IOC-PME", "NORTHERN NEW ENGLAND (PORTLAND, MAINE)", "Northern New England", "D1", "America/New_York"),
    ("IOC-PVD", "SOUTHEASTERN NEW ENGLAND (PROVIDENCE)", "Southeastern New England", "D1", "America/New_York"),
    ("IOC-LIS", "LONG ISLAND SOUND", "Long Island Sound", "D1", "America/New_York"),
    ("IOC-NYC", "NEW YORK", "New York", "D1", "America/New_York"),
    ("IOC-PHL", "DELAWARE BAY", "Delaware Bay", "D5", "America/New_York"),
    ("IOC-BAL", "MARYLAND-NCR", "Maryland-National Capital Region", "D5", "America/New_York"),
    ("IOC-ORF", "VIRGINIA", "Virginia", "D5", "America/New_York"),
    ("IOC-ILM", "NORTH CAROLINA", "North Carolina", "D5", "America/New_York"),
    ("IOC-CHS", "CHARLESTON", "Charleston", "D7", "America/New_York"),
    ("IOC-SAV", "SAVANNAH", "Savannah", "D7", "America/New_York"),
    ("IOC-JAX", "JACKSONVILLE", "Jacksonville", "D7", "America/New_York"),
    ("IOC-MIA", "MIAMI", "Miami", "D7", "America/New_York"),
    ("IOC-EYW", "KEY WEST", "Key West", "D7", "America/New_York"),
    ("IOC-TPA", "ST. PETERSBURG", "St. Petersburg", "D7", "America/New_York"),
    ("IOC-SJU", "SAN JUAN", "San Juan", "D7", "America/Puerto_Rico"),
    ("IOC-MOB", "MOBILE", "Mobile", "D8", "America/Chicago"),
    ("IOC-MSY", "NEW ORLEANS", "New Orleans", "D8", "America/Chicago"),
    ("IOC-HUM", "HOUMA", "Houma", "D8", "America/Chicago"),
    ("IOC-PTA", "PORT ARTHUR AND LAKE CHARLES", "Port Arthur and Lake Charles", "D8", "America/Chicago"),
    ("IOC-HOU", "HOUSTON-GALVESTON", "Houston-Galveston", "D8", "America/Chicago"),
    ("IOC-CRP", "CORPUS CHRISTI", "Corpus Christi", "D8", "America/Chicago"),
    ("IOC-MEM", "LOWER MISSISSIPPI RIVER (MEMPHIS)", "Lower Mississippi River", "D8", "America/Chicago"),
    ("IOC-STL", "UPPER MISSISSIPPI RIVER (ST. LOUIS)", "Upper Mississippi River", "D8", "America/Chicago"),
    ("IOC-SDF", "OHIO VALLEY", "Ohio Valley", "D8", "America/Kentucky/Louisville"),
    ("IOC-PIT", "PITTSBURGH", "Pittsburgh", "D8", "America/New_York"),
    ("IOC-BUF", "EASTERN GREAT LAKES", "Eastern Great Lakes", "D9", "America/New_York"),
    ("IOC-DET", "DETROIT", "Detroit", "D9", "America/Detroit"),
    ("IOC-MKE", "LAKE MICHIGAN", "Lake Michigan", "D9", "America/Chicago"),
    ("IOC-SSM", "NORTHERN GREAT LAKES", "Northern Great Lakes", "D9", "America/Detroit"),
    ("IOC-DLH", "DULUTH", "Duluth", "D9", "America/Chicago"),
    ("IOC-SAN", "SAN DIEGO", "San Diego", "D11", "America/Los_Angeles"),
    ("IOC-LAX", "LOS ANGELES-LONG BEACH", "Los Angeles-Long Beach", "D11", "America/Los_Angeles"),
    ("IOC-SFO", "SAN FRANCISCO", "San Francisco", "D11", "America/Los_Angeles"),
    ("IOC-PDX", "COLUMBIA RIVER", "Columbia River", "D13", "America/Los_Angeles"),
    ("IOC-SEA", "SEATTLE (PUGET SOUND)", "Puget Sound", "D13", "America/Los_Angeles"),
    ("IOC-HNL", "HONOLULU", "Honolulu", "D14", "Pacific/Honolulu"),
    ("IOC-GUM", "GUAM", "Guam", "D14", "Pacific/Guam"),
    ("IOC-ANC", "WESTERN ALASKA (ANCHORAGE)", "Western Alaska", "D17", "America/Anchorage"),
    ("IOC-VDZ", "PRINCE WILLIAM SOUND (VALDEZ)", "Prince William Sound", "D17", "America/Anchorage"),
    ("IOC-JNU", "SEAK - SOUTHEAST ALASKA (JUNEAU)", "Southeast Alaska", "D17", "America/Juneau"),
]
RIVER_IOCS = {"IOC-MEM", "IOC-STL", "IOC-SDF", "IOC-PIT"}
LAKE_IOCS = {"IOC-BUF", "IOC-DET", "IOC-MKE", "IOC-SSM", "IOC-DLH"}
# trading region of each IOC: seasons, domestic last ports and foreign trading partners follow it
REGIONS = {
    "NORTH_ATLANTIC": ["IOC-BOS", "IOC-PME", "IOC-PVD", "IOC-LIS", "IOC-NYC", "IOC-PHL", "IOC-BAL", "IOC-ORF", "IOC-ILM"],
    "SOUTH_ATLANTIC": ["IOC-CHS", "IOC-SAV", "IOC-JAX", "IOC-MIA", "IOC-EYW", "IOC-TPA"],
    "CARIBBEAN": ["IOC-SJU"],
    "GULF": ["IOC-MOB", "IOC-MSY", "IOC-HUM", "IOC-PTA", "IOC-HOU", "IOC-CRP"],
    "RIVERS": sorted(RIVER_IOCS),
    "GREAT_LAKES": sorted(LAKE_IOCS),
    "PACIFIC": ["IOC-SAN", "IOC-LAX", "IOC-SFO", "IOC-PDX", "IOC-SEA"],
    "PACIFIC_ISLANDS": ["IOC-HNL", "IOC-GUM"],
    "ALASKA": ["IOC-ANC", "IOC-VDZ", "IOC-JNU"],
}
# zones on a sea or lake border with Mexico or Canada or on a migrant route: patrolled beyond their traffic
BORDER_IOCS = {"IOC-SAN", "IOC-CRP", "IOC-MIA", "IOC-EYW", "IOC-SJU", "IOC-SEA", "IOC-DET", "IOC-BUF"}
# monthly traffic factors (Jan..Dec) for regions the 2022 visit counts do not cover or cover too thinly
ASSUMED_SEASONS = {
    # Alaska: winter ice and darkness, summer cruise and fishing seasons
    "ALASKA": [0.55, 0.55, 0.65, 0.85, 1.15, 1.4, 1.5, 1.45, 1.25, 0.95, 0.7, 0.6],
}
# foreign last ports each region trades with (every foreign port must have at least one region)
TRADE = {
    "NORTH_ATLANTIC": ["NLRTM", "BEANR", "DEHAM", "DEBRV", "GBFXT", "ESALG", "ESVLC", "CAHAL", "BSNAS", "JMKIN",
                       "COCTG", "BRSSZ", "AEJEA", "INNSA", "SAJED", "TRIST", "NGLOS", "DOHAI", "PAONX", "SGSIN"],
    "SOUTH_ATLANTIC": ["NLRTM", "BEANR", "DEHAM", "DEBRV", "ESALG", "ESVLC", "BSNAS", "JMKIN", "COCTG", "BRSSZ",
                       "DOHAI", "HNPCR", "PAONX", "CAHAL", "TRIST", "INNSA"],
    "CARIBBEAN": ["DOHAI", "JMKIN", "BSNAS", "COCTG", "PAONX", "ESALG", "BRSSZ"],
    "GULF": ["MXVER", "COCTG", "PAONX", "PABLB", "HNPCR", "BRSSZ", "NLRTM", "BEANR", "ESALG", "DEHAM", "JMKIN",
             "BSNAS", "NGLOS", "SAJED", "AEJEA", "CLSAI", "PECLL", "DOHAI"],
    "RIVERS": [],
    "GREAT_LAKES": ["CAMTR", "CAHAL", "NLRTM", "BEANR", "DEHAM", "DEBRV"],
    "PACIFIC": ["CNSHA", "CNNGB", "CNYTN", "CNTAO", "KRPUS", "JPTYO", "JPYOK", "SGSIN", "HKHKG", "TWKHH", "VNSGN",
                "CAVAN", "MXZLO", "PABLB", "GTPRQ", "CLSAI", "PECLL", "NZAKL"],
    "PACIFIC_ISLANDS": ["JPTYO", "JPYOK", "KRPUS", "CNSHA", "TWKHH", "HKHKG", "SGSIN", "NZAKL", "CAVAN"],
    "ALASKA": ["CAVAN", "KRPUS", "JPYOK", "JPTYO", "CNSHA", "CNTAO"],
}

# UN/LOCODE -> USACE/WCSC principal port code ("" when the port is not a principal port)
PORTS = {
    "IOC-BOS": [("USBOS", "149"), ("USSLM", ""), ("USGLO", "")],
    "IOC-PME": [("USPWM", "128"), ("USPSM", "135"), ("USSRP", "112"), ("USBHB", "")],
    "IOC-PVD": [("USPVD", "191"), ("USFAV", ""), ("USNBD", "")],
    "IOC-LIS": [("USHVN", "1507"), ("USBDR", "311"), ("USNLO", ""), ("USPTJ", "522")],
    "IOC-NYC": [("USNYC", "398"), ("USEWR", ""), ("USALB", "505")],
    "IOC-PHL": [("USPHL", "552"), ("USPAU", "550"), ("USILG", "554"), ("USCDE", "")],
    "IOC-BAL": [("USBAL", "700"), ("USWAS", "")],
    "IOC-ORF": [("USORF", "5700"), ("USNNS", ""), ("USRIC", "737")],
    "IOC-ILM": [("USILM", "766"), ("USMRH", "764")],
    "IOC-CHS": [("USCHS", "773"), ("USGGE", "")],
    "IOC-SAV": [("USSAV", "776"), ("USSSI", "780")],
    "IOC-JAX": [("USJAX", "2017"), ("USPCV", "2160"), ("USFEB", "")],
    "IOC-MIA": [("USMIA", "2164"), ("USPEF", "1911"), ("USPBI", "2162")],
    "IOC-EYW": [("USEYW", "")],
    "IOC-TPA": [("USTPA", "2021"), ("USPME", "2023"), ("USPIE", "")],
    "IOC-SJU": [("PRSJU", "1913"), ("PRPSE", "2151"), ("PRPYA", "2220"), ("PRGUY", ""), ("VISTT", ""), ("VILIB", "")],
    "IOC-MOB": [("USMOB", "2032"), ("USPGL", "2004"), ("USGPT", "2083"), ("USPFN", "2016")],
    "IOC-MSY": [("USMSY", "2251"), ("USGRY", "2253"), ("USBTR", "2252"), ("USCLQ", "")],
    "IOC-HUM": [("USFOC", "1910"), ("USHUM", "2224"), ("USLMO", ""), ("USARA", "2030")],
    "IOC-PTA": [("USPOA", "2416"), ("USBPT", "2393"), ("USLCH", "2248"), ("USSAB", "2397"), ("USORG", "2398")],
    "IOC-HOU": [("USHOU", "2031"), ("USGLS", "2417"), ("USTXT", "2428"), ("USFPO", "2408")],
    "IOC-CRP": [("USCRP", "2423"), ("USBRO", "2420"), ("USPLV", "2427"), ("USVCT", "2399")],
    "IOC-MEM": [("USMEM", "2294"), ("USVKS", "2276"), ("USGLH", "2271")],
    "IOC-STL": [("USSTL", "2367"), ("USSTP", "2320"), ("USMKC", "2385")],
    "IOC-SDF": [("USLUI", "2333"), ("USCVG", "2338"), ("USBNA", "2370"), ("USPAH", "2302"),
                ("USHNU", "2348"), ("USCHA", "2372"), ("USPKB", "2366")],
    "IOC-PIT": [("USPIT", "2358")],
    "IOC-BUF": [("USBUF", ""), ("USCLE", "3217"), ("USASF", "3219"), ("USCDY", "3227"), ("USLOR", "3216"), ("USOSW", "")],
    "IOC-DET": [("USDET", "3321"), ("USTOL", "3204"), ("USMOI", "3202"), ("USHD9", "3212")],
    "IOC-MKE": [("USMKE", "3756"), ("USCHI", "3749"), ("USBNB", "3743"), ("USGYY", ""), ("USGRB", "3778"),
                ("USMKG", "3725"), ("USGHN", "3728")],
    "IOC-SSM": [("USSSM", ""), ("USMQT", "3841"), ("USAPN", "3617"), ("USRCY", "3635")],
    "IOC-DLH": [("USDLH", "3924"), ("USSUW", ""), ("USTHB", "3926"), ("USSIB", "3928")],
    "IOC-SAN": [("USSAN", "4100")],
    "IOC-LAX": [("USLAX", "4120"), ("USLGB", "4110"), ("USNTD", "4150")],
    "IOC-SFO": [("USSFO", "4335"), ("USOAK", "4344"), ("USRCH", "4350"), ("USSCK", "4270"), ("USRWC", "4340"),
                ("USSAC", "4240")],
    "IOC-PDX": [("USPDX", "4644"), ("USVAN", "4636"), ("USLOG", "4622"), ("USKAM", "4626"), ("USAST", ""),
                ("USCOB", "4660"), ("USGHR", "4702")],
    "IOC-SEA": [("USSEA", "4722"), ("USTIW", "4720"), ("USPAE", "4725"), ("USOTS", "4730"), ("USCLM", "")],
    "IOC-HNL": [("USHNL", "4420"), ("USOGG", "4410"), ("USITO", "4400"), ("USNIJ", "4431"), ("USKWH", "4405")],
    "IOC-GUM": [("GUAPR", ""), ("MPSPN", "")],
    "IOC-ANC": [("USANC", "4820"), ("USNIK", "4831"), ("USDUT", "4947"), ("USADQ", ""), ("USKVL", "4978")],
    "IOC-VDZ": [("USVDZ", "4816"), ("USCDV", ""), ("USWQF", "")],
    "IOC-JNU": [("USJNU", ""), ("USKTN", ""), ("USSIT", ""), ("USSGY", "")],
}

FEDERAL = [
    ("USCG", "U.S. Coast Guard"),
    ("CBP", "U.S. Customs and Border Protection, Office of Field Operations"),
    ("CBP-AMO", "U.S. Customs and Border Protection, Air and Marine Operations"),
    ("HSI", "Homeland Security Investigations"),
    ("TSA", "Transportation Security Administration"),
    ("FBI", "Federal Bureau of Investigation"),
]
FEDERAL_IDS = [a for a, _ in FEDERAL]
# What each kind of agency may do (operation types, SCREEN for targeting decisions) and whether it ever acts
# alone; an agency that never acts alone only appears inside joint operations led by the Coast Guard or CBP.
ROLES = {
    "USCG": ("SCREEN SECURITY_BOARDING VESSEL_ESCORT HARBOR_PATROL AERIAL_PATROL FACILITY_INSPECTION", True),
    "CBP": ("SCREEN CARGO_EXAM SECURITY_BOARDING SHORESIDE_PATROL", True),
    "CBP-AMO": ("HARBOR_PATROL AERIAL_PATROL", True),
    "HSI": ("SCREEN SECURITY_BOARDING CARGO_EXAM", False),
    "TSA": ("SHORESIDE_PATROL FACILITY_INSPECTION", False),
    "FBI": ("SCREEN SECURITY_BOARDING", False),
    "NOAA-OLE": ("SCREEN HARBOR_PATROL", True),
    "ALYESKA-SERVS": ("VESSEL_ESCORT", True),
    "PUGET-SOUND-PILOTS": ("", False),
    "MX-SOCAL": ("", False),
}
LEVEL_ROLES = {  # law enforcement partners: patrol and escort on their own, board only with the Coast Guard
    "STATE": ("HARBOR_PATROL SHORESIDE_PATROL VESSEL_ESCORT SECURITY_BOARDING", True),
    "LOCAL": ("HARBOR_PATROL SHORESIDE_PATROL VESSEL_ESCORT SECURITY_BOARDING", True),
    "TRIBAL": ("HARBOR_PATROL SHORESIDE_PATROL", True),
    "TERRITORIAL": ("HARBOR_PATROL SHORESIDE_PATROL VESSEL_ESCORT SECURITY_BOARDING", True),
    "INTERNATIONAL": ("HARBOR_PATROL", False),  # Shiprider and SEMAR liaison: joint by design
}
# agency_id, name, level, the IOCs whose zone it works in
PARTNERS = [
    ("NOAA-OLE", "NOAA Office of Law Enforcement", "FEDERAL", ["IOC-BOS", "IOC-PME", "IOC-HNL", "IOC-ANC", "IOC-JNU", "IOC-SEA"]),
    ("MA-EPO", "Massachusetts Environmental Police", "STATE", ["IOC-BOS", "IOC-PVD"]),
    ("ME-MARINE-PATROL", "Maine Marine Patrol", "STATE", ["IOC-PME"]),
    ("RI-DEM-LE", "Rhode Island DEM Division of Law Enforcement", "STATE", ["IOC-PVD"]),
    ("CT-DEEP-EnCon", "Connecticut DEEP Environmental Conservation Police", "STATE", ["IOC-LIS"]),
    ("NYSP-MARINE", "New York State Police Marine Detail", "STATE", ["IOC-NYC", "IOC-LIS", "IOC-BUF"]),
    ("NJSP-MARINE", "New Jersey State Police Marine Services Bureau", "STATE", ["IOC-NYC", "IOC-PHL"]),
    ("NYPD-HARBOR", "New York City Police Department Harbor Unit", "LOCAL", ["IOC-NYC"]),
    ("PAPD", "Port Authority of New York and New Jersey Police", "LOCAL", ["IOC-NYC"]),
    ("PSP-MARINE", "Pennsylvania State Police", "STATE", ["IOC-PHL", "IOC-PIT"]),
    ("PHL-PD-MARINE", "Philadelphia Police Marine Unit", "LOCAL", ["IOC-PHL"]),
    ("MD-NRP", "Maryland Natural Resources Police", "STATE", ["IOC-BAL"]),
    ("MDTA-POLICE", "Maryland Transportation Authority Police (Port of Baltimore)", "STATE", ["IOC-BAL"]),
    ("VA-MRC-LE", "Virginia Marine Resources Commission Law Enforcement", "STATE", ["IOC-ORF"]),
    ("VPA-POLICE", "Virginia Port Authority Police", "STATE", ["IOC-ORF"]),
    ("NC-WRC", "North Carolina Wildlife Resources Commission", "STATE", ["IOC-ILM"]),
    ("SC-DNR-LE", "South Carolina DNR Law Enforcement", "STATE", ["IOC-CHS"]),
    ("SCSPA-POLICE", "South Carolina Ports Authority Police", "STATE", ["IOC-CHS"]),
    ("GA-DNR-LE", "Georgia DNR Law Enforcement", "STATE", ["IOC-SAV"]),
    ("GPA-POLICE", "Georgia Ports Authority Police", "STATE", ["IOC-SAV"]),
    ("FWC", "Florida Fish and Wildlife Conservation Commission", "STATE", ["IOC-JAX", "IOC-MIA", "IOC-EYW", "IOC-TPA", "IOC-MOB"]),
    ("JSO-MARINE", "Jacksonville Sheriff's Office Marine Unit", "LOCAL", ["IOC-JAX"]),
    ("MDPD-MARINE", "Miami-Dade Police Marine Patrol", "LOCAL", ["IOC-MIA"]),
    ("BSO-MARINE", "Broward Sheriff's Office Marine Unit", "LOCAL", ["IOC-MIA"]),
    ("MCSO-MARINE", "Monroe County Sheriff's Office Marine Unit", "LOCAL", ["IOC-EYW"]),
    ("HCSO-MARINE", "Hillsborough County Sheriff's Office Marine Unit", "LOCAL", ["IOC-TPA"]),
    ("SEMINOLE-PD", "Seminole Police Department", "TRIBAL", ["IOC-MIA"]),
    ("PR-FURA", "Puerto Rico Police Bureau, FURA maritime unit", "TERRITORIAL", ["IOC-SJU"]),
    ("VIPD-MARINE", "Virgin Islands Police Department Marine Unit", "TERRITORIAL", ["IOC-SJU"]),
    ("PRPA", "Puerto Rico Ports Authority", "TERRITORIAL", ["IOC-SJU"]),
    ("AL-MARINE-PATROL", "Alabama Law Enforcement Agency Marine Patrol", "STATE", ["IOC-MOB"]),
    ("MDMR-LE", "Mississippi Department of Marine Resources Marine Patrol", "STATE", ["IOC-MOB"]),
    ("LDWF-LE", "Louisiana Department of Wildlife and Fisheries Enforcement", "STATE", ["IOC-MSY", "IOC-HUM", "IOC-PTA"]),
    ("HPNO", "Harbor Police Department, Port of New Orleans", "LOCAL", ["IOC-MSY"]),
    ("LAFOURCHE-SO", "Lafourche Parish Sheriff's Office", "LOCAL", ["IOC-HUM"]),
    ("TPWD-LE", "Texas Parks and Wildlife Game Wardens", "STATE", ["IOC-PTA", "IOC-HOU", "IOC-CRP"]),
    ("PHA-POLICE", "Port Houston Police", "LOCAL", ["IOC-HOU"]),
    ("HCSO-TX-MARINE", "Harris County Sheriff's Office Marine Unit", "LOCAL", ["IOC-HOU"]),
    ("PCCA-POLICE", "Port of Corpus Christi Police", "LOCAL", ["IOC-CRP"]),
    ("SEMAR", "Secretaria de Marina (Mexican Navy)", "INTERNATIONAL", ["IOC-CRP", "IOC-SAN"]),
    ("TWRA", "Tennessee Wildlife Resources Agency", "STATE", ["IOC-MEM", "IOC-SDF"]),
    ("MO-MSHP-WATER", "Missouri State Highway Patrol Water Patrol", "STATE", ["IOC-STL", "IOC-MEM"]),
    ("IL-DNR-CPO", "Illinois DNR Conservation Police", "STATE", ["IOC-STL", "IOC-MKE"]),
    ("KY-FW-LE", "Kentucky Fish and Wildlife Law Enforcement", "STATE", ["IOC-SDF"]),
    ("LMPD-RIVER", "Louisville Metro Police River Patrol", "LOCAL", ["IOC-SDF"]),
    ("ALLEGHENY-PD-RIVER", "Allegheny County Police River Rescue", "LOCAL", ["IOC-PIT"]),
    ("OH-DNR-WATERCRAFT", "Ohio DNR Division of Parks and Watercraft", "STATE", ["IOC-BUF", "IOC-DET", "IOC-PIT"]),
    ("MI-DNR-LE", "Michigan DNR Law Enforcement", "STATE", ["IOC-DET", "IOC-SSM", "IOC-MKE"]),
    ("WI-DNR-LE", "Wisconsin DNR Law Enforcement", "STATE", ["IOC-MKE", "IOC-DLH"]),
    ("MN-DNR-LE", "Minnesota DNR Enforcement", "STATE", ["IOC-DLH", "IOC-STL"]),
    ("CPD-MARINE", "Chicago Police Marine and Helicopter Unit", "LOCAL", ["IOC-MKE"]),
    ("BAY-MILLS-TRIBAL", "Bay Mills Indian Community Conservation", "TRIBAL", ["IOC-SSM"]),
    ("GLIFWC", "Great Lakes Indian Fish and Wildlife Commission", "TRIBAL", ["IOC-DLH", "IOC-SSM"]),
    ("RCMP", "Royal Canadian Mounted Police (Shiprider)", "INTERNATIONAL", ["IOC-BUF", "IOC-DET", "IOC-SSM", "IOC-SEA", "IOC-JNU"]),
    ("CA-CDFW-LE", "California Department of Fish and Wildlife Law Enforcement", "STATE", ["IOC-SAN", "IOC-LAX", "IOC-SFO"]),
    ("SD-HARBOR-POLICE", "San Diego Harbor Police", "LOCAL", ["IOC-SAN"]),
    ("LA-PORT-POLICE", "Los Angeles Port Police", "LOCAL", ["IOC-LAX"]),
    ("LBPD-PORT", "Long Beach Police Port Security Division", "LOCAL", ["IOC-LAX"]),
    ("MX-SOCAL", "Marine Exchange of Southern California", "PRIVATE", ["IOC-LAX"]),
    ("SFPD-MARINE", "San Francisco Police Marine Unit", "LOCAL", ["IOC-SFO"]),
    ("OSP-MARINE", "Oregon State Police Fish and Wildlife", "STATE", ["IOC-PDX"]),
    ("WDFW-LE", "Washington Department of Fish and Wildlife Police", "STATE", ["IOC-PDX", "IOC-SEA"]),
    ("SPD-HARBOR", "Seattle Police Harbor Patrol", "LOCAL", ["IOC-SEA"]),
    ("MAKAH-TRIBAL", "Makah Tribal Police", "TRIBAL", ["IOC-SEA"]),
    ("PUYALLUP-TRIBAL", "Puyallup Tribal Police", "TRIBAL", ["IOC-SEA"]),
    ("PUGET-SOUND-PILOTS", "Puget Sound Pilots", "PRIVATE", ["IOC-SEA"]),
    ("HI-DLNR-DOCARE", "Hawaii DLNR Conservation and Resources Enforcement", "STATE", ["IOC-HNL"]),
    ("HI-DOT-HARBORS", "Hawaii DOT Harbors Division", "STATE", ["IOC-HNL"]),
    ("GPD-MARINE", "Guam Police Department Marine Patrol", "TERRITORIAL", ["IOC-GUM"]),
    ("PAG-POLICE", "Port Authority of Guam Police", "TERRITORIAL", ["IOC-GUM"]),
    ("CNMI-DPS", "CNMI Department of Public Safety Boating Safety", "TERRITORIAL", ["IOC-GUM"]),
    ("AST-ABWE", "Alaska Wildlife Troopers", "STATE", ["IOC-ANC", "IOC-VDZ", "IOC-JNU"]),
    ("ALYESKA-SERVS", "Alyeska Ship Escort/Response Vessel System", "PRIVATE", ["IOC-VDZ"]),
    ("METLAKATLA-TRIBAL", "Metlakatla Indian Community Police", "TRIBAL", ["IOC-JNU"]),
]

# flag ISO alpha-2, ITU name fragment, MIDs, share of foreign-flag calls, PSC risk tier (0 low .. 2 targeted)
FLAGS = [
    ("LR", "Liberia", [636, 637], 0.17, 0), ("PA", "Panama", [351, 352, 353, 354, 355, 356, 357, 370, 371, 372, 373], 0.16, 1),
    ("MH", "Marshall Islands", [538], 0.16, 0), ("BS", "Bahamas", [308, 309, 311], 0.07, 0),
    ("MT", "Malta", [215, 229, 248, 249, 256], 0.06, 0), ("SG", "Singapore", [563, 564, 565, 566], 0.06, 0),
    ("HK", "Hong Kong", [477], 0.06, 0), ("GR", "Greece", [237, 239, 240, 241], 0.03, 0),
    ("NO", "Norway", [257, 258, 259], 0.02, 0), ("CY", "Cyprus", [209, 210, 212], 0.02, 1),
    ("DK", "Denmark", [219, 220], 0.02, 0), ("GB", "United Kingdom", [232, 233, 234, 235], 0.02, 0),
    ("CN", "China", [412, 413, 414], 0.02, 1), ("JP", "Japan", [431, 432], 0.01, 0),
    ("AG", "Antigua", [304, 305], 0.02, 1), ("PT", "Madeira", [255], 0.02, 0),
    ("NL", "Netherlands", [244, 245, 246], 0.01, 0), ("IT", "Italy", [247], 0.01, 0),
    ("CA", "Canada", [316], 0.02, 0), ("MX", "Mexico", [345], 0.01, 1),
    ("BZ", "Belize", [312], 0.005, 2), ("TG", "Togolese", [671], 0.005, 2),
    ("KM", "Comoros", [616], 0.005, 2), ("TZ", "Tanzania", [674, 677], 0.005, 2),
    ("CM", "Cameroon", [613], 0.005, 2), ("PW", "Palau", [511], 0.005, 2),
]
US_MIDS = [338, 366, 367, 368, 369]

# previous ports of call of foreign arrivals
FOREIGN_PORTS = ["CNSHA", "CNNGB", "CNYTN", "CNTAO", "KRPUS", "JPTYO", "JPYOK", "SGSIN", "HKHKG", "TWKHH",
                 "NLRTM", "BEANR", "DEHAM", "DEBRV", "GBFXT", "ESALG", "ESVLC", "PABLB", "PAONX", "MXZLO",
                 "MXVER", "CAVAN", "CAHAL", "CAMTR", "BSNAS", "JMKIN", "COCTG", "BRSSZ", "AEJEA", "INNSA",
                 "SAJED", "TRIST", "VNSGN", "NGLOS", "DOHAI", "HNPCR", "GTPRQ", "CLSAI", "PECLL", "NZAKL"]

PREFIX = ["OCEAN", "PACIFIC", "ATLANTIC", "NORDIC", "GOLDEN", "SILVER", "CAPE", "STAR", "SEA", "MARE",
          "EVER", "MSC", "MAERSK", "CMA CGM", "COSCO", "HYUNDAI", "ONE", "YM", "ZIM", "STOLT", "TORM",
          "NAVIG8", "FRONT", "EAGLE", "BW", "SEAWAYS", "GULF", "ISLAND", "CORAL", "ROYAL", "GRAND"]
SUFFIX = ["PIONEER", "VOYAGER", "SPIRIT", "HARMONY", "FORTUNE", "DAWN", "HORIZON", "GLORY", "PROSPERITY",
          "TRADER", "EXPRESS", "PRIDE", "LEGEND", "JEWEL", "BREEZE", "VENTURE", "QUEST", "ARROW", "FALCON",
          "PHOENIX", "NAVIGATOR", "ENDEAVOUR", "LIBERTY", "UNITY", "TRIUMPH", "AURORA", "ATLAS", "TITAN"]
US_NAMES = ["MISS", "CAPT", "LADY", "BIG", "RIVER", "BAYOU", "DELTA", "NORTHERN", "SOUTHERN", "EASTERN",
            "WESTERN", "CRESCENT", "LIBERTY", "FREEDOM", "EAGLE", "PELICAN", "MARLIN", "OSPREY", "HERON"]
US_SUFFIX = ["BELLE", "JOHN", "MARY", "JANE", "PRIDE", "QUEEN", "KING", "RUNNER", "HUNTER", "STAR",
             "WIND", "TIDE", "CURRENT", "VENTURE", "SPIRIT", "EXPLORER", "PATRIOT", "RANGER", "DREAM"]


def imo_check_digit(six_digits):
    return sum(int(d) * w for d, w in zip(six_digits, range(7, 1, -1))) % 10


def read_csv(path, encoding="utf-8"):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding=encoding, newline="") as f:
        return list(csv.DictReader(f))


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def fail(msg):
    sys.exit("build_reference: " + msg)


def load_unlocode(real):
    codes = {}
    rows = read_csv(os.path.join(real, "unlocode", "unlocode_all_countries_geoapify.csv.gz"), encoding="latin-1")
    for r in rows:
        if r["name"].startswith('"'):
            continue  # mangled by the publisher's CSV writer (see SOURCE.md)
        key = r["country"] + r["location"]
        if key not in codes or (r["function"][:1] == "1" and codes[key]["function"][:1] != "1"):
            codes[key] = r  # a code listed twice: keep its port entry
    return codes


def check_zones(real):
    navcen = read_csv(os.path.join(real, "uscg-navcen-cotp-port-status", "cotp_zone_ports_flat.csv"))
    districts = {}
    for r in navcen:
        m = re.search(r"\((\d\d)-\d+\)", r.get("sector_info") or "")
        if r["cotp_zone"] and m:
            districts[r["cotp_zone"]] = "D" + str(int(m.group(1)))
    zones = {r["cotp_zone"] for r in navcen}
    for ioc, zone, _, district, _ in IOCS:
        if zone not in zones:
            fail(f"{ioc}: {zone} is not a NAVCEN COTP zone")
        if zone in districts and districts[zone] != district:
            fail(f"{ioc}: district {district} but NAVCEN says {districts[zone]}")


def principal_ports(real):
    usace = {r["PORT"]: r for r in read_csv(os.path.join(real, "usace-bts-us-ports", "USACE_Principal_Ports.csv"), "utf-8-sig")}
    visits = defaultdict(list)
    for r in read_csv(os.path.join(real, "nais-2022-port-visits", "usace_principal_ports_monthly_visits.csv")):
        visits[r["PORT_NAME"]].append(int(r["Visit_Count"]))
    return usace, visits


def build_ports(real, out):
    unlocode = load_unlocode(real)
    usace, visits = principal_ports(real)
    # visits per short ton, from the principal ports that have both figures, by port class
    ratios = defaultdict(list)
    for code, r in usace.items():
        v = visits.get(r["PORT_NAME"])
        if v:
            ratios[r["TYPE"]].append(sum(v) * 12 / len(v) / int(r["TOTAL"]))
    per_ton = {t: sorted(x)[len(x) // 2] for t, x in ratios.items()}
    port_rows, traffic_rows = [], []
    for ioc, _, _, _, _ in IOCS:
        port_class = "I" if ioc in RIVER_IOCS else "L" if ioc in LAKE_IOCS else "C"
        for code, usace_code in PORTS[ioc]:
            u = unlocode.get(code)
            if u is None:
                fail(f"{code} is not in UN/LOCODE")
            lat, lon = u["lat"], u["lon"]
            p = usace.get(usace_code) if usace_code else None
            if usace_code and p is None:
                fail(f"{code}: USACE port {usace_code} unknown")
            if p is not None and (u["geocoded"] == "true" or not lat):
                lat, lon = p["LATITUDE1"], p["LONGITUDE1"]  # the port's own point beats a geocoded town centre
            name = u["nameWoDiacritics"] or u["name"]
            port_rows.append([code, name, ioc, f"{float(lat):.4f}", f"{float(lon):.4f}"])
            if p is None:
                annual, basis, rank, tons = 150, "ASSUMED_MINOR", "", ""
            else:
                v = visits.get(p["PORT_NAME"])
                rank, tons, port_class = p["RANK"], p["TOTAL"], p["TYPE"]
                by_tons = max(int(tons) * per_ton[p["TYPE"]], 150)
                if v:
                    # AIS visit counts alone rank tanker and bulk ports low (one call carries much cargo, and the
                    # third party's visit filter is unknown); tonnage alone ranks them too high: take both
                    by_visits = max(sum(v) * 12 / len(v), 150)
                    annual, basis = round(math.sqrt(by_visits * by_tons)), "NAIS_2022_X_USACE_TONNAGE"
                else:
                    annual, basis = round(by_tons), "USACE_TONNAGE"
                annual = max(annual, 150)
            traffic_rows.append([code, annual, basis, rank, tons, port_class])
    write_csv(os.path.join(out, "ports.csv"), ["port_code", "name", "ioc_id", "latitude", "longitude"], port_rows)
    write_csv(os.path.join(out, "port-traffic.csv"),
              ["port_code", "annual_visits", "basis", "usace_rank", "usace_short_tons", "port_class"], traffic_rows)
    return unlocode


def enrolled_inactive(out):
    """The port partners each IOC enrolled that never act: GAO-12-202 found that more than 80 percent of the
    port partners given access to the IOCs' shared system (WatchKeeper) never used it. Each IOC draws its own
    inactive share of port partners (non-federal roster entries) between 0.74 and 0.94 and enrolls as many
    inactive partners as that share asks beside its acting ones, up to the candidates its ports give."""
    ports = defaultdict(list)
    visits = {r["port_code"]: int(r["annual_visits"]) for r in read_csv(os.path.join(out, "port-traffic.csv"))}
    for p in read_csv(os.path.join(out, "ports.csv")):
        ports[p["ioc_id"]].append(p)
    agencies, participants = [], []
    for ioc, _, zone, *_ in IOCS:
        by_traffic = sorted(ports[ioc], key=lambda p: (-visits[p["port_code"]], p["port_code"]))
        main = by_traffic[0]["name"]
        code = ioc.removeprefix("IOC-")
        candidates = [
            (f"{code}-TOWBOAT", f"{zone} Towboat and Harbor Carriers Association", "PRIVATE") if ioc in RIVER_IOCS
            else (f"{code}-PILOTS", f"{zone} Pilots Association", "PRIVATE"),
            (f"{code}-MX", f"Marine Exchange of {zone}", "PRIVATE"),
            (f"{code}-HSC", f"{zone} Harbor Safety Committee", "PRIVATE"),
            (f"{code}-TERMINALS", f"{zone} Marine Terminal Operators Association", "PRIVATE"),
            (f"{code}-MARITIME-ASSN", f"Maritime Association of {zone}", "PRIVATE"),
            (f"{code}-FIRE-MARINE", f"{main} Fire Department Marine Unit", "LOCAL"),
            (f"{code}-OEM", f"{main} Office of Emergency Management", "LOCAL"),
            (f"{code}-PORT-SECURITY", f"Port of {main} Security Department", "LOCAL"),
            (f"{code}-HARBORMASTER", f"{main} Harbor Master's Office", "LOCAL"),
        ] + [(f"{p['port_code']}-PD-MARINE", f"{p['name']} Police Department Marine Unit", "LOCAL")
             for p in by_traffic[1:]] + [(f"{p['port_code']}-FIRE-MARINE", f"{p['name']} Fire Rescue Marine Unit", "LOCAL")
                                         for p in by_traffic[1:]]
        # the real enrolled partners that never act (pilots, an exchange) already hold their place
        present = {a for a, _, _, iocs in PARTNERS if ioc in iocs}
        candidates = [c for c in candidates if not (c[0].endswith("-PILOTS") and "PUGET-SOUND-PILOTS" in present)
                      and not (c[0].endswith("-MX") and "MX-SOCAL" in present)]
        acting = sum(1 for a, _, lvl, iocs in PARTNERS if ioc in iocs and lvl != "FEDERAL" and (ROLES.get(a) or LEVEL_ROLES[lvl])[0])
        idle = sum(1 for a, _, lvl, iocs in PARTNERS if ioc in iocs and lvl != "FEDERAL"
                   and not (ROLES.get(a) or LEVEL_ROLES[lvl])[0])
        rng = random.Random("roster:" + ioc)
        share = rng.uniform(0.74, 0.94)
        wanted = max(2, round(acting * share / (1 - share)) - idle)
        chosen = sorted(rng.sample(range(len(candidates)), min(wanted, len(candidates))))
        for i in chosen:
            agencies.append(candidates[i])
            participants.append([ioc, candidates[i][0]])
    return agencies, participants


def build_agencies(out):
    inactive, inactive_participants = enrolled_inactive(out)
    rows = [[a, n, "FEDERAL"] for a, n in FEDERAL] + [[a, n, lvl] for a, n, lvl, _ in PARTNERS] \
        + [list(a) for a in inactive]
    write_csv(os.path.join(out, "agencies.csv"), ["agency_id", "name", "level"], rows)
    participants = []
    for ioc, *_ in IOCS:
        participants += [[ioc, a] for a in FEDERAL_IDS]
        participants += [[ioc, a] for a, _, _, iocs in PARTNERS if ioc in iocs]
        participants += [p for p in inactive_participants if p[0] == ioc]
    write_csv(os.path.join(out, "ioc-participants.csv"), ["ioc_id", "agency_id"], participants)
    roles = []
    for agency, level in [(a, "FEDERAL") for a in FEDERAL_IDS] + [(a, lvl) for a, _, lvl, _ in PARTNERS]:
        allowed, alone = ROLES.get(agency) or LEVEL_ROLES[level]
        roles.append([agency, allowed, "true" if alone else "false"])
    roles += [[a, "", "false"] for a, _, _ in inactive]  # enrolled, never act
    write_csv(os.path.join(out, "agency-roles.csv"), ["agency_id", "roles", "acts_alone"], roles)


def build_regions(real, out):
    region_of = {ioc: region for region, iocs in REGIONS.items() for ioc in iocs}
    if sorted(region_of) != sorted(i for i, *_ in IOCS):
        fail("every IOC needs exactly one region")
    write_csv(os.path.join(out, "regions.csv"), ["ioc_id", "region", "border_zone"],
              [[i, region_of[i], "true" if i in BORDER_IOCS else "false"] for i, *_ in IOCS])
    # monthly profile of a region: the 2022 visits of its principal ports by month (a missing month is no
    # visit: the file has rows only for months with visits), normalised to a mean of 1
    usace, visits = principal_ports(real)
    monthly = {r: [0] * 12 for r in REGIONS}
    by_name = {p["PORT_NAME"]: p for p in usace.values()}
    port_ioc = {u: ioc for ioc, ports in PORTS.items() for _, u in ports if u}
    for r in read_csv(os.path.join(real, "nais-2022-port-visits", "usace_principal_ports_monthly_visits.csv")):
        ioc = port_ioc.get(by_name[r["PORT_NAME"]]["PORT"]) if r["PORT_NAME"] in by_name else None
        if ioc:
            monthly[region_of[ioc]][int(r["Month"][5:]) - 1] += int(r["Visit_Count"])
    rows = []
    for region in REGIONS:
        counts = monthly[region]
        if region in ASSUMED_SEASONS:
            factors, basis = ASSUMED_SEASONS[region], "ASSUMED"
        elif sum(counts) >= 600:
            factors, basis = [12 * c / sum(counts) for c in counts], "NAIS_2022_MONTHLY"
        else:
            factors, basis = [1.0] * 12, "FLAT"
        rows.append([region] + [f"{f:.2f}" for f in factors] + [basis, sum(counts)])
    write_csv(os.path.join(out, "seasons.csv"),
              ["region"] + [f"m{m:02d}" for m in range(1, 13)] + ["basis", "visits_2022"], rows)


def build_flags(real, out, unlocode):
    itu = defaultdict(list)
    for r in read_csv(os.path.join(real, "itu-mid-flag-states", "MaritimeIdentificationDigits.csv")):
        itu[int(r["MID"])].append(r["Allocated_to"])
    for iso, fragment, mids, _, _ in FLAGS + [("US", "United States", US_MIDS, 0, 0)]:
        for mid in mids:
            if not any(fragment in name for name in itu.get(mid, [])):
                fail(f"MID {mid} is not {fragment} in the ITU table")
    rows = [[iso, " ".join(map(str, mids)), f"{share:.3f}", tier] for iso, _, mids, share, tier in FLAGS]
    rows.append(["US", " ".join(map(str, US_MIDS)), "0.000", 0])
    write_csv(os.path.join(out, "flags.csv"), ["flag_state", "mids", "foreign_call_share", "psc_risk_tier"], rows)
    missing = [c for c in FOREIGN_PORTS if c not in unlocode]
    if missing:
        fail(f"foreign ports not in UN/LOCODE: {missing}")
    untraded = [c for c in FOREIGN_PORTS if not any(c in ports for ports in TRADE.values())]
    if untraded or any(c not in FOREIGN_PORTS for ports in TRADE.values() for c in ports):
        fail(f"every foreign port trades with a region, and only those: {untraded}")
    write_csv(os.path.join(out, "foreign-ports.csv"), ["port_code", "name", "trade_regions"],
              [[c, unlocode[c]["nameWoDiacritics"] or unlocode[c]["name"],
                " ".join(r for r in REGIONS if c in TRADE[r])] for c in FOREIGN_PORTS])


def build_fleet(real, out):
    rng = random.Random(20260930)
    rows, used_imo, used_mmsi = [], set(), set()

    def mmsi(mids):
        while True:
            m = f"{rng.choice(mids)}{rng.randrange(1000000):06d}"
            if m not in used_mmsi:
                used_mmsi.add(m)
                return m

    def imo():
        while True:
            six = f"{rng.randrange(900000, 980000)}"
            number = six + str(imo_check_digit(six))
            if number not in used_imo:
                used_imo.add(number)
                return number

    def history(tier):
        return rng.choices([0, 1, 2, 3], weights=[88 - 12 * tier, 8 + 6 * tier, 3 + 4 * tier, 1 + 2 * tier])[0]

    for r in read_csv(os.path.join(real, "marad-us-flag-fleet", "DS_USFlag-Fleet_2023_04_10a.csv")):
        number = r["IMO NUMBER"].strip()
        if imo_check_digit(number[:6]) != int(number[6]):
            fail(f"MARAD IMO {number} has a bad check digit")
        used_imo.add(number)
        vtype = "TANKER" if r["Ship Type"] == "Tanker" else "CARGO"
        rows.append([number, mmsi(US_MIDS), r["Vessel Name"].strip(), vtype, "US",
                     int(r["Gross Tons"].replace(",", "")), history(0), "MARAD"])
    names = set()

    def name(prefixes, suffixes):
        while True:
            n = f"{rng.choice(prefixes)} {rng.choice(suffixes)}"
            if n in names:
                n += f" {rng.choice('IVX')}{rng.randrange(1, 9)}"
            if n not in names:
                names.add(n)
                return n

    flag_weights = [f[3] for f in FLAGS]
    for _ in range(2600):
        iso, _, mids, _, tier = rng.choices(FLAGS, weights=flag_weights)[0]
        vtype = rng.choices(["CARGO", "TANKER", "PASSENGER"], weights=[62, 30, 8])[0]
        gt = {"CARGO": (8000, 120000), "TANKER": (5000, 160000), "PASSENGER": (20000, 170000)}[vtype]
        rows.append([imo(), mmsi(mids), name(PREFIX, SUFFIX), vtype, iso, rng.randrange(*gt), history(tier), "SYNTHETIC"])
    domestic = [("TUG_TOW", 40, (100, 1500), 0.5), ("FISHING", 22, (50, 2000), 0.3),
                ("PASSENGER", 10, (90, 3000), 0.4), ("RECREATIONAL", 10, (20, 400), 0.0),
                ("GOVERNMENT", 6, (200, 4000), 0.6), ("OTHER", 12, (100, 8000), 0.5)]
    for _ in range(1400):
        vtype, _, gt, imo_share = rng.choices(domestic, weights=[d[1] for d in domestic])[0]
        tonnage = rng.randrange(*gt)
        rows.append([imo() if rng.random() < imo_share else "", mmsi(US_MIDS), name(US_NAMES, US_SUFFIX), vtype, "US",
                     tonnage, history(0), "SYNTHETIC"])
    write_csv(os.path.join(out, "vessel-fleet.csv"),
              ["imo_number", "mmsi", "vessel_name", "vessel_type", "flag_state", "gross_tonnage", "prior_detentions",
               "origin"], rows)


def main():
    if len(sys.argv) < 2:
        fail("usage: build_reference.py REAL_DATA_DIR [OUT_DIR]")
    real = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reference")
    os.makedirs(out, exist_ok=True)
    check_zones(real)
    write_csv(os.path.join(out, "iocs.csv"), ["ioc_id", "cotp_zone", "name", "district", "time_zone"],
              [[i, z, f"Sector {z} IOC" if i not in ("IOC-HUM", "IOC-PTA", "IOC-PIT", "IOC-DLH", "IOC-VDZ")
                else f"MSU {z} IOC", d, tz] for i, _, z, d, tz in IOCS])
    unlocode = build_ports(real, out)
    build_agencies(out)
    build_regions(real, out)
    build_flags(real, out, unlocode)
    build_fleet(real, out)


if __name__ == "__main__":
    main()
