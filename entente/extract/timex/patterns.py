"""Regex building blocks of temporal expressions: months, days, years, numbers, units, clock times."""

from __future__ import annotations

from entente.extract.timex.lexicon import (
    FREQUENCY_WORDS, MONTH_ABBREVIATIONS, MONTHS, PARTS_OF_DAY, SEASONS, SMALL_NUMBERS, TENS,
    TIME_ZONES, UNIT_PLURALS, UNITS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, ZONE_TIME_WORDS, alternation, cased,
)

# "June", "JUNE", "Dec.", "Sept."; an abbreviation without its full stop only before a number.
MONTH = (rf"(?:(?:{cased(MONTHS)})\b|(?:{cased(MONTH_ABBREVIATIONS)})(?:\.|\b(?=\s*\d)))")
# "Friday", "FRIDAY", "Fri." (abbreviations need the stop: "Sat" is also a name).
WEEKDAY = rf"(?:(?:{cased(WEEKDAYS)})\b|(?:{cased(WEEKDAY_ABBREVIATIONS)})\.)"
WEEKDAY_PLURAL = rf"(?:{cased([w + 's' for w in WEEKDAYS])})\b"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b"
YEAR_BARE = r"(?<![\d.,/$#])(?<!\d-)(?:1[0-9]{3}|2[0-9]{3})\b"
# Not part of a longer number, phone number or ratio: "697-5131", "1,500", "2010/11", "2000%".
YEAR_NOT_AFTER = r"(?![.,]?\d|-\d|%|/\d)"
YEAR = YEAR_BARE + YEAR_NOT_AFTER
# A range separator between two days or dates: "8-9", "June 7–10", "8 to 9", "June 7 through 10".
DASH = r"\s*[-–—]{1,2}\s*"
RANGE_SEP = rf"(?:{DASH}|\s+(?:to|through|thru|until|till)\s+)"
# Between a day and its year: a comma, or spaces on the same line ("07 OCTOBER\n\n1000" is no year).
YEAR_SEP = r"(?:,\s*|[ \t]+)"

WORD_NUMBER = (rf"(?:(?:{alternation(TENS)})(?:[-\s](?:{alternation([w for w in SMALL_NUMBERS if SMALL_NUMBERS[w] < 10 and w != 'zero'])}))?"
                rf"|(?:{alternation(SMALL_NUMBERS)})|hundred)")
# A count: "16", "5 1/2", "four", "twenty-four", "a", "a couple of", "several", "half a".
# "half an hour", "a quarter of a century": a fraction of one unit.
FRACTION = r"(?:half\s+an?|(?:a|one|three)\s+quarters?\s+of\s+an?)"
NUMBER = (rf"(?:{FRACTION}|\d+(?:\.\d+)?(?:\s+\d/\d)?|(?:{WORD_NUMBER})(?:\s+and\s+a\s+half)?|(?:a\s+)?couple(?:\s+of)?|a\s+dozen|"
          rf"an?|several|a\s+few|few|many|some|a\s+half)")
UNIT = rf"(?:{alternation(UNITS)})"
UNIT_PLURAL = rf"(?:{alternation(UNIT_PLURALS)})"
SEASON = rf"(?:{alternation(SEASONS)})"
PART_OF_DAY = rf"(?:{alternation(PARTS_OF_DAY)})"
FREQUENCY = rf"(?:{alternation(FREQUENCY_WORDS)})"
# "EDT", "(ET)", "local time", "Moscow time", "Eastern Standard Time".
TIMEZONE = (rf"(?:\s+(?:\((?:{alternation(TIME_ZONES)})\)|(?:{alternation(TIME_ZONES)})\b)"
            rf"|\s+(?:{alternation(ZONE_TIME_WORDS)})\s+[Tt]ime\b)")
# "10:35 a.m.", "10 a.m.", "9.30 pm" (as British papers write it), "2:30 pm", "14:30", "noon", "midnight",
# "ten o'clock".
CLOCK = (r"(?:(?<![$£€])(?:1[0-2]|0?[1-9])(?:[:.][0-5][0-9])?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b|A\.M\.?|P\.M\.?)"
         r"|(?:[01]?[0-9]|2[0-3]):[0-5][0-9]\b|(?<![\w-])(?:noon|midnight|midday)\b"
         r"|(?<![\w.,$])(?:1[0-2]|[1-9]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
         r"\s+o['’]clock\b(?!\s+in\s+the\s+(?:morning|afternoon|evening)))")
