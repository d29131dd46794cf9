# Italian editorial style: "5 marzo 2026, 14:07" — no leading zero on the day,
# lowercase month and weekday. Django's own "it" formats capitalise the month
# ("05 Marzo 2026"), which an Italian reader sees as a mistake.
# Month and weekday names are lowercased through our own catalog in locale/it.
# Templates and code name these formats (|date:"DATETIME_FORMAT",
# date_format(value, "SHORT_DATETIME_FORMAT")) instead of repeating the letters.
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
# Our own names. Django looks a name up in these modules before taking it as
# a literal format, so they work wherever the Italian formats are active.
WEEKDAY_DATETIME_FORMAT = "l j F Y, H:i"  # the article byline: "giovedì 5 marzo 2026, 14:07"
SECONDS_DATETIME_FORMAT = "j F Y, H:i:s"  # revision history: two saves in one minute differ
GOES_LIVE_FORMAT = r"l j F \a\l\l\e G:i"  # scheduling: "venerdì 28 novembre alle 9:00"
FIRST_DAY_OF_WEEK = 1
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d", "%d/%m/%y"]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d/%m/%y %H:%M",
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
