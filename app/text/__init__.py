"""Text as the user reads it: dates and numbers, plural forms, paragraph direction, escaping for rich
text, the bilingual catalogues, and translation where no Qt application runs."""
